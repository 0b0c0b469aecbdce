#pragma once
// CSV of participations in professional competitions (docs/csv-formats.md, "Competitions"): one
// row per participant. The competition is matched by title, level, year and organiser and created
// from the row's columns when new; the participation by competition and person. Every row must
// name a person already in the database.
#include "io/csvimport.h"
#include "status.h"

class Database;
class QIODevice;

class CompetitionCsv {
    Q_DECLARE_TR_FUNCTIONS(CompetitionCsv)
public:
    static const QVector<CsvField>& fields();
    // All-or-nothing unless options.skipInvalid; with options.dryRun nothing is written.
    static Result<ImportReport> importFrom(Database& db, QIODevice& device, const ImportOptions& options = {});
    // Participations of the subtree's staff (by the participation's organisation; 0: all), by
    // year, competition, then name.
    static Status exportTo(Database& db, QIODevice& device, qint64 rootId = 0);
};
