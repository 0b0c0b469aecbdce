#pragma once
// CSV of the presence checklist (docs/csv-formats.md, "Presence checklist"): one row per answer
// of a municipality or an organisation to an item of seed 000 for an academic year, matched by
// unit, year and item.
#include "io/csvimport.h"
#include "status.h"

class Database;
class QIODevice;

class ChecklistCsv {
    Q_DECLARE_TR_FUNCTIONS(ChecklistCsv)
public:
    static const QVector<CsvField>& fields();
    // All-or-nothing unless options.skipInvalid; with options.dryRun nothing is written.
    static Result<ImportReport> importFrom(Database& db, QIODevice& device, const ImportOptions& options = {});
    // Answers of the subtree's units (0: all), by unit code, year and item.
    static Status exportTo(Database& db, QIODevice& device, qint64 rootId = 0);
};
