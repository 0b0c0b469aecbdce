#pragma once
// What the exporters of the support-cycle records share: one query over the records of a
// subtree (or of the whole database), and the persons of its rows, each read once.
#include "domain/person.h"
#include "status.h"
#include "storage/personrepository.h"

#include <QHash>
#include <QSqlQuery>
#include <functional>

class Database;
class CsvRow;
class QIODevice;
struct CsvField;

class RecordExport {
public:
    // select: "SELECT ... FROM ... JOIN ..."; unitColumn: the column of the record's unit (e.g.
    // "a.org_unit_id"), joined to the subtree of rootId unless it is 0; orderBy: "ORDER BY ...".
    RecordExport(Database& db, const QString& select, const QString& unitColumn, qint64 rootId, const QString& orderBy);
    // Runs the query; `what` names the export in a failure ("exporting attestations").
    Status run(const QString& what);
    QSqlQuery& query() { return m_query; }
    // Runs the query and writes the file: the header of the written fields, then one row per
    // record, filled by `fill` from the query's current record.
    Status write(QIODevice& device, const QVector<CsvField>& fields, const QString& what,
                 const std::function<void(CsvRow& row, const QSqlQuery& q)>& fill);
    const Person& person(qint64 id);
    // The Russian word a file writes for a fixed code (a status, a level), whatever the interface
    // language: the word paired with the code, or the code itself.
    static QString word(const QString& code, const QVector<QPair<const char*, const char*>>& words);
    ReferenceRepository& references() { return m_persons.references(); }

private:
    QSqlQuery m_query;
    qint64 m_rootId;
    PersonRepository m_persons;
    QHash<qint64, Person> m_personById;
};
