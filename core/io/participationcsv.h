#pragma once
// CSV of event participants (docs/csv-formats.md, "Event participants"): one row per participant
// of a methodical event. The event is matched by organiser, date and topic, and created from the
// row's columns when the database does not have it; the participation by event and person. Every
// row must name a person already in the database, so a list with one unknown person is refused
// whole (unless valid rows are kept). Importing the same file twice changes nothing.
#include "io/csvimport.h"
#include "status.h"

class Database;
class QIODevice;

class ParticipationCsv {
    Q_DECLARE_TR_FUNCTIONS(ParticipationCsv)
public:
    static const QVector<CsvField>& fields();
    // All-or-nothing unless options.skipInvalid; with options.dryRun nothing is written.
    static Result<ImportReport> importFrom(Database& db, QIODevice& device, const ImportOptions& options = {});
    // Participations of the subtree's staff (by the participation's organisation; 0: all), by
    // event date, organiser, topic, then name.
    static Status exportTo(Database& db, QIODevice& device, qint64 rootId = 0);
};
