// metodist-cli indicators --db FILE --unit CODE --period 2024/25 [--children] [--codes K01,K08]
//   [--calendar] [--json]: the figures of a unit (and its children) against their targets.
#include "cli.h"
#include "indicatorarguments.h"
#include "indicators/indicatorboard.h"
#include "indicators/figuretext.h"
#include "indicators/indicatorcatalogue.h"
#include "storage/clock.h"
#include "storage/orgunitrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace {

QJsonValue number(std::optional<double> v)
{
    return v ? QJsonValue(std::round(*v * 100) / 100) : QJsonValue(QJsonValue::Null);
}

QJsonObject unitJson(const UnitReadings& unit, OrgUnitRepository& units)
{
    QJsonArray indicators;
    for (const IndicatorReading& r : unit.readings) {
        QJsonArray reported;
        for (qint64 id : r.figure.reportedUnits)
            if (const auto u = units.find(id))
                reported.append(u->code);
        QJsonObject o{{QStringLiteral("code"), r.indicator.code},
                      {QStringLiteral("name"), r.indicator.name},
                      {QStringLiteral("numerator"), r.figure.numerator},
                      {QStringLiteral("denominator"), r.figure.denominator},
                      {QStringLiteral("value"), number(r.figure.value())},
                      {QStringLiteral("unit"), IndicatorCodes::unit(r.indicator.unit)},
                      {QStringLiteral("target"), number(r.target.target)},
                      {QStringLiteral("deviation"), number(r.target.deviation)},
                      {QStringLiteral("status"), IndicatorTargets::statusCode(r.target.status)},
                      {QStringLiteral("previous"), number(r.previous)}};
        if (!reported.isEmpty())
            o.insert(QStringLiteral("reported_units"), reported);
        indicators.append(o);
    }
    return {{QStringLiteral("code"), unit.unitCode}, {QStringLiteral("name"), unit.unitName}, {QStringLiteral("indicators"), indicators}};
}

void printUnit(const UnitReadings& unit)
{
    Cli::out() << unit.unitName << QStringLiteral(" [%1]").arg(unit.unitCode) << Qt::endl;
    for (const IndicatorReading& r : unit.readings) {
        QString line = QStringLiteral("  %1  %2: %3 (%4)").arg(r.indicator.code, r.indicator.name, FigureText::value(r.indicator, r.figure.value()),
                                                              FigureText::counts(r.figure));
        if (r.target.target && r.target.status != TargetStatus::None)
            line += Cli::tr("; target %1, %2").arg(FigureText::value(r.indicator, r.target.target), IndicatorTargets::statusName(r.target.status));
        else if (r.target.target)
            line += Cli::tr("; target %1").arg(FigureText::value(r.indicator, r.target.target));
        if (!r.figure.reportedUnits.isEmpty())
            line += Cli::tr("; includes reported figures");
        Cli::out() << line << Qt::endl;
    }
}

} // namespace

int runIndicators(const QStringList& arguments)
{
    QCommandLineParser parser;
    IndicatorArguments common;
    common.addTo(parser);
    const QCommandLineOption children(QStringLiteral("children"), Cli::tr("Also each direct child of the unit."));
    const QCommandLineOption codes(QStringLiteral("codes"), Cli::tr("Only these indicators, comma-separated (K01,K08)."), Cli::tr("CODES"));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print JSON."));
    parser.addOptions({children, codes, json});
    const QString syntax = QStringLiteral("indicators --db FILE --unit CODE --period 2024/25 [--children] [--codes K01,K08] [--calendar] [--json]");
    if (!Cli::parse(parser, arguments, 0, syntax))
        return parser.isSet(QStringLiteral("help")) ? Done : UsageError;
    int exitCode = Done;
    const auto opened = common.open(parser, &exitCode);
    if (!opened)
        return exitCode;
    const QStringList wanted = parser.value(codes).split(u',', Qt::SkipEmptyParts);
    if (parser.isSet(codes) && wanted.isEmpty())
        return Cli::fail(InvalidInput, Cli::tr("The option --codes names no indicator."));
    if (const auto known = IndicatorCatalogue(*opened->database).select(wanted); !known)
        return Cli::fail(InvalidInput, known.error());
    const auto data = IndicatorBoard(*opened->database).read(opened->unitId, opened->period, wanted, true);
    if (!data)
        return Cli::fail(FileError, data.error());

    QVector<UnitReadings> shownUnits{data->unit};
    if (parser.isSet(children))
        shownUnits += data->children;
    if (parser.isSet(json)) {
        OrgUnitRepository units(*opened->database);
        QJsonArray list;
        for (const UnitReadings& u : shownUnits)
            list.append(unitJson(u, units));
        const QJsonObject root{{QStringLiteral("period"), opened->period.text()},
                               {QStringLiteral("period_kind"), opened->period.kindCode()},
                               {QStringLiteral("from"), opened->period.from().toString(Qt::ISODate)},
                               {QStringLiteral("to"), opened->period.to().toString(Qt::ISODate)},
                               {QStringLiteral("snapshot"), opened->period.snapshot(opened->database->clock().today()).toString(Qt::ISODate)},
                               {QStringLiteral("units"), list}};
        Cli::out() << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return Done;
    }
    Cli::out() << Cli::tr("Indicators for %1").arg(opened->period.text()) << Qt::endl;
    for (const UnitReadings& u : shownUnits)
        printUnit(u);
    return Done;
}
