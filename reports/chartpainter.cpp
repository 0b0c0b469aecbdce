#include "chartpainter.h"
#include "reportfonts.h"
#include "reportoutput.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace {

// Colours that stay distinct when printed in grey.
const QColor palette[] = {QColor(0x2f, 0x5d, 0x8a), QColor(0xe0, 0x8a, 0x2c), QColor(0x5a, 0x9e, 0x4b), QColor(0xb8, 0x3b, 0x3b),
                          QColor(0x7b, 0x5e, 0xa7), QColor(0x8c, 0x6d, 0x46), QColor(0xd4, 0x6f, 0xa8), QColor(0x7f, 0x7f, 0x7f)};

QColor colour(int i)
{
    return palette[i % int(std::size(palette))];
}

QString valueText(double v, const QString& unit)
{
    QLocale russian(QLocale::Russian, QLocale::Russia);
    russian.setNumberOptions(QLocale::OmitGroupSeparator);
    const QString number = std::abs(v - std::round(v)) < 1e-9 ? russian.toString(qint64(std::llround(v))) : russian.toString(v, 'f', 1);
    return unit.isEmpty() ? number : number + QChar(0x00A0) + unit;
}

// A round upper bound for the value axis: 1, 2, 2.5 or 5 times a power of ten.
double niceMax(double v)
{
    if (v <= 0)
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(v)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (step * power >= v)
            return step * power;
    return 10 * power;
}

struct Frame {
    QPainter& p;
    QRectF area;
    const ReportChart& chart;
    double pt;
    QFont font = ReportFonts::condensed(8);
    QFontMetricsF metrics{font, p.device()};

    // The title at the top and the legend at the bottom; returns what is left for the plot.
    QRectF titleAndLegend(const QStringList& names, bool forceLegend = false)
    {
        QRectF rest = area;
        if (!chart.title.isEmpty()) {
            const QFont title = ReportFonts::text(9.5, true);
            p.setFont(title);
            p.setPen(Qt::black);
            const QRectF box(rest.left(), rest.top(), rest.width(), QFontMetricsF(title, p.device()).height() * 2.4);
            p.drawText(box, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, chart.title);
            rest.setTop(box.bottom());
        }
        if (names.size() > 1 || forceLegend) {
            p.setFont(font);
            const double square = 7 * pt, gap = 4 * pt, line = metrics.height() * 1.3;
            // Entries flow left to right and wrap; laid out from the bottom up.
            double x = rest.left(), rows = 1;
            QVector<double> xs;
            QVector<int> rowOf;
            for (int i = 0; i < names.size(); ++i) {
                const double w = square + gap + metrics.horizontalAdvance(names.at(i)) + 3 * gap;
                if (x + w > rest.right() && x > rest.left()) {
                    x = rest.left();
                    ++rows;
                }
                xs.append(x);
                rowOf.append(int(rows) - 1);
                x += w;
            }
            const double top = rest.bottom() - rows * line;
            for (int i = 0; i < names.size(); ++i) {
                const double y = top + rowOf.at(i) * line;
                p.fillRect(QRectF(xs.at(i), y + (line - square) / 2, square, square), colour(i));
                p.setPen(Qt::black);
                p.drawText(QRectF(xs.at(i) + square + gap, y, rest.width(), line), Qt::AlignLeft | Qt::AlignVCenter, names.at(i));
            }
            rest.setBottom(top - gap);
        }
        return rest;
    }

