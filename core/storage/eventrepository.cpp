#include "storage/eventrepository.h"
#include "storage/participantplaces.h"
#include "storage/database.h"
#include "storage/planrepository.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

namespace {
const QString eventColumns = QStringLiteral(
    "SELECT ev.id, ev.uuid, ev.org_unit_id, ev.kind, ev.level, ev.start_date, ev.end_date, ev.topic, "
    "ev.competence_area, ev.created_at, ev.updated_at FROM methodical_event ev ");

QString shown(const QDate& date)
{
    return date.toString(QStringLiteral("dd.MM.yyyy"));
}
} // namespace

MethodicalEvent EventRepository::readEvent(const QSqlQuery& q, int first) const
{
    MethodicalEvent e;
    e.id = q.value(first).toLongLong();
    e.uuid = q.value(first + 1).toString();
    e.orgUnitId = q.value(first + 2).toLongLong();
    e.kind = q.value(first + 3).toString();
    e.level = q.value(first + 4).toString();
    e.date = dateFromSql(q.value(first + 5));
    e.endDate = dateFromSql(q.value(first + 6));
    e.topic = q.value(first + 7).toString();
    e.competenceArea = q.value(first + 8).toString();
    e.createdAt = timeFromSql(q.value(first + 9));
    e.updatedAt = timeFromSql(q.value(first + 10));
    return e;
}

Status EventRepository::validate(MethodicalEvent& e)
{
    e.topic = e.topic.simplified();
    if (e.topic.isEmpty())
        return Status::failure(tr("The topic of the event must not be empty."));
    const auto kind = m_references.find(ReferenceList::EventKind, e.kind);
    if (!kind)
        return Status::failure(tr("Unknown event kind «%1».").arg(e.kind));
    e.kind = kind->code;
    const auto level = m_references.find(ReferenceList::EventLevel, e.level);
    if (!level)
        return Status::failure(tr("Unknown event level «%1».").arg(e.level));
    e.level = level->code;
    if (!e.competenceArea.trimmed().isEmpty()) {
        const auto area = m_references.find(ReferenceList::CompetenceArea, e.competenceArea);
        if (!area)
            return Status::failure(tr("Unknown competence area «%1».").arg(e.competenceArea));
        e.competenceArea = area->code;
    } else {
        e.competenceArea.clear();
    }
    if (!e.date.isValid())
        return Status::failure(tr("The date of the event is required."));
    if (e.endDate.isValid() && e.endDate < e.date)
        return Status::failure(tr("The event ends (%1) before it starts (%2).").arg(shown(e.endDate), shown(e.date)));
    if (e.orgUnitId == 0)
        return Status::failure(tr("The organiser of the event is required."));
    if (const auto unit = m_checks.unitName(e.orgUnitId); !unit)
        return unit.status();
    return Status::success();
}

