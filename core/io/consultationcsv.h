#pragma once
// CSV of targeted consultations (docs/csv-formats.md, "Consultations"): one row per person
// consulted, the consultation's columns repeated. The consultation is matched by UUID, else by
// methodist, date and topic; the person consulted by consultation and person. Persons the file
// does not name are kept.
#include "io/csvimport.h"
#include "status.h"

class Database;
class QIODevice;

class ConsultationCsv {
    Q_DECLARE_TR_FUNCTIONS(ConsultationCsv)
public:
    static const QVector<CsvField>& fields();
    // All-or-nothing unless options.skipInvalid; with options.dryRun nothing is written.
    static Result<ImportReport> importFrom(Database& db, QIODevice& device, const ImportOptions& options = {});
    // Consultations of the subtree's units (0: all), by date, then the persons consulted by name.
    static Status exportTo(Database& db, QIODevice& device, qint64 rootId = 0);
};
