#include "reports/indicatorfindings.h"
#include "indicators/figuretext.h"

QString IndicatorFindings::sentence(const IndicatorReading& r, const QString& subject)
{
    const QString start = subject.isEmpty() ? tr("The indicator «%1» was").arg(r.indicator.name) : subject;
    const std::optional<double> v = r.figure.value();
    if (!v)
        return tr("%1 not computed: there is no one to count (no data).").arg(start);
    QString text = tr("%1 %2 (%3 of %4)").arg(start, FigureText::value(r.indicator, v), FigureText::number(r.figure.numerator), FigureText::number(r.figure.denominator));
    if (r.target.target) {
        const QString target = FigureText::value(r.indicator, r.target.target);
        const bool lower = r.indicator.lowerIsBetter();
        if (r.target.status == TargetStatus::Reached)
            text += tr(", which reaches the target value %1").arg(target);
        else
            text += (lower ? tr(", which is above the target value %1") : tr(", which is below the target value %1")).arg(target);
    }
    if (r.previous)
        text += tr("; a year before: %1").arg(FigureText::value(r.indicator, r.previous));
    return text + u'.';
}

QVariant IndicatorFindings::cell(std::optional<double> value)
{
    return value ? QVariant(*value) : QVariant();
}

ReportTable IndicatorFindings::table(const QString& caption, const QVector<IndicatorReading>& readings)
{
    ReportTable t{caption,
                  {ReportColumn::text(tr("Code")), ReportColumn::text(tr("Indicator")), ReportColumn::number(tr("Numerator"), 0),
                   ReportColumn::number(tr("Denominator"), 0), ReportColumn::number(tr("Value"), 1), ReportColumn::number(tr("Target"), 1),
                   ReportColumn::number(tr("Deviation"), 1), ReportColumn::text(tr("Status")), ReportColumn::number(tr("Year before"), 1)},
                  {},
                  true};
    for (const IndicatorReading& r : readings) {
        if (!r.figure.hasData() && !r.target.target)
            continue;
        t.addRow({r.indicator.code, r.indicator.name, r.figure.numerator, r.figure.denominator, cell(r.figure.value()),
                  cell(r.target.target), cell(r.target.deviation), IndicatorTargets::statusName(r.target.status), cell(r.previous)});
    }
    return t;
}
