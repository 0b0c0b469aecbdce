#pragma once
// Stores attestations. A granted attestation that is the person's latest sets the person's
// category, its grant date and expiry in the same transaction; a refused or an older one
// leaves them as they are. A category entered by hand with a later grant date is not overwritten.
#include "domain/attestation.h"
#include "status.h"
#include "storage/personrepository.h"
#include "storage/recordchecks.h"
#include "storage/repository.h"

#include <QVector>
#include <optional>

// A person whose current category runs out soon (a list for action, DOMAIN.md §6).
struct ExpiringCategory {
    qint64 personId = 0;
    QString category; // code
    QDate expires;
};

class AttestationRepository : public Repository {
    Q_DECLARE_TR_FUNCTIONS(AttestationRepository)
public:
    explicit AttestationRepository(Database& db);

    // Validates and inserts; sets id, uuid and times, the unit when 0 (the person's main
    // organisation on the date) and, when granted, the validity when empty (the date plus
    // RuleBook CategoryValidityYears in force on the date).
    Result<qint64> insert(Attestation& attestation);
    Status update(const Attestation& attestation);
    // Normalises (the category's code, the unit, the validity) and checks; writes nothing.
    Status validate(Attestation& attestation);
    // Deletes an attestation entered by mistake. If the person's category came from it, the
    // person gets the category of their latest remaining granted attestation (if any).
    Status remove(qint64 id);

    std::optional<Attestation> find(qint64 id);
    QVector<Attestation> attestationsOf(qint64 personId); // by date
    // Attestations of the subtree's units dated within [from, to] (an empty date: no bound).
    QVector<Attestation> list(qint64 rootUnitId, const QDate& from, const QDate& to);
    // Persons employed in the subtree on the date whose current category (person table)
    // expires from the date to the date + months, both included; by expiry, then name.
    QVector<ExpiringCategory> expiringWithin(qint64 rootUnitId, const QDate& date, int months);
    QVector<HistoryEntry> historyOf(qint64 personId); // by date

private:
    Status write(Attestation& a, bool isNew);
    // Brings the person's category in line with their latest granted attestation; `before` is the
    // record as it was before this change (whether the person's category came from it).
    Status applyToPerson(qint64 personId, const std::optional<Attestation>& before);
    QVector<Attestation> attestations(const QString& sql, const QVariantList& values);

    PersonRepository m_persons;
    RecordChecks m_checks;
};
