#pragma once
// For the tests of the record CSV kinds (participations, courses, ...): two copies of the staff
// register (StaffFixture: the same tree and the same persons, in two files), reading and writing
// CSV in memory, and the stored records of a kind as text without ids, uuids or times.
#include "io/csvimport.h"
#include "stafffixture.h"

#include <QBuffer>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>

using CsvImportFunction = Result<ImportReport> (*)(Database&, QIODevice&, const ImportOptions&);
using CsvExportFunction = Status (*)(Database&, QIODevice&, qint64);

inline QByteArray exportCsv(Database& db, CsvExportFunction exportTo, qint64 rootId = 0)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Status s = exportTo(db, buffer, rootId);
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
    return buffer.data();
}

inline ImportReport importCsv(Database& db, CsvImportFunction importFrom, const QByteArray& bytes, ImportOptions options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const auto result = importFrom(db, buffer, options);
    INFO(result.error().toStdString());
    REQUIRE(result.ok());
    return *result;
}

inline QString issueTexts(const ImportReport& report)
{
    QStringList texts;
    for (const ImportIssue& i : report.issues)
        texts << i.text();
    return texts.join(u'\n');
}

// A record the test writes with its repository: the insert must succeed; its id.
inline qint64 requireInserted(const Result<qint64>& id)
{
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return *id;
}

// An import that wrote everything it read.
inline void requireWritten(const ImportReport& report)
{
    INFO(issueTexts(report).toStdString());
    REQUIRE(report.issues.isEmpty());
    REQUIRE(report.written);
}

// Every row of a query, cells joined with '|', sorted. Write the query with natural keys
// (person name_key and birth date, unit codes) instead of ids, so two databases compare.
inline QStringList storedRows(Database& db, const char* sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QString::fromUtf8(sql)));
    QStringList rows;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << (q.value(i).isNull() ? QStringLiteral("∅") : q.value(i).toString());
        rows << cells.join(u'|');
    }
    rows.sort();
    return rows;
}

inline int countRows(Database& db, const char* table)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(table));
    return q.next() ? q.value(0).toInt() : -1;
}

// A CSV file written by hand: lines joined with line ends.
inline QByteArray csvLines(const QStringList& lines)
{
    return lines.join(u'\n').toUtf8() + '\n';
}

// The one issue reported for a line.
inline ImportIssue issueAt(const ImportReport& report, int line)
{
    INFO(issueTexts(report).toStdString());
    for (const ImportIssue& i : report.issues)
        if (i.line == line)
            return i;
    FAIL("no issue in line " << line);
    return {};
}

// Exports the kind from `source`, imports the file into `copy` (which has the same units and
// persons and none of these records), then checks: nothing refused, the same stored records, the
// same bytes exported again, and a second import of the file changes nothing in either database.
inline void checkRoundTrip(Database& source, Database& copy, CsvExportFunction exportTo, CsvImportFunction importFrom,
                           const char* recordsSql, int expectedRows)
{
    const QByteArray file = exportCsv(source, exportTo);
    INFO(QString::fromUtf8(file).toStdString());
    const ImportReport first = importCsv(copy, importFrom, file);
    requireWritten(first);
    CHECK(first.rows == expectedRows);
    CHECK(first.created == expectedRows);
    CHECK(storedRows(copy, recordsSql) == storedRows(source, recordsSql));
    CHECK(storedRows(copy, recordsSql).size() > 0);
    CHECK(exportCsv(copy, exportTo) == file);
    for (Database* db : {&copy, &source}) {
        const ImportReport again = importCsv(*db, importFrom, file);
        requireWritten(again);
        CHECK(again.created == 0);
        CHECK(again.updated == 0);
        CHECK(again.unchanged == expectedRows);
    }
    CHECK(storedRows(copy, recordsSql) == storedRows(source, recordsSql));
}
