#pragma once
// CSV of the risk register (docs/csv-formats.md, "Risks"): one row per risk, matched by UUID,
// else by unit and description.
#include "io/csvimport.h"
#include "status.h"

class Database;
class QIODevice;

class RiskCsv {
    Q_DECLARE_TR_FUNCTIONS(RiskCsv)
public:
    static const QVector<CsvField>& fields();
    // All-or-nothing unless options.skipInvalid; with options.dryRun nothing is written.
    static Result<ImportReport> importFrom(Database& db, QIODevice& device, const ImportOptions& options = {});
    // Risks of the subtree's units (0: all), by unit code, date identified and description.
    static Status exportTo(Database& db, QIODevice& device, qint64 rootId = 0);
};
