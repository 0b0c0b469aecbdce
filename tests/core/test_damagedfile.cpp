// A damaged file: what can still be read, table by table, and what metodist-cli check says of it.
#include "storage/damagedfile.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace {

constexpr int PageSize = 4096;

// A plain SQLite file: table small with 10 rows (one page), table big with 2,000 rows of 200
// bytes (about 100 pages), written in that order.
QString makeFile(const TempFolder& folder)
{
    const QString path = folder.path(QStringLiteral("damaged.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("make-damaged"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA page_size = %1").arg(PageSize)));
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE small (id INTEGER PRIMARY KEY, v TEXT)")));
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE big (id INTEGER PRIMARY KEY, v TEXT)")));
        REQUIRE(q.exec(QStringLiteral("BEGIN")));
        for (int i = 0; i < 10; ++i)
            REQUIRE(q.exec(QStringLiteral("INSERT INTO small (v) VALUES ('малый %1')").arg(i)));
        for (int i = 0; i < 2000; ++i)
            REQUIRE(q.exec(QStringLiteral("INSERT INTO big (v) VALUES ('%1')").arg(QString(200, QLatin1Char('x')))));
        REQUIRE(q.exec(QStringLiteral("COMMIT")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("make-damaged"));
    return path;
}

void overwritePage(const QString& path, int page)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(qint64(page - 1) * PageSize));
    REQUIRE(file.write(QByteArray(PageSize, char(0x5A))) == PageSize);
}

// Russian plural forms: one (1, 21, …), few (2–4, 22–24, …), many (the rest).
QString plural(qint64 n, const char* one, const char* few, const char* many)
{
    const qint64 tens = n % 100, units = n % 10;
    const char* form = (units == 1 && tens != 11) ? one : (units >= 2 && units <= 4 && (tens < 12 || tens > 14)) ? few : many;
    return QStringLiteral("%1 %2").arg(n).arg(QString::fromUtf8(form));
}

} // namespace

TEST_CASE("a damaged file: the rows of each table that can still be read, and SQLite's own account", "[database][damaged]")
{
    TempFolder folder;
    const QString path = makeFile(folder);

    SECTION("an intact file is not damaged")
    {
        const SalvageReport report = DamagedFile::inspect(path);
        REQUIRE(report.opened);
        CHECK_FALSE(report.damaged());
        REQUIRE(report.tables.size() == 2);
        CHECK(report.tables.at(0).table == QStringLiteral("small"));
        CHECK(report.tables.at(0).readable == 10);
        CHECK(report.tables.at(1).readable == 2000);
    }
    SECTION("a page in the middle of the big table written over")
    {
        // Pages: 1 the schema, 2 small's root, 3 big's root (an interior page once it grew), then
        // big's leaves; page 50 is one of them, so big stops there and small is whole.
        overwritePage(path, 50);
        const SalvageReport report = DamagedFile::inspect(path);
        REQUIRE(report.opened);
        CHECK(report.damaged());
        REQUIRE(report.tables.size() == 2);
        CHECK(report.tables.at(0).complete);
        CHECK(report.tables.at(0).readable == 10);
        const SalvageTable& big = report.tables.at(1);
        CHECK_FALSE(big.complete);
        CHECK(big.readable > 0);
        CHECK(big.readable < 2000);
        CHECK(big.error.contains(QStringLiteral("повреждён")));
        CHECK_FALSE(report.damage.isEmpty());
        const QStringList said = DamagedFile::describe(report);
        CHECK(said.first() == QStringLiteral("Таблица big: можно прочитать %1, остальные нет (%2).")
                                  .arg(plural(big.readable, "строку", "строки", "строк"), big.error));
        CHECK(said.at(1) == QStringLiteral("Можно прочитать: %1; таблиц, читаемых целиком: 1 из 2.")
                                .arg(plural(big.readable + 10, "строка", "строки", "строк")));
        CHECK(said.last().contains(QStringLiteral("metodist-cli backup --list")));
    }
    SECTION("the list of tables written over: nothing can be read, and it says so")
    {
        overwritePage(path, 1);
        const SalvageReport report = DamagedFile::inspect(path);
        CHECK_FALSE(report.opened);
        CHECK(report.damaged());
        CHECK(DamagedFile::describe(report).first().startsWith(QStringLiteral("Из файла ничего нельзя прочитать")));
    }
}

TEST_CASE("metodist-cli check on a damaged file says what can still be read and where the backups are", "[cli][damaged]")
{
    TempFolder folder;
    const QString db = folder.path(QStringLiteral("база.db"));
    QString out, err;
    REQUIRE(runCli({QStringLiteral("init"), db}, &out, &err) == 0);
    REQUIRE(runCli({QStringLiteral("check"), QStringLiteral("--db"), db}, &out, &err) == 0);
    // The second page written over: the file still opens, but not everything reads.
    overwritePage(db, 2);
    CHECK(runCli({QStringLiteral("check"), QStringLiteral("--db"), db}, &out, &err) == 3);
    CHECK(out.contains(QStringLiteral("Целостность SQLite")));
    CHECK(out.contains(QStringLiteral("Можно прочитать: ")));
    CHECK(out.contains(QStringLiteral("metodist-cli backup --list --db")));
    // The first: nothing opens, and that is said too.
    overwritePage(db, 1);
    CHECK(runCli({QStringLiteral("check"), QStringLiteral("--db"), db}, &out, &err) == 3);
    CHECK(out.contains(QStringLiteral("Из файла ничего нельзя прочитать")));
}
