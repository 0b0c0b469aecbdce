// ReportOutput::html and writeHtml: one page of plain HTML with the report's fonts named, tables
// with <thead> (browsers repeat it on printed pages), charts as PNG images.
#include "cellalignment.h"
#include "chartpainter.h"
#include "reportfonts.h"
#include "reportoutput.h"

#include <QBuffer>
#include <QSaveFile>

namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

const char* alignOf(ColumnKind kind)
{
    const Qt::Alignment align = cellAlignment(kind);
    return align == Qt::AlignRight ? "right" : align == Qt::AlignHCenter ? "center" : "left";
}

struct Html {
    bool embed;
    QString out;
    int charts = 0;
    QString heading; // of the section being written: a table caption the same is not repeated

    void add(const ReportParagraph& p) { out += QStringLiteral("<p>%1</p>\n").arg(escaped(p.text)); }
    void add(const ReportNote& n) { out += QStringLiteral("<p class=\"note\">%1</p>\n").arg(escaped(n.text)); }
    void add(const AuthorText& a)
    {
        out += QStringLiteral("<div class=\"author\" data-key=\"%1\">").arg(a.key.toHtmlEscaped());
        if (!a.title.isEmpty())
            out += QStringLiteral("<h3>%1</h3>").arg(escaped(a.title));
        out += QStringLiteral("<p>%1</p></div>\n").arg(a.text.isEmpty() ? QStringLiteral("&nbsp;") : escaped(a.text));
    }
    void add(const ReportChart& chart)
    {
        ++charts;
        QString source = QStringLiteral("chart%1.png").arg(charts);
        if (embed) {
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            chartImage(chart, 160, chart.kind == ChartKind::Pie ? 70 : 80).save(&buffer, "PNG");
            source = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
        }
        out += QStringLiteral("<p class=\"chart\"><img src=\"%1\" width=\"605\" alt=\"%2\"></p>\n").arg(source, chart.title.toHtmlEscaped());
    }
    void add(const ReportTable& t)
    {
        if (!t.caption.isEmpty() && t.caption != heading)
            out += QStringLiteral("<h3>%1</h3>\n").arg(escaped(t.caption));
        if (t.isEmpty()) {
            out += QStringLiteral("<p>%1</p>\n").arg(ReportOutput::tr("No data."));
            return;
        }
        out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"%1>\n<thead><tr>")
                   .arg(t.wide ? QStringLiteral(" class=\"wide\"") : QString());
        for (const ReportColumn& c : t.columns)
            out += QStringLiteral("<th>%1</th>").arg(escaped(c.title));
        out += QStringLiteral("</tr></thead>\n<tbody>\n");
        for (const QVector<QVariant>& row : t.rows) {
            out += QStringLiteral("<tr>");
            for (int i = 0; i < t.columns.size(); ++i)
                out += QStringLiteral("<td align=\"%1\">%2</td>")
                           .arg(QLatin1String(alignOf(t.columns.at(i).kind)), escaped(reportCellText(row.value(i), t.columns.at(i))));
            out += QStringLiteral("</tr>\n");
        }
        out += QStringLiteral("</tbody></table>\n");
    }
};

} // namespace

QString ReportOutput::html(const ReportDocument& d, bool embedCharts)
{
    Html h{embedCharts, {}, 0, {}};
    h.out = QStringLiteral(
                "<!DOCTYPE html>\n<html lang=\"ru\"><head><meta charset=\"utf-8\"><title>%1</title>\n<style>\n"
                "body { font-family: '%2', sans-serif; font-size: 10.5pt; max-width: 180mm; margin: 15mm auto; }\n"
                "h1 { font-size: 15pt; text-align: center; margin-bottom: 2mm; }\n"
                ".unit, .period { text-align: center; margin: 1mm 0; }\n.prepared { text-align: right; }\n"
                "h2 { font-size: 12pt; margin-top: 6mm; }\nh3 { font-size: 10pt; }\n"
                "table { border-collapse: collapse; width: 100%; font-family: '%3', sans-serif; font-size: 9pt; }\n"
                "th { background: #e8e8e8; }\n.note { font-size: 8.5pt; color: #555; }\n"
                ".chart { text-align: center; }\n.author { border-left: 2px solid #999; padding-left: 4mm; }\n"
                ".signature td { border: none; text-align: center; padding-top: 10mm; }\n"
                ".signature .line { border-bottom: 1px solid black; }\n.signature .caption { font-size: 7.5pt; padding-top: 0; }\n"
                "@media print { table.wide { page: wide; } } @page wide { size: A4 landscape; }\n"
                "</style></head><body>\n")
                .arg(d.title.toHtmlEscaped(), ReportFonts::textFamily(), ReportFonts::condensedFamily());
    h.out += QStringLiteral("<h1>%1</h1>\n").arg(escaped(d.title));
    if (!d.unitName.isEmpty())
        h.out += QStringLiteral("<p class=\"unit\">%1</p>\n").arg(escaped(d.unitName));
    if (!d.period.isEmpty())
        h.out += QStringLiteral("<p class=\"period\">%1</p>\n").arg(escaped(d.period));
    if (d.preparedOn.isValid())
        h.out += QStringLiteral("<p class=\"prepared\">%1</p>\n")
                     .arg(tr("Date of preparation: %1").arg(d.preparedOn.toString(QStringLiteral("dd.MM.yyyy"))));
    for (const ReportSection& s : d.sections) {
        h.heading = s.heading;
        if (!s.heading.isEmpty())
            h.out += QStringLiteral("<h2>%1</h2>\n").arg(escaped(s.heading));
        for (const ReportBlock& b : s.blocks)
            std::visit([&h](const auto& block) { h.add(block); }, b);
    }
    h.out += QStringLiteral("<table class=\"signature\"><tr><td class=\"line\">%1</td><td></td><td class=\"line\">&nbsp;</td><td></td>"
                            "<td class=\"line\">%2</td></tr><tr><td class=\"caption\">%3</td><td></td><td class=\"caption\">%4</td>"
                            "<td></td><td class=\"caption\">%5</td></tr></table>\n</body></html>\n")
                 .arg(escaped(d.signature.position), escaped(d.signature.fullName), tr("(position)"), tr("(signature)"), tr("(full name)"));
    return h.out;
}

Status ReportOutput::writeHtml(const ReportDocument& document, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(html(document, true).toUtf8());
    if (!file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Status::success();
}
