#pragma once
// CSV of the measures of teachers' students' results (docs/csv-formats.md, "Students' results"):
// one row per measure of a person in an academic year, matched by UUID, else by person, year and
// measure (case and spacing ignored).
#include "io/csvimport.h"
#include "status.h"

class Database;
class QIODevice;

class StudentResultCsv {
    Q_DECLARE_TR_FUNCTIONS(StudentResultCsv)
public:
    static const QVector<CsvField>& fields();
    // All-or-nothing unless options.skipInvalid; with options.dryRun nothing is written.
    static Result<ImportReport> importFrom(Database& db, QIODevice& device, const ImportOptions& options = {});
    // Results of the subtree's units (0: all), by year, person and measure.
    static Status exportTo(Database& db, QIODevice& device, qint64 rootId = 0);
};
