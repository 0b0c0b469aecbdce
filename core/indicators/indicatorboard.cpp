#include "indicators/indicatorboard.h"
#include "indicators/indicatorcatalogue.h"
#include "storage/rulebook.h"

const IndicatorReading* UnitReadings::find(const QString& code) const
{
    for (const IndicatorReading& r : readings)
        if (r.indicator.code == code)
            return &r;
    return nullptr;
}

Result<IndicatorBoardData> IndicatorBoard::read(qint64 unitId, const IndicatorPeriod& period, const QStringList& codes, bool previous)
{
    const auto indicators = IndicatorCatalogue(m_db).select(codes);
    if (!indicators)
        return Result<IndicatorBoardData>(indicators.status());
    IndicatorEngine engine(m_db);
    const auto now = engine.compute(unitId, period, *indicators);
    if (!now)
        return Result<IndicatorBoardData>(now.status());
    std::optional<DrillDown> before;
    if (previous) {
        auto b = engine.compute(unitId, period.previous(), *indicators);
        if (!b)
            return Result<IndicatorBoardData>(b.status());
        before = *b;
    }
    const double close = RuleBook(m_db).valueOn(Rule::TargetClosePercent, period.to());
    IndicatorTargets targets(m_db);
    auto readings = [&](const UnitFigures& figures, const UnitFigures* earlier) {
        UnitReadings r{figures.unitId, figures.unitCode, figures.unitName, {}};
        const auto inForce = targets.targetsFor(figures.unitId, period.targetYear());
        for (int k = 0; k < indicators->size(); ++k) {
            const Indicator& i = indicators->at(k);
            const IndicatorFigure& f = figures.figures.at(k);
            const auto t = inForce.find(i.code);
            IndicatorReading reading{i, f, std::nullopt,
                                     IndicatorTargets::check(i, f.value(), t == inForce.end() ? std::nullopt : std::optional(t.value()), close)};
            if (earlier)
                reading.previous = earlier->figures.at(k).value();
            r.readings.append(reading);
        }
        return r;
    };
    IndicatorBoardData data;
    data.period = period;
    data.unit = readings(now->unit, before ? &before->unit : nullptr);
    for (int c = 0; c < now->children.size(); ++c)
        data.children.append(readings(now->children.at(c), before ? &before->children.at(c) : nullptr));
    return data;
}

Result<QVector<IndicatorYear>> IndicatorBoard::history(qint64 unitId, const QString& code, const IndicatorPeriod& last, int years)
{
    const auto indicators = IndicatorCatalogue(m_db).select({code});
    if (!indicators)
        return Result<QList<IndicatorYear>>(indicators.status());
    IndicatorEngine engine(m_db);
    IndicatorTargets targets(m_db);
    QVector<IndicatorYear> result;
    for (int y = years - 1; y >= 0; --y) {
        const IndicatorPeriod period{last.kind, last.year - y};
        const auto figures = engine.compute(unitId, period, *indicators);
        if (!figures)
            return Result<QList<IndicatorYear>>(figures.status());
        const auto target = targets.targetFor(indicators->first().code, unitId, period.targetYear());
        result.append({period, figures->unit.figures.first(), target ? std::optional(target->value) : std::nullopt});
    }
    return result;
}
