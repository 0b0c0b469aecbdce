#pragma once
// CSV of the items of individual educational routes (docs/csv-formats.md, "Route items"): one
// row per item. The route is named by its UUID, else by its person and start date, and must be
// in the database; the item is matched by UUID, else by route, direction and title.
#include "io/csvimport.h"
#include "status.h"

class Database;
class QIODevice;

class RouteItemCsv {
    Q_DECLARE_TR_FUNCTIONS(RouteItemCsv)
public:
    static const QVector<CsvField>& fields();
    // All-or-nothing unless options.skipInvalid; with options.dryRun nothing is written.
    static Result<ImportReport> importFrom(Database& db, QIODevice& device, const ImportOptions& options = {});
    // Items of the routes of the subtree's units (0: all), by person, route start and due date.
    static Status exportTo(Database& db, QIODevice& device, qint64 rootId = 0);
};