    void axes()
    {
        QStringList names;
        for (const ChartSeries& s : chart.series)
            names.append(s.name);
        QRectF plot = titleAndLegend(names);
        double maximum = chart.target.value_or(0);
        for (const ChartSeries& s : chart.series)
            for (double v : s.values)
                maximum = std::max(maximum, v);
        const double top = niceMax(maximum);
        p.setFont(font);
        double labelWidth = 0; // the widest of the five labels ("1,6" is wider than "2")
        for (int i = 0; i <= 5; ++i)
            labelWidth = std::max(labelWidth, metrics.horizontalAdvance(valueText(top * i / 5, chart.unit)) + 4 * pt);
        const double categoryHeight = metrics.height() * 2.4;
        plot.adjust(labelWidth, metrics.height() / 2, -2 * pt, -categoryHeight);
        // Grid and value labels: five steps.
        for (int i = 0; i <= 5; ++i) {
            const double y = plot.bottom() - plot.height() * i / 5;
            p.setPen(QPen(i == 0 ? Qt::black : QColor(0xd0, 0xd0, 0xd0), 0.5 * pt));
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
            p.setPen(Qt::black);
            p.drawText(QRectF(area.left(), y - metrics.height() / 2, labelWidth - 3 * pt, metrics.height()),
                       Qt::AlignRight | Qt::AlignVCenter, valueText(top * i / 5, chart.unit));
        }
        const int n = std::max<int>(1, int(chart.categories.size()));
        const double slot = plot.width() / n;
        for (int c = 0; c < chart.categories.size(); ++c)
            p.drawText(QRectF(plot.left() + c * slot, plot.bottom() + 2 * pt, slot, categoryHeight - 2 * pt),
                       Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, chart.categories.at(c));
        auto yOf = [&](double v) { return plot.bottom() - plot.height() * v / top; };
        if (chart.kind == ChartKind::Bar) {
            const int k = std::max<int>(1, int(chart.series.size()));
            const double bar = std::min(slot * 0.7 / k, 40 * pt); // few categories: bars stay slim
            const double group = bar * k;
            for (int s = 0; s < chart.series.size(); ++s)
                for (int c = 0; c < chart.categories.size() && c < chart.series.at(s).values.size(); ++c) {
                    const double v = chart.series.at(s).values.at(c);
                    if (std::isnan(v))
                        continue;
                    const QRectF r(plot.left() + c * slot + (slot - group) / 2 + s * bar, yOf(v), bar, plot.bottom() - yOf(v));
                    p.fillRect(r, colour(s));
                    p.setPen(Qt::black);
                    p.drawText(QRectF(r.left() - bar, r.top() - metrics.height(), 3 * bar, metrics.height()),
                               Qt::AlignHCenter | Qt::AlignBottom, valueText(v, chart.unit));
                }
        } else {
            for (int s = 0; s < chart.series.size(); ++s) {
                // A value that is not a number (no data) breaks the line.
                QPainterPath path;
                const QVector<double>& values = chart.series.at(s).values;
                bool gap = true;
                for (int c = 0; c < chart.categories.size() && c < values.size(); ++c) {
                    if (std::isnan(values.at(c))) {
                        gap = true;
                        continue;
                    }
                    const QPointF point(plot.left() + (c + 0.5) * slot, yOf(values.at(c)));
                    gap ? path.moveTo(point) : path.lineTo(point);
                    gap = false;
                }
                p.setPen(QPen(colour(s), 1.5 * pt));
                p.setBrush(Qt::NoBrush);
                p.drawPath(path);
                p.setBrush(colour(s));
                for (int c = 0; c < chart.categories.size() && c < values.size(); ++c) {
                    if (std::isnan(values.at(c)))
                        continue;
                    const QPointF point(plot.left() + (c + 0.5) * slot, yOf(values.at(c)));
                    p.setPen(Qt::NoPen);
                    p.drawEllipse(point, 2 * pt, 2 * pt);
                    p.setPen(Qt::black);
                    p.drawText(QRectF(point.x() - slot / 2, point.y() - metrics.height() - 2 * pt, slot, metrics.height()),
                               Qt::AlignHCenter | Qt::AlignBottom, valueText(values.at(c), chart.unit));
                }
                p.setBrush(Qt::NoBrush);
            }
        }
        if (chart.target) {
            const double y = yOf(*chart.target);
            p.setPen(QPen(QColor(0xc0, 0x00, 0x00), 1 * pt, Qt::DashLine));
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
            p.setPen(QColor(0xc0, 0x00, 0x00));
            p.drawText(QRectF(plot.left(), y - metrics.height() - pt, plot.width() - 2 * pt, metrics.height()), Qt::AlignRight | Qt::AlignBottom,
                       ReportOutput::tr("target %1").arg(valueText(*chart.target, chart.unit)));
        }
    }

    void pie()
    {
        const QVector<double> values = chart.series.isEmpty() ? QVector<double>() : chart.series.first().values;
        double total = 0;
        for (double v : values)
            total += std::max(0.0, v);
        QStringList names;
        for (int c = 0; c < chart.categories.size(); ++c) {
            const double v = c < values.size() ? values.at(c) : 0;
            names.append(QStringLiteral("%1 — %2 (%3)").arg(chart.categories.at(c), valueText(v, chart.unit),
                                                            valueText(total > 0 ? 100.0 * v / total : 0, QStringLiteral("%"))));
        }
        const QRectF plot = titleAndLegend(names, true);
        const double side = std::min(plot.width(), plot.height()) - 4 * pt;
        const QRectF circle(plot.center().x() - side / 2, plot.center().y() - side / 2, side, side);
        if (total <= 0)
            return;
        double angle = 90 * 16;
        p.setPen(QPen(Qt::white, 0.75 * pt));
        for (int c = 0; c < values.size(); ++c) {
            const double span = -360.0 * 16 * std::max(0.0, values.at(c)) / total;
            p.setBrush(colour(c));
            p.drawPie(circle, int(std::lround(angle)), int(std::lround(span)));
            angle += span;
        }
        p.setBrush(Qt::NoBrush);
    }
};

} // namespace

void paintChart(QPainter& painter, const QRectF& area, const ReportChart& chart, double pt)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    Frame frame{painter, area, chart, pt};
    if (chart.kind == ChartKind::Pie)
        frame.pie();
    else
        frame.axes();
    painter.restore();
}

QImage chartImage(const ReportChart& chart, double widthMm, double heightMm, int dpi)
{
    const double pixelsPerMm = dpi / 25.4;
    QImage image(QSize(int(widthMm * pixelsPerMm), int(heightMm * pixelsPerMm)), QImage::Format_RGB32);
    image.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
    image.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
    image.fill(Qt::white);
    QPainter painter(&image);
    paintChart(painter, QRectF(QPointF(0, 0), image.size()), chart, dpi / 72.0);
    return image;
}
