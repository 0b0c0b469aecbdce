// ReportOutput::writeOdt: an editable document (LibreOffice, Word) written by QTextDocumentWriter:
// headings, paragraphs, real tables with a header row, charts as pictures, the signature line.
#include "cellalignment.h"
#include "chartpainter.h"
#include "reportfonts.h"
#include "reportoutput.h"

#include <QBuffer>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextTable>

namespace {

// The character format of a font. Qt 6.4's ODF writer reads the family from the old single-family
// property only (otherwise it writes "Sans"), so that is set too.
QTextCharFormat charsOf(const QFont& font, QColor colour = Qt::black)
{
    QTextCharFormat chars;
    chars.setFont(font);
    chars.setProperty(QTextFormat::FontFamily, font.family());
    chars.setForeground(colour);
    return chars;
}

struct Odt {
    QTextDocument& document;
    QTextCursor cursor{&document};
    int charts = 0;
    bool first = true;
    QString heading; // of the section being written: a table caption the same is not repeated

    void block(const QString& text, const QFont& font, Qt::Alignment align = Qt::AlignLeft, QColor colour = Qt::black,
               double spaceAfter = 4)
    {
        QTextBlockFormat format;
        format.setAlignment(align);
        format.setBottomMargin(spaceAfter);
        const QTextCharFormat chars = charsOf(font, colour);
        if (first)
            cursor.setBlockFormat(format), cursor.setBlockCharFormat(chars);
        else
            cursor.insertBlock(format, chars);
        first = false;
        cursor.insertText(text, chars);
    }

    void add(const ReportParagraph& p) { block(p.text, ReportFonts::text(10.5)); }
    void add(const ReportNote& n) { block(n.text, ReportFonts::text(8.5), Qt::AlignLeft, QColor(0x55, 0x55, 0x55)); }
    void add(const AuthorText& a)
    {
        if (!a.title.isEmpty())
            block(a.title, ReportFonts::text(10.5, true));
        block(a.text.isEmpty() ? QStringLiteral("\n\n\n") : a.text, ReportFonts::text(10.5));
    }
    void add(const ReportChart& chart)
    {
        const double heightMm = chart.kind == ChartKind::Pie ? 70 : 80;
        const QString name = QStringLiteral("chart%1.png").arg(++charts);
        document.addResource(QTextDocument::ImageResource, QUrl(name), chartImage(chart, 160, heightMm));
        block(QString(), ReportFonts::text(10.5), Qt::AlignHCenter);
        QTextImageFormat image;
        image.setName(name);
        image.setWidth(160 / 25.4 * 72); // points
        image.setHeight(heightMm / 25.4 * 72);
        cursor.insertImage(image);
    }
    void add(const ReportTable& t)
    {
        if (!t.caption.isEmpty() && t.caption != heading)
            block(t.caption, ReportFonts::text(10, true));
        if (t.isEmpty()) {
            add(ReportParagraph{ReportOutput::tr("No data.")});
            return;
        }
        QTextTableFormat format;
        format.setHeaderRowCount(1);
        format.setBorder(0.5);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderCollapse(true);
        format.setCellPadding(2);
        format.setCellSpacing(0);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        const int columns = int(t.columns.size());
        QTextTable* table = cursor.insertTable(int(t.rows.size()) + 1, columns, format);
        const QFont font = ReportFonts::condensed(9), bold = ReportFonts::condensed(9, true);
        auto cell = [&](int r, int c, const QString& text, const QFont& f, Qt::Alignment align, bool shaded) {
            QTextTableCell tableCell = table->cellAt(r, c);
            if (shaded) {
                QTextCharFormat background = tableCell.format();
                background.setBackground(QColor(0xe8, 0xe8, 0xe8));
                tableCell.setFormat(background);
            }
            QTextCursor in = tableCell.firstCursorPosition();
            QTextBlockFormat blockFormat;
            blockFormat.setAlignment(align);
            in.setBlockFormat(blockFormat);
            in.insertText(text, charsOf(f));
        };
        for (int c = 0; c < columns; ++c)
            cell(0, c, t.columns.at(c).title, bold, Qt::AlignHCenter, true);
        for (int r = 0; r < t.rows.size(); ++r)
            for (int c = 0; c < columns; ++c)
                cell(r + 1, c, reportCellText(t.rows.at(r).value(c), t.columns.at(c)), font, cellAlignment(t.columns.at(c).kind), false);
        cursor.movePosition(QTextCursor::End);
    }

    void signature(const ReportSignature& s)
    {
        block(QString(), ReportFonts::text(10.5), Qt::AlignLeft, Qt::black, 24);
        QTextTableFormat format;
        format.setBorder(0);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QTextTable* table = cursor.insertTable(2, 3, format);
        const QString texts[] = {s.position.isEmpty() ? QStringLiteral("________________") : s.position, QStringLiteral("________________"),
                                 s.fullName.isEmpty() ? QStringLiteral("________________") : s.fullName};
        const QString captions[] = {ReportOutput::tr("(position)"), ReportOutput::tr("(signature)"), ReportOutput::tr("(full name)")};
        for (int c = 0; c < 3; ++c) {
            QTextBlockFormat centred;
            centred.setAlignment(Qt::AlignHCenter);
            QTextCursor top = table->cellAt(0, c).firstCursorPosition();
            top.setBlockFormat(centred);
            top.insertText(texts[c], charsOf(ReportFonts::text(10.5)));
            QTextCursor bottom = table->cellAt(1, c).firstCursorPosition();
            bottom.setBlockFormat(centred);
            bottom.insertText(captions[c], charsOf(ReportFonts::text(7.5)));
        }
        cursor.movePosition(QTextCursor::End);
    }
};

} // namespace

Status ReportOutput::writeOdt(const ReportDocument& d, const QString& path)
{
    ReportFonts::load();
    QTextDocument document;
    document.setDefaultFont(ReportFonts::text(10.5));
    document.setMetaInformation(QTextDocument::DocumentTitle, d.title);
    Odt odt{document};
    odt.block(d.title, ReportFonts::text(15, true), Qt::AlignHCenter);
    if (!d.unitName.isEmpty())
        odt.block(d.unitName, ReportFonts::text(12), Qt::AlignHCenter, Qt::black, 0);
    if (!d.period.isEmpty())
        odt.block(d.period, ReportFonts::text(11), Qt::AlignHCenter);
    if (d.preparedOn.isValid())
        odt.block(tr("Date of preparation: %1").arg(d.preparedOn.toString(QStringLiteral("dd.MM.yyyy"))), ReportFonts::text(9.5),
                  Qt::AlignRight, Qt::black, 12);
    for (const ReportSection& s : d.sections) {
        odt.heading = s.heading;
        if (!s.heading.isEmpty())
            odt.block(s.heading, ReportFonts::text(12, true), Qt::AlignLeft, Qt::black, 6);
        for (const ReportBlock& b : s.blocks)
            std::visit([&odt](const auto& block) { odt.add(block); }, b);
    }
    odt.signature(d.signature);

    // The writer closes its device when done, which a QSaveFile does not allow: write to memory first.
    QBuffer buffer;
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(&document))
        return Status::failure(tr("Cannot write %1: %2").arg(path, tr("the document could not be written")));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.size() || !file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Status::success();
}
