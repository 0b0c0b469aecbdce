#pragma once
// CSV of individual educational routes (ИОМ; docs/csv-formats.md, "Routes"): one row per route,
// matched by UUID, else by person and start date. Its items are a file of their own
// (RouteItemCsv); its problems, reviews and diagnostic are not in CSV.
#include "io/csvimport.h"
#include "status.h"

class Database;
class QIODevice;
class RecordImport;
class RouteRepository;
struct CsvRecord;

class RouteCsv {
    Q_DECLARE_TR_FUNCTIONS(RouteCsv)
public:
    static const QVector<CsvField>& fields();
    // All-or-nothing unless options.skipInvalid; with options.dryRun nothing is written.
    static Result<ImportReport> importFrom(Database& db, QIODevice& device, const ImportOptions& options = {});
    // Routes of the subtree's units (0: all), by person and start.
    static Status exportTo(Database& db, QIODevice& device, qint64 rootId = 0);
    // The person's route that starts on the date; 0 when none.
    static qint64 storedRoute(RouteRepository& routes, qint64 personId, const QDate& start);
    // How a row of a route's part (an item, a review) names its route: «UUID маршрута», the
    // person's columns, «Начало маршрута».
    static QVector<CsvField> routeFields();
    // The stored route a row names (by its UUID, else by person and start), or 0 after reporting why.
    static qint64 routeOf(RecordImport& in, const CsvRecord& r, RouteRepository& routes);
    // The status as the file writes it, whatever the interface language (RouteStatuses::parse reads it).
    static QString statusWord(const QString& code);
};
