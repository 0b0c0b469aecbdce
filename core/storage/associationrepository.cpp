// AssociationRepository: the rules an association and its memberships keep, and writing them.
#include "storage/associationrepository.h"
#include "domain/orgunit.h"
#include "domain/period.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"
#include "storage/recordwrite.h"

namespace {

// The level of unit an association of a built-in level belongs to; users' own levels: any.
std::optional<UnitLevel> unitLevelFor(const QString& associationLevel)
{
    if (associationLevel == u"school") return UnitLevel::Organisation;
    if (associationLevel == u"municipal") return UnitLevel::Municipality;
    if (associationLevel == u"hub") return UnitLevel::Hub;
    if (associationLevel == u"regional") return UnitLevel::Region;
    return std::nullopt;
}

// A membership's last day: leaving, else the association's end; invalid while open.
QDate lastDay(const MethodicalAssociation& a, const AssociationMember& m)
{
    return m.leftOn.isValid() ? m.leftOn : a.end;
}

// Two periods meet; an invalid end is open.
bool overlap(const QDate& start1, const QDate& end1, const QDate& start2, const QDate& end2)
{
    return (!end2.isValid() || start1 <= end2) && (!end1.isValid() || start2 <= end1);
}

} // namespace

QString AssociationRepository::personName(qint64 personId)
{
    const auto name = m_checks.personName(personId);
    return name ? *name : QString::number(personId);
}

Status AssociationRepository::validate(MethodicalAssociation& a, const QVector<AssociationMember>& members)
{
    const auto level = m_references.find(ReferenceList::AssociationLevel, a.level);
    if (!level)
        return Status::failure(tr("Unknown level of a methodical association «%1».").arg(a.level));
    a.level = level->code;
    a.subject = a.subject.simplified();
    if (a.subject.isEmpty())
        return Status::failure(tr("The subject or theme of the association must not be empty."));
    if (a.headId != 0)
        if (const auto head = m_checks.personName(a.headId); !head)
            return head.status();
    if (Status s = RecordChecks::period(a.start, a.end); !s)
        return s;
    if (Status s = checkUnit(a); !s)
        return s;
    return checkMembers(a, members);
}

Status AssociationRepository::checkUnit(MethodicalAssociation& a)
{
    if (a.orgUnitId == 0) {
        if (a.level != u"school" || a.headId == 0)
            return Status::failure(tr("Choose the unit the association «%1» belongs to.").arg(a.subject));
        a.orgUnitId = m_checks.mainOrganisation(a.headId, a.start);
        if (a.orgUnitId == 0)
            return Status::failure(tr("The head %1 works nowhere on %2: choose the school the association belongs to.")
                                       .arg(personName(a.headId), shownDate(a.start)));
    }
    const auto unit = m_checks.unitName(a.orgUnitId);
    if (!unit)
        return unit.status();
    const auto expected = unitLevelFor(a.level);
    if (!expected)
        return Status::success();
    QSqlQuery& q = prepared(QStringLiteral("SELECT level FROM org_unit WHERE id = ?"));
    q.bindValue(0, a.orgUnitId);
    const auto level = UnitLevel(q.exec() && q.next() ? q.value(0).toInt() : -1);
    q.finish();
    if (level == *expected)
        return Status::success();
    return Status::failure(tr("«%1» is a %2, but an association of the level «%3» belongs to a %4.")
                               .arg(*unit, UnitLevels::name(level), m_references.name(ReferenceList::AssociationLevel, a.level),
                                    UnitLevels::name(*expected)));
}

