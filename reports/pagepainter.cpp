#include "pagepainter.h"
#include "cellalignment.h"
#include "chartpainter.h"
#include "reportfonts.h"
#include "reportoutput.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>
#include <algorithm>
#include <functional>

namespace {

using Item = std::function<void(QPainter&)>;

struct Page {
    bool landscape = false;
    QVector<Item> items;
};

// Places blocks on pages from the top down, in device units; a block that does not fit goes to a
// new page. Painting happens later, once the number of pages is known.
class Composer {
public:
    Composer(QPaintDevice& device, QSizeF portrait, QSizeF landscape)
        : m_device(device), m_portrait(portrait), m_landscape(landscape)
    {
        pt = device.logicalDpiY() / 72.0;
        mm = device.logicalDpiY() / 25.4;
        m_pages.append(Page{});
    }

    double pt = 1, mm = 1;

    QVector<Page> pages() const { return m_pages; }
    QSizeF size(bool landscape) const { return landscape ? m_landscape : m_portrait; }
    double width() const { return size(current().landscape).width(); }
    double limit() const { return size(current().landscape).height() - footerHeight(); }
    double footerHeight() const { return 9 * mm; }

    void newPage(bool landscape)
    {
        m_pages.append(Page{landscape, {}});
        y = 0;
    }
    void breakPage() { newPage(current().landscape); }
    // Continues on a new page unless the height fits on this one (or the page is still empty).
    void need(double height)
    {
        if (y + height > limit() && y > 0)
            newPage(current().landscape);
    }
    void orient(bool landscape)
    {
        if (current().landscape == landscape)
            return;
        if (y > 0 || !current().items.isEmpty())
            newPage(landscape);
        else
            m_pages.last().landscape = landscape;
    }
    void add(Item item) { m_pages.last().items.append(std::move(item)); }

    // The text broken into lines that fit the width (words kept whole where they can be).
    QStringList lines(const QString& text, const QFont& font, double width) const
    {
        QStringList result;
        for (const QString& paragraph : text.split(u'\n')) {
            if (paragraph.isEmpty()) {
                result.append(QString());
                continue;
            }
            QTextLayout layout(paragraph, font, &m_device);
            QTextOption option;
            option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
            layout.setTextOption(option);
            layout.beginLayout();
            for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                line.setLineWidth(std::max(width, 1.0));
                result.append(paragraph.mid(line.textStart(), line.textLength()).trimmed());
            }
            layout.endLayout();
        }
        return result;
    }
    double lineHeight(const QFont& font) const { return QFontMetricsF(font, &m_device).height() * 1.15; }
    QFontMetricsF metrics(const QFont& font) const { return QFontMetricsF(font, &m_device); }

    // Lines of text from x at the cursor, flowing over pages; aligned within [x, x + width].
    void text(const QString& text, const QFont& font, double x, double width, Qt::Alignment align = Qt::AlignLeft,
              QColor colour = Qt::black)
    {
        const double h = lineHeight(font);
        for (const QString& line : lines(text, font, width)) {
            need(h);
            const QRectF box(x, y, width, h);
            add([=](QPainter& p) {
                p.setFont(font);
                p.setPen(colour);
                p.drawText(box, int(align | Qt::AlignVCenter), line);
            });
            y += h;
        }
    }

    double y = 0;

private:
    const Page& current() const { return m_pages.last(); }
    QPaintDevice& m_device;
    QSizeF m_portrait, m_landscape;
    QVector<Page> m_pages;
};

class DocumentLayout {
public:
    DocumentLayout(Composer& c) : c(c) {}

    void titleBlock(const ReportDocument& d)
    {
        c.text(d.title, ReportFonts::text(15, true), 0, c.width(), Qt::AlignHCenter);
        c.y += 2 * c.mm;
        if (!d.unitName.isEmpty())
            c.text(d.unitName, ReportFonts::text(12), 0, c.width(), Qt::AlignHCenter);
        if (!d.period.isEmpty())
            c.text(d.period, ReportFonts::text(11), 0, c.width(), Qt::AlignHCenter);
        if (d.preparedOn.isValid())
            c.text(ReportOutput::tr("Date of preparation: %1").arg(d.preparedOn.toString(QStringLiteral("dd.MM.yyyy"))), ReportFonts::text(9.5), 0,
                   c.width(), Qt::AlignRight);
        c.y += 6 * c.mm;
    }

