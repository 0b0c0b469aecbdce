#include "indicators/reportedfigures.h"
#include "indicators/indicatorcatalogue.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

Result<qint64> ReportedFigures::set(const ReportedFigure& f)
{
    const auto indicator = IndicatorCatalogue(database()).find(f.code);
    if (!indicator)
        return Result<qint64>::failure(tr("Unknown indicator «%1».").arg(f.code));
    if (f.numerator < 0 || f.denominator < 0)
        return Result<qint64>::failure(tr("The reported numerator and denominator of %1 cannot be negative.").arg(indicator->code));
    if (indicator->unit == IndicatorUnit::Percent && f.numerator > f.denominator)
        return Result<qint64>::failure(tr("The reported numerator of %1 (%2) is greater than its denominator (%3).")
                                           .arg(indicator->code).arg(f.numerator).arg(f.denominator));
    QSqlQuery& unit = prepared(QStringLiteral("SELECT COUNT(*) FROM org_unit WHERE id = ?"));
    unit.addBindValue(f.unitId);
    const bool known = unit.exec() && unit.next() && unit.value(0).toInt() == 1;
    unit.finish();
    if (!known)
        return Result<qint64>::failure(tr("The unit of the reported figure is not in the database."));

    Database& db = database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return Result<qint64>(tx.status());
    QSqlQuery& del = prepared(QStringLiteral("DELETE FROM indicator_reported WHERE org_unit_id = ? AND indicator_code = ? AND period_kind = ? AND year = ?"));
    del.addBindValue(f.unitId);
    del.addBindValue(indicator->code);
    del.addBindValue(f.period.kindCode());
    del.addBindValue(f.period.year);
    if (Status s = execWrite(del, tr("replacing a reported figure"), Change::Indicators); !s)
        return Result<qint64>(s);
    const QString now = db.timestamp();
    QSqlQuery& q = prepared(QStringLiteral(
        "INSERT INTO indicator_reported (uuid, org_unit_id, indicator_code, period_kind, year, numerator, denominator, note, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(f.uuid.isEmpty() ? db.newUuid() : f.uuid);
    q.addBindValue(f.unitId);
    q.addBindValue(indicator->code);
    q.addBindValue(f.period.kindCode());
    q.addBindValue(f.period.year);
    q.addBindValue(f.numerator);
    q.addBindValue(f.denominator);
    q.addBindValue(sqlNotNull(f.note.trimmed()));
    q.addBindValue(now);
    q.addBindValue(now);
    if (Status s = execWrite(q, tr("saving a reported figure"), Change::Indicators); !s)
        return Result<qint64>(s);
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s = tx.commit(); !s)
        return Result<qint64>(s);
    return id;
}

Status ReportedFigures::remove(qint64 unitId, const QString& code, const IndicatorPeriod& period)
{
    QSqlQuery& q = prepared(QStringLiteral("DELETE FROM indicator_reported WHERE org_unit_id = ? AND indicator_code = ? AND period_kind = ? AND year = ?"));
    q.addBindValue(unitId);
    q.addBindValue(code.trimmed().toUpper());
    q.addBindValue(period.kindCode());
    q.addBindValue(period.year);
    return execWrite(q, tr("removing a reported figure"), Change::Indicators);
}

QVector<ReportedFigure> ReportedFigures::ofUnit(qint64 unitId)
{
    QSqlQuery& q = prepared(QStringLiteral("SELECT id, uuid, org_unit_id, indicator_code, period_kind, year, numerator, denominator, note "
                                           "FROM indicator_reported WHERE org_unit_id = ? ORDER BY year, period_kind, indicator_code"));
    q.addBindValue(unitId);
    QVector<ReportedFigure> result;
    if (q.exec())
        while (q.next()) {
            ReportedFigure f;
            f.id = q.value(0).toLongLong();
            f.uuid = q.value(1).toString();
            f.unitId = q.value(2).toLongLong();
            f.code = q.value(3).toString();
            f.period = {IndicatorPeriod::parseKind(q.value(4).toString()).value_or(IndicatorPeriod::Kind::Academic), q.value(5).toInt()};
            f.numerator = q.value(6).toDouble();
            f.denominator = q.value(7).toDouble();
            f.note = q.value(8).toString();
            result.append(f);
        }
    q.finish();
    return result;
}

QVector<ReportedPart> ReportedFigures::within(qint64 rootUnitId, const IndicatorPeriod& period)
{
    // Covered: another reported unit of the same indicator and period lies strictly between.
    QSqlQuery& q = prepared(QStringLiteral(
        "SELECT r.org_unit_id, r.indicator_code, r.numerator, r.denominator, "
        "  (SELECT cb.ancestor_id FROM org_unit_closure cb JOIN org_unit ub ON ub.id = cb.ancestor_id "
        "   WHERE cb.descendant_id = r.org_unit_id AND ub.parent_id = :root) "
        "FROM indicator_reported r JOIN org_unit_closure c ON c.descendant_id = r.org_unit_id AND c.ancestor_id = :root "
        "WHERE r.period_kind = :kind AND r.year = :year AND NOT EXISTS (SELECT 1 FROM indicator_reported o "
        "  JOIN org_unit_closure up ON up.ancestor_id = o.org_unit_id AND up.descendant_id = r.org_unit_id AND up.depth > 0 "
        "  JOIN org_unit_closure down ON down.descendant_id = o.org_unit_id AND down.ancestor_id = :root AND down.depth > 0 "
        "  WHERE o.indicator_code = r.indicator_code AND o.period_kind = r.period_kind AND o.year = r.year) "
        "ORDER BY r.indicator_code, r.org_unit_id"));
    q.bindValue(QStringLiteral(":root"), rootUnitId);
    q.bindValue(QStringLiteral(":kind"), period.kindCode());
    q.bindValue(QStringLiteral(":year"), period.year);
    QVector<ReportedPart> result;
    if (q.exec())
        while (q.next())
            result.append({q.value(0).toLongLong(), q.value(4).toLongLong(), q.value(1).toString(), q.value(2).toDouble(), q.value(3).toDouble()});
    q.finish();
    return result;
}
