#pragma once
// CSV of course completions (docs/csv-formats.md, "Course completions"), e.g. a provider's list of
// those who completed a programme: one row per completion. The programme is matched by title,
// provider and hours and created from the row's columns when new; the completion by person,
// programme and end date. Every row must name a person already in the database.
#include "io/csvimport.h"
#include "status.h"

class Database;
class QIODevice;

class CourseCsv {
    Q_DECLARE_TR_FUNCTIONS(CourseCsv)
public:
    static const QVector<CsvField>& fields();
    // All-or-nothing unless options.skipInvalid; with options.dryRun nothing is written.
    static Result<ImportReport> importFrom(Database& db, QIODevice& device, const ImportOptions& options = {});
    // Completions of the subtree's staff (by the completion's organisation; 0: all), by end date,
    // programme, then name.
    static Status exportTo(Database& db, QIODevice& device, qint64 rootId = 0);
};