    void section(const ReportSection& s)
    {
        bool wide = false;
        for (const ReportBlock& b : s.blocks)
            if (const auto* t = std::get_if<ReportTable>(&b))
                wide = wide || t->wide;
        c.orient(wide);
        m_heading = s.heading;
        if (!s.heading.isEmpty()) {
            const QFont font = ReportFonts::text(12, true);
            c.y += 3 * c.mm;
            c.need(c.lineHeight(font) * 2 + c.lineHeight(body) * 3); // no heading alone at the foot of a page
            c.text(s.heading, font, 0, c.width());
            c.y += 1.5 * c.mm;
        }
        for (const ReportBlock& b : s.blocks)
            std::visit([this](const auto& block) { add(block); }, b);
    }

    void signature(const ReportSignature& s)
    {
        c.orient(false);
        const QFont font = ReportFonts::text(10.5);
        const QFont small = ReportFonts::text(7.5);
        const double h = c.lineHeight(font), hs = c.lineHeight(small);
        c.y += 12 * c.mm;
        c.need(h + hs + 2 * c.mm);
        const double w = c.width();
        const double x[] = {0, w * 0.45, w * 0.70};
        const double widths[] = {w * 0.40, w * 0.20, w * 0.30};
        const QString texts[] = {s.position, QString(), s.fullName};
        const QString captions[] = {ReportOutput::tr("(position)"), ReportOutput::tr("(signature)"), ReportOutput::tr("(full name)")};
        const double top = c.y, pt = c.pt;
        for (int i = 0; i < 3; ++i) {
            const QRectF box(x[i], top, widths[i], h);
            const QRectF under(x[i], top + h + pt, widths[i], hs);
            const QString text = texts[i], caption = captions[i];
            c.add([=](QPainter& p) {
                p.setFont(font);
                p.setPen(Qt::black);
                p.drawText(box, Qt::AlignHCenter | Qt::AlignBottom, text);
                p.setPen(QPen(Qt::black, 0.6 * pt));
                p.drawLine(box.bottomLeft(), box.bottomRight());
                p.setFont(small);
                p.drawText(under, Qt::AlignHCenter | Qt::AlignTop, caption);
            });
        }
        c.y = top + h + hs + pt;
    }

private:
    void add(const ReportParagraph& p)
    {
        c.text(p.text, body, 0, c.width(), Qt::AlignLeft);
        c.y += 2 * c.mm;
    }

    void add(const ReportNote& n)
    {
        c.text(n.text, ReportFonts::text(8.5), 0, c.width(), Qt::AlignLeft, QColor(0x55, 0x55, 0x55));
        c.y += 2 * c.mm;
    }

    void add(const AuthorText& a)
    {
        const QFont bold = ReportFonts::text(10.5, true);
        const double ruled = 5 * 8 * c.mm; // blank: five ruled lines to write on, kept with the title
        c.need(c.lineHeight(bold) + (a.text.isEmpty() ? ruled : 3 * c.lineHeight(body)));
        if (!a.title.isEmpty())
            c.text(a.title, bold, 0, c.width());
        if (!a.text.isEmpty()) {
            c.text(a.text, body, 4 * c.mm, c.width() - 4 * c.mm);
        } else {
            // Ruled lines to write on by hand.
            const double step = ruled / 5, w = c.width(), pt = c.pt;
            for (int i = 0; i < 5; ++i) {
                const double y = c.y + step;
                c.add([=](QPainter& p) {
                    p.setPen(QPen(QColor(0x90, 0x90, 0x90), 0.5 * pt));
                    p.drawLine(QPointF(0, y), QPointF(w, y));
                });
                c.y += step;
            }
        }
        c.y += 3 * c.mm;
    }

