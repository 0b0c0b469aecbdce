#pragma once
// What the importers of the support cycle's records share (participations, courses, diagnostics,
// attestation, competitions, mentoring): reading the file and checking its header (the columns
// that name persons included), the persons the rows name, units by code, cells turned into values
// with each problem reported in its own column, the cells of a shared record (an event, a
// programme) that must agree in every row naming it, and each row written on its own — under a
// savepoint when valid rows are kept (--skip-invalid) — and counted.
#include "io/csvimport.h"
#include "io/personcolumns.h"
#include "io/personidentities.h"
#include "storage/personrepository.h"
#include "storage/referencerepository.h"

#include <QDate>
#include <functional>
#include <memory>
#include <vector>
#include <optional>

class Database;
class WriteTransaction;

class RecordImport {
    Q_DECLARE_TR_FUNCTIONS(RecordImport)
public:
    RecordImport(Database& db, const ImportOptions& options);
    ~RecordImport();

    // Reads the file, checks the header and starts writing. False: the import ends here with
    // ended() (the file cannot be read, its header cannot be used, or the database refuses).
    // `persons`: the persons every row names; `optionalPersons`: persons a row may name (a head, a
    // responsible), whose columns the file may leave out.
    bool read(QIODevice& device, const QVector<CsvField>& fields, const QVector<PersonKeys>& persons = {PersonColumns::person()},
              const QVector<PersonKeys>& optionalPersons = {});
    Result<ImportReport> ended();
    const QVector<CsvRecord>& rows() const { return m_file.table().rows; }
    // The header lacks a column this kind needs together with another one: a problem of the file.
    void headerIssue(const QString& message);
    void checkCells(const CsvRecord& r) { m_file.checkCells(r); }

    // Cells. A value that cannot be read is reported in its column; check isBad(line) afterwards.
    bool has(const char* key) const { return m_file.columns().has(key); }
    QString text(const CsvRecord& r, const char* key) const; // trimmed, inner spaces collapsed
    void require(const CsvRecord& r, const char* key);        // reports an empty cell
    QDate date(const CsvRecord& r, const char* key);          // invalid when empty or wrong
    std::optional<bool> yesNo(const CsvRecord& r, const char* key); // nullopt when empty or wrong
    std::optional<int> integer(const CsvRecord& r, const char* key); // nullopt when empty or wrong
    // The code of a reference item given by its name or code; empty when the cell is, or unknown.
    QString code(const CsvRecord& r, const char* key, ReferenceList list);
    qint64 unit(const CsvRecord& r, const char* key);        // by code; 0 when empty or unknown
    qint64 person(const CsvRecord& r, const PersonKeys& keys = PersonColumns::person()); // 0: reported
    bool names(const CsvRecord& r, const PersonKeys& keys) const; // any cell of the person is given
    std::optional<double> decimal(const CsvRecord& r, const char* key); // nullopt when empty or wrong
    // An academic year as «2024/25», «2024/2025» or «2024»: its starting year; nullopt when empty or wrong.
    std::optional<int> academicYear(const CsvRecord& r, const char* key);
    // The record's UUID (uuidField()), lowercase; empty when the cell is, or reported when it is not a UUID.
    QString uuid(const CsvRecord& r);
    // The id of the row of `table` with that UUID; 0 when none (or the UUID is empty).
    qint64 idOfUuid(const char* table, const QString& uuid);
    // The column «UUID» of the kinds that write their records' UUIDs, to match them again.
    static CsvField uuidField();
    // The column «Код организации» (its English and other names), read with unit().
    static CsvField unitField(bool required = false);
    void issue(int line, const char* key, const QString& message) { m_file.issue(line, key, message); }
    bool isBad(int line) const { return m_file.isBad(line); }

    // The cells describing a record shared by several rows (the event of a participant list, ...)
    // must agree with the earlier rows that gave them: values are canonical text, empty = not given.
    bool agrees(const QString& shared, const CsvRecord& r, const QVector<QPair<const char*, QString>>& values);
    // A row whose record an earlier row of the file already gave is refused.
    bool repeats(const QString& rowKey, int line);

    // What the rows did to the database.
    struct Counts {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
    };
    // Writes one row (or a group of rows): `write` reports its problems itself and returns false.
    // With skipInvalid a failed row is rolled back alone; the counts are added when the row stays.
    bool write(int line, const std::function<bool(Counts&)>& write);
    // One record of a row: a matched record whose values are the same is counted unchanged;
    // otherwise `save` writes it, counted as created (isNew) or updated, or its refusal is reported in the row.
    bool store(int line, Counts& counts, bool isNew, bool changed, const std::function<Status()>& save);
    // Commits (all, or the valid rows with skipInvalid) or rolls back (dry run, or any problem).
    ImportReport finish();

    Database& database() { return m_db; }
    ReferenceRepository& references() { return m_persons.references(); }
    CsvImport& file() { return m_file; }

private:
    Database& m_db;
    ImportOptions m_options;
    CsvImport m_file;
    PersonRepository m_persons;
    std::optional<PersonIdentities> m_identities;
    std::vector<PersonColumns> m_personColumns; // one per way a row names a person
    std::unique_ptr<WriteTransaction> m_transaction;
    bool m_headerFailed = false;
    bool m_unreadable = false;
    QHash<QString, qint64> m_unitByCode;
    struct Given {
        QString value; // canonical
        QString text;  // as written
        int line = 0;
    };
    QHash<QString, Given> m_shared; // shared record|field -> what the first row gave
    QVector<CsvField> m_fields;
    QHash<QString, int> m_lineOfRow;
    bool m_lost = false; // SQLite undid the whole write (a full disk): nothing more is written
};
