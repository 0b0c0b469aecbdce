#include "indicators/indicatorpeople.h"
#include "domain/diagnostic.h"
#include "indicators/indicatorcatalogue.h"
#include "indicators/indicatorsql.h"
#include "indicators/reportedfigures.h"
#include "indicators/sqlparameters.h"
#include "io/csvwriter.h"
#include "storage/clock.h"
#include "storage/rulebook.h"
#include "storage/sqlvalues.h"
#include "storage/staffsql.h"

namespace {

QString shownFact(const QVariant& value)
{
    if (value.isNull())
        return {};
    const QString text = value.toString();
    if (const QDate d = QDate::fromString(text, Qt::ISODate); d.isValid())
        return d.toString(QStringLiteral("dd.MM.yyyy"));
    if (text.contains(QLatin1String(" / "))) { // K10: subject / methodical levels
        QStringList levels = text.split(QStringLiteral(" / "));
        for (QString& l : levels)
            l = CompetenceLevels::name(l);
        return levels.join(QStringLiteral(" / "));
    }
    return text;
}

} // namespace

QVector<PersonBehind> PeopleBehind::gaps() const
{
    QVector<PersonBehind> result;
    for (const PersonBehind& p : persons)
        if (!p.inNumerator)
            result.append(p);
    return result;
}

QVector<PersonBehind> PeopleBehind::numerator() const
{
    QVector<PersonBehind> result;
    for (const PersonBehind& p : persons)
        if (p.inNumerator)
            result.append(p);
    return result;
}

Result<PeopleBehind> IndicatorPeople::list(const QString& code, qint64 unitId, const IndicatorPeriod& period)
{
    const auto indicator = IndicatorCatalogue(database()).find(code);
    if (!indicator)
        return Result<PeopleBehind>::failure(tr("Unknown indicator «%1».").arg(code));
    const auto measure = IndicatorSql::person(*indicator);
    if (!measure || measure->inNumerator.isEmpty())
        return Result<PeopleBehind>::failure(tr("The indicator %1 counts records, not persons: it has no list of people.").arg(indicator->code));

    PeopleBehind result;
    result.indicator = *indicator;
    result.period = period;
    result.snapshot = period.snapshot(database().clock().today());
    result.factLabel = measure->factLabel;
    for (const ReportedPart& r : ReportedFigures(database()).within(unitId, period))
        if (r.code == indicator->code)
            result.reportedUnits.append(r.unitId);

    RuleBook rules(database());
    const QDate on = measure->atPeriodStart ? period.from() : result.snapshot;
    QVariantMap values = IndicatorSql::parameters(rules, period, on, indicator->baseDate);
    values.insert(QStringLiteral(":snap"), sqlDate(result.snapshot));
    values.insert(QStringLiteral(":root"), unitId);
    if (const QString area = IndicatorSql::areaParameter(*indicator); !area.isEmpty())
        values.insert(area, indicator->competenceArea);
    const QString sql = QStringLiteral("WITH ") + mainStaffCte() + QStringLiteral(
        " SELECT p.id, p.last_name, p.first_name, p.middle_name, ou.code, ou.name, CASE WHEN %1 THEN 1 ELSE 0 END, %2 "
        "FROM staff s JOIN person p ON p.id = s.person_id JOIN org_unit ou ON ou.id = s.org_unit_id "
        "WHERE %3 ORDER BY p.name_key, p.id")
        .arg(measure->inNumerator, measure->fact.isEmpty() ? QStringLiteral("NULL") : measure->fact, measure->inDenominator);
    QSqlQuery& q = prepared(sql);
    bindUsed(q, sql, values);
    if (!q.exec())
        return Result<PeopleBehind>::failure(sqlError(tr("listing the people behind %1").arg(indicator->code), q));
    while (q.next()) {
        PersonBehind p;
        p.personId = q.value(0).toLongLong();
        QStringList name{q.value(1).toString(), q.value(2).toString()};
        if (const QString middle = q.value(3).toString(); !middle.isEmpty())
            name << middle;
        p.name = name.join(u' ');
        p.unitCode = q.value(4).toString();
        p.unitName = q.value(5).toString();
        p.inNumerator = q.value(6).toInt() == 1;
        p.fact = shownFact(q.value(7));
        result.persons.append(p);
    }
    q.finish();
    return result;
}

Status IndicatorPeople::writeCsv(const PeopleBehind& people, const QVector<PersonBehind>& persons, QIODevice& device)
{
    CsvWriter csv(device);
    QStringList header{tr("Full name"), tr("Organisation code"), tr("Organisation"), tr("In the numerator")};
    if (!people.factLabel.isEmpty())
        header << people.factLabel;
    csv.writeRow(header);
    for (const PersonBehind& p : persons) {
        QStringList row{p.name, p.unitCode, p.unitName, p.inNumerator ? tr("yes") : tr("no")};
        if (!people.factLabel.isEmpty())
            row << p.fact;
        csv.writeRow(row);
    }
    if (!csv.ok())
        return Status::failure(tr("The list could not be written: %1").arg(csv.errorString()));
    return Status::success();
}
