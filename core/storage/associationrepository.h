#pragma once
// Stores methodical associations and their members. Every write checks the association with
// all its memberships again (one rule set, whatever changed): the level is known and the unit
// is of that level (a school's ШМО belongs to an organisation, an РМО to a municipality, ...);
// the head and the members exist; a member joins within the association's period and leaves
// after joining and by its end; one person's membership periods in one association do not
// overlap (a person may leave and rejoin later).
//
// A person is a member on a date when the association has started and not ended on it, and
// they have joined and not left.
#include "domain/association.h"
#include "status.h"
#include "storage/recordchecks.h"
#include "storage/referencerepository.h"
#include "storage/repository.h"

#include <QVector>
#include <optional>

class AssociationRepository : public Repository {
    Q_DECLARE_TR_FUNCTIONS(AssociationRepository)
public:
    explicit AssociationRepository(Database& db) : Repository(db), m_references(db), m_checks(db) {}

    // Validates and inserts; sets id, uuid (if empty) and times. The level is a code or a name.
    // A unit of 0 is filled, for a school association with a head, with the head's main
    // organisation on the start date; otherwise it is required.
    Result<qint64> insert(MethodicalAssociation& association);
    // Saves the facts; the members must still fit the (new) period.
    Status update(const MethodicalAssociation& association);
    // Deletes an association entered by mistake; refuses, naming them, while it has members.
    Status remove(qint64 id);
    // Normalises (the level's code, the unit) and checks the association with these members;
    // writes nothing.
    Status validate(MethodicalAssociation& association, const QVector<AssociationMember>& members);
    std::optional<MethodicalAssociation> find(qint64 id);
    // Associations of the subtree's units (working on the date, if it is valid), by level and subject.
    QVector<MethodicalAssociation> list(qint64 rootUnitId, const QDate& on = {});

    Result<qint64> addMember(qint64 associationId, qint64 personId, const QDate& joinedOn);
    // Adds several memberships (each with its joining and perhaps leaving date) at once, all or
    // nothing, checking the association with all its memberships once; sets their ids, uuids
    // (if empty) and times.
    Status addMembers(qint64 associationId, QVector<AssociationMember>& members);
    Status endMembership(qint64 memberId, const QDate& leftOn);
    Status removeMember(qint64 memberId); // an entry made by mistake
    std::optional<AssociationMember> findMember(qint64 memberId);
    // Memberships of the association (those current on the date, if it is valid), by joining date.
    QVector<AssociationMember> members(qint64 associationId, const QDate& on = {});
    // Associations the person is or was a member of, by start date.
    QVector<MethodicalAssociation> associationsOf(qint64 personId);

    // K15: persons who are members of at least one association on the date and whose main
    // employment (DOMAIN.md §4) on the date is in the subtree — so each counts once, where the
    // staff figure counts them. The association's own unit does not matter. By name.
    QVector<qint64> membersOn(qint64 rootUnitId, const QDate& date);

    // The person's associations as head (from the start) and as member (from joining), by date.
    QVector<HistoryEntry> historyOf(qint64 personId);

private:
    Status checkUnit(MethodicalAssociation& a);
    Status checkMembers(const MethodicalAssociation& a, const QVector<AssociationMember>& members);
    Status changeMember(qint64 memberId, const QDate& leftOn, bool remove);
    Status writeAssociation(MethodicalAssociation& a, bool isNew);
    Status writeMember(AssociationMember& m, bool isNew);
    QVector<MethodicalAssociation> associations(const QString& sql, const QVariantList& values);
    QVector<AssociationMember> memberRows(const QString& sql, const QVariantList& values);
    QString personName(qint64 personId);

    ReferenceRepository m_references;
    RecordChecks m_checks;
};
