#include "storage/riskrepository.h"
#include "storage/clock.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QSet>

namespace {
const QString columns = QStringLiteral(
    "SELECT r.id, r.uuid, r.org_unit_id, r.description, r.prevention, r.owner_id, r.owner_text, r.status, "
    "r.identified_on, r.created_at, r.updated_at FROM risk r ");

QString shown(const QDate& date)
{
    return date.toString(QStringLiteral("dd.MM.yyyy"));
}

// The facts in the column order of INSERT and UPDATE.
void bindFacts(QSqlQuery& q, const Risk& r)
{
    q.addBindValue(r.orgUnitId);
    q.addBindValue(r.description);
    q.addBindValue(sqlNotNull(r.prevention));
    q.addBindValue(r.ownerId ? QVariant(r.ownerId) : QVariant(QMetaType::fromType<qlonglong>()));
    q.addBindValue(sqlNotNull(r.ownerText));
    q.addBindValue(r.status);
    q.addBindValue(sqlDate(r.identifiedOn));
}
} // namespace

QVector<Risk> RiskRepository::risks(const QString& sql, const QVariantList& values)
{
    QSqlQuery& q = prepared(columns + sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    QVector<Risk> result;
    if (q.exec())
        while (q.next())
            result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                           q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toString(), q.value(7).toString(),
                           dateFromSql(q.value(8)), timeFromSql(q.value(9)), timeFromSql(q.value(10))});
    q.finish();
    return result;
}

Status RiskRepository::validate(Risk& r)
{
    r.description = r.description.simplified();
    r.prevention = r.prevention.trimmed();
    r.ownerText = r.ownerText.simplified();
    if (r.description.isEmpty())
        return Status::failure(tr("The risk must be described."));
    if (r.orgUnitId == 0)
        return Status::failure(tr("The unit whose risk it is is required."));
    if (const auto unit = m_checks.unitName(r.orgUnitId); !unit)
        return unit.status();
    if (r.ownerId != 0) {
        if (!r.ownerText.isEmpty())
            return Status::failure(tr("Give the owner of the risk either as a person or in words («%1»), not both.")
                                       .arg(r.ownerText));
        if (const auto person = m_checks.personName(r.ownerId); !person)
            return person.status();
    }
    const auto status = RiskStatuses::parse(r.status);
    if (!status)
        return Status::failure(tr("Unknown risk status «%1».").arg(r.status));
    r.status = *status;
    if (!r.identifiedOn.isValid())
        return Status::failure(tr("The date the risk was identified is required."));
    if (r.identifiedOn > database().clock().today())
        return Status::failure(tr("The date the risk was identified, %1, is in the future.").arg(shown(r.identifiedOn)));
    return Status::success();
}

Result<qint64> RiskRepository::insert(Risk& r)
{
    if (Status v = validate(r); !v)
        return Result<qint64>(v);
    Database& db = database();
    WriteTransaction tx(db, WriteTransaction::Nesting::Join); // one statement
    if (!tx.isActive())
        return Result<qint64>(tx.status());
    if (r.uuid.isEmpty())
        r.uuid = db.newUuid();
    const QString now = db.timestamp();
    QSqlQuery& q = prepared(QStringLiteral(
        "INSERT INTO risk (org_unit_id, description, prevention, owner_id, owner_text, status, identified_on, uuid, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindFacts(q, r);
    q.addBindValue(r.uuid);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return Result<qint64>::failure(sqlError(tr("adding the risk «%1»").arg(r.description), q));
    r.id = q.lastInsertId().toLongLong();
    q.finish();
    r.createdAt = r.updatedAt = QDateTime::fromString(now, Qt::ISODate);
    db.markChanged(Change::Risks);
    if (Status c = tx.commit(); !c)
        return Result<qint64>(c);
    return r.id;
}

Status RiskRepository::update(const Risk& input)
{
    Risk r = input;
    const auto stored = find(r.id);
    if (!stored)
        return Status::failure(tr("The risk (id %1) does not exist.").arg(r.id));
    if (Status v = validate(r); !v)
        return v;
    if (Status t = RecordChecks::transition(stored->status, r.status, RiskStatuses::lifecycle(), &RiskStatuses::name); !t)
        return t;
    Database& db = database();
    QSqlQuery& q = prepared(QStringLiteral(
        "UPDATE risk SET org_unit_id = ?, description = ?, prevention = ?, owner_id = ?, owner_text = ?, status = ?, "
        "identified_on = ?, updated_at = ? WHERE id = ?"));
    bindFacts(q, r);
    q.addBindValue(db.timestamp());
    q.addBindValue(r.id);
    return execWrite(q, tr("saving the risk «%1»").arg(r.description), Change::Risks);
}

Status RiskRepository::setStatus(qint64 id, const QString& status)
{
    auto r = find(id);
    if (!r)
        return Status::failure(tr("The risk (id %1) does not exist.").arg(id));
    r->status = status;
    return update(*r);
}

Status RiskRepository::remove(qint64 id)
{
    if (!find(id))
        return Status::failure(tr("The risk (id %1) does not exist.").arg(id));
    QSqlQuery& q = prepared(QStringLiteral("DELETE FROM risk WHERE id = ?"));
    q.addBindValue(id);
    return execWrite(q, tr("deleting a risk"), Change::Risks);
}

std::optional<Risk> RiskRepository::find(qint64 id)
{
    const auto found = risks(QStringLiteral("WHERE r.id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QVector<Risk> RiskRepository::list(qint64 rootUnitId, const QStringList& statuses)
{
    QSet<QString> wanted;
    for (const QString& text : statuses)
        wanted.insert(RiskStatuses::parse(text).value_or(text)); // an unknown status matches nothing
    QVector<Risk> result;
    for (const Risk& r : risks(QStringLiteral("JOIN org_unit_closure c ON c.descendant_id = r.org_unit_id "
                                              "WHERE c.ancestor_id = ? ORDER BY r.identified_on, r.id"),
                               {rootUnitId}))
        if (wanted.isEmpty() || wanted.contains(r.status))
            result.append(r);
    return result;
}