Result<qint64> EventRepository::insert(MethodicalEvent& e)
{
    if (Status s = validate(e); !s)
        return Result<qint64>(s);
    Database& db = database();
    WriteTransaction tx(db, WriteTransaction::Nesting::Join); // one statement
    if (!tx.isActive())
        return Result<qint64>(tx.status());
    if (e.uuid.isEmpty())
        e.uuid = db.newUuid();
    const QString now = db.timestamp();
    QSqlQuery& q = prepared(QStringLiteral(
        "INSERT INTO methodical_event (uuid, org_unit_id, kind, level, start_date, end_date, topic, "
        "competence_area, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.uuid);
    q.addBindValue(e.orgUnitId);
    q.addBindValue(e.kind);
    q.addBindValue(e.level);
    q.addBindValue(sqlDate(e.date));
    q.addBindValue(sqlDate(e.endDate));
    q.addBindValue(e.topic);
    q.addBindValue(sqlText(e.competenceArea));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return Result<qint64>::failure(sqlError(tr("adding the event «%1»").arg(e.topic), q));
    e.id = q.lastInsertId().toLongLong();
    q.finish();
    e.createdAt = e.updatedAt = QDateTime::fromString(now, Qt::ISODate);
    db.markChanged(Change::Events);
    if (Status s = tx.commit(); !s)
        return Result<qint64>(s);
    return e.id;
}

Status EventRepository::update(const MethodicalEvent& input)
{
    MethodicalEvent e = input;
    const auto stored = find(e.id);
    if (!stored)
        return Status::failure(tr("The event (id %1) does not exist.").arg(e.id));
    if (Status s = validate(e); !s)
        return s;
    Database& db = database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return tx.status();
    if (stored->date != e.date)
        if (Status s = moveParticipants(e); !s)
            return s;
    QSqlQuery& q = prepared(QStringLiteral(
        "UPDATE methodical_event SET org_unit_id = ?, kind = ?, level = ?, start_date = ?, end_date = ?, topic = ?, "
        "competence_area = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(e.orgUnitId);
    q.addBindValue(e.kind);
    q.addBindValue(e.level);
    q.addBindValue(sqlDate(e.date));
    q.addBindValue(sqlDate(e.endDate));
    q.addBindValue(e.topic);
    q.addBindValue(sqlText(e.competenceArea));
    q.addBindValue(db.timestamp());
    q.addBindValue(e.id);
    if (Status s = execWrite(q, tr("saving the event «%1»").arg(e.topic), Change::Events); !s)
        return s;
    return tx.commit();
}

Status EventRepository::moveParticipants(const MethodicalEvent& e)
{
    // A participation belongs to the person's organisation on the event's date.
    QVector<ParticipantPlace> places;
    for (const EventParticipation& p : participants(e.id))
        places.append({p.id, p.personId, p.orgUnitId});
    const ParticipantRules rules{
        .stays = [&](qint64 person, qint64 unit) { return m_checks.employedAt(person, unit, e.date); },
        .placeOf = [&](qint64 person) { return m_checks.mainOrganisation(person, e.date); },
        .nowhere = [&](qint64 person) {
            return tr("%1 worked nowhere on %2, the date of the event.").arg(m_checks.personName(person).value(), shown(e.date));
        }};
    const auto moved = replaceParticipants(places, rules, tr("The event «%1» cannot move to %2:").arg(e.topic, shown(e.date)));
    if (!moved)
        return moved.status();
    for (const ParticipantPlace& p : moved.value()) {
        QSqlQuery& q = prepared(QStringLiteral("UPDATE event_participation SET org_unit_id = ?, updated_at = ? WHERE id = ?"));
        q.addBindValue(p.unitId);
        q.addBindValue(database().timestamp());
        q.addBindValue(p.participationId);
        if (Status s = execWrite(q, tr("saving a participant"), Change::Events); !s)
            return s;
    }
    return Status::success();
}

Status EventRepository::remove(qint64 eventId)
{
    const auto e = find(eventId);
    if (!e)
        return Status::failure(tr("The event (id %1) does not exist.").arg(eventId));
    Database& db = database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return tx.status();
    if (const int n = participantCount(eventId); n > 0)
        return Status::failure(tr("The event «%1» cannot be deleted: %n participant(s) are listed.", nullptr, n)
                                   .arg(e->topic));
    if (const int n = PlanRepository(db).itemsLinkedTo(eventId); n > 0)
        return Status::failure(tr("The event «%1» cannot be deleted: %n plan item(s) refer to it.", nullptr, n).arg(e->topic));
    QSqlQuery& q = prepared(QStringLiteral("DELETE FROM methodical_event WHERE id = ?"));
    q.addBindValue(eventId);
    if (!q.exec())
        return Status::failure(sqlError(tr("deleting the event «%1»").arg(e->topic), q));
    q.finish();
    db.markChanged(Change::Events);
    return tx.commit();
}

std::optional<MethodicalEvent> EventRepository::find(qint64 id)
{
    QSqlQuery& q = prepared(eventColumns + QStringLiteral("WHERE ev.id = ?"));
    q.bindValue(0, id);
    std::optional<MethodicalEvent> e;
    if (q.exec() && q.next())
        e = readEvent(q);
    q.finish();
    return e;
}

QVector<MethodicalEvent> EventRepository::list(qint64 rootUnitId, const QDate& from, const QDate& to)
{
    QSqlQuery& q = prepared(eventColumns + QStringLiteral(
        "JOIN org_unit_closure c ON c.descendant_id = ev.org_unit_id "
        "WHERE c.ancestor_id = ? AND ev.start_date <= ? AND COALESCE(ev.end_date, ev.start_date) >= ? "
        "ORDER BY ev.start_date, ev.id"));
    q.addBindValue(rootUnitId);
    q.addBindValue(sqlUpperBound(to));
    q.addBindValue(sqlLowerBound(from));
    QVector<MethodicalEvent> result;
    if (q.exec())
        while (q.next())
            result.append(readEvent(q));
    q.finish();
    return result;
}
