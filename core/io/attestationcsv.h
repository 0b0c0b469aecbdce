#pragma once
// CSV of attestations (docs/csv-formats.md, "Attestation"): one row per attestation, matched by
// person, date and the category sought. Every row must name a person already in the database.
// A granted attestation that is the person's latest sets the person's category (AttestationRepository).
#include "io/csvimport.h"
#include "status.h"

#include <optional>

class Database;
class QIODevice;

class AttestationCsv {
    Q_DECLARE_TR_FUNCTIONS(AttestationCsv)
public:
    static const QVector<CsvField>& fields();
    // All-or-nothing unless options.skipInvalid; with options.dryRun nothing is written.
    static Result<ImportReport> importFrom(Database& db, QIODevice& device, const ImportOptions& options = {});
    // Attestations of the subtree's units (0: all), by date and name.
    static Status exportTo(Database& db, QIODevice& device, qint64 rootId = 0);
    // The outcome as the file writes it («присвоена», «отказано»), and read back from that or a synonym.
    static QString outcomeWord(const QString& code);
    static std::optional<QString> parseOutcome(const QString& text);
};
