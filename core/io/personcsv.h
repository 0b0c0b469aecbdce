#pragma once
// CSV of persons and their employments (docs/csv-formats.md, "Persons"): one row per employment.
// A person is matched by SNILS when the row or the database has it, otherwise by full name and
// birth date, so importing the same file twice changes nothing. Columns a file does not have
// leave the stored values as they are.
#include "io/csvimport.h"
#include "status.h"

class Database;
class QIODevice;

class PersonCsv {
    Q_DECLARE_TR_FUNCTIONS(PersonCsv)
public:
    static const QVector<CsvField>& fields();
    static Result<ImportReport> importFrom(Database& db, QIODevice& device, const ImportOptions& options = {});
    // Persons with an employment in the subtree of rootId (0: everyone), a row per employment there.
    static Status exportTo(Database& db, QIODevice& device, qint64 rootId = 0);
};
