// AssociationRepository: reading associations, members joining, leaving and being removed,
// who is a member on a date (K15), and a person's history.
#include "domain/period.h"
#include "storage/associationrepository.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"
#include "storage/recordwrite.h"

#include <algorithm>

namespace {
const QString associationColumns = QStringLiteral(
    "SELECT a.id, a.uuid, a.org_unit_id, a.level, a.subject, a.head_id, a.start_date, a.end_date, a.created_at, "
    "a.updated_at FROM methodical_association a ");
const QString memberColumns = QStringLiteral(
    "SELECT m.id, m.uuid, m.association_id, m.person_id, m.joined_on, m.left_on, m.created_at, m.updated_at "
    "FROM association_member m JOIN methodical_association a ON a.id = m.association_id ");
// Membership m of association a is current on a date, bound four times (see the header).
const QString currentOn = QStringLiteral(
    "a.start_date <= ? AND (a.end_date IS NULL OR a.end_date >= ?) "
    "AND m.joined_on <= ? AND (m.left_on IS NULL OR m.left_on >= ?)");
} // namespace

QVector<MethodicalAssociation> AssociationRepository::associations(const QString& sql, const QVariantList& values)
{
    QSqlQuery& q = prepared(associationColumns + sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    QVector<MethodicalAssociation> result;
    if (q.exec())
        while (q.next())
            result.append({.id = q.value(0).toLongLong(), .uuid = q.value(1).toString(), .orgUnitId = q.value(2).toLongLong(),
                           .level = q.value(3).toString(), .subject = q.value(4).toString(), .headId = q.value(5).toLongLong(),
                           .start = dateFromSql(q.value(6)), .end = dateFromSql(q.value(7)),
                           .createdAt = timeFromSql(q.value(8)), .updatedAt = timeFromSql(q.value(9))});
    q.finish();
    return result;
}

QVector<AssociationMember> AssociationRepository::memberRows(const QString& sql, const QVariantList& values)
{
    QSqlQuery& q = prepared(memberColumns + sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    QVector<AssociationMember> result;
    if (q.exec())
        while (q.next())
            result.append({.id = q.value(0).toLongLong(), .uuid = q.value(1).toString(),
                           .associationId = q.value(2).toLongLong(), .personId = q.value(3).toLongLong(),
                           .joinedOn = dateFromSql(q.value(4)), .leftOn = dateFromSql(q.value(5)),
                           .createdAt = timeFromSql(q.value(6)), .updatedAt = timeFromSql(q.value(7))});
    q.finish();
    return result;
}

std::optional<MethodicalAssociation> AssociationRepository::find(qint64 id)
{
    const auto found = associations(QStringLiteral("WHERE a.id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QVector<MethodicalAssociation> AssociationRepository::list(qint64 rootUnitId, const QDate& on)
{
    return associations(QStringLiteral("JOIN org_unit_closure c ON c.descendant_id = a.org_unit_id AND c.ancestor_id = ? "
                                       "WHERE a.start_date <= ? AND (a.end_date IS NULL OR a.end_date >= ?) "
                                       "ORDER BY a.level, a.subject, a.id"),
                        {rootUnitId, on.isValid() ? sqlDate(on) : QVariant(QStringLiteral("9999-12-31")),
                         on.isValid() ? sqlDate(on) : QVariant(QStringLiteral("0001-01-01"))});
}

QVector<MethodicalAssociation> AssociationRepository::associationsOf(qint64 personId)
{
    return associations(QStringLiteral("WHERE a.id IN (SELECT association_id FROM association_member WHERE person_id = ?) "
                                       "ORDER BY a.start_date, a.id"),
                        {personId});
}

std::optional<AssociationMember> AssociationRepository::findMember(qint64 memberId)
{
    const auto found = memberRows(QStringLiteral("WHERE m.id = ?"), {memberId});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QVector<AssociationMember> AssociationRepository::members(qint64 associationId, const QDate& on)
{
    if (!on.isValid())
        return memberRows(QStringLiteral("WHERE m.association_id = ? ORDER BY m.joined_on, m.id"), {associationId});
    const QVariant date = sqlDate(on);
    return memberRows(QStringLiteral("WHERE m.association_id = ? AND ") + currentOn + QStringLiteral(" ORDER BY m.joined_on, m.id"),
                      {associationId, date, date, date, date});
}

Result<qint64> AssociationRepository::addMember(qint64 associationId, qint64 personId, const QDate& joinedOn)
{
    QVector<AssociationMember> added{AssociationMember{.personId = personId, .joinedOn = joinedOn}};
    if (Status s = addMembers(associationId, added); !s)
        return Result<qint64>(s);
    return added.first().id;
}

Status AssociationRepository::addMembers(qint64 associationId, QVector<AssociationMember>& added)
{
    auto a = find(associationId);
    if (!a)
        return Status::failure(tr("The methodical association (id %1) does not exist.").arg(associationId));
    QVector<AssociationMember> list = members(associationId);
    const qsizetype stored = list.size();
    for (AssociationMember& m : added) {
        m.id = 0;
        m.associationId = associationId;
        list.append(m);
    }
    if (Status s = validate(*a, list); !s)
        return s;
    Database& db = database();
    WriteTransaction tx(db, added.size() == 1 ? WriteTransaction::Nesting::Join : WriteTransaction::Nesting::Savepoint);
    if (!tx.isActive())
        return tx.status();
    for (qsizetype i = 0; i < added.size(); ++i) {
        if (Status s = writeMember(list[stored + i], true); !s)
            return s;
        added[i] = list.at(stored + i);
    }
    db.markChanged(Change::Associations);
    return tx.commit();
}

Status AssociationRepository::endMembership(qint64 memberId, const QDate& leftOn)
{
    return changeMember(memberId, leftOn, false);
}

Status AssociationRepository::removeMember(qint64 memberId)
{
    return changeMember(memberId, {}, true);
}

Status AssociationRepository::changeMember(qint64 memberId, const QDate& leftOn, bool remove)
{
    const auto member = findMember(memberId);
    if (!member)
        return Status::failure(tr("The membership (id %1) does not exist.").arg(memberId));
    auto a = find(member->associationId);
    if (!a)
        return Status::failure(tr("The methodical association (id %1) does not exist.").arg(member->associationId));
    if (!remove && !leftOn.isValid())
        return Status::failure(tr("The date %1 leaves the association is required.").arg(personName(member->personId)));
    QVector<AssociationMember> list = members(a->id);
    for (int i = list.size() - 1; i >= 0; --i)
        if (list.at(i).id == memberId) {
            if (remove)
                list.remove(i);
            else
                list[i].leftOn = leftOn;
        }
    if (Status s = validate(*a, list); !s)
        return s;
    Database& db = database();
    WriteTransaction tx(db, WriteTransaction::Nesting::Join); // one statement
    if (!tx.isActive())
        return tx.status();
    if (remove) {
        QSqlQuery& q = prepared(QStringLiteral("DELETE FROM association_member WHERE id = ?"));
        q.addBindValue(memberId);
        if (!q.exec())
            return Status::failure(sqlError(tr("removing a member of «%1»").arg(a->subject), q));
        q.finish();
    } else {
        AssociationMember changed = *member;
        changed.leftOn = leftOn;
        if (Status s = writeMember(changed, false); !s)
            return s;
    }
    db.markChanged(Change::Associations);
    return tx.commit();
}

Status AssociationRepository::writeMember(AssociationMember& m, bool isNew)
{
    Database& db = database();
    const QString now = db.timestamp();
    if (isNew && m.uuid.isEmpty())
        m.uuid = db.newUuid();
    QSqlQuery& q = prepared(isNew ? QStringLiteral(
        "INSERT INTO association_member (association_id, person_id, joined_on, left_on, uuid, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)")
                                  : QStringLiteral(
        "UPDATE association_member SET association_id = ?, person_id = ?, joined_on = ?, left_on = ?, updated_at = ? "
        "WHERE id = ?"));
    q.addBindValue(m.associationId);
    q.addBindValue(m.personId);
    q.addBindValue(sqlDate(m.joinedOn));
    q.addBindValue(sqlDate(m.leftOn));
    if (isNew) {
        q.addBindValue(m.uuid);
        q.addBindValue(now);
    }
    q.addBindValue(now);
    if (!isNew)
        q.addBindValue(m.id);
    if (!execRecordWrite(q, m, isNew, now))
        return Status::failure(sqlError(tr("saving a member of an association"), q));
    return Status::success();
}

QVector<qint64> AssociationRepository::membersOn(qint64 rootUnitId, const QDate& date)
{
    // Members on the date; of them, those whose main employment (highest rate, then earliest
    // start) on the date is in the subtree.
    QSqlQuery& q = prepared(QStringLiteral(
        "WITH member AS (SELECT DISTINCT m.person_id FROM association_member m "
        "  JOIN methodical_association a ON a.id = m.association_id "
        "  WHERE a.start_date <= :on AND (a.end_date IS NULL OR a.end_date >= :on) "
        "  AND m.joined_on <= :on AND (m.left_on IS NULL OR m.left_on >= :on)), "
        "ranked AS (SELECT e.person_id, e.org_unit_id, "
        "  ROW_NUMBER() OVER (PARTITION BY e.person_id ORDER BY e.rate DESC, e.start_date, e.id) AS n "
        "  FROM employment e WHERE e.person_id IN (SELECT person_id FROM member) "
        "  AND e.start_date <= :on AND (e.end_date IS NULL OR e.end_date >= :on)) "
        "SELECT r.person_id FROM ranked r "
        "JOIN org_unit_closure c ON c.descendant_id = r.org_unit_id AND c.ancestor_id = :root "
        "JOIN person p ON p.id = r.person_id WHERE r.n = 1 ORDER BY p.name_key, p.id"));
    q.bindValue(QStringLiteral(":on"), sqlDate(date));
    q.bindValue(QStringLiteral(":root"), rootUnitId);
    QVector<qint64> result;
    if (q.exec())
        while (q.next())
            result.append(q.value(0).toLongLong());
    q.finish();
    return result;
}

QVector<HistoryEntry> AssociationRepository::historyOf(qint64 personId)
{
    QVector<HistoryEntry> result;
    const QString kind = tr("Methodical association");
    auto describe = [this](const MethodicalAssociation& a) {
        const auto unit = m_checks.unitName(a.orgUnitId);
        return tr("«%1» (%2), %3").arg(a.subject, m_references.name(ReferenceList::AssociationLevel, a.level),
                                       unit ? *unit : QString());
    };
    for (const MethodicalAssociation& a : associations(QStringLiteral("WHERE a.head_id = ? ORDER BY a.start_date, a.id"), {personId}))
        result.append({a.start, kind, tr("head of %1; %2").arg(describe(a), periodText(a.start, a.end)), a.uuid});
    for (const MethodicalAssociation& a : associationsOf(personId))
        for (const AssociationMember& m : members(a.id))
            if (m.personId == personId) {
                const QDate last = m.leftOn.isValid() ? m.leftOn : a.end;
                result.append({m.joinedOn, kind, tr("member of %1; %2").arg(describe(a), periodText(m.joinedOn, last)), a.uuid});
            }
    std::stable_sort(result.begin(), result.end(), [](const HistoryEntry& a, const HistoryEntry& b) { return a.date < b.date; });
    return result;
}