    void add(const ReportChart& chart)
    {
        const double height = (chart.kind == ChartKind::Pie ? 70 : 80) * c.mm;
        const double width = std::min(c.width(), 170 * c.mm);
        c.need(height);
        const QRectF area((c.width() - width) / 2, c.y, width, height);
        const double pt = c.pt;
        c.add([=](QPainter& p) { paintChart(p, area, chart, pt); });
        c.y += height + 4 * c.mm;
    }

    void add(const ReportTable& t)
    {
        const QFont font = ReportFonts::condensed(t.wide ? 8 : 9);
        const QFont bold = ReportFonts::condensed(t.wide ? 8 : 9, true);
        const QFont captionFont = ReportFonts::text(10, true);
        const QString caption = t.caption == m_heading ? QString() : t.caption;
        if (t.isEmpty()) {
            if (!caption.isEmpty())
                c.text(caption, captionFont, 0, c.width());
            add(ReportParagraph{ReportOutput::tr("No data.")});
            return;
        }
        const int n = int(t.columns.size());
        QStringList header;
        for (const ReportColumn& column : t.columns)
            header.append(column.title);
        QVector<QStringList> rows;
        for (const QVector<QVariant>& row : t.rows) {
            QStringList cells;
            for (int i = 0; i < n; ++i)
                cells.append(reportCellText(row.value(i), t.columns.at(i)));
            rows.append(cells);
        }
        const QVector<double> widths = columnWidths(header, rows, font, bold);
        const double padX = padding(), padY = 1.2 * c.pt;

        struct Laid {
            QVector<QStringList> cells;
            double height = 0;
        };
        auto layRow = [&](const QStringList& cells, const QFont& f) {
            Laid laid;
            int most = 1;
            for (int i = 0; i < n; ++i) {
                laid.cells.append(c.lines(cells.value(i), f, widths.at(i) - 2 * padX));
                most = std::max<int>(most, int(laid.cells.last().size()));
            }
            laid.height = most * c.lineHeight(f) + 2 * padY;
            return laid;
        };
        const Laid head = layRow(header, bold);
        QVector<Laid> body;
        for (const QStringList& r : rows)
            body.append(layRow(r, font));

        const double pt = c.pt;
        auto drawRow = [&](const Laid& laid, const QFont& f, bool isHeader) {
            const double top = c.y, lh = c.lineHeight(f);
            double x = 0;
            for (int i = 0; i < n; ++i) {
                const QRectF cell(x, top, widths.at(i), laid.height);
                const QStringList lines = laid.cells.at(i);
                const Qt::Alignment align = isHeader ? Qt::AlignHCenter : cellAlignment(t.columns.at(i).kind);
                c.add([=](QPainter& p) {
                    if (isHeader)
                        p.fillRect(cell, QColor(0xe8, 0xe8, 0xe8));
                    p.setPen(QPen(Qt::black, 0.5 * pt));
                    p.drawRect(cell);
                    p.setFont(f);
                    for (int k = 0; k < lines.size(); ++k)
                        p.drawText(QRectF(cell.left() + padX, cell.top() + padY + k * lh, cell.width() - 2 * padX, lh),
                                   int(align | Qt::AlignVCenter), lines.at(k));
                });
                x += widths.at(i);
            }
            c.y += laid.height;
        };

        // The caption, the header and the first row stay together.
        const double captionHeight = caption.isEmpty() ? 0 : c.lineHeight(captionFont) * 1.3;
        c.need(captionHeight + head.height + body.first().height);
        if (!caption.isEmpty()) {
            c.text(caption, captionFont, 0, c.width());
            c.y += 0.3 * c.lineHeight(captionFont);
        }
        drawRow(head, bold, true);
        for (const Laid& row : body) {
            if (c.y + row.height > c.limit()) {
                c.breakPage();
                drawRow(head, bold, true); // the header again on every page
            }
            drawRow(row, font, false);
        }
        c.y += 4 * c.mm;
    }

    double padding() const { return 2.5 * c.pt; } // inside a cell, left and right

