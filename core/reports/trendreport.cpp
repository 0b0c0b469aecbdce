#include "reports/trendreport.h"
#include "domain/academicyear.h"
#include "indicators/figuretext.h"
#include "indicators/indicatorboard.h"
#include "indicators/indicatorcatalogue.h"
#include "indicators/indicatortargets.h"
#include "reports/indicatorfindings.h"
#include "storage/clock.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

// One unit's figure in one year, against the target in force for it.
struct Point {
    IndicatorFigure figure;
    TargetCheck target;
    bool found = false; // the unit was on that year's board
};

// One unit's line over the years.
struct Line {
    qint64 unitId = 0;
    QString name;
    QVector<Point> points; // one per year, oldest first
};

constexpr double noValue = std::numeric_limits<double>::quiet_NaN();

} // namespace

Result<ReportDocument> TrendReport::build(Database& db, const ReportRequest& request)
{
    auto start = startUnitReport(db, request, tr("Trend of an indicator"));
    if (!start)
        return Result<ReportDocument>::failure(start.error());
    const OrgUnit* unit = &start->unit;
    ReportDocument& document = start.value().document;
    if (request.years < MinYears || request.years > MaxYears)
        return Result<ReportDocument>::failure(tr("The trend covers %1 to %2 years, not %3.").arg(MinYears).arg(MaxYears).arg(request.years));
    const auto selected = IndicatorCatalogue(db).select({request.indicatorCode});
    if (!selected)
        return Result<ReportDocument>::failure(selected.error());
    if (selected->isEmpty())
        return Result<ReportDocument>::failure(tr("The indicator of the trend is not given."));
    const std::optional<Indicator> indicator = selected->first();
    const int first = request.year - request.years + 1;
    document.period = tr("%1–%2 academic years").arg(AcademicYear::text(first), AcademicYear::text(request.year));

    // The figures: one board per year (figures and targets of the unit and its children),
    // children matched by id to the last year's.
    QVector<IndicatorPeriod> periods;
    QVector<IndicatorBoardData> boards;
    QVector<QHash<qint64, const UnitReadings*>> unitsOf; // per year: the readings by unit id
    IndicatorBoard board(db);
    for (int y = first; y <= request.year; ++y) {
        const IndicatorPeriod period{IndicatorPeriod::Kind::Academic, y};
        auto read = board.read(unit->id, period, {indicator->code}, false);
        if (!read)
            return Result<ReportDocument>::failure(read.error());
        periods.append(period);
        boards.append(std::move(read.value()));
    }
    for (const IndicatorBoardData& b : boards) {
        QHash<qint64, const UnitReadings*> units{{b.unit.unitId, &b.unit}};
        for (const UnitReadings& c : b.children)
            units.insert(c.unitId, &c);
        unitsOf.append(units);
    }
    auto line = [&](qint64 unitId, const QString& name) {
        Line l{unitId, name, {}};
        for (int k = 0; k < periods.size(); ++k) {
            Point p;
            if (const UnitReadings* readings = unitsOf.at(k).value(unitId)) {
                const IndicatorReading& r = readings->readings.first();
                p.figure = r.figure;
                p.target = r.target;
                p.found = true;
            }
            l.points.append(p);
        }
        return l;
    };
    const Line own = line(unit->id, unit->name);
    QVector<Line> children;
    for (const UnitReadings& c : boards.last().children)
        children.append(line(c.unitId, c.unitName));

    auto yearText = [&](int k) { return periods.at(k).text(); };
    auto valueText = [&](std::optional<double> v) { return FigureText::value(*indicator, v); };
    auto figureText = [&](const IndicatorFigure& f) {
        if (!f.hasData())
            return FigureText::value(*indicator, std::nullopt);
        return tr("%1 (%2 of %3)").arg(valueText(f.value()), FigureText::number(f.numerator), FigureText::number(f.denominator));
    };
    QVector<int> withData, without;
    for (int k = 0; k < own.points.size(); ++k)
        (own.points.at(k).figure.hasData() ? withData : without).append(k);

    ReportSection& intro = document.addSection(QString());
    QString about = (indicator->description.isEmpty() ? indicator->numerator : indicator->description).trimmed();
    while (about.endsWith(u'.'))
        about.chop(1);
    intro.paragraph(tr("Indicator %1 «%2»: %3.").arg(indicator->code, indicator->name, about));
    if (withData.isEmpty()) {
        intro.paragraph(tr("No data: the indicator cannot be computed for %1 in any of the years %2–%3.")
                            .arg(unit->name, AcademicYear::text(first), AcademicYear::text(request.year)));
        return std::move(document);
    }

    // The sentences.
    const int a = withData.first(), b = withData.last();
    const IndicatorFigure& fa = own.points.at(a).figure;
    const IndicatorFigure& fb = own.points.at(b).figure;
    if (a == b) {
        intro.paragraph(tr("%1 has data for %2 only: %3.").arg(unit->name, yearText(a), figureText(fa)));
    } else {
        const double from = std::round(*fa.value() * 10), to = std::round(*fb.value() * 10);
        const QString text = from < to ? tr("In %1 the value rose from %2 in %3 to %4 in %5.")
                           : from > to ? tr("In %1 the value fell from %2 in %3 to %4 in %5.")
                                       : tr("In %1 the value was the same in %3 and in %5: %2 and %4.");
        QString sentence = text.arg(unit->name, figureText(fa), yearText(a), figureText(fb), yearText(b));
        if (from != to) {
            const bool better = indicator->lowerIsBetter() ? to < from : to > from;
            sentence += u' ' + (better ? tr("This is a change for the better.") : tr("This is a change for the worse."));
        }
        intro.paragraph(sentence);
    }
    int reachedIn = -1;
    bool anyTarget = false;
    for (int k : withData) {
        anyTarget = anyTarget || own.points.at(k).target.target.has_value();
        if (reachedIn < 0 && own.points.at(k).target.status == TargetStatus::Reached)
            reachedIn = k;
    }
    const Point& last = own.points.at(b);
    if (!anyTarget) {
        intro.paragraph(tr("No target is set for the indicator in these years."));
    } else {
        QString text = reachedIn >= 0 ? tr("The target was first reached in %1: %2 against the target %3.")
                                            .arg(yearText(reachedIn), valueText(own.points.at(reachedIn).figure.value()),
                                                 valueText(own.points.at(reachedIn).target.target))
                                      : tr("The target was not reached in any year with data.");
        if (last.target.target && last.target.status != TargetStatus::Reached && reachedIn >= 0)
            text += u' ' + tr("In %1 the value %2 is short of the target %3.").arg(yearText(b), valueText(last.figure.value()), valueText(last.target.target));
        intro.paragraph(text);
    }
    if (!without.isEmpty()) {
        QStringList years;
        for (int k : without)
            years.append(yearText(k));
        intro.paragraph(tr("No data for %1 in %2.").arg(unit->name, years.join(QStringLiteral(", "))));
    }
    const int end = int(periods.size()) - 1;
    if (!children.isEmpty()) {
        struct Behind {
            const Line* line;
            double depth;
        };
        QVector<Behind> behind;
        QStringList noData;
        bool childTargets = false;
        for (const Line& c : children) {
            const Point& p = c.points.at(end);
            if (!p.figure.hasData()) {
                noData.append(c.name);
                continue;
            }
            childTargets = childTargets || p.target.target.has_value();
            if ((p.target.status == TargetStatus::Behind || p.target.status == TargetStatus::Close) && *p.target.target != 0)
                behind.append({&c, std::abs(*p.target.deviation) / std::abs(*p.target.target)});
        }
        std::stable_sort(behind.begin(), behind.end(), [](const Behind& x, const Behind& y) { return x.depth > y.depth; });
        QStringList named;
        for (int i = 0; i < behind.size() && i < BehindNamed; ++i) {
            const Point& p = behind.at(i).line->points.at(end);
            named.append(tr("%1 — %2 (target %3)").arg(behind.at(i).line->name, valueText(p.figure.value()), valueText(p.target.target)));
        }
        if (!named.isEmpty())
            intro.paragraph(tr("In %1, %2 of %n unit(s) are short of the target; furthest behind: %3.", nullptr, int(children.size()))
                                .arg(yearText(end))
                                .arg(behind.size())
                                .arg(named.join(QStringLiteral("; "))));
        else if (childTargets)
            intro.paragraph(tr("In %1 every unit with data has reached its target.").arg(yearText(end)));
        if (!noData.isEmpty())
            intro.paragraph(tr("No data in %1 for: %2.").arg(yearText(end), noData.join(QStringLiteral(", "))));
    }

    // The unit's figures by year, and its line with the target.
    ReportSection& history = document.addSection(tr("%1 by year").arg(unit->name));
    ReportTable t{tr("Figures by year"), {ReportColumn::text(tr("Academic year")), ReportColumn::number(tr("Numerator"), 0),
                                         ReportColumn::number(tr("Denominator"), 0), ReportColumn::number(tr("Value"), 1),
                                         ReportColumn::number(tr("Target"), 1), ReportColumn::number(tr("Deviation"), 1), ReportColumn::text(tr("Status"))},
                  {}, false};
    const QString unitSign = indicator->unit == IndicatorUnit::Percent ? QStringLiteral("%") : QString();
    ReportChart chart{ChartKind::Line, QStringLiteral("%1. %2").arg(indicator->code, indicator->name), {}, {ChartSeries{unit->name, {}}},
                      std::nullopt, unitSign};
    ChartSeries targetLine{tr("Target"), {}};
    QVector<double> targetValues;
    for (int k = 0; k < own.points.size(); ++k) {
        const Point& p = own.points.at(k);
        const bool has = p.figure.hasData();
        t.addRow({yearText(k), has ? QVariant(p.figure.numerator) : QVariant(), has ? QVariant(p.figure.denominator) : QVariant(),
                  has ? QVariant(*p.figure.value()) : QVariant(FigureText::value(*indicator, std::nullopt)), IndicatorFindings::cell(p.target.target),
                  IndicatorFindings::cell(p.target.deviation), has ? IndicatorTargets::statusName(p.target.status) : QString()});
        chart.categories.append(yearText(k));
        chart.series[0].values.append(has ? *p.figure.value() : noValue);
        targetLine.values.append(p.target.target.value_or(noValue));
        if (p.target.target)
            targetValues.append(*p.target.target);
    }
    history.table(t);
    // One target for every year: a horizontal line; targets that change: a line of their own.
    if (!targetValues.isEmpty() && targetValues.size() == own.points.size()
        && std::all_of(targetValues.begin(), targetValues.end(), [&](double v) { return v == targetValues.first(); }))
        chart.target = targetValues.first();
    else if (!targetValues.isEmpty())
        chart.series.append(targetLine);
    history.chart(chart);

    // The units × years.
    ReportSection& byUnit = document.addSection(tr("By unit"));
    if (children.isEmpty()) {
        byUnit.paragraph(tr("%1 has no child units to compare.").arg(unit->name));
        return std::move(document);
    }
    ReportTable grid{tr("Units × years"), {ReportColumn::text(tr("Unit"))}, {}, periods.size() > WideFrom};
    for (int k = 0; k < periods.size(); ++k)
        grid.columns.append(ReportColumn::text(yearText(k)));
    auto gridRow = [&](const Line& l, const QString& name) {
        QVector<QVariant> cells{name};
        for (const Point& p : l.points)
            cells.append(figureText(p.figure));
        grid.addRow(cells);
    };
    for (const Line& c : children)
        gridRow(c, c.name);
    gridRow(own, tr("Total: %1").arg(unit->name));
    if (anyTarget || !targetValues.isEmpty()) {
        QVector<QVariant> cells{tr("Target for %1").arg(unit->name)};
        for (const Point& p : own.points)
            cells.append(p.target.target ? valueText(p.target.target) : QString());
        grid.addRow(cells);
    }
    byUnit.table(grid);
    // The children in the last year, against the unit's target (not for a crowd of schools: the table says it).
    ReportChart bars{ChartKind::Bar, tr("%1 in %2 by unit").arg(indicator->code, yearText(end)), {}, {ChartSeries{yearText(end), {}}},
                     own.points.at(end).target.target, unitSign};
    for (const Line& c : children)
        if (c.points.at(end).figure.hasData()) {
            bars.categories.append(c.name);
            bars.series[0].values.append(*c.points.at(end).figure.value());
        }
    if (!bars.categories.isEmpty() && bars.categories.size() <= BarsUpTo)
        byUnit.chart(bars);
    return std::move(document);
}
