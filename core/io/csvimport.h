#pragma once
// What every CSV importer shares: options, the report with `line N, column C: reason` issues,
// and the mapping of a file's header (Russian or English) onto the fields of a record kind.
#include "io/csvreader.h"
#include "status.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <QVector>
#include <optional>

struct ImportOptions {
    bool skipInvalid = false; // write the valid rows and report the rest
    bool dryRun = false;      // check and count everything, write nothing
};

struct ImportIssue {
    int line = 0;     // physical line in the file, 1-based
    QString column;   // the header as written in the file, or empty for the whole row/file
    QString message;  // translated reason
    QString text() const; // «строка 5, столбец «Дата рождения»: …»
};

struct ImportReport {
    int rows = 0;       // data rows read
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int rejected = 0;   // rows with issues (not written)
    bool written = false;
    TextEncoding encoding = TextEncoding::Utf8;
    QChar delimiter;
    QVector<ImportIssue> issues;
    QStringList ignoredColumns; // columns of the file that no field uses
    QString databaseError;      // the database refused to write (locked, full, ...): nothing written

    bool hasIssues() const { return !issues.isEmpty(); }
    QString summary() const;    // one translated line with the counts
};

// A field of a record kind and the headers it is known by (compared normalised).
struct CsvField {
    const char* key;
    QStringList headers; // first = the header the program writes
    bool required = false;
    bool written = true; // false: read, but exports leave it out (an alternative way to say a value)

    // The longest value a column holds (docs/csv-formats.md): a surname, a first name or a
    // patronymic; texts (titles, topics, notes, names of organisations and the like); anything else.
    static constexpr int MaxNameLength = 100;
    static constexpr int MaxTextLength = 4000;
    static constexpr int MaxOtherLength = 500;
    static int maxLength(const char* key);
};

class CsvColumns {
    Q_DECLARE_TR_FUNCTIONS(CsvColumns)
public:
    // Maps the file's header onto fields. Missing required fields and repeated columns become issues.
    CsvColumns(const QVector<CsvField>& fields, const CsvTable& table, QVector<ImportIssue>& issues);
    bool has(const char* key) const { return m_index.contains(QLatin1String(key)); }
    QString value(const CsvRecord& record, const char* key) const; // trimmed; empty when absent
    QString header(const char* key) const;                       // as written in the file
    // The fields whose cells in this row are longer than the field holds.
    QList<const char*> tooLong(const CsvRecord& record) const;
    QStringList ignored() const { return m_ignored; }
    // The header row the program writes for these fields (the written ones).
    static QStringList canonicalHeader(const QVector<CsvField>& fields);

private:
    QHash<QString, int> m_index;
    QHash<QString, QString> m_headers;
    QList<QPair<const char*, int>> m_mapped; // each field's key and column
    QStringList m_ignored;
};

// A row an exporter writes: cells set by field key, given out in the order of the written fields.
class CsvRow {
public:
    explicit CsvRow(const QVector<CsvField>& fields) : m_fields(fields) {}
    CsvRow& set(const char* key, const QString& value);
    QStringList cells() const;

private:
    const QVector<CsvField>& m_fields;
    QHash<QString, QString> m_values;
};

class WriteTransaction;

// One import of one file: reads it whole, maps the header, collects the issues (marking each
// line that has one), and at the end writes or rolls back as the options say. Both importers
// are built on it.
class CsvImport {
public:
    // Reads the file and maps its header onto the fields. False when the file cannot be read at
    // all (empty, binary, an unclosed quote): error() says why. Header problems become issues.
    bool read(QIODevice& device, const QVector<CsvField>& fields);
    QString error() const { return m_error; }
    const CsvTable& table() const { return m_reader.table(); }
    const CsvColumns& columns() const { return *m_columns; }
    ImportReport& report() { return m_report; }

    // A problem of one row, in the column of this field (nullptr: the whole row).
    void issue(int line, const char* field, const QString& message);
    bool isBad(int line) const { return m_badLines.contains(line); }
    // Checks that a row has no values beyond the header's columns and none longer than its field holds.
    void checkCells(const CsvRecord& record);
    // Commits (all or, with skipInvalid, the valid rows) or rolls back (dry run, errors).
    ImportReport finish(WriteTransaction& transaction, const ImportOptions& options);
    // The database could not start or finish writing: the report says so, nothing is written.
    ImportReport databaseFailure(const QString& message);

private:
    CsvReader m_reader;
    std::optional<CsvColumns> m_columns;
    ImportReport m_report;
    QSet<int> m_badLines;
    QString m_error;
};

// Translated messages shared by the importers.
class ImportText {
    Q_DECLARE_TR_FUNCTIONS(ImportText)
public:
    static QString badDate(const QString& text);
    static QString badYesNo(const QString& text);
    static QString badNumber(const QString& text);
    static QString required();
    static QString tooManyFields(int found, int expected);
    static QString tooLong(qsizetype length, int limit);
};
