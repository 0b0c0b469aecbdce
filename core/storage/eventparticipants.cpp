// EventRepository: the participants of events, recorded one by one or a whole list at once.
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QSet>

namespace {
const QString participationColumns = QStringLiteral(
    "SELECT ep.id, ep.uuid, ep.org_unit_id, ep.event_id, ep.person_id, ep.role, ep.created_at, ep.updated_at "
    "FROM event_participation ep ");
// An event's 11 columns, then its participation's 8.
const QString attendanceColumns = QStringLiteral(
    "SELECT ev.id, ev.uuid, ev.org_unit_id, ev.kind, ev.level, ev.start_date, ev.end_date, ev.topic, "
    "ev.competence_area, ev.created_at, ev.updated_at, "
    "ep.id, ep.uuid, ep.org_unit_id, ep.event_id, ep.person_id, ep.role, ep.created_at, ep.updated_at "
    "FROM event_participation ep JOIN methodical_event ev ON ev.id = ep.event_id ");

QString shown(const QDate& date)
{
    return date.toString(QStringLiteral("dd.MM.yyyy"));
}
} // namespace

EventParticipation EventRepository::readParticipation(const QSqlQuery& q, int first) const
{
    EventParticipation p;
    p.id = q.value(first).toLongLong();
    p.uuid = q.value(first + 1).toString();
    p.orgUnitId = q.value(first + 2).toLongLong();
    p.eventId = q.value(first + 3).toLongLong();
    p.personId = q.value(first + 4).toLongLong();
    p.role = q.value(first + 5).toString();
    p.createdAt = timeFromSql(q.value(first + 6));
    p.updatedAt = timeFromSql(q.value(first + 7));
    return p;
}

Status EventRepository::checkParticipant(const MethodicalEvent& event, EventParticipation& p, const QString& name)
{
    return checkParticipant(event, p, [&name] { return Result<QString>(name); });
}

Status EventRepository::checkParticipant(const MethodicalEvent& event, EventParticipation& p,
                                         const std::function<Result<QString>()>& nameOf)
{
    if (Status s = checkPlace(event, p, nameOf); !s)
        return s;
    return listed(event, p, nameOf);
}

// The person works on the event's date (at the participation's unit, if given; else the unit is
// their main organisation then). The person's name only for a message: a person who does not
// exist works nowhere, and then the name's look-up says that they do not exist.
Status EventRepository::checkPlace(const MethodicalEvent& event, EventParticipation& p,
                                   const std::function<Result<QString>()>& nameOf)
{
    if (p.orgUnitId != 0)
        return m_checks.worksAt(p.personId, p.orgUnitId, event.date); // names the person, or says they do not exist
    p.orgUnitId = m_checks.mainOrganisation(p.personId, event.date);
    if (p.orgUnitId != 0)
        return Status::success();
    const auto name = nameOf();
    return name ? Status::failure(tr("%1 worked nowhere on %2, the date of the event.").arg(*name, shown(event.date)))
                : name.status();
}

// Refused when the person is already listed among the event's participants.
Status EventRepository::listed(const MethodicalEvent& event, const EventParticipation& p,
                               const std::function<Result<QString>()>& nameOf)
{
    QSqlQuery& q = prepared(QStringLiteral("SELECT 1 FROM event_participation WHERE event_id = ? AND person_id = ? AND id <> ?"));
    q.addBindValue(event.id);
    q.addBindValue(p.personId);
    q.addBindValue(p.id);
    const bool found = q.exec() && q.next();
    q.finish();
    if (!found)
        return Status::success();
    const auto name = nameOf();
    return name ? Status::failure(tr("%1 is already listed among the participants of «%2».").arg(*name, event.topic)) : name.status();
}