Status AssociationRepository::checkMembers(const MethodicalAssociation& a, const QVector<AssociationMember>& members)
{
    for (int i = 0; i < members.size(); ++i) {
        const AssociationMember& m = members.at(i);
        const auto name = m_checks.personName(m.personId);
        if (!name)
            return name.status();
        if (!m.joinedOn.isValid())
            return Status::failure(tr("The date %1 joins the association is required.").arg(*name));
        if (m.joinedOn < a.start || (a.end.isValid() && m.joinedOn > a.end))
            return Status::failure(tr("%1 joins on %2, outside the period of the association «%3» (%4).")
                                       .arg(*name, shownDate(m.joinedOn), a.subject, periodText(a.start, a.end)));
        if (m.leftOn.isValid() && m.leftOn < m.joinedOn)
            return Status::failure(tr("%1 leaves the association on %2, before joining it on %3.")
                                       .arg(*name, shownDate(m.leftOn), shownDate(m.joinedOn)));
        if (m.leftOn.isValid() && a.end.isValid() && m.leftOn > a.end)
            return Status::failure(tr("%1 leaves the association «%2» on %3, after it ends on %4.")
                                       .arg(*name, a.subject, shownDate(m.leftOn), shownDate(a.end)));
        for (int j = 0; j < i; ++j) {
            const AssociationMember& other = members.at(j);
            if (other.personId == m.personId && overlap(m.joinedOn, lastDay(a, m), other.joinedOn, lastDay(a, other)))
                return Status::failure(tr("%1 is already a member of «%2» (%3): one person's memberships must not overlap.")
                                           .arg(*name, a.subject, periodText(other.joinedOn, lastDay(a, other))));
        }
    }
    return Status::success();
}

Status AssociationRepository::writeAssociation(MethodicalAssociation& a, bool isNew)
{
    Database& db = database();
    const QString now = db.timestamp();
    if (isNew && a.uuid.isEmpty())
        a.uuid = db.newUuid();
    QSqlQuery& q = prepared(isNew ? QStringLiteral(
        "INSERT INTO methodical_association (org_unit_id, level, subject, head_id, start_date, end_date, uuid, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                  : QStringLiteral(
        "UPDATE methodical_association SET org_unit_id = ?, level = ?, subject = ?, head_id = ?, start_date = ?, "
        "end_date = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(a.orgUnitId);
    q.addBindValue(a.level);
    q.addBindValue(a.subject);
    q.addBindValue(a.headId != 0 ? QVariant(a.headId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(sqlDate(a.start));
    q.addBindValue(sqlDate(a.end));
    if (isNew) {
        q.addBindValue(a.uuid);
        q.addBindValue(now);
    }
    q.addBindValue(now);
    if (!isNew)
        q.addBindValue(a.id);
    if (!execRecordWrite(q, a, isNew, now))
        return Status::failure(sqlError(tr("saving the association «%1»").arg(a.subject), q));
    return Status::success();
}

Result<qint64> AssociationRepository::insert(MethodicalAssociation& association)
{
    MethodicalAssociation a = association;
    a.id = 0;
    if (Status s = validate(a, {}); !s)
        return Result<qint64>(s);
    Database& db = database();
    WriteTransaction tx(db, WriteTransaction::Nesting::Join); // one statement
    if (!tx.isActive())
        return Result<qint64>(tx.status());
    if (Status s = writeAssociation(a, true); !s)
        return Result<qint64>(s);
    db.markChanged(Change::Associations);
    if (Status s = tx.commit(); !s)
        return Result<qint64>(s);
    association = a;
    return a.id;
}

Status AssociationRepository::update(const MethodicalAssociation& input)
{
    if (!find(input.id))
        return Status::failure(tr("The methodical association (id %1) does not exist.").arg(input.id));
    MethodicalAssociation a = input;
    if (Status s = validate(a, members(a.id)); !s)
        return s;
    Database& db = database();
    WriteTransaction tx(db, WriteTransaction::Nesting::Join); // one statement
    if (!tx.isActive())
        return tx.status();
    if (Status s = writeAssociation(a, false); !s)
        return s;
    db.markChanged(Change::Associations);
    return tx.commit();
}

Status AssociationRepository::remove(qint64 id)
{
    const auto a = find(id);
    if (!a)
        return Status::failure(tr("The methodical association (id %1) does not exist.").arg(id));
    QStringList names;
    for (const AssociationMember& m : members(id))
        if (const QString name = personName(m.personId); !names.contains(name))
            names.append(name);
    if (!names.isEmpty())
        return Status::failure(tr("The association «%1» still has members (%2): remove them first.")
                                   .arg(a->subject, names.join(QStringLiteral(", "))));
    QSqlQuery& q = prepared(QStringLiteral("DELETE FROM methodical_association WHERE id = ?"));
    q.addBindValue(id);
    return execWrite(q, tr("deleting the association «%1»").arg(a->subject), Change::Associations);
}
