// metodist-cli as a user runs it: exit codes, messages, files; two writers on one file.
#include "clidata.h"
#include "storage/migration.h"
#include "storage/personrepository.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

TEST_CASE("metodist-cli: usage errors exit with 1", "[cli]")
{
    QString out, err;
    CHECK(runCli({}, &out, &err) == 1);
    CHECK(err.contains(QStringLiteral("Использование: metodist-cli КОМАНДА")));
    CHECK(runCli({QStringLiteral("frobnicate")}, &out, &err) == 1);
    CHECK(err.contains(QStringLiteral("Неизвестная команда «frobnicate».")));
    CHECK(runCli({QStringLiteral("import"), QStringLiteral("--db"), QStringLiteral("x.db"), QStringLiteral("units")}, &out, &err) == 1);
    CHECK(err.contains(QStringLiteral("Ожидалось 2 аргумента, передано: 1.")));
    CHECK(runCli({QStringLiteral("demo"), QStringLiteral("x.db"), QStringLiteral("--size"), QStringLiteral("XXL")}, &out, &err) == 1);
    CHECK(runCli({QStringLiteral("info"), QStringLiteral("--help")}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("--json")));
}

TEST_CASE("metodist-cli: init, import, export, info, check", "[cli]")
{
    TempFolder folder;
    const QString db = folder.path(QStringLiteral("cli.db"));
    QString out, err;
    REQUIRE(runCli({QStringLiteral("init"), db}, &out, &err) == 0);
    CHECK(runCli({QStringLiteral("init"), db}, &out, &err) == 3);
    CHECK(err.contains(QStringLiteral("уже существует")));

    const QString units = folder.write(QStringLiteral("units.csv"), unitsCsv);
    REQUIRE(runCli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("units"), units}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("строк 5: создано 5, обновлено 0, без изменений 0, отклонено 0")));

    const QString bad = folder.write(QStringLiteral("bad.csv"),
                                     "ФИО;Дата рождения;Код организации;Должность;Дата приёма\n"
                                     "Иванов Иван Иванович;01.01.1980;S1;учитель;01.09.2000\n"
                                     "Петров Пётр;32.01.1980;S1;учитель;01.09.2000\n");
    CHECK(runCli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("persons"), bad}, &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("bad.csv: строка 3, столбец «Дата рождения»: «32.01.1980» — не дата")));
    CHECK(out.contains(QStringLiteral("Ничего не записано")));
    CHECK(runCli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("persons"), bad,
                  QStringLiteral("--dry-run")}, &out, &err) == 2);
    CHECK(runCli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("persons"), bad,
                  QStringLiteral("--skip-invalid")}, &out, &err) == 4);
    CHECK(out.contains(QStringLiteral("создано 1")));
    CHECK(out.contains(QStringLiteral("Записано частично")));

    const QString exported = folder.path(QStringLiteral("persons-out.csv"));
    REQUIRE(runCli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("persons"), exported,
                    QStringLiteral("--unit"), QStringLiteral("S1")}, &out, &err) == 0);
    QFile file(exported);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll()).contains(QStringLiteral("Иванов;Иван;Иванович;;01.01.1980;")));
    CHECK(runCli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("persons"), exported,
                  QStringLiteral("--unit"), QStringLiteral("NOPE")}, &out, &err) == 2);

    REQUIRE(runCli({QStringLiteral("info"), QStringLiteral("--db"), db, QStringLiteral("--json")}, &out, &err) == 0);
    const QJsonObject info = QJsonDocument::fromJson(out.toUtf8()).object();
    CHECK(info.value(QStringLiteral("records")).toObject().value(QStringLiteral("persons")).toInt() == 1);
    CHECK(info.value(QStringLiteral("unitsByLevel")).toObject().value(QStringLiteral("organisation")).toInt() == 2);
    CHECK(info.value(QStringLiteral("tree")).toObject().value(QStringLiteral("name")).toString() == QStringLiteral("Тестовая область"));

    CHECK(runCli({QStringLiteral("check"), QStringLiteral("--db"), db}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("ошибок не найдено")));
}

TEST_CASE("metodist-cli demo: a new file with synthetic data, never over an existing one", "[cli][demo]")
{
    TempFolder folder;
    const QString db = folder.path(QStringLiteral("demo.db"));
    QString out, err;
    REQUIRE(runCli({QStringLiteral("demo"), db, QStringLiteral("--size"), QStringLiteral("s"), QStringLiteral("--seed"),
                    QStringLiteral("7")}, &out, &err) == 0);
    CHECK(out.contains(db));
    {
        auto opened = Database::open(db, Database::OpenMode::ExistingOnly);
        REQUIRE(opened.ok());
        CHECK(PersonRepository(*opened.value()).activeEmploymentCount(QDate(2026, 9, 1)) >= 55);
    }
    CHECK(runCli({QStringLiteral("demo"), db, QStringLiteral("--size"), QStringLiteral("S")}, &out, &err) == 3);
    const QString other = folder.path(QStringLiteral("other.db"));
    CHECK(runCli({QStringLiteral("demo"), other, QStringLiteral("--seed"), QStringLiteral("x")}, &out, &err) == 1);
    CHECK(runCli({QStringLiteral("demo"), other, QStringLiteral("--date"), QStringLiteral("01.09.2026")}, &out, &err) == 1);
    CHECK_FALSE(QFile::exists(other));
}

