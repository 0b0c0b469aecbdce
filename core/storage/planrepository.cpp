#include "storage/planrepository.h"
#include "domain/academicyear.h"
#include "storage/clock.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

namespace {
const QString columns = QStringLiteral(
    "SELECT p.id, p.uuid, p.org_unit_id, p.academic_year, p.month, p.title, p.responsible_id, p.responsible_text, "
    "p.status, p.moved_to, p.event_id, p.notes, p.created_at, p.updated_at FROM plan_item p ");

const QString subtreeAndYear = QStringLiteral(
    "JOIN org_unit_closure c ON c.descendant_id = p.org_unit_id WHERE c.ancestor_id = ? AND p.academic_year = ? ");

QString shown(const QDate& date)
{
    return date.toString(QStringLiteral("dd.MM.yyyy"));
}

QVariant optionalId(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qlonglong>());
}

// The facts in the column order of INSERT and UPDATE.
void bindFacts(QSqlQuery& q, const PlanItem& p)
{
    q.addBindValue(p.orgUnitId);
    q.addBindValue(p.year);
    q.addBindValue(p.month);
    q.addBindValue(p.title);
    q.addBindValue(optionalId(p.responsibleId));
    q.addBindValue(sqlNotNull(p.responsibleText));
    q.addBindValue(p.status);
    q.addBindValue(sqlDate(p.movedTo));
    q.addBindValue(optionalId(p.eventId));
    q.addBindValue(sqlNotNull(p.notes));
}
} // namespace

QVector<PlanItem> PlanRepository::items(const QString& sql, const QVariantList& values)
{
    QSqlQuery& q = prepared(columns + sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    QVector<PlanItem> result;
    if (q.exec())
        while (q.next())
            result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toInt(),
                           q.value(4).toInt(), q.value(5).toString(), q.value(6).toLongLong(), q.value(7).toString(),
                           q.value(8).toString(), dateFromSql(q.value(9)), q.value(10).toLongLong(), q.value(11).toString(),
                           timeFromSql(q.value(12)), timeFromSql(q.value(13))});
    q.finish();
    return result;
}

Status PlanRepository::validate(PlanItem& p)
{
    p.title = p.title.simplified();
    p.responsibleText = p.responsibleText.simplified();
    p.notes = p.notes.trimmed();
    if (p.title.isEmpty())
        return Status::failure(tr("The title of the plan item must not be empty."));
    if (p.orgUnitId == 0)
        return Status::failure(tr("The unit whose plan it is is required."));
    if (const auto unit = m_checks.unitName(p.orgUnitId); !unit)
        return unit.status();
    const QDate today = database().clock().today();
    const int next = AcademicYear::of(today) + 1;
    if (p.year < AcademicYear::earliest || p.year > next)
        return Status::failure(tr("The academic year %1 is not between %2 and %3.")
                                   .arg(AcademicYear::text(p.year), AcademicYear::text(AcademicYear::earliest),
                                        AcademicYear::text(next)));
    if (p.month < 1 || p.month > 12)
        return Status::failure(tr("The month of the plan item must be from 1 to 12, not %1.").arg(p.month));
    if (p.responsibleId != 0) {
        if (!p.responsibleText.isEmpty())
            return Status::failure(tr("Give the responsible either as a person or in words («%1»), not both.")
                                       .arg(p.responsibleText));
        if (const auto person = m_checks.personName(p.responsibleId); !person)
            return person.status();
    }
    const auto status = PlanStatuses::parse(p.status);
    if (!status)
        return Status::failure(tr("Unknown plan item status «%1».").arg(p.status));
    p.status = *status;
    if (p.status == u"moved" && !p.movedTo.isValid())
        return Status::failure(tr("The date the item «%1» is moved to is required.").arg(p.title));
    if (p.status != u"moved" && p.movedTo.isValid())
        return Status::failure(tr("Only a moved item has a new date (%1).").arg(shown(p.movedTo)));
    if (p.status == u"held") {
        // Held no earlier than its month, or than the date it had been moved to.
        QDate due = AcademicYear::monthStart(p.year, p.month);
        if (p.id != 0)
            if (const auto stored = find(p.id); stored && stored->status == u"moved")
                due = std::min(due, stored->movedTo);
        if (due > today)
            return Status::failure(tr("«%1» cannot be held yet: it is planned for %2.").arg(p.title, shown(due)));
    }
    if (p.eventId != 0) {
        QSqlQuery& q = prepared(QStringLiteral("SELECT 1 FROM methodical_event WHERE id = ?"));
        q.addBindValue(p.eventId);
        const bool exists = q.exec() && q.next();
        q.finish();
        if (!exists)
            return Status::failure(tr("The event (id %1) does not exist.").arg(p.eventId));
    }
    return Status::success();
}

