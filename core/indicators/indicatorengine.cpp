#include "indicators/indicatorengine.h"
#include "indicators/indicatorcatalogue.h"
#include "indicators/indicatorsql.h"
#include "indicators/reportedfigures.h"
#include "indicators/sqlparameters.h"
#include "storage/clock.h"
#include "storage/rulebook.h"
#include "storage/sqlvalues.h"
#include "storage/staffsql.h"

#include <QRegularExpression>
#include <algorithm>

namespace {

// The part of the root's subtree a unit lies in: b.ancestor_id is the root's child above the
// unit (or the unit itself), NULL for the root's own. A join by the unit through the closure's
// (descendant_id, ancestor_id) index: a few rows per unit, never a scan of the subtree per row.
QString partJoin(const QString& unitColumn)
{
    return QStringLiteral(" LEFT JOIN org_unit_closure b ON b.descendant_id = %1 "
                          "AND b.ancestor_id IN (SELECT ch.id FROM org_unit ch WHERE ch.parent_id = :root) ").arg(unitColumn);
}

QString staffQuery(const QStringList& columns)
{
    return QStringLiteral("WITH ") + mainStaffCte() + QStringLiteral(" SELECT COALESCE(b.ancestor_id, :root), ") + columns.join(QStringLiteral(", "))
        + QStringLiteral(" FROM staff s JOIN person p ON p.id = s.person_id") + partJoin(QStringLiteral("s.org_unit_id"))
        + QStringLiteral("GROUP BY COALESCE(b.ancestor_id, :root)");
}

QString recordQuery(const QStringList& parts)
{
    return QStringLiteral("WITH rec AS (") + parts.join(QStringLiteral(" UNION ALL "))
        + QStringLiteral(") SELECT COALESCE(b.ancestor_id, :root), rec.code, SUM(rec.num), SUM(rec.den) FROM rec "
                         "JOIN org_unit_closure c ON c.descendant_id = rec.unit_id AND c.ancestor_id = :root")
        + partJoin(QStringLiteral("rec.unit_id")) + QStringLiteral("GROUP BY COALESCE(b.ancestor_id, :root), rec.code");
}

QDate baseOf(const QVector<Indicator>& indicators)
{
    for (const Indicator& i : indicators)
        if (i.baseDate.isValid())
            return i.baseDate;
    return {};
}

} // namespace

QVector<IndicatorEngine::Statement> IndicatorEngine::plan(qint64 root, const IndicatorPeriod& period, const QVector<Indicator>& indicators)
{
    RuleBook rules(database());
    const QDate snapshot = period.snapshot(database().clock().today());
    QVariantMap values = IndicatorSql::parameters(rules, period, snapshot, baseOf(indicators));
    values.insert(QStringLiteral(":root"), root);
    for (const Indicator& i : indicators)
        if (const QString area = IndicatorSql::areaParameter(i); !area.isEmpty())
            values.insert(area, i.competenceArea);

    Statement onSnapshot, atStart;
    QStringList snapshotColumns, startColumns, records;
    bool checklist = false;
    for (const Indicator& i : indicators) {
        if (const auto m = IndicatorSql::person(i)) {
            Statement& s = m->atPeriodStart ? atStart : onSnapshot;
            s.codes.append(i.code);
            (m->atPeriodStart ? startColumns : snapshotColumns)
                << QStringLiteral("SUM(%1)").arg(m->numerator) << QStringLiteral("SUM(%1)").arg(m->denominator);
        }
        if (i.form == IndicatorForm::Checklist)
            checklist = true;
        else if (const QString r = IndicatorSql::records(i); !r.isEmpty())
            records.append(r);
    }
    if (checklist)
        records.append(IndicatorSql::checklistRecords());

    QVector<Statement> result;
    if (!snapshotColumns.isEmpty()) {
        onSnapshot.sql = staffQuery(snapshotColumns);
        onSnapshot.values = values;
        result.append(onSnapshot);
    }
    if (!startColumns.isEmpty()) {
        // The staff on the period's first day, young then; whether they left is asked on the snapshot.
        atStart.sql = staffQuery(startColumns);
        atStart.values = IndicatorSql::parameters(rules, period, period.from(), baseOf(indicators));
        atStart.values.insert(QStringLiteral(":root"), root);
        atStart.values.insert(QStringLiteral(":snap"), sqlDate(snapshot));
        result.append(atStart);
    }
    if (!records.isEmpty())
        result.append({recordQuery(records), values, {}});
    return result;
}

Status IndicatorEngine::computed(qint64 root, const IndicatorPeriod& period, const QVector<Indicator>& indicators, Sums& sums)
{
    QSet<QString> wanted;
    for (const Indicator& i : indicators)
        wanted.insert(i.code);
    for (const Statement& s : plan(root, period, indicators)) {
        QSqlQuery& q = prepared(s.sql);
        bindUsed(q, s.sql, s.values);
        if (!q.exec())
            return Status::failure(sqlError(tr("computing indicators"), q));
        while (q.next()) {
            const qint64 part = q.value(0).toLongLong();
            auto add = [&](const QString& code, double numerator, double denominator) {
                auto& sum = sums[part][code];
                sum.first += numerator;
                sum.second += denominator;
            };
            if (s.codes.isEmpty()) {
                if (const QString code = q.value(1).toString(); wanted.contains(code))
                    add(code, q.value(2).toDouble(), q.value(3).toDouble());
            } else {
                for (int k = 0; k < s.codes.size(); ++k)
                    add(s.codes.at(k), q.value(1 + 2 * k).toDouble(), q.value(2 + 2 * k).toDouble());
            }
        }
        q.finish();
    }
    return Status::success();
}

