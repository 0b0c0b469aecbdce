#include "indicators/indicatortargets.h"
#include "indicators/indicatorcatalogue.h"
#include "storage/transaction.h"

namespace {
QVariant unitValue(qint64 unitId)
{
    return unitId == 0 ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(unitId);
}
} // namespace

Result<qint64> IndicatorTargets::set(const QString& code, qint64 unitId, int year, double value)
{
    const auto indicator = IndicatorCatalogue(database()).find(code);
    if (!indicator)
        return Result<qint64>::failure(tr("Unknown indicator «%1».").arg(code));
    if (!(value >= 0))
        return Result<qint64>::failure(tr("The target of %1 cannot be negative.").arg(indicator->code));
    if (indicator->unit == IndicatorUnit::Percent && value > 100)
        return Result<qint64>::failure(tr("The target of %1 is a percentage and cannot exceed 100.").arg(indicator->code));
    if (year < 2000 || year > 2100)
        return Result<qint64>::failure(tr("The year of a target must be between 2000 and 2100, not %1.").arg(year));
    Database& db = database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return Result<qint64>(tx.status());
    if (Status s = remove(indicator->code, unitId, year); !s)
        return Result<qint64>(s);
    const QString now = db.timestamp();
    QSqlQuery& q = prepared(QStringLiteral("INSERT INTO indicator_target (uuid, indicator_code, org_unit_id, year, value, created_at, updated_at) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(db.newUuid());
    q.addBindValue(indicator->code);
    q.addBindValue(unitValue(unitId));
    q.addBindValue(year);
    q.addBindValue(value);
    q.addBindValue(now);
    q.addBindValue(now);
    if (Status s = execWrite(q, tr("saving the target of %1").arg(indicator->code), Change::Indicators); !s)
        return Result<qint64>(s);
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s = tx.commit(); !s)
        return Result<qint64>(s);
    return id;
}

Status IndicatorTargets::remove(const QString& code, qint64 unitId, int year)
{
    // "IS" matches NULL to NULL (the defaults); PostgreSQL spells it IS NOT DISTINCT FROM.
    QSqlQuery& q = prepared(QStringLiteral("DELETE FROM indicator_target WHERE indicator_code = ? AND org_unit_id IS ? AND year = ?"));
    q.addBindValue(code.trimmed().toUpper());
    q.addBindValue(unitValue(unitId));
    q.addBindValue(year);
    return execWrite(q, tr("removing a target"), Change::Indicators);
}

QVector<IndicatorTarget> IndicatorTargets::own(qint64 unitId)
{
    QSqlQuery& q = prepared(QStringLiteral("SELECT id, uuid, indicator_code, year, value FROM indicator_target "
                                           "WHERE org_unit_id IS ? ORDER BY indicator_code, year"));
    q.addBindValue(unitValue(unitId));
    QVector<IndicatorTarget> result;
    if (q.exec())
        while (q.next())
            result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), unitId, q.value(3).toInt(), q.value(4).toDouble()});
    q.finish();
    return result;
}

QHash<QString, IndicatorTarget> IndicatorTargets::targetsFor(qint64 unitId, int year)
{
    // The unit's own and its ancestors' targets, nearest first, then the defaults.
    QSqlQuery& q = prepared(QStringLiteral(
        "SELECT t.id, t.uuid, t.indicator_code, COALESCE(t.org_unit_id, 0), t.value FROM indicator_target t "
        "LEFT JOIN org_unit_closure c ON c.ancestor_id = t.org_unit_id AND c.descendant_id = :unit "
        "WHERE t.year = :year AND (t.org_unit_id IS NULL OR c.descendant_id IS NOT NULL) "
        "ORDER BY t.indicator_code, CASE WHEN t.org_unit_id IS NULL THEN 1 ELSE 0 END, c.depth"));
    q.bindValue(QStringLiteral(":unit"), unitId);
    q.bindValue(QStringLiteral(":year"), year);
    QHash<QString, IndicatorTarget> result;
    if (q.exec())
        while (q.next()) {
            const QString code = q.value(2).toString();
            if (!result.contains(code))
                result.insert(code, {q.value(0).toLongLong(), q.value(1).toString(), code, q.value(3).toLongLong(), year, q.value(4).toDouble()});
        }
    q.finish();
    return result;
}

std::optional<IndicatorTarget> IndicatorTargets::targetFor(const QString& code, qint64 unitId, int year)
{
    const auto all = targetsFor(unitId, year);
    const auto it = all.find(code.trimmed().toUpper());
    return it == all.end() ? std::nullopt : std::optional(it.value());
}

TargetCheck IndicatorTargets::check(const Indicator& indicator, std::optional<double> value,
                                    const std::optional<IndicatorTarget>& target, double closePercent)
{
    TargetCheck c;
    if (!target)
        return c;
    c.target = target->value;
    c.targetUnitId = target->unitId;
    if (!value)
        return c;
    c.deviation = *value - target->value;
    const double margin = std::abs(target->value) * closePercent / 100.0;
    const double shortBy = indicator.lowerIsBetter() ? *value - target->value : target->value - *value;
    const double eps = 1e-9;
    c.status = shortBy <= eps ? TargetStatus::Reached : shortBy <= margin + eps ? TargetStatus::Close : TargetStatus::Behind;
    return c;
}

QString IndicatorTargets::statusCode(TargetStatus status)
{
    switch (status) {
    case TargetStatus::Reached: return QStringLiteral("reached");
    case TargetStatus::Close: return QStringLiteral("close");
    case TargetStatus::Behind: return QStringLiteral("behind");
    case TargetStatus::None: break;
    }
    return QStringLiteral("none");
}

QString IndicatorTargets::statusName(TargetStatus status)
{
    switch (status) {
    case TargetStatus::Reached: return tr("reached");
    case TargetStatus::Close: return tr("close");
    case TargetStatus::Behind: return tr("behind");
    case TargetStatus::None: break;
    }
    return tr("no target");
}
