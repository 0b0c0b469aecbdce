// The outputs of a report document (reports/): PDF (text, fonts, vectors, pages, repeated
// headers, landscape), print and print preview through the same painter, ODT, XLSX and HTML, read back with the
// tools users would open them with (poppler-utils, unzip).
#include "pagepainter.h"
#include "reportoutput.h"
#include "reportprinting.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

namespace {

// The program's output; no-break spaces (between a figure and "%") read as spaces.
QString tool(const QString& program, const QStringList& arguments)
{
    QProcess p;
    p.start(program, arguments);
    REQUIRE(p.waitForFinished(60000));
    INFO(program.toStdString() << ": " << p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).replace(QChar(0x00A0), u' ');
}

QString pdfText(const QString& path, int page = 0)
{
    QStringList arguments{QStringLiteral("-layout")};
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    return tool(QStringLiteral("pdftotext"), arguments << path << QStringLiteral("-"));
}

// "595 x 842" per page (points), from pdfinfo.
QStringList pageSizes(const QString& path)
{
    const QString info = tool(QStringLiteral("pdfinfo"), {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("999"), path});
    QStringList sizes;
    static const QRegularExpression line(QStringLiteral("Page +\\d+ size: +(\\d+)(?:\\.\\d+)? x (\\d+)"));
    for (auto it = line.globalMatch(info); it.hasNext();) {
        const auto m = it.next();
        sizes.append(m.captured(1) + QStringLiteral(" x ") + m.captured(2));
    }
    return sizes;
}

QString unzipped(const QString& path, const QString& member)
{
    return tool(QStringLiteral("unzip"), {QStringLiteral("-p"), path, member});
}

// A document with every kind of block: a short table of every column kind, a bar chart, a note,
// the author's text, a table of 120 rows that runs over pages, and a wide table.
ReportDocument sample()
{
    ReportDocument d;
    d.title = QStringLiteral("Проверочный отчёт");
    d.unitName = QStringLiteral("МБОУ «Школа № 1 г. Асино»");
    d.period = QStringLiteral("2024/25 учебный год");
    d.preparedOn = QDate(2025, 3, 15);
    d.signature = {QStringLiteral("Заместитель директора"), QStringLiteral("Иванова М. П.")};
    ReportSection& staff = d.addSection(QStringLiteral("Кадровый состав"));
    staff.paragraph(QStringLiteral("Доля учителей составила 78,3 % (47 из 60)."));
    ReportTable positions{QStringLiteral("Состав по должностям"),
                          {{QStringLiteral("Должность"), ColumnKind::Text, 0},
                           {QStringLiteral("Человек"), ColumnKind::Number, 0},
                           {QStringLiteral("Доля"), ColumnKind::Percent, 1},
                           {QStringLiteral("На дату"), ColumnKind::Date, 0}},
                          {},
                          false};
    positions.addRow({QStringLiteral("учитель"), 47, 78.3, QDate(2025, 3, 1)});
    positions.addRow({QStringLiteral("воспитатель"), 13, 21.7, QDate(2025, 3, 2)});
    staff.table(positions);
    staff.chart({ChartKind::Bar, QStringLiteral("Педагоги по должностям"), {QStringLiteral("учитель"), QStringLiteral("воспитатель")},
                 {{QStringLiteral("2024/25"), {47, 13}}}, 50.0, QString()});
    staff.chart({ChartKind::Pie, QStringLiteral("Категории"), {QStringLiteral("высшая"), QStringLiteral("первая")},
                 {{QStringLiteral("человек"), {20, 30}}}, std::nullopt, QString()});
    staff.note(QStringLiteral("Учтены основные места работы."));
    staff.blocks.append(AuthorText{QStringLiteral("conclusions"), QStringLiteral("Выводы автора"), QString()});
    ReportSection& list = d.addSection(QStringLiteral("Длинный список"));
    ReportTable rows{QStringLiteral("Все педагоги"),
                     {{QStringLiteral("Номер строки"), ColumnKind::Number, 0}, {QStringLiteral("Фамилия педагога"), ColumnKind::Text, 0}},
                     {},
                     false};
    for (int i = 1; i <= 120; ++i)
        rows.addRow({i, QStringLiteral("Педагогова-%1").arg(i)});
    list.table(rows);
    ReportSection& wide = d.addSection(QStringLiteral("Широкая таблица"));
    ReportTable table{QStringLiteral("Показатели по школам"), {}, {}, true};
    for (int c = 1; c <= 12; ++c)
        table.columns.append({QStringLiteral("Показатель %1").arg(c), ColumnKind::Percent, 1});
    table.addRow(QVector<QVariant>(12, 55.5));
    wide.table(table);
    ReportSection& empty = d.addSection(QStringLiteral("Пустой раздел"));
    empty.table(ReportTable{QStringLiteral("Пустая таблица"), {{QStringLiteral("Поле"), ColumnKind::Text, 0}}, {}, false});
    return d;
}

} // namespace