Result<qint64> PlanRepository::insert(PlanItem& p)
{
    if (Status v = validate(p); !v)
        return Result<qint64>(v);
    Database& db = database();
    WriteTransaction tx(db, WriteTransaction::Nesting::Join); // one statement
    if (!tx.isActive())
        return Result<qint64>(tx.status());
    if (p.uuid.isEmpty())
        p.uuid = db.newUuid();
    const QString now = db.timestamp();
    QSqlQuery& q = prepared(QStringLiteral(
        "INSERT INTO plan_item (org_unit_id, academic_year, month, title, responsible_id, responsible_text, status, "
        "moved_to, event_id, notes, uuid, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindFacts(q, p);
    q.addBindValue(p.uuid);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return Result<qint64>::failure(sqlError(tr("adding the plan item «%1»").arg(p.title), q));
    p.id = q.lastInsertId().toLongLong();
    q.finish();
    p.createdAt = p.updatedAt = QDateTime::fromString(now, Qt::ISODate);
    db.markChanged(Change::Plan);
    if (Status c = tx.commit(); !c)
        return Result<qint64>(c);
    return p.id;
}

Status PlanRepository::update(const PlanItem& input)
{
    PlanItem p = input;
    const auto stored = find(p.id);
    if (!stored)
        return Status::failure(tr("The plan item (id %1) does not exist.").arg(p.id));
    if (Status v = validate(p); !v)
        return v;
    if (Status t = RecordChecks::transition(stored->status, p.status, PlanStatuses::lifecycle(), &PlanStatuses::name); !t)
        return t;
    Database& db = database();
    QSqlQuery& q = prepared(QStringLiteral(
        "UPDATE plan_item SET org_unit_id = ?, academic_year = ?, month = ?, title = ?, responsible_id = ?, "
        "responsible_text = ?, status = ?, moved_to = ?, event_id = ?, notes = ?, updated_at = ? WHERE id = ?"));
    bindFacts(q, p);
    q.addBindValue(db.timestamp());
    q.addBindValue(p.id);
    return execWrite(q, tr("saving the plan item «%1»").arg(p.title), Change::Plan);
}

Status PlanRepository::setExecution(qint64 id, const QString& statusText, const QDate& movedTo)
{
    auto p = find(id);
    if (!p)
        return Status::failure(tr("The plan item (id %1) does not exist.").arg(id));
    const auto status = PlanStatuses::parse(statusText);
    if (!status)
        return Status::failure(tr("Unknown plan item status «%1».").arg(statusText));
    p->status = *status;
    p->movedTo = movedTo;
    return update(*p);
}

Status PlanRepository::remove(qint64 id)
{
    if (!find(id))
        return Status::failure(tr("The plan item (id %1) does not exist.").arg(id));
    QSqlQuery& q = prepared(QStringLiteral("DELETE FROM plan_item WHERE id = ?"));
    q.addBindValue(id);
    return execWrite(q, tr("deleting a plan item"), Change::Plan);
}

std::optional<PlanItem> PlanRepository::find(qint64 id)
{
    const auto found = items(QStringLiteral("WHERE p.id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QVector<PlanItem> PlanRepository::list(qint64 rootUnitId, int year)
{
    return items(subtreeAndYear + QStringLiteral("ORDER BY CASE WHEN p.month >= 9 THEN p.month - 9 ELSE p.month + 3 END, "
                                                 "p.title, p.id"),
                 {rootUnitId, year});
}

PlanExecution PlanRepository::executionSummary(qint64 rootUnitId, int year)
{
    QSqlQuery& q = prepared(QStringLiteral("SELECT p.status, COUNT(*) FROM plan_item p ") + subtreeAndYear
                            + QStringLiteral("GROUP BY p.status"));
    q.bindValue(0, rootUnitId);
    q.bindValue(1, year);
    PlanExecution e;
    if (q.exec())
        while (q.next()) {
            const QString status = q.value(0).toString();
            int& count = status == u"held" ? e.held : status == u"moved" ? e.moved : status == u"cancelled" ? e.cancelled : e.planned;
            count = q.value(1).toInt();
        }
    q.finish();
    return e;
}

int PlanRepository::itemsLinkedTo(qint64 eventId)
{
    QSqlQuery& q = prepared(QStringLiteral("SELECT COUNT(*) FROM plan_item WHERE event_id = ?"));
    q.bindValue(0, eventId);
    const int n = q.exec() && q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}
