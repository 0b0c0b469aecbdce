#include "dashboard/readingtext.h"

#include <QLocale>
#include <cmath>

namespace {

QLocale russian()
{
    QLocale l(QLocale::Russian, QLocale::Russia);
    l.setNumberOptions(QLocale::OmitGroupSeparator);
    return l;
}

} // namespace

QString ReadingText::number(double v)
{
    // 20 000: grouped by thousands
    return QLocale(QLocale::Russian, QLocale::Russia).toString(v, 'f', std::abs(v - std::round(v)) < 1e-9 ? 0 : 1);
}

QString ReadingText::value(const Indicator& i, std::optional<double> v)
{
    if (!v)
        return tr("no data");
    const QString text = russian().toString(*v, 'f', 1);
    return i.unit == IndicatorUnit::Percent ? text + QStringLiteral(" %") : text;
}

QString ReadingText::counts(const IndicatorFigure& f)
{
    return tr("%1 of %2").arg(number(f.numerator), number(f.denominator));
}

QString ReadingText::target(const IndicatorReading& r)
{
    if (!r.target.target)
        return tr("no target");
    const QString goal = number(*r.target.target) + (r.indicator.unit == IndicatorUnit::Percent ? QStringLiteral(" %") : QString());
    QString text = tr("target %1").arg(goal);
    if (r.target.deviation) {
        const double d = std::round(*r.target.deviation * 10) / 10;
        const QString magnitude = russian().toString(std::abs(d), 'f', 1);
        const QString sign = d > 0 ? QStringLiteral("+") : d < 0 ? QString(QChar(0x2212)) : QString();
        text += QStringLiteral("; ") + tr("deviation %1").arg(sign + magnitude);
    }
    return text;
}

QString ReadingText::tooltip(const IndicatorReading& r)
{
    return counts(r.figure) + QStringLiteral("; ") + target(r);
}

QString ReadingText::trend(const IndicatorReading& r)
{
    const auto now = r.figure.value();
    if (!now || !r.previous || std::abs(*now - *r.previous) < 1e-9)
        return {};
    return *now > *r.previous ? QStringLiteral("▲") : QStringLiteral("▼");
}

QColor ReadingText::background(TargetStatus status)
{
    switch (status) {
    case TargetStatus::Reached: return QColor(0xd4, 0xed, 0xda);
    case TargetStatus::Close: return QColor(0xff, 0xf3, 0xcd);
    case TargetStatus::Behind: return QColor(0xf8, 0xd7, 0xda);
    case TargetStatus::None: break;
    }
    return {};
}

QColor ReadingText::foreground(TargetStatus status)
{
    switch (status) {
    case TargetStatus::Reached: return QColor(0x15, 0x57, 0x24);
    case TargetStatus::Close: return QColor(0x85, 0x64, 0x04);
    case TargetStatus::Behind: return QColor(0x72, 0x1c, 0x24);
    case TargetStatus::None: break;
    }
    return QColor(0x33, 0x33, 0x33);
}
