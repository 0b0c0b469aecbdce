#pragma once
// CSV of the intermediate reviews of individual educational routes (docs/csv-formats.md, "Route
// reviews"): one row per review. The route is named as in the items' file and must be in the
// database; the review is matched by UUID, else by route and date.
#include "io/csvimport.h"
#include "status.h"

class Database;
class QIODevice;

class RouteReviewCsv {
    Q_DECLARE_TR_FUNCTIONS(RouteReviewCsv)
public:
    static const QVector<CsvField>& fields();
    // All-or-nothing unless options.skipInvalid; with options.dryRun nothing is written.
    static Result<ImportReport> importFrom(Database& db, QIODevice& device, const ImportOptions& options = {});
    // Reviews of the routes of the subtree's units (0: all), by person, route start and date.
    static Status exportTo(Database& db, QIODevice& device, qint64 rootId = 0);
};