    // Widths filling the page: every column gets its longest word, the rest is shared in
    // proportion to how much more each needs for its longest line.
    QVector<double> columnWidths(const QStringList& header, const QVector<QStringList>& rows, const QFont& font, const QFont& bold)
    {
        const int n = int(header.size());
        const double pad = 2 * padding() + 1.5 * c.pt;
        QVector<double> least(n, 0), natural(n, 0);
        const QFontMetricsF fm = c.metrics(font), bm = c.metrics(bold);
        auto measure = [&](const QString& text, const QFontMetricsF& m, int i) {
            for (const QString& word : text.split(u' ', Qt::SkipEmptyParts))
                least[i] = std::max(least[i], std::min(m.horizontalAdvance(word) + pad, 45 * c.mm));
            natural[i] = std::max(natural[i], std::min(m.horizontalAdvance(text) + pad, 120 * c.mm));
        };
        for (int i = 0; i < n; ++i)
            measure(header.at(i), bm, i);
        for (const QStringList& row : rows)
            for (int i = 0; i < n; ++i)
                measure(row.at(i), fm, i);
        const double total = c.width();
        double sumLeast = 0, sumNatural = 0;
        for (int i = 0; i < n; ++i) {
            natural[i] = std::max(natural[i], least[i]);
            sumLeast += least[i];
            sumNatural += natural[i];
        }
        QVector<double> widths(n);
        for (int i = 0; i < n; ++i) {
            if (sumNatural <= total)
                widths[i] = natural[i] + (total - sumNatural) * natural[i] / sumNatural;
            else if (sumLeast <= total)
                widths[i] = least[i] + (total - sumLeast) * (natural[i] - least[i]) / std::max(1.0, sumNatural - sumLeast);
            else
                widths[i] = least[i] * total / sumLeast;
        }
        return widths;
    }

    Composer& c;
    const QFont body = ReportFonts::text(10.5);
    QString m_heading; // of the section being laid out: a table caption the same is not repeated
};

} // namespace

namespace ReportPages {

QPageLayout layout(QPageLayout::Orientation orientation)
{
    // ГОСТ Р 7.0.97 style margins: wider on the left, where a portrait page is bound.
    const QMarginsF margins = orientation == QPageLayout::Portrait ? QMarginsF(25, 15, 12, 12) : QMarginsF(15, 20, 15, 12);
    return QPageLayout(QPageSize(QPageSize::A4), orientation, margins, QPageLayout::Millimeter);
}

int paint(const ReportDocument& document, QPagedPaintDevice& device, bool turnsPages)
{
    ReportFonts::load();
    device.setPageLayout(layout(QPageLayout::Portrait));
    const int dpi = device.logicalDpiY();
    const QSizeF portrait = layout(QPageLayout::Portrait).paintRectPixels(dpi).size();
    const QSizeF landscape = turnsPages ? QSizeF(layout(QPageLayout::Landscape).paintRectPixels(dpi).size()) : portrait.transposed();
    Composer composer(device, portrait, landscape);
    DocumentLayout laying(composer);
    laying.titleBlock(document);
    for (const ReportSection& s : document.sections)
        laying.section(s);
    laying.signature(document.signature);

    const QVector<Page> pages = composer.pages();
    if (turnsPages)
        device.setPageLayout(layout(pages.first().landscape ? QPageLayout::Landscape : QPageLayout::Portrait));
    QPainter painter(&device);
    const QFont footer = ReportFonts::text(8);
    for (int i = 0; i < pages.size(); ++i) {
        const Page& page = pages.at(i);
        if (i > 0) {
            if (turnsPages)
                device.setPageLayout(layout(page.landscape ? QPageLayout::Landscape : QPageLayout::Portrait));
            device.newPage();
        }
        painter.save();
        if (page.landscape && !turnsPages) { // landscape content on portrait paper
            painter.translate(0, portrait.height());
            painter.rotate(-90);
        }
        for (const Item& item : page.items)
            item(painter);
        const QSizeF size = composer.size(page.landscape);
        painter.setFont(footer);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, size.height() - composer.footerHeight() / 2, size.width(), composer.footerHeight() / 2),
                         Qt::AlignHCenter | Qt::AlignBottom, ReportOutput::tr("page %1 of %2").arg(i + 1).arg(pages.size()));
        painter.restore();
    }
    painter.end();
    return int(pages.size());
}

} // namespace ReportPages
