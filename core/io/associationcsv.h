#pragma once
// CSV of methodical associations with their memberships (docs/csv-formats.md, "Methodical
// associations"): one row per membership, the association's columns repeated; an association
// without members is one row without a person. The association is matched by UUID, else by unit,
// level, subject and start; a membership by association, person and joining date.
#include "io/csvimport.h"
#include "status.h"

class Database;
class QIODevice;

class AssociationCsv {
    Q_DECLARE_TR_FUNCTIONS(AssociationCsv)
public:
    static const QVector<CsvField>& fields();
    // All-or-nothing unless options.skipInvalid; with options.dryRun nothing is written.
    static Result<ImportReport> importFrom(Database& db, QIODevice& device, const ImportOptions& options = {});
    // Associations of the subtree's units (0: all) by unit code, start and subject, each with its
    // memberships by joining date and name.
    static Status exportTo(Database& db, QIODevice& device, qint64 rootId = 0);
};
