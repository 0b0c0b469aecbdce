#include "indicators/figuretext.h"

#include <QLocale>
#include <cmath>

namespace {

QLocale russian()
{
    return QLocale(QLocale::Russian, QLocale::Russia); // thousands grouped by a no-break space
}

bool whole(double v)
{
    return std::abs(v - std::round(v)) < 1e-9;
}

// "%" kept on the line of its number.
QString percent(const Indicator& i, const QString& number)
{
    return i.unit == IndicatorUnit::Percent ? number + QStringLiteral("\u00A0%") : number;
}

} // namespace

QString FigureText::number(double v)
{
    return russian().toString(v, 'f', whole(v) ? 0 : 1);
}

QString FigureText::value(const Indicator& i, std::optional<double> v)
{
    if (!v)
        return tr("no data");
    return percent(i, russian().toString(*v, 'f', 1));
}

QString FigureText::counts(const IndicatorFigure& f)
{
    return tr("%1 of %2").arg(number(f.numerator), number(f.denominator));
}

QString FigureText::deviation(double d)
{
    const double rounded = std::round(d * 10) / 10;
    const QString sign = rounded > 0 ? QStringLiteral("+") : rounded < 0 ? QString(QChar(0x2212)) : QString();
    return sign + russian().toString(std::abs(rounded), 'f', 1);
}

QString FigureText::target(const IndicatorReading& r)
{
    if (!r.target.target)
        return tr("no target");
    QString text = tr("target %1").arg(percent(r.indicator, number(*r.target.target)));
    if (r.target.deviation)
        text += QStringLiteral("; ") + tr("deviation %1").arg(deviation(*r.target.deviation));
    return text;
}

QString FigureText::tooltip(const IndicatorReading& r)
{
    return counts(r.figure) + QStringLiteral("; ") + target(r);
}

QString FigureText::trend(const IndicatorReading& r)
{
    const auto now = r.figure.value();
    if (!now || !r.previous || std::abs(*now - *r.previous) < 1e-9)
        return {};
    return *now > *r.previous ? QStringLiteral("▲") : QStringLiteral("▼");
}