TEST_CASE("PDF: the title block, Cyrillic text and figures, page numbers, signature, embedded fonts, vectors", "[reports]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("отчёт.pdf"));
    const Status written = ReportOutput::write(sample(), path);
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");

    const QString text = pdfText(path);
    for (const char* expected : {"Проверочный отчёт", "МБОУ «Школа № 1 г. Асино»", "2024/25 учебный год", "Дата составления: 15.03.2025",
                                 "Кадровый состав", "Доля учителей составила 78,3 % (47 из 60).", "Состав по должностям", "учитель",
                                 "78,3 %", "01.03.2025", "Педагоги по должностям", "Учтены основные места работы.", "Выводы автора",
                                 "Педагогова-120", "Заместитель директора", "Иванова М. П.", "(подпись)", "Пустая таблица", "Нет данных."})
        CHECK(text.contains(QString::fromUtf8(expected)));
    const int pages = int(pageSizes(path).size());
    CHECK(pages >= 4);
    CHECK(text.contains(QStringLiteral("стр. 1 из %1").arg(pages)));
    CHECK(text.contains(QStringLiteral("стр. %1 из %1").arg(pages)));

    // The fonts come from the program, embedded; the charts are vectors, not pictures.
    const QString fonts = tool(QStringLiteral("pdffonts"), {path});
    CHECK(fonts.contains(QStringLiteral("DejaVuSans")));
    CHECK(fonts.contains(QStringLiteral("DejaVuSansCondensed")));
    for (const QString& line : fonts.split(u'\n', Qt::SkipEmptyParts).mid(2)) {
        const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
        INFO(line.toStdString());
        CHECK(columns.value(columns.size() - 5) == QStringLiteral("yes")); // emb
    }
    const QString images = tool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
    CHECK(images.trimmed().split(u'\n').size() == 2); // the two header lines, no image
}

TEST_CASE("PDF: a table over several pages repeats its header — a wide table is set on a landscape page", "[reports]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("long.pdf"));
    REQUIRE(ReportOutput::writePdf(sample(), path).ok());
    // 120 rows do not fit on the page they start on: every page they reach begins with the header.
    int pagesWithRows = 0;
    const QStringList sizes = pageSizes(path);
    for (int page = 1; page <= sizes.size(); ++page) {
        const QString text = pdfText(path, page);
        if (!text.contains(QStringLiteral("Педагогова-")))
            continue;
        ++pagesWithRows;
        CHECK(text.contains(QStringLiteral("Номер строки")));
        CHECK(text.contains(QStringLiteral("Фамилия педагога")));
        CHECK(text.contains(QStringLiteral("стр. %1 из %2").arg(page).arg(sizes.size())));
    }
    CHECK(pagesWithRows >= 2);
    // Portrait A4 (595 × 842 pt) but for the wide table's page, which is landscape; the page
    // after it is portrait again.
    REQUIRE(sizes.size() >= 4);
    CHECK(sizes.first() == QStringLiteral("595 x 842"));
    CHECK(sizes.count(QStringLiteral("842 x 595")) == 1);
    const int landscape = int(sizes.indexOf(QStringLiteral("842 x 595")));
    CHECK(pdfText(path, landscape + 1).contains(QStringLiteral("Показатели по школам")));
    CHECK(pdfText(path, landscape + 1).contains(QStringLiteral("55,5 %")));
    CHECK(sizes.last() == QStringLiteral("595 x 842"));
}

