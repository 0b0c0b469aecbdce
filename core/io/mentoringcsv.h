#pragma once
// CSV of mentoring (docs/csv-formats.md, "Mentoring"): one row per mentee of a programme. The
// programme is matched by mentor, type and start date and created from the row's columns when new;
// the mentee by programme and person. Mentor and mentee must be persons already in the database.
#include "io/csvimport.h"
#include "status.h"

#include <optional>

class Database;
class QIODevice;

class MentoringCsv {
    Q_DECLARE_TR_FUNCTIONS(MentoringCsv)
public:
    static const QVector<CsvField>& fields();
    // All-or-nothing unless options.skipInvalid; with options.dryRun nothing is written.
    static Result<ImportReport> importFrom(Database& db, QIODevice& device, const ImportOptions& options = {});
    // Programmes of the subtree's units (0: all) with their mentees, by start date, mentor, then name.
    static Status exportTo(Database& db, QIODevice& device, qint64 rootId = 0);
    // A status as the file writes it («действует», ...), and read back from that, a code or a synonym.
    static QString statusWord(const QString& code);
    static std::optional<QString> parseStatus(const QString& text);
};
