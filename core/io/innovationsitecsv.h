#pragma once
// CSV of innovation sites (docs/csv-formats.md, "Innovation sites"): one row per site, matched by
// UUID, else by organisation, level and start date.
#include "io/csvimport.h"
#include "status.h"

class Database;
class QIODevice;

class InnovationSiteCsv {
    Q_DECLARE_TR_FUNCTIONS(InnovationSiteCsv)
public:
    static const QVector<CsvField>& fields();
    // All-or-nothing unless options.skipInvalid; with options.dryRun nothing is written.
    static Result<ImportReport> importFrom(Database& db, QIODevice& device, const ImportOptions& options = {});
    // Sites of the subtree's organisations (0: all), by organisation code and start.
    static Status exportTo(Database& db, QIODevice& device, qint64 rootId = 0);
};
