#pragma once
// Stores diagnostics of professional deficits with their results per competence area, and
// answers the questions asked of them: a person's diagnostics, the latest one at a date, the
// diagnostics of a subtree in a period, and the deficits no route addresses yet.
#include "domain/diagnostic.h"
#include "status.h"
#include "storage/recordchecks.h"
#include "storage/referencerepository.h"
#include "storage/repository.h"

#include <QVector>

// A deficit area of a diagnostic that no route of the person addresses.
struct UnaddressedDeficit {
    qint64 personId = 0;
    qint64 diagnosticId = 0;
    QString areaCode;
    bool operator==(const UnaddressedDeficit&) const = default;
};

class DiagnosticRepository : public Repository {
    Q_DECLARE_TR_FUNCTIONS(DiagnosticRepository)
public:
    explicit DiagnosticRepository(Database& db) : Repository(db), m_references(db), m_checks(db) {}

    // Validates and inserts with its results; sets ids, uuid (if empty), unit (if 0) and times.
    Result<qint64> insert(Diagnostic& diagnostic);
    // Saves the facts and replaces the results: kept areas keep their result ids (routes link
    // to them); an area a route's problem links to cannot be dropped.
    Status update(const Diagnostic& diagnostic);
    // Deletes the diagnostic and its results; refused while a route refers to it.
    Status remove(qint64 diagnosticId);
    // Normalises (codes from names, trims, fills the unit and each result's deficit flag) and
    // checks the rules.
    Status validate(Diagnostic& diagnostic);

    std::optional<Diagnostic> find(qint64 id);
    QVector<Diagnostic> diagnosticsOf(qint64 personId); // by date
    // The person's latest diagnostic on or before the date.
    std::optional<Diagnostic> latestBefore(qint64 personId, const QDate& date);
    // Diagnostics of the units in the subtree of root dated within [from, to], by date.
    QVector<Diagnostic> list(qint64 rootUnitId, const QDate& from, const QDate& to);
    // Deficit areas diagnosed within [from, to] in the subtree that no route of the person
    // (in any status but abandoned, not ended before the diagnostic) has as a problem;
    // by diagnostic date, then diagnostic, then area as entered.
    QVector<UnaddressedDeficit> deficitsWithoutRoute(qint64 rootUnitId, const QDate& from, const QDate& to);
    QVector<HistoryEntry> historyOf(qint64 personId); // by date

    ReferenceRepository& references() { return m_references; }

private:
    QVector<Diagnostic> read(const QString& joinAndWhere, const QVariantList& values);
    Status writeResults(const Diagnostic& diagnostic, bool replacing);
    QString describe(const Diagnostic& diagnostic);
    ReferenceRepository m_references;
    RecordChecks m_checks;
};
