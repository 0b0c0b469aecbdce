// The author's own text of a report, kept with the database (report_author_text): saved, read
// back, overwritten, removed by an empty text, refused with a reason (nothing written), and put
// into every build of the report — the document of buildReport and the PDF of metodist-cli.
#include "reportfixture.h"
#include "reportprobe.h"
#include "reports/authortexts.h"
#include "reports/reportkinds.h"
#include "storage/authortextrepository.h"

#include <QProcess>
#include <QSqlQuery>
#include <QUuid>

namespace {

const QString conclusions = QStringLiteral("analysis.conclusions");
const QString tasks = QStringLiteral("analysis.tasks");

QVariant scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0);
}

int savedRows(Database& db)
{
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM report_author_text")).toInt();
}

QString savedUuid(Database& db)
{
    return scalar(db, QStringLiteral("SELECT uuid FROM report_author_text")).toString();
}

ReportDocument build(ReportFixture& f, const char* kind, qint64 unit, int year = 2024)
{
    const ReportKind* k = findReportKind(QString::fromLatin1(kind));
    REQUIRE(k);
    auto document = buildReport(*f.db, *k, {.unitId = unit, .year = year});
    INFO(document.error().toStdString());
    REQUIRE(document.ok());
    return *document;
}

QString blockText(const ReportDocument& d, const QString& key)
{
    for (const AuthorText& a : AuthorTexts::blocks(d))
        if (a.key == key)
            return a.text;
    return QStringLiteral("<no block>");
}

} // namespace

TEST_CASE("author's texts: saved, read back, overwritten and removed by an empty text", "[reports][authortexts]")
{
    ReportFixture f;
    AuthorTextRepository texts(*f.db);
    CHECK(texts.text(f.schoolA, conclusions, 2024).isEmpty());

    REQUIRE(texts.save(f.schoolA, conclusions, 2024, QStringLiteral("Курсы прошли трое из пяти.")).ok());
    CHECK(texts.text(f.schoolA, conclusions, 2024) == QStringLiteral("Курсы прошли трое из пяти."));
    // Another year, another unit and another block are apart.
    CHECK(texts.text(f.schoolA, conclusions, 2023).isEmpty());
    CHECK(texts.text(f.schoolB, conclusions, 2024).isEmpty());
    CHECK(texts.text(f.schoolA, tasks, 2024).isEmpty());
    const QString uuid = savedUuid(*f.db);
    CHECK(QUuid::fromString(uuid).isNull() == false);

    // Overwritten in place: one row, the same UUID, the new text.
    REQUIRE(texts.save(f.schoolA, conclusions, 2024, QStringLiteral("Курсы прошли 3 из 5.\nВолкову нужен наставник.")).ok());
    CHECK(texts.text(f.schoolA, conclusions, 2024) == QStringLiteral("Курсы прошли 3 из 5.\nВолкову нужен наставник."));
    CHECK(savedRows(*f.db) == 1);
    CHECK(savedUuid(*f.db) == uuid);

    REQUIRE(texts.save(f.schoolA, tasks, 2024, QStringLiteral("Направить Гришину на курсы.")).ok());
    const auto both = texts.texts(f.schoolA, 2024);
    CHECK(both.size() == 2);
    CHECK(both.value(tasks) == QStringLiteral("Направить Гришину на курсы."));

    // An empty or blank text removes the block's row.
    REQUIRE(texts.save(f.schoolA, conclusions, 2024, QStringLiteral("  \n ")).ok());
    CHECK(texts.text(f.schoolA, conclusions, 2024).isEmpty());
    CHECK(savedRows(*f.db) == 1);
    REQUIRE(texts.save(f.schoolA, conclusions, 2024, QString()).ok()); // nothing to remove: fine
    CHECK(savedRows(*f.db) == 1);
}

TEST_CASE("author's texts: an unknown unit, a bad key, year or length are refused, nothing written", "[reports][authortexts]")
{
    ReportFixture f;
    AuthorTextRepository texts(*f.db);
    const Status unknown = texts.save(999, conclusions, 2024, QStringLiteral("Текст"));
    CHECK_FALSE(unknown.ok());
    CHECK(unknown.error() == QStringLiteral("Подразделение (id 999) не существует."));
    const Status key = texts.save(f.schoolA, QStringLiteral("выводы"), 2024, QStringLiteral("Текст"));
    CHECK(key.error() == QStringLiteral("«выводы» — не ключ текста автора (такой, как analysis.conclusions)."));
    const Status year = texts.save(f.schoolA, conclusions, 1999, QStringLiteral("Текст"));
    CHECK(year.error() == QStringLiteral("Учебный год текста автора должен начинаться в 2000–2100 году, а не в 1999."));
    const Status tooLong = texts.save(f.schoolA, conclusions, 2024, QString(AuthorTextRepository::MaxLength + 1, u'я'));
    CHECK(tooLong.error() == QStringLiteral("Текст автора слишком длинный: 50001 знаков, допускается не более 50000."));
    CHECK(savedRows(*f.db) == 0);
}

TEST_CASE("author's texts fill the blocks of every build of the report for the unit and year", "[reports][authortexts]")
{
    ReportFixture f;
    AuthorTextRepository texts(*f.db);
    REQUIRE(texts.save(f.schoolA, conclusions, 2024, QStringLiteral("Методическая работа школы выстроена.")).ok());
    REQUIRE(texts.save(f.municipality, QStringLiteral("monitoring.conclusions"), 2024, QStringLiteral("Район отстаёт по K03.")).ok());

    const ReportDocument analysis = build(f, "analysis", f.schoolA);
    CHECK(blockText(analysis, conclusions) == QStringLiteral("Методическая работа школы выстроена."));
    CHECK(blockText(analysis, tasks).isEmpty()); // not written yet: blank lines to fill by hand
    // Another year and another school keep their blanks.
    CHECK(blockText(build(f, "analysis", f.schoolA, 2023), conclusions).isEmpty());
    CHECK(blockText(build(f, "analysis", f.schoolB), conclusions).isEmpty());
    CHECK(blockText(build(f, "monitoring", f.municipality), QStringLiteral("monitoring.conclusions")) == QStringLiteral("Район отстаёт по K03."));

    ReportDocument copy = analysis;
    CHECK(AuthorTexts::put(copy, tasks, QStringLiteral("Задачи")));
    CHECK(blockText(copy, tasks) == QStringLiteral("Задачи"));
    CHECK_FALSE(AuthorTexts::put(copy, QStringLiteral("analysis.nothing"), QStringLiteral("x")));
}

TEST_CASE("metodist-cli report prints the saved author's text in the PDF", "[reports][authortexts][cli]")
{
    ReportFixture f;
    REQUIRE(AuthorTextRepository(*f.db).save(f.schoolA, tasks, 2024, QStringLiteral("Организовать наставничество для Волкова.")).ok());
    const QString pdf = f.folder.path(QStringLiteral("analysis.pdf"));
    QString out, err;
    REQUIRE(runCli({QStringLiteral("report"), QStringLiteral("--db"), f.folder.path(QStringLiteral("records.db")), QStringLiteral("--kind"),
                    QStringLiteral("analysis"), QStringLiteral("--unit"), QStringLiteral("A"), QStringLiteral("--period"),
                    QStringLiteral("2024/25"), QStringLiteral("--out"), pdf},
                   &out, &err) == 0);
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    const QString printed = QString::fromUtf8(p.readAllStandardOutput()).simplified();
    CHECK(printed.contains(QStringLiteral("Задачи на следующий учебный год")));
    CHECK(printed.contains(QStringLiteral("Организовать наставничество для Волкова.")));
}
