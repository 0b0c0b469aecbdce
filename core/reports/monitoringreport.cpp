#include "reports/monitoringreport.h"
#include "domain/period.h"
#include "reports/indicatorfindings.h"
#include "storage/clock.h"

#include <algorithm>

namespace {

// The key indicators: the four always shown, then those with a target for the unit, in the
// board's order.
QStringList keyCodes(const IndicatorBoardData& board)
{
    QStringList codes{QStringLiteral("K03"), QStringLiteral("K12"), QStringLiteral("K13"), QStringLiteral("K17")};
    for (const IndicatorReading& r : board.unit.readings)
        if (r.target.target && !codes.contains(r.indicator.code))
            codes.append(r.indicator.code);
    QStringList present;
    for (const QString& c : codes)
        if (board.unit.find(c))
            present.append(c);
    return present;
}

// A child unit's shortfall: how many key indicators are behind, and by how much in all (in
// percent of each target, so different units of measure add up).
struct Shortfall {
    const UnitReadings* unit = nullptr;
    QStringList behind; // codes
    double depth = 0;
};

} // namespace

Result<ReportDocument> MonitoringReport::build(Database& db, const ReportRequest& request)
{
    auto start = startUnitReport(db, request, tr("Monitoring of indicators"));
    if (!start)
        return Result<ReportDocument>::failure(start.error());
    const OrgUnit* unit = &start->unit;
    ReportDocument& document = start.value().document;
    const IndicatorPeriod period{IndicatorPeriod::Kind::Academic, request.year};
    ReportSection& intro = document.addSection(QString());
    auto read = IndicatorBoard(db).read(unit->id, period);
    if (!read)
        return Result<ReportDocument>::failure(read.error());
    const IndicatorBoardData& board = *read;
    const QStringList codes = keyCodes(board);
    bool anyData = false;
    for (const IndicatorReading& r : board.unit.readings)
        anyData = anyData || r.figure.hasData();
    if (!anyData) {
        intro.paragraph(tr("No data: no indicator of %1 can be computed for %2.").arg(unit->name, period.text()));
        return std::move(document);
    }
    intro.paragraph(tr("Figures for %1 to %2; staff as on %3. Units compared: %n.", nullptr, int(board.children.size()))
                        .arg(shownDate(period.from()), shownDate(period.to()), shownDate(period.snapshot(db.clock().today()))));

    // The key figures in words on the first (portrait) page; the wide table on landscape pages.
    for (const QString& code : codes)
        intro.paragraph(IndicatorFindings::sentence(*board.unit.find(code)));
    ReportSection& summary = document.addSection(tr("Indicators of %1").arg(unit->name));
    summary.table(IndicatorFindings::table(tr("Indicators against targets"), board.unit.readings));

    ReportSection& byUnit = document.addSection(tr("Indicators by unit"));
    QVector<Shortfall> shortfalls;
    if (board.children.isEmpty()) {
        byUnit.paragraph(tr("%1 has no child units to compare.").arg(unit->name));
    } else {
        ReportTable t{tr("Units × indicators"), {ReportColumn::text(tr("Unit"))}, {}, true};
        for (const QString& code : codes)
            t.columns.append(ReportColumn::number(code, 1));
        auto row = [&](const UnitReadings& u) {
            QVector<QVariant> cells{u.unitName};
            for (const QString& code : codes) {
                const IndicatorReading* r = u.find(code);
                cells.append(r ? IndicatorFindings::cell(r->figure.value()) : QVariant());
            }
            t.addRow(cells);
        };
        for (const UnitReadings& child : board.children)
            row(child);
        row(board.unit);
        t.rows.last()[0] = tr("Total: %1").arg(unit->name);
        byUnit.table(t);

        ReportTable details{tr("Deviation from targets"),
                            {ReportColumn::text(tr("Unit")), ReportColumn::text(tr("Code")), ReportColumn::number(tr("Value"), 1),
                             ReportColumn::number(tr("Target"), 1), ReportColumn::number(tr("Deviation"), 1), ReportColumn::text(tr("Status"))},
                            {},
                            true};
        for (const UnitReadings& child : board.children) {
            Shortfall s{&child, {}, 0};
            for (const QString& code : codes) {
                const IndicatorReading* r = child.find(code);
                if (!r || !r->target.target)
                    continue;
                details.addRow({child.unitName, code, IndicatorFindings::cell(r->figure.value()), *r->target.target,
                                IndicatorFindings::cell(r->target.deviation), IndicatorTargets::statusName(r->target.status)});
                if (r->target.status == TargetStatus::Behind) {
                    s.behind.append(code);
                    if (*r->target.target != 0 && r->target.deviation)
                        s.depth += std::abs(*r->target.deviation) / std::abs(*r->target.target);
                }
            }
            if (!s.behind.isEmpty())
                shortfalls.append(s);
        }
        if (!details.isEmpty())
            byUnit.table(details);

        for (const QString& code : codes) {
            const IndicatorReading* total = board.unit.find(code);
            ReportChart c{ChartKind::Bar, QStringLiteral("%1. %2").arg(code, total->indicator.name), {}, {ChartSeries{code, {}}},
                          total->target.target, total->indicator.unit == IndicatorUnit::Percent ? QStringLiteral("%") : QString()};
            for (const UnitReadings& child : board.children) {
                const IndicatorReading* r = child.find(code);
                if (!r || !r->figure.value())
                    continue;
                c.categories.append(child.unitName);
                c.series[0].values.append(*r->figure.value());
            }
            if (!c.categories.isEmpty())
                byUnit.chart(c);
        }
    }

    ReportSection& behind = document.addSection(tr("Units furthest behind"));
    std::stable_sort(shortfalls.begin(), shortfalls.end(), [](const Shortfall& a, const Shortfall& b) {
        return a.behind.size() != b.behind.size() ? a.behind.size() > b.behind.size() : a.depth > b.depth;
    });
    if (shortfalls.isEmpty()) {
        behind.paragraph(board.children.isEmpty() ? tr("There are no units to compare.") : tr("No unit is behind its targets."));
    } else {
        ReportTable t{tr("Units behind their targets"), {ReportColumn::number(tr("No.")), ReportColumn::text(tr("Unit")),
                                                         ReportColumn::number(tr("Indicators behind")), ReportColumn::text(tr("Codes"))}, {}, false};
        int n = 0;
        for (const Shortfall& s : shortfalls) {
            if (n == BehindListed)
                break;
            t.addRow({++n, s.unit->unitName, int(s.behind.size()), s.behind.join(QStringLiteral(", "))});
        }
        behind.paragraph(tr("Units behind at least one target: %1 of %2.").arg(shortfalls.size()).arg(board.children.size()));
        behind.table(t);
    }

    ReportSection& conclusions = document.addSection(tr("Conclusions"));
    for (const QString& code : codes) {
        const IndicatorReading* total = board.unit.find(code);
        QString text = IndicatorFindings::sentence(*total);
        QStringList late;
        int reached = 0, withTarget = 0;
        for (const UnitReadings& child : board.children) {
            const IndicatorReading* r = child.find(code);
            if (!r || r->target.status == TargetStatus::None)
                continue;
            ++withTarget;
            if (r->target.status == TargetStatus::Reached)
                ++reached;
            else if (r->target.status == TargetStatus::Behind)
                late.append(child.unitName);
        }
        if (withTarget > 0)
            text += u' ' + tr("The target is reached by %1 of %2 units.").arg(reached).arg(withTarget);
        if (!late.isEmpty())
            text += u' ' + tr("Behind: %1.").arg(late.join(QStringLiteral(", ")));
        conclusions.paragraph(text);
    }
    conclusions.blocks.append(AuthorText{QStringLiteral("monitoring.conclusions"), tr("The author's conclusions"), QString()});
    return std::move(document);
}