QStringList IndicatorEngine::statements(qint64 unitId, const IndicatorPeriod& period, const QVector<Indicator>& indicators)
{
    QStringList result;
    for (const Statement& s : plan(unitId, period, indicators)) {
        QString sql = s.sql;
        // Longest names first, so that :snap is not taken for a prefix of another name.
        QStringList names = s.values.keys();
        std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
        for (const QString& n : names) {
            const QVariant v = s.values.value(n);
            const QString literal = v.typeId() == QMetaType::QString
                ? QLatin1Char('\'') + v.toString().replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'')
                : v.toString();
            sql.replace(QRegularExpression(QRegularExpression::escape(n) + QStringLiteral("\\b")), literal);
        }
        result.append(sql + QLatin1Char(';'));
    }
    return result;
}

Result<DrillDown> IndicatorEngine::compute(qint64 unitId, const IndicatorPeriod& period, const QStringList& codes)
{
    const auto indicators = IndicatorCatalogue(database()).select(codes);
    if (!indicators)
        return Result<DrillDown>(indicators.status());
    return compute(unitId, period, *indicators);
}

Result<DrillDown> IndicatorEngine::compute(qint64 unitId, const IndicatorPeriod& period, const QVector<Indicator>& indicators)
{
    DrillDown result;
    {
        QSqlQuery& q = prepared(QStringLiteral("SELECT code, name FROM org_unit WHERE id = ?"));
        q.addBindValue(unitId);
        if (!q.exec() || !q.next()) {
            q.finish();
            return Result<DrillDown>::failure(tr("The unit is not in the database."));
        }
        result.unit = {unitId, q.value(0).toString(), q.value(1).toString(), {}};
        result.own = result.unit;
        q.finish();
        QSqlQuery& children = prepared(QStringLiteral("SELECT id, code, name FROM org_unit WHERE parent_id = ? ORDER BY name, code"));
        children.addBindValue(unitId);
        if (children.exec())
            while (children.next())
                result.children.append({children.value(0).toLongLong(), children.value(1).toString(), children.value(2).toString(), {}});
        children.finish();
    }

    Sums sums;
    if (Status s = computed(unitId, period, indicators, sums); !s)
        return Result<DrillDown>(s);

    // Reported figures replace their unit's computed part: subtract what the unit computes (its
    // figures add up exactly inside the root's) and add what it reported.
    QHash<QString, const Indicator*> byCode;
    for (const Indicator& i : indicators)
        byCode.insert(i.code, &i);
    QHash<qint64, QHash<QString, QVector<qint64>>> reportedIn; // part → code → reporting units
    QHash<QString, QPair<double, double>> rootReported;
    for (const ReportedPart& r : ReportedFigures(database()).within(unitId, period)) {
        if (!byCode.contains(r.code))
            continue;
        if (r.unitId == unitId) {
            rootReported.insert(r.code, {r.numerator, r.denominator});
            continue;
        }
        auto& part = sums[r.childId][r.code];
        if (r.unitId == r.childId) {
            part = {r.numerator, r.denominator};
        } else {
            Sums inner;
            if (Status s = computed(r.unitId, period, {*byCode.value(r.code)}, inner); !s)
                return Result<DrillDown>(s);
            for (const auto& codes : std::as_const(inner))
                for (auto it = codes.begin(); it != codes.end(); ++it) {
                    part.first -= it.value().first;
                    part.second -= it.value().second;
                }
            part.first += r.numerator;
            part.second += r.denominator;
        }
        reportedIn[r.childId][r.code].append(r.unitId);
    }

    auto figure = [&](const Indicator& i, double numerator, double denominator, QVector<qint64> reported) {
        return IndicatorFigure{i.code, numerator, denominator, i.scale(), std::move(reported)};
    };
    for (const Indicator& i : indicators) {
        double numerator = 0, denominator = 0;
        QVector<qint64> reported;
        for (auto it = sums.begin(); it != sums.end(); ++it) {
            const auto s = it.value().value(i.code);
            numerator += s.first;
            denominator += s.second;
            reported += reportedIn.value(it.key()).value(i.code);
        }
        if (rootReported.contains(i.code)) {
            numerator = rootReported.value(i.code).first;
            denominator = rootReported.value(i.code).second;
            reported = {unitId};
        }
        std::sort(reported.begin(), reported.end());
        result.unit.figures.append(figure(i, numerator, denominator, reported));
        const auto own = sums.value(unitId).value(i.code);
        result.own.figures.append(figure(i, own.first, own.second, {}));
        for (UnitFigures& child : result.children) {
            const auto s = sums.value(child.unitId).value(i.code);
            child.figures.append(figure(i, s.first, s.second, reportedIn.value(child.unitId).value(i.code)));
        }
    }
    return result;
}
