#pragma once
// CSV of diagnostics of professional deficits (docs/csv-formats.md, "Diagnostics"): one row per
// competence area; the rows of one person and date form one diagnostic, matched by person and
// date, and its results by area. Every row must name a person already in the database.
#include "io/csvimport.h"
#include "status.h"

class Database;
class QIODevice;

class DiagnosticCsv {
    Q_DECLARE_TR_FUNCTIONS(DiagnosticCsv)
public:
    static const QVector<CsvField>& fields();
    // All-or-nothing unless options.skipInvalid (then a diagnostic is written with all its rows or
    // not at all); with options.dryRun nothing is written.
    static Result<ImportReport> importFrom(Database& db, QIODevice& device, const ImportOptions& options = {});
    // Diagnostics of the subtree's units (0: all), by date and name, a row per result.
    static Status exportTo(Database& db, QIODevice& device, qint64 rootId = 0);
};
