#include "dashboard/dashboardcharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>
#include <algorithm>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("DashboardCharts", text);
}

// The value axis from 0 to a round top above every value and target (100 for percents).
QValueAxis* valueAxis(const Indicator& indicator, double highest)
{
    auto* axis = new QValueAxis;
    double top = indicator.unit == IndicatorUnit::Percent ? 100 : std::max(1.0, highest * 1.1);
    if (indicator.unit == IndicatorUnit::Percent && highest > 100)
        top = highest * 1.1;
    axis->setRange(0, top);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTitleText(indicator.unit == IndicatorUnit::Percent ? QStringLiteral("%") : QString());
    return axis;
}

QChart* chart(const QString& title)
{
    auto* c = new QChart;
    c->setTitle(title);
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setMargins(QMargins(4, 4, 4, 4));
    return c;
}

QPen targetPen()
{
    QPen pen(QColor(0xc0, 0x39, 0x2b));
    pen.setWidth(2);
    pen.setStyle(Qt::DashLine);
    return pen;
}

} // namespace

QChart* DashboardCharts::children(const IndicatorBoardData& board, const QString& code)
{
    const IndicatorReading* unit = board.unit.find(code);
    if (!unit)
        return chart(QString());
    QChart* c = chart(tr("%1 by units of %2").arg(code, board.unit.unitName));
    auto* set = new QBarSet(unit->indicator.name.left(60));
    set->setColor(QColor(0x4a, 0x7f, 0xb5));
    QStringList names;
    double highest = 0;
    for (const UnitReadings& child : board.children) {
        const IndicatorReading* r = child.find(code);
        const double v = r && r->figure.value() ? *r->figure.value() : 0;
        *set << v;
        highest = std::max(highest, v);
        names << (child.unitName.size() > 18 ? child.unitName.left(17) + QStringLiteral("…") : child.unitName);
    }
    auto* bars = new QBarSeries;
    bars->append(set);
    c->addSeries(bars);
    auto* x = new QBarCategoryAxis;
    x->append(names);
    x->setLabelsAngle(names.size() > 6 ? -60 : 0);
    if (unit->target.target)
        highest = std::max(highest, *unit->target.target);
    QValueAxis* y = valueAxis(unit->indicator, highest);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    if (unit->target.target && !board.children.isEmpty()) {
        auto* target = new QLineSeries;
        target->setName(tr("target"));
        target->setPen(targetPen());
        target->append(-0.5, *unit->target.target);
        target->append(double(board.children.size()) - 0.5, *unit->target.target);
        c->addSeries(target);
        target->attachAxis(x);
        target->attachAxis(y);
    }
    return c;
}

QChart* DashboardCharts::years(const Indicator& indicator, const QVector<IndicatorYear>& years)
{
    QChart* c = chart(tr("%1 over five years").arg(indicator.code));
    auto* values = new QLineSeries;
    values->setName(tr("value"));
    values->setPointsVisible(true);
    QPen pen(QColor(0x4a, 0x7f, 0xb5));
    pen.setWidth(3);
    values->setPen(pen);
    auto* targets = new QLineSeries;
    targets->setName(tr("target"));
    targets->setPen(targetPen());
    QStringList labels;
    double highest = 0;
    for (int i = 0; i < years.size(); ++i) {
        const IndicatorYear& y = years.at(i);
        labels << y.period.text();
        if (const auto v = y.figure.value()) {
            values->append(i, *v);
            highest = std::max(highest, *v);
        }
        if (y.target) {
            targets->append(i, *y.target);
            highest = std::max(highest, *y.target);
        }
    }
    c->addSeries(values);
    if (targets->count() > 0)
        c->addSeries(targets);
    else
        targets->setParent(c); // no target in these years: no line, no legend entry
    auto* x = new QBarCategoryAxis;
    x->append(labels);
    QValueAxis* yAxis = valueAxis(indicator, highest);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(yAxis, Qt::AlignLeft);
    for (QLineSeries* s : {values, targets}) {
        if (s->chart()) {
            s->attachAxis(x);
            s->attachAxis(yAxis);
        }
    }
    return c;
}