TEST_CASE("printing uses the same pages — on paper that cannot turn, the landscape page is turned", "[reports]")
{
    TempFolder folder;
    const ReportDocument d = sample();
    const QString direct = folder.path(QStringLiteral("direct.pdf"));
    REQUIRE(ReportOutput::writePdf(d, direct).ok());
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(folder.path(QStringLiteral("printed.pdf")));
    const int pages = ReportPrinting::print(d, printer);
    CHECK(pages == int(pageSizes(direct).size()));
    CHECK(pageSizes(folder.path(QStringLiteral("printed.pdf"))) == pageSizes(direct));

    // A device that cannot change orientation mid-document (a printer, the preview): all pages
    // portrait, the wide table turned on its page, the same number of pages.
    QPrinter paper(QPrinter::HighResolution);
    paper.setOutputFormat(QPrinter::PdfFormat);
    paper.setOutputFileName(folder.path(QStringLiteral("paper.pdf")));
    CHECK(ReportPages::paint(d, paper, false) == pages);
    const QStringList sizes = pageSizes(folder.path(QStringLiteral("paper.pdf")));
    CHECK(sizes.count(QStringLiteral("595 x 842")) == pages);
    CHECK(pdfText(folder.path(QStringLiteral("paper.pdf"))).contains(QStringLiteral("Показатели по школам")));
}

TEST_CASE("ODT: a zip whose content.xml holds the headings and the tables as real tables", "[reports]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("отчёт.odt"));
    REQUIRE(ReportOutput::write(sample(), path).ok());
    CHECK(unzipped(path, QStringLiteral("mimetype")) == QStringLiteral("application/vnd.oasis.opendocument.text"));
    const QString content = unzipped(path, QStringLiteral("content.xml"));
    CHECK(content.count(QStringLiteral("<table:table ")) >= 4); // three tables and the signature
    for (const char* expected : {"Проверочный отчёт", "Кадровый состав", "Должность", "учитель", "78,3 %", "01.03.2025",
                                 "Педагогова-120", "Иванова М. П.", "Нет данных."})
        CHECK(content.contains(QString::fromUtf8(expected)));
    CHECK(content.contains(QStringLiteral("DejaVu Sans")));
    // The charts are pictures in the package.
    const QString files = tool(QStringLiteral("unzip"), {QStringLiteral("-l"), path});
    INFO(files.toStdString());
    CHECK(files.count(QStringLiteral("Pictures/")) == 2);
}