TEST_CASE("metodist-cli: files that are not databases exit with 3", "[cli]")
{
    TempFolder folder;
    const QString text = folder.write(QStringLiteral("text.db"), "hello");
    QString out, err;
    CHECK(runCli({QStringLiteral("info"), QStringLiteral("--db"), text}, &out, &err) == 3);
    CHECK(err.contains(QStringLiteral("не является базой данных «Методиста»")));
    CHECK(runCli({QStringLiteral("check"), QStringLiteral("--db"), folder.path(QStringLiteral("missing.db"))}, &out, &err) == 3);
    CHECK(runCli({QStringLiteral("check")}, &out, &err) == 3);
}

TEST_CASE("two programs writing one file at once both finish", "[cli][concurrency]")
{
    TempFolder folder;
    const QString db = folder.path(QStringLiteral("shared.db"));
    REQUIRE(runCli({QStringLiteral("init"), db}) == 0);
    REQUIRE(runCli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("units"),
                    folder.write(QStringLiteral("u.csv"), unitsCsv)}) == 0);
    const QString a = folder.write(QStringLiteral("a.csv"), personsCsv(QStringLiteral("S1"), 3000, 1960));
    const QString b = folder.write(QStringLiteral("b.csv"), personsCsv(QStringLiteral("S2"), 3000, 1975));

    // Several rounds: each starts two imports of different files into the same database together.
    for (int round = 0; round < 2; ++round) {
        QProcess first, second;
        first.start(QStringLiteral(METODIST_CLI), {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("persons"), a});
        second.start(QStringLiteral(METODIST_CLI), {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("persons"), b});
        REQUIRE(first.waitForFinished(120000));
        REQUIRE(second.waitForFinished(120000));
        const QString errors = QString::fromUtf8(first.readAllStandardError() + second.readAllStandardError());
        INFO(errors.toStdString());
        CHECK(first.exitCode() == 0);
        CHECK(second.exitCode() == 0);
        CHECK_FALSE(errors.contains(QStringLiteral("locked")));
    }
    auto database = openDatabase(db);
    CHECK(PersonRepository(*database).count() == 6000);
    CHECK(PersonRepository(*database).employmentCount() == 6000);
}

TEST_CASE("metodist-cli: every kind of CSV file is exported and imported back", "[cli]")
{
    TempFolder folder;
    const QString db = folder.path(QStringLiteral("kinds.db"));
    QString out, err;
    REQUIRE(runCli({QStringLiteral("init"), db}, &out, &err) == 0);
    REQUIRE(runCli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("units"),
                    folder.write(QStringLiteral("units.csv"), unitsCsv)}, &out, &err) == 0);
    const QString risks = folder.write(QStringLiteral("risks.csv"), "Код организации;Риск;Дата выявления;Владелец (текстом)\n"
                                                                     "M;Формальный подход к ИОМ;01.10.2024;МКМС\n");
    REQUIRE(runCli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("risks"), risks}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("создано 1")));
    for (const char* kind : {"routes", "route-items", "route-reviews", "associations", "consultations", "innovation-sites", "materials", "surveys",
                             "student-results", "plan", "risks", "checklist"}) {
        INFO(kind);
        const QString file = folder.path(QStringLiteral("%1.csv").arg(QLatin1String(kind)));
        REQUIRE(runCli({QStringLiteral("export"), QStringLiteral("--db"), db, QLatin1String(kind), file}, &out, &err) == 0);
        REQUIRE(runCli({QStringLiteral("import"), QStringLiteral("--db"), db, QLatin1String(kind), file}, &out, &err) == 0);
        CHECK(out.contains(QStringLiteral("создано 0")));
    }
    CHECK(out.contains(QStringLiteral("без изменений 0"))); // the checklist: no answers
    REQUIRE(runCli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("risks"), folder.path(QStringLiteral("r.csv"))},
                   &out, &err) == 0);
    QFile file(folder.path(QStringLiteral("r.csv")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll()).contains(QStringLiteral(";M;Формальный подход к ИОМ;;открыт;01.10.2024;МКМС;;;")));
}

TEST_CASE("metodist-cli: commands that only read never upgrade a file, and upgrade does after a backup", "[cli]")
{
    TempFolder folder;
    const QString db = folder.path(QStringLiteral("old.db"));
    QList<Migration> older = Migration::all();
    older.removeLast();
    REQUIRE(Database::open(db, Database::OpenMode::CreateIfMissing, older).ok());
    const auto backups = [&] { return QDir(folder.path(QString())).entryList({QStringLiteral("*.bak")}, QDir::Files); };

    QString out, err;
    for (const char* command : {"info", "check"}) {
        CHECK(runCli({QString::fromLatin1(command), QStringLiteral("--db"), db}, &out, &err) == 3);
        CHECK(err.contains(QStringLiteral("metodist-cli upgrade --db")));
    }
    CHECK(backups().isEmpty());

    REQUIRE(runCli({QStringLiteral("upgrade"), QStringLiteral("--db"), db}, &out, &err) == 0);
    REQUIRE(backups().size() == 1);
    CHECK(out.contains(QStringLiteral("обновлён до схемы %1").arg(Migration::latestVersion())));
    CHECK(out.contains(backups().first()));
    CHECK(runCli({QStringLiteral("info"), QStringLiteral("--db"), db}, &out, &err) == 0);
    REQUIRE(runCli({QStringLiteral("upgrade"), QStringLiteral("--db"), db}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("ничего делать не нужно")));
    CHECK(backups().size() == 1);

    // An empty file is no database, for every command.
    const QString empty = folder.write(QStringLiteral("empty.db"), QByteArray());
    CHECK(runCli({QStringLiteral("info"), QStringLiteral("--db"), empty}, &out, &err) == 3);
    CHECK(err.contains(QStringLiteral("пуст (0 байт)")));
}
