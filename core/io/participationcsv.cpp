#include "io/participationcsv.h"
#include "io/recordexport.h"
#include "io/fieldparsing.h"
#include "io/recordimport.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/sqlvalues.h"

#include <QSqlError>

namespace {

// The stored records a row may name, found by their natural keys.
class Lookup : public Repository {
public:
    using Repository::Repository;
    qint64 event(qint64 organiserId, const QDate& date, const QString& topic)
    {
        QSqlQuery& q = prepared(QStringLiteral(
            "SELECT id, topic FROM methodical_event WHERE org_unit_id = ? AND start_date = ? ORDER BY id"));
        q.addBindValue(organiserId);
        q.addBindValue(sqlDate(date));
        qint64 id = 0;
        if (q.exec())
            while (!id && q.next())
                if (normaliseKey(q.value(1).toString()) == normaliseKey(topic))
                    id = q.value(0).toLongLong();
        q.finish();
        return id;
    }
    // The event's participations: person id → participation id.
    QHash<qint64, qint64> participations(qint64 eventId)
    {
        QSqlQuery& q = prepared(QStringLiteral("SELECT person_id, id FROM event_participation WHERE event_id = ?"));
        q.addBindValue(eventId);
        QHash<qint64, qint64> result;
        if (q.exec())
            while (q.next())
                result.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
        q.finish();
        return result;
    }
};

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

const QVector<CsvField>& ParticipationCsv::fields()
{
    static const QVector<CsvField> list = QVector<CsvField>{
        {"topic", {QStringLiteral("Мероприятие"), QStringLiteral("event"), QStringLiteral("тема"),
                   QStringLiteral("тема мероприятия"), QStringLiteral("topic")}, true},
        {"date", {QStringLiteral("Дата мероприятия"), QStringLiteral("event date"), QStringLiteral("дата")}, true},
        {"end", {QStringLiteral("Дата окончания мероприятия"), QStringLiteral("event end")}},
        {"kind", {QStringLiteral("Вид"), QStringLiteral("kind"), QStringLiteral("вид мероприятия")}},
        {"level", {QStringLiteral("Уровень"), QStringLiteral("level"), QStringLiteral("уровень мероприятия")}},
        {"area", {QStringLiteral("Компетентностная область"), QStringLiteral("competence area")}},
        {"organiser", {QStringLiteral("Организатор"), QStringLiteral("organiser"), QStringLiteral("organizer"),
                       QStringLiteral("код организатора")}, true},
    } + PersonColumns::personFields() + QVector<CsvField>{
        RecordImport::unitField(),
        {"role", {QStringLiteral("Роль"), QStringLiteral("role")}},
    };
    return list;
}

Result<ImportReport> ParticipationCsv::importFrom(Database& db, QIODevice& device, const ImportOptions& options)
{
    RecordImport in(db, options);
    if (!in.read(device, fields()))
        return in.ended();
    EventRepository events(db);
    Lookup lookup(db);
    QHash<QString, std::optional<MethodicalEvent>> knownEvents;
    QHash<qint64, QHash<qint64, qint64>> knownParticipations; // by event: person id → participation id
    QHash<QString, QString> topicKeys;                         // topic as written → normalised
    for (const CsvRecord& r : in.rows()) {
        const int line = r.line;
        in.checkCells(r);
        MethodicalEvent given;
        given.topic = in.text(r, "topic");
        given.date = in.date(r, "date");
        given.endDate = in.date(r, "end");
        given.kind = in.code(r, "kind", ReferenceList::EventKind);
        given.level = in.code(r, "level", ReferenceList::EventLevel);
        given.competenceArea = in.code(r, "area", ReferenceList::CompetenceArea);
        given.orgUnitId = in.unit(r, "organiser");
        for (const char* key : {"topic", "date", "organiser"})
            in.require(r, key);
        const QString role = in.code(r, "role", ReferenceList::ParticipationRole);
        const qint64 unitId = in.unit(r, "unit");
        const qint64 personId = in.person(r);
        if (in.isBad(line))
            continue;
        auto topicKey = topicKeys.constFind(given.topic); // the rows of one event repeat its topic
        if (topicKey == topicKeys.cend())
            topicKey = topicKeys.insert(given.topic, normaliseKey(given.topic));
        const QString eventKey = QString::number(given.orgUnitId) + u'|' + QString::number(given.date.toJulianDay()) + u'|' + *topicKey;
        if (!in.agrees(eventKey, r, {{"end", iso(given.endDate)}, {"kind", given.kind}, {"level", given.level},
                                     {"area", given.competenceArea}})
            || in.repeats(eventKey + u'|' + QString::number(personId), line))
            continue;

        // The event as stored, kept for the rows after (forgotten when a row fails: it may be rolled back).
        std::optional<MethodicalEvent> current = knownEvents.value(eventKey);
        const bool written = in.write(line, [&](RecordImport::Counts& counts) {
            bool changed = false;
            if (!current)
                if (const qint64 id = lookup.event(given.orgUnitId, given.date, given.topic))
                    current = events.find(id);
            if (!current) {
                if (given.kind.isEmpty() || given.level.isEmpty()) {
                    in.issue(line, given.kind.isEmpty() ? "kind" : "level", tr("a new event needs its kind and level"));
                    return false;
                }
                MethodicalEvent e = given;
                if (auto id = events.insert(e); !id) {
                    in.issue(line, nullptr, id.error());
                    return false;
                }
                current = e;
            } else {
                MethodicalEvent e = *current;
                if (given.endDate.isValid())
                    e.endDate = given.endDate;
                if (!given.kind.isEmpty())
                    e.kind = given.kind;
                if (!given.level.isEmpty())
                    e.level = given.level;
                if (!given.competenceArea.isEmpty())
                    e.competenceArea = given.competenceArea;
                if (e.endDate != current->endDate || e.kind != current->kind || e.level != current->level
                    || e.competenceArea != current->competenceArea) {
                    if (Status s = events.update(e); !s) {
                        in.issue(line, nullptr, s.error());
                        return false;
                    }
                    current = e;
                    changed = true;
                }
            }
            const qint64 eventId = current->id;
            if (!knownParticipations.contains(eventId))
                knownParticipations.insert(eventId, lookup.participations(eventId));
            QHash<qint64, qint64>& listed = knownParticipations[eventId];
            if (const qint64 id = listed.value(personId)) {
                EventParticipation p = *events.findParticipation(id);
                const EventParticipation stored = p;
                if (!role.isEmpty())
                    p.role = role;
                if (unitId)
                    p.orgUnitId = unitId;
                if (p.role != stored.role || p.orgUnitId != stored.orgUnitId) {
                    if (Status s = events.updateParticipant(p); !s) {
                        in.issue(line, nullptr, s.error());
                        return false;
                    }
                    changed = true;
                }
                ++(changed ? counts.updated : counts.unchanged);
                return true;
            }
            EventParticipation p{.orgUnitId = unitId, .eventId = eventId, .personId = personId,
                                 .role = role.isEmpty() ? QStringLiteral("participant") : role};
            // The event as stored is at hand: the repository checks the participant without reading it again.
            if (auto id = events.addParticipant(*current, p); !id) {
                in.issue(line, nullptr, id.error());
                return false;
            }
            listed.insert(personId, p.id);
            ++counts.created;
            return true;
        });
        if (written) {
            knownEvents.insert(eventKey, current);
        } else {
            knownEvents.remove(eventKey);
            if (current)
                knownParticipations.remove(current->id);
        }
    }
    return in.finish();
}

Status ParticipationCsv::exportTo(Database& db, QIODevice& device, qint64 rootId)
{
    RecordExport records(db, QStringLiteral(
        "SELECT ev.topic, ev.start_date, ev.end_date, ev.kind, ev.level, ev.competence_area, o.code, "
        "ep.person_id, u.code, ep.role FROM event_participation ep "
        "JOIN methodical_event ev ON ev.id = ep.event_id JOIN org_unit o ON o.id = ev.org_unit_id "
        "JOIN org_unit u ON u.id = ep.org_unit_id JOIN person p ON p.id = ep.person_id "),
                         QStringLiteral("ep.org_unit_id"), rootId,
                         QStringLiteral("ORDER BY ev.start_date, o.code, ev.topic, ev.id, p.name_key, p.birth_date, p.id"));
    ReferenceRepository& references = records.references();
    return records.write(device, fields(), tr("exporting event participants"), [&](CsvRow& row, const QSqlQuery& q) {
        const qint64 personId = q.value(7).toLongLong();
        row.set("topic", q.value(0).toString())
            .set("date", formatDateRu(dateFromSql(q.value(1))))
            .set("end", formatDateRu(dateFromSql(q.value(2))))
            .set("kind", references.name(ReferenceList::EventKind, q.value(3).toString()))
            .set("level", references.name(ReferenceList::EventLevel, q.value(4).toString()))
            .set("area", q.value(5).isNull() ? QString() : references.name(ReferenceList::CompetenceArea, q.value(5).toString()))
            .set("organiser", q.value(6).toString())
            .set("unit", q.value(8).toString())
            .set("role", references.name(ReferenceList::ParticipationRole, q.value(9).toString()));
        PersonColumns::write(row, records.person(personId));
    });
}
