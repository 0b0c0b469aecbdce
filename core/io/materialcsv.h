#pragma once
// CSV of the bank of methodical materials (docs/csv-formats.md, "Methodical materials"): one row
// per author, the material's columns repeated. The material is matched by UUID, else by title and
// type; the author by material and person. Authors the file does not name are kept.
#include "io/csvimport.h"
#include "status.h"

class Database;
class QIODevice;

class MaterialCsv {
    Q_DECLARE_TR_FUNCTIONS(MaterialCsv)
public:
    static const QVector<CsvField>& fields();
    // All-or-nothing unless options.skipInvalid; with options.dryRun nothing is written.
    static Result<ImportReport> importFrom(Database& db, QIODevice& device, const ImportOptions& options = {});
    // Materials of the subtree's units (0: all), by title, then their authors in order.
    static Status exportTo(Database& db, QIODevice& device, qint64 rootId = 0);
};