TEST_CASE("XLSX: a sheet per table — numbers, percents and dates as such", "[reports]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("отчёт.xlsx"));
    REQUIRE(ReportOutput::write(sample(), path).ok());
    const QString workbook = unzipped(path, QStringLiteral("xl/workbook.xml"));
    CHECK(workbook.contains(QStringLiteral("name=\"Состав по должностям\"")));
    CHECK(workbook.contains(QStringLiteral("name=\"Все педагоги\"")));
    CHECK(workbook.contains(QStringLiteral("name=\"Показатели по школам\"")));
    CHECK(workbook.contains(QStringLiteral("name=\"Пустая таблица\"")));
    const QString strings = unzipped(path, QStringLiteral("xl/sharedStrings.xml"));
    for (const char* expected : {"Состав по должностям", "Должность", "учитель", "воспитатель"})
        CHECK(strings.contains(QString::fromUtf8(expected)));
    // Row 4 (after the caption, the unit and the header): учитель, 47, 78.3 % as 0.783, 01.03.2025
    // as the serial day 45717 (01.01.2025 is 45658, plus 31 + 28 days).
    const QString sheet = unzipped(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    CHECK(sheet.contains(QStringLiteral("<c r=\"B4\" s=\"")));
    CHECK(sheet.contains(QStringLiteral("<v>47</v>")));
    CHECK(sheet.contains(QStringLiteral("<v>0.783</v>")));
    CHECK(sheet.contains(QStringLiteral("<v>45717</v>")));
    const QString styles = unzipped(path, QStringLiteral("xl/styles.xml"));
    CHECK(styles.contains(QStringLiteral("formatCode=\"0.0%\"")));
    CHECK(styles.contains(QStringLiteral("formatCode=\"dd.mm.yyyy\"")));
    CHECK(unzipped(path, QStringLiteral("xl/worksheets/sheet2.xml")).contains(QStringLiteral("<v>120</v>")));
}

TEST_CASE("every format is written whole or not at all: the old file stays when the new one cannot be put in place", "[reports][files]")
{
    TempFolder folder;
    for (const char* suffix : {"pdf", "odt", "xlsx", "html"}) {
        INFO(suffix);
        // A second report over the first replaces it, with nothing left beside it.
        const QString path = folder.path(QStringLiteral("отчёт.") + QLatin1String(suffix));
        REQUIRE(ReportOutput::write(sample(), path).ok());
        ReportDocument other = sample();
        other.title = QStringLiteral("Второй отчёт");
        REQUIRE(ReportOutput::write(other, path).ok());
        CHECK(QDir(folder.path(QString())).entryList(QDir::Files).filter(QStringLiteral(".part")).isEmpty());

        // A name the file cannot take (a folder is there): a failure, the folder as it was, no part left.
        const QString taken = folder.path(QStringLiteral("занято.") + QLatin1String(suffix));
        REQUIRE(QDir().mkpath(taken + QStringLiteral("/внутри")));
        CHECK_FALSE(ReportOutput::write(sample(), taken).ok());
        CHECK(QFileInfo(taken + QStringLiteral("/внутри")).isDir());
        CHECK(QDir(folder.path(QString())).entryList(QDir::Files).filter(QStringLiteral(".part")).isEmpty());
    }
    // The XLSX replaced is the second one, read back whole.
    CHECK(unzipped(folder.path(QStringLiteral("отчёт.xlsx")), QStringLiteral("xl/sharedStrings.xml")).contains(QStringLiteral("Состав по должностям")));
}

TEST_CASE("HTML: headings, tables with a header, charts inline — an unknown format is refused", "[reports]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("отчёт.html"));
    REQUIRE(ReportOutput::write(sample(), path).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    CHECK(html.contains(QStringLiteral("<h1>Проверочный отчёт</h1>")));
    CHECK(html.contains(QStringLiteral("<thead><tr><th>Должность</th><th>Человек</th><th>Доля</th><th>На дату</th></tr></thead>")));
    CHECK(html.contains(QStringLiteral("<td align=\"right\">78,3\u00A0%</td>")));
    CHECK(html.count(QStringLiteral("data:image/png;base64,")) == 2);
    CHECK(html.contains(QStringLiteral("МБОУ «Школа № 1 г. Асино»")));

    const Status refused = ReportOutput::write(sample(), folder.path(QStringLiteral("отчёт.docx")));
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("должно оканчиваться на .pdf, .odt, .xlsx, .html")));
    CHECK_FALSE(QFile::exists(folder.path(QStringLiteral("отчёт.docx"))));
}

TEST_CASE("print preview shows the pages of the same painter", "[reports]")
{
    const ReportDocument d = sample();
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("direct.pdf"));
    REQUIRE(ReportOutput::writePdf(d, path).ok());
    int shown = -1;
    QTimer::singleShot(0, [&shown] {
        auto* dialog = qobject_cast<QPrintPreviewDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        const auto* preview = dialog->findChild<QPrintPreviewWidget*>();
        REQUIRE(preview);
        shown = preview->pageCount();
        dialog->reject();
    });
    ReportPrinting::preview(d, nullptr);
    CHECK(shown == int(pageSizes(path).size()));
}
