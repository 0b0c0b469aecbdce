#pragma once
// CSV of the annual plan with its execution (docs/csv-formats.md, "Annual plan"): one row per
// plan item, matched by UUID, else by unit, academic year, month and title.
#include "io/csvimport.h"
#include "status.h"

#include <optional>

class Database;
class QIODevice;

class PlanCsv {
    Q_DECLARE_TR_FUNCTIONS(PlanCsv)
public:
    static const QVector<CsvField>& fields();
    // All-or-nothing unless options.skipInvalid; with options.dryRun nothing is written.
    static Result<ImportReport> importFrom(Database& db, QIODevice& device, const ImportOptions& options = {});
    // Plan items of the subtree's units (0: all), by unit code, year, month (September first) and title.
    static Status exportTo(Database& db, QIODevice& device, qint64 rootId = 0);
    // «сентябрь» for 9; read back from the name (any case) or the number 1–12.
    static QString monthName(int month);
    static std::optional<int> parseMonth(const QString& text);
};