Status EventRepository::writeParticipant(EventParticipation& p, const QString& now)
{
    if (p.uuid.isEmpty())
        p.uuid = database().newUuid();
    QSqlQuery& q = prepared(QStringLiteral(
        "INSERT INTO event_participation (uuid, org_unit_id, event_id, person_id, role, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(p.uuid);
    q.addBindValue(p.orgUnitId);
    q.addBindValue(p.eventId);
    q.addBindValue(p.personId);
    q.addBindValue(p.role);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return Status::failure(sqlError(tr("adding a participant"), q));
    p.id = q.lastInsertId().toLongLong();
    q.finish();
    p.createdAt = p.updatedAt = QDateTime::fromString(now, Qt::ISODate);
    return Status::success();
}

Result<qint64> EventRepository::addParticipant(EventParticipation& p)
{
    const auto event = find(p.eventId);
    if (!event)
        return Result<qint64>::failure(tr("The event (id %1) does not exist.").arg(p.eventId));
    return addParticipant(*event, p);
}

Result<qint64> EventRepository::addParticipant(const MethodicalEvent& event, EventParticipation& p)
{
    if (event.id == 0 || (p.eventId != 0 && p.eventId != event.id))
        return Result<qint64>::failure(tr("The event (id %1) does not exist.").arg(p.eventId));
    p.eventId = event.id;
    const auto role = m_references.find(ReferenceList::ParticipationRole, p.role);
    if (!role)
        return Result<qint64>::failure(tr("Unknown participation role «%1».").arg(p.role));
    p.role = role->code;
    const auto nameOf = [&] { return m_checks.personName(p.personId); };
    if (Status s = checkPlace(event, p, nameOf); !s)
        return Result<qint64>(s);
    Database& db = database();
    WriteTransaction tx(db, WriteTransaction::Nesting::Join); // one statement
    if (!tx.isActive())
        return Result<qint64>(tx.status());
    // One listed already is refused by the table's unique key (event, person); the message says so.
    if (Status s = writeParticipant(p, db.timestamp()); !s) {
        const Status already = listed(event, p, nameOf);
        return Result<qint64>(already ? s : already);
    }
    db.markChanged(Change::Events);
    if (Status s = tx.commit(); !s)
        return Result<qint64>(s);
    return p.id;
}

Result<int> EventRepository::addParticipants(qint64 eventId, const QVector<qint64>& personIds, const QString& roleText)
{
    const auto event = find(eventId);
    if (!event)
        return Result<int>::failure(tr("The event (id %1) does not exist.").arg(eventId));
    const auto role = m_references.find(ReferenceList::ParticipationRole, roleText);
    if (!role)
        return Result<int>::failure(tr("Unknown participation role «%1».").arg(roleText));
    Database& db = database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return Result<int>(tx.status());
    QStringList problems;
    QVector<EventParticipation> rows;
    QSet<qint64> seen;
    for (const qint64 personId : personIds) {
        const auto name = m_checks.personName(personId);
        if (!name) {
            problems.append(name.error());
            continue;
        }
        if (seen.contains(personId)) {
            problems.append(tr("%1 is given twice.").arg(*name));
            continue;
        }
        seen.insert(personId);
        EventParticipation p;
        p.eventId = eventId;
        p.personId = personId;
        p.role = role->code;
        if (Status s = checkParticipant(*event, p, *name); !s)
            problems.append(s.error());
        else
            rows.append(p);
    }
    if (!problems.isEmpty())
        return Result<int>::failure(problems.join(u'\n'));
    const QString now = db.timestamp();
    for (EventParticipation& p : rows)
        if (Status s = writeParticipant(p, now); !s)
            return Result<int>(s);
    db.markChanged(Change::Events);
    if (Status s = tx.commit(); !s)
        return Result<int>(s);
    return int(rows.size());
}

Status EventRepository::updateParticipant(const EventParticipation& input)
{
    EventParticipation p = input;
    if (!findParticipation(p.id))
        return Status::failure(tr("The participation (id %1) does not exist.").arg(p.id));
    const auto event = find(p.eventId);
    if (!event)
        return Status::failure(tr("The event (id %1) does not exist.").arg(p.eventId));
    const auto role = m_references.find(ReferenceList::ParticipationRole, p.role);
    if (!role)
        return Status::failure(tr("Unknown participation role «%1».").arg(p.role));
    p.role = role->code;
    const auto name = m_checks.personName(p.personId);
    if (!name)
        return name.status();
    if (Status s = checkParticipant(*event, p, *name); !s)
        return s;
    Database& db = database();
    QSqlQuery& q = prepared(QStringLiteral(
        "UPDATE event_participation SET org_unit_id = ?, event_id = ?, person_id = ?, role = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(p.orgUnitId);
    q.addBindValue(p.eventId);
    q.addBindValue(p.personId);
    q.addBindValue(p.role);
    q.addBindValue(db.timestamp());
    q.addBindValue(p.id);
    return execWrite(q, tr("saving a participant"), Change::Events);
}

Status EventRepository::removeParticipant(qint64 participationId)
{
    if (!findParticipation(participationId))
        return Status::failure(tr("The participation (id %1) does not exist.").arg(participationId));
    QSqlQuery& q = prepared(QStringLiteral("DELETE FROM event_participation WHERE id = ?"));
    q.addBindValue(participationId);
    return execWrite(q, tr("removing a participant"), Change::Events);
}

std::optional<EventParticipation> EventRepository::findParticipation(qint64 id)
{
    QSqlQuery& q = prepared(participationColumns + QStringLiteral("WHERE ep.id = ?"));
    q.bindValue(0, id);
    std::optional<EventParticipation> p;
    if (q.exec() && q.next())
        p = readParticipation(q);
    q.finish();
    return p;
}

QVector<EventParticipation> EventRepository::participants(qint64 eventId)
{
    QSqlQuery& q = prepared(participationColumns + QStringLiteral(
        "JOIN person pe ON pe.id = ep.person_id WHERE ep.event_id = ? ORDER BY pe.name_key, pe.id"));
    q.bindValue(0, eventId);
    QVector<EventParticipation> result;
    if (q.exec())
        while (q.next())
            result.append(readParticipation(q));
    q.finish();
    return result;
}

int EventRepository::participantCount(qint64 eventId)
{
    QSqlQuery& q = prepared(QStringLiteral("SELECT COUNT(*) FROM event_participation WHERE event_id = ?"));
    q.bindValue(0, eventId);
    const int n = q.exec() && q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

QVector<EventAttendance> EventRepository::attendances(const QString& sql, const QVariantList& values)
{
    QSqlQuery& q = prepared(attendanceColumns + sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    QVector<EventAttendance> result;
    if (q.exec())
        while (q.next())
            result.append({readEvent(q, 0), readParticipation(q, 11)});
    q.finish();
    return result;
}

QVector<EventAttendance> EventRepository::eventsOf(qint64 personId)
{
    return attendances(QStringLiteral("WHERE ep.person_id = ? ORDER BY ev.start_date, ev.id"), {personId});
}

QVector<EventAttendance> EventRepository::participationsIn(qint64 rootUnitId, const QDate& from, const QDate& to)
{
    return attendances(QStringLiteral("JOIN org_unit_closure c ON c.descendant_id = ep.org_unit_id "
                                      "WHERE c.ancestor_id = ? AND ev.start_date <= ? "
                                      "AND COALESCE(ev.end_date, ev.start_date) >= ? ORDER BY ev.start_date, ev.id, ep.id"),
                       {rootUnitId, sqlUpperBound(to),
                        sqlLowerBound(from)});
}

QVector<HistoryEntry> EventRepository::historyOf(qint64 personId)
{
    QVector<HistoryEntry> result;
    for (const EventAttendance& a : eventsOf(personId)) {
        const auto organiser = m_checks.unitName(a.event.orgUnitId);
        result.append({a.event.date, tr("Methodical event"),
                       tr("%1 «%2», %3 level; %4; organised by %5")
                           .arg(m_references.name(ReferenceList::EventKind, a.event.kind), a.event.topic,
                                m_references.name(ReferenceList::EventLevel, a.event.level),
                                m_references.name(ReferenceList::ParticipationRole, a.participation.role),
                                organiser ? *organiser : QString()),
                       a.participation.uuid});
    }
    return result;
}
