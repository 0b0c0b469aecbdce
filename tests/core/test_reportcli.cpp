// metodist-cli report: the lists and the card of the hand-made data to PDF and XLSX without a
// display, and the refusals (exit 2, in Russian). The CLI's clock is the system's: after the
// academic year 2024/25 its lists are drawn up on 31.08.2025.
#include "indicators/indicatortargets.h"
#include "reportfixture.h"
#include "storage/planrepository.h"

#include <QDir>

#include <QProcess>

namespace {

// What a tool (pdftotext, unzip) prints about a file the CLI wrote.
QString toolOutput(const QString& program, const QStringList& arguments)
{
    QProcess p;
    p.start(program, arguments);
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfText(const QString& path)
{
    return toolOutput(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
}

QStringList reportArguments(const ReportFixture& f, const char* kind, const char* unit, const QString& out)
{
    return {QStringLiteral("report"), QStringLiteral("--db"), f.folder.path(QStringLiteral("records.db")), QStringLiteral("--kind"),
            QString::fromLatin1(kind), QStringLiteral("--unit"), QString::fromUtf8(unit), QStringLiteral("--period"),
            QStringLiteral("2024/25"), QStringLiteral("--out"), out};
}

} // namespace

TEST_CASE("metodist-cli report: lists and a card to PDF and XLSX — an empty unit says there is no data", "[reports][cli]")
{
    ReportFixture f;
    const QString lists = f.folder.path(QStringLiteral("lists.pdf"));
    QString out, err;
    REQUIRE(runCli(reportArguments(f, "lists", "A", lists), &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("Записан файл")));
    const QString text = pdfText(lists);
    for (const char* expected : {"Списки для работы", "Школа А", "2024/25 учебный год", "Просроченные курсы повышения квалификации (ДПО)",
                                 "Волков Иван", "Гришина Ольга", "01.03.2021", "Дефициты без маршрута", "предметные", "стр. 1 из"})
        CHECK(text.contains(QString::fromUtf8(expected)));

    const QString card = f.folder.path(QStringLiteral("card.xlsx"));
    QStringList arguments = reportArguments(f, "card", "A", card);
    arguments << QStringLiteral("--person") << QString::number(f.demin);
    REQUIRE(runCli(arguments, &out, &err) == 0);
    const QString workbook = toolOutput(QStringLiteral("unzip"), {QStringLiteral("-p"), card, QStringLiteral("xl/workbook.xml")});
    CHECK(workbook.contains(QStringLiteral("name=\"Сведения о педагоге\"")));
    CHECK(workbook.contains(QStringLiteral("name=\"Курсы\"")));

    const QString empty = f.folder.path(QStringLiteral("empty.pdf"));
    REQUIRE(runCli(reportArguments(f, "lists", "C", empty), &out, &err) == 0);
    const QString none = pdfText(empty);
    CHECK(none.contains(QStringLiteral("Нет данных")));
    CHECK_FALSE(none.contains(QStringLiteral("ФИО")));
    // The spreadsheet of a report without tables: one sheet saying so.
    const QString emptyBook = f.folder.path(QStringLiteral("empty.xlsx"));
    REQUIRE(runCli(reportArguments(f, "lists", "C", emptyBook), &out, &err) == 0);
    CHECK(toolOutput(QStringLiteral("unzip"), {QStringLiteral("-p"), emptyBook, QStringLiteral("xl/sharedStrings.xml")})
              .contains(QStringLiteral("Нет данных.")));
}

TEST_CASE("metodist-cli report: a school's annual analysis and a municipality's monitoring to PDF", "[reports][cli][analysis]")
{
    // On 31.08.2025 (after the year) Школа А's five teachers are all at work; courses of ≥ 16 h
    // since 31.08.2022: Белова, Дёмин, Жукова — 3 of 5; Школа Б's Егоров has none: 3 of 6 in «Район».
    ReportFixture f;
    REQUIRE(IndicatorTargets(*f.db).set(QStringLiteral("K03"), f.municipality, 2025, 80).ok());
    const QString analysis = f.folder.path(QStringLiteral("analysis.pdf"));
    QString out, err;
    REQUIRE(runCli(reportArguments(f, "analysis", "A", analysis), &out, &err) == 0);
    const QString text = pdfText(analysis);
    for (const char* expected : {"Анализ методической работы", "Школа А", "2024/25 учебный год", "Состав педагогических работников",
                                 "Квалификационные категории", "Повышение квалификации (ДПО)", "прошедших курсы за последние три года",
                                 "(3 из 5)", "Волков Иван", "Дефициты по направлениям компетенций", "Выводы автора", "стр. 1 из"})
        CHECK(text.contains(QString::fromUtf8(expected)));

    const QString monitoring = f.folder.path(QStringLiteral("monitoring.pdf"));
    REQUIRE(runCli(reportArguments(f, "monitoring", "M", monitoring), &out, &err) == 0);
    const QString figures = pdfText(monitoring);
    for (const char* expected : {"Мониторинг показателей", "Район", "Показатели по подразделениям", "Школа Б", "(3 из 6)",
                                 "Подразделения с наибольшим отставанием", "Выводы"})
        CHECK(figures.contains(QString::fromUtf8(expected)));
}

TEST_CASE("metodist-cli report refuses unknown kinds and bad arguments with exit 2, writing nothing", "[reports][cli]")
{
    ReportFixture f;
    const QString path = f.folder.path(QStringLiteral("r.pdf"));
    QString out, err;
    CHECK(runCli(reportArguments(f, "budget", "A", path), &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("Неизвестный отчёт «budget»: используйте один из ")));
    CHECK(err.contains(QStringLiteral("analysis|monitoring|card|lists|plan|trend")));
    QStringList badPeriod = reportArguments(f, "lists", "A", path);
    badPeriod[8] = QStringLiteral("2024/26");
    CHECK(runCli(badPeriod, &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("«2024/26» — не учебный год: запишите его как 2024/25.")));
    CHECK(runCli(reportArguments(f, "lists", "NOPE", path), &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("Нет подразделения с кодом NOPE.")));
    CHECK(runCli(reportArguments(f, "card", "A", path), &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("--person")));
    CHECK(runCli(reportArguments(f, "lists", "A", f.folder.path(QStringLiteral("r.docx"))), &out, &err) == 2);
    CHECK(err.contains(QStringLiteral(".pdf, .odt, .xlsx, .html")));
    QStringList unknownPerson = reportArguments(f, "card", "A", path);
    unknownPerson << QStringLiteral("--person") << QStringLiteral("999");
    CHECK(runCli(unknownPerson, &out, &err) == 2);
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("metodist-cli report: the plan of a school and the trend of K03 of a municipality to PDF", "[reports][cli][plan][trend]")
{
    // On 31.08.2025 (the CLI's date for 2024/25): «Семинар по ФГОС» of October is overdue, «Педсовет» held.
    ReportFixture f;
    PlanRepository plan(*f.db);
    PlanItem held{.orgUnitId = f.schoolA, .year = 2024, .month = 9, .title = QStringLiteral("Педсовет «Итоги диагностики»"),
                  .responsibleText = QStringLiteral("заместитель директора"), .status = QStringLiteral("held")};
    PlanItem missed{.orgUnitId = f.schoolA, .year = 2024, .month = 10, .title = QStringLiteral("Семинар по ФГОС")};
    REQUIRE(plan.insert(held).ok());
    REQUIRE(plan.insert(missed).ok());
    const QString planPdf = f.folder.path(QStringLiteral("plan.pdf"));
    QString out, err;
    REQUIRE(runCli(reportArguments(f, "plan", "A", planPdf), &out, &err) == 0);
    const QString planText = pdfText(planPdf);
    for (const char* expected : {"План методической работы и его выполнение", "Школа А", "Педсовет «Итоги диагностики»", "проведено в срок",
                                 "Невыполненные мероприятия", "просрочено", "Проведено 1 из 2", "Выводы автора", "стр. 1 из"})
        CHECK(planText.contains(QString::fromUtf8(expected)));

    // K03 on 31.08.2025 for «Район»: Белова, Дёмин, Жукова of Школа А's 5 and Егоров of Школа Б: 3 of 6;
    // Школа Б had nobody before 2024/25. A target for 2024/25 only: its line has gaps (NaN) in the PDF.
    REQUIRE(IndicatorTargets(*f.db).set(QStringLiteral("K03"), f.municipality, 2025, 80).ok());
    const QString trendPdf = f.folder.path(QStringLiteral("trend.pdf"));
    QStringList arguments = reportArguments(f, "trend", "M", trendPdf);
    arguments << QStringLiteral("--code") << QStringLiteral("k03") << QStringLiteral("--years") << QStringLiteral("4");
    REQUIRE(runCli(arguments, &out, &err) == 0);
    const QString trendText = pdfText(trendPdf);
    for (const char* expected : {"Динамика показателя", "Район", "2021/22–2024/25 учебные годы", "Район по годам", "(3 из 6)", "Школа Б",
                                 "нет данных", "Подразделения × годы", "Целевое значение для Район", "80,0"})
        CHECK(trendText.contains(QString::fromUtf8(expected)));
}

TEST_CASE("metodist-cli report --each: every school of a municipality in one folder, a failure reported at the end", "[reports][cli][each]")
{
    ReportFixture f;
    const QString folder = f.folder.path(QStringLiteral("out/analysis"));
    QStringList arguments = reportArguments(f, "analysis", "M", folder);
    arguments << QStringLiteral("--each");
    QString out, err;
    REQUIRE(runCli(arguments, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("[1/2] A Школа А: записан ")));
    CHECK(out.contains(QStringLiteral("[2/2] B Школа Б: записан ")));
    CHECK(out.contains(QStringLiteral("Записано файлов: 2 из 2")));
    CHECK(QDir(folder).entryList(QDir::Files, QDir::Name) == QStringList{QStringLiteral("A.pdf"), QStringLiteral("B.pdf")});
    CHECK(pdfText(folder + QStringLiteral("/A.pdf")).contains(QStringLiteral("Школа А")));
    const QString b = pdfText(folder + QStringLiteral("/B.pdf"));
    CHECK(b.contains(QStringLiteral("Школа Б")));
    CHECK(b.contains(QStringLiteral("Анализ методической работы")));

    // In XLSX; a folder in the way of B.xlsx makes B fail: A is still written, the exit code is 4 (done in part).
    const QString sheets = f.folder.path(QStringLiteral("sheets"));
    REQUIRE(QDir().mkpath(sheets + QStringLiteral("/B.xlsx")));
    QStringList xlsx = reportArguments(f, "lists", "M", sheets);
    xlsx << QStringLiteral("--each") << QStringLiteral("--format") << QStringLiteral("XLSX");
    CHECK(runCli(xlsx, &out, &err) == 4);
    CHECK(QFile::exists(sheets + QStringLiteral("/A.xlsx")));
    CHECK(out.contains(QStringLiteral("[2/2] B Школа Б: не записан.")));
    CHECK(out.contains(QStringLiteral("Записано файлов: 1 из 2")));
    CHECK(out.contains(QStringLiteral("Не записаны: B.")));
    CHECK(err.contains(QStringLiteral("B (Школа Б): ")));
}

TEST_CASE("metodist-cli report refuses a trend without its indicator and --each where it does not fit, writing nothing", "[reports][cli][trend][each]")
{
    ReportFixture f;
    const QString path = f.folder.path(QStringLiteral("t.pdf"));
    QString out, err;
    CHECK(runCli(reportArguments(f, "trend", "M", path), &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("Отчёт «trend» строится по одному показателю: укажите --code, например --code K03.")));
    QStringList unknown = reportArguments(f, "trend", "M", path);
    unknown << QStringLiteral("--code") << QStringLiteral("K99");
    CHECK(runCli(unknown, &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("Неизвестный показатель «K99» (--code)")));
    for (const char* years : {"11", "1", "пять"}) {
        QStringList bad = reportArguments(f, "trend", "M", path);
        bad << QStringLiteral("--code") << QStringLiteral("K03") << QStringLiteral("--years") << QString::fromUtf8(years);
        CHECK(runCli(bad, &out, &err) == 2);
        CHECK(err.contains(QStringLiteral("--years — целое число от 2 до 10, а не «%1».").arg(QString::fromUtf8(years))));
    }
    CHECK_FALSE(QFile::exists(path));

    const QString folder = f.folder.path(QStringLiteral("each"));
    QStringList card = reportArguments(f, "card", "M", folder);
    card << QStringLiteral("--each") << QStringLiteral("--person") << QString::number(f.demin);
    CHECK(runCli(card, &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("--each строит отчёт по каждой организации; отчёт «card» — об одном человеке.")));
    QStringList docx = reportArguments(f, "analysis", "M", folder);
    docx << QStringLiteral("--each") << QStringLiteral("--format") << QStringLiteral("docx");
    CHECK(runCli(docx, &out, &err) == 2);
    CHECK(err.contains(QStringLiteral(".pdf, .odt, .xlsx, .html")));
    QStringList unknownUnit = reportArguments(f, "analysis", "NOPE", folder);
    unknownUnit << QStringLiteral("--each");
    CHECK(runCli(unknownUnit, &out, &err) == 2);
    QStringList formatAlone = reportArguments(f, "analysis", "A", path);
    formatAlone << QStringLiteral("--format") << QStringLiteral("pdf");
    CHECK(runCli(formatAlone, &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("--format")));
    CHECK_FALSE(QFileInfo::exists(folder));
    // --out naming a file is refused with --each.
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    QStringList onFile = reportArguments(f, "analysis", "M", path);
    onFile << QStringLiteral("--each");
    CHECK(runCli(onFile, &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("не папка")));
}
