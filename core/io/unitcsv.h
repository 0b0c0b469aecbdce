#pragma once
// CSV of organisation units (docs/csv-formats.md, "Units"). Units match by code, so importing
// the same file twice changes nothing; a changed parent moves the unit (tree rules apply).
#include "io/csvimport.h"
#include "status.h"

class Database;
class QIODevice;

class UnitCsv {
    Q_DECLARE_TR_FUNCTIONS(UnitCsv)
public:
    static const QVector<CsvField>& fields();
    // All-or-nothing unless options.skipInvalid; with options.dryRun nothing is written.
    // A failure to read the file at all is returned as an error; row problems are in the report,
    // and so is a database that refused to write (report.databaseError).
    static Result<ImportReport> importFrom(Database& db, QIODevice& device, const ImportOptions& options = {});
    // The subtree of rootId (0: the whole tree) with its ancestors, so the file is self-contained.
    static Status exportTo(Database& db, QIODevice& device, qint64 rootId = 0);
};
