// Backups a user can restore: rotation worked out by hand, the backup of the day, counts in the
// list, restore into an open database (another connection sees it, the data before kept), the
// refusals, and metodist-cli backup, restore and copy.
#include "backup/backups.h"
#include "clidata.h"
#include "files/userfolders.h"
#include "storage/orgunitrepository.h"
#include "storage/personrepository.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace {

QDateTime at(const char* when)
{
    return QDateTime::fromString(QString::fromLatin1(when), QStringLiteral("yyyy-MM-dd HH:mm"));
}

QStringList names(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral("*")}, QDir::Files, QDir::Name);
}

// A database of five units and `persons` persons, made as a user would.
std::shared_ptr<Database> world(TempFolder& folder, const QString& name, int persons)
{
    const QString path = folder.path(name);
    REQUIRE(runCli({QStringLiteral("init"), path}) == 0);
    REQUIRE(runCli({QStringLiteral("import"), QStringLiteral("--db"), path, QStringLiteral("units"),
                    folder.write(QStringLiteral("units.csv"), unitsCsv)}) == 0);
    if (persons > 0)
        REQUIRE(runCli({QStringLiteral("import"), QStringLiteral("--db"), path, QStringLiteral("persons"),
                        folder.write(QStringLiteral("persons.csv"), personsCsv(QStringLiteral("S1"), persons, 1970))}) == 0);
    return openDatabase(path);
}

} // namespace

TEST_CASE("rotation keeps the newest of each of the last 7 days and of the 4 weeks before them", "[backup]")
{
    TempFolder folder;
    const QString dir = folder.path(QStringLiteral("backups"));
    REQUIRE(QDir().mkpath(dir));
    // 2026-12-07 is a Monday (ISO week 50); 30.11–06.12 is week 49.
    const QStringList all = {
        QStringLiteral("2026-12-07_100000.db"), // day 1, kept
        QStringLiteral("2026-12-07_090000.db"), // an older one of the same day: removed
        QStringLiteral("2026-12-06_180000.db"), // days 2–7: 06, 05, 04, 03, 02, 01.12 kept
        QStringLiteral("2026-12-05_180000.db"), QStringLiteral("2026-12-04_180000.db"), QStringLiteral("2026-12-03_180000.db"),
        QStringLiteral("2026-12-02_180000.db"), QStringLiteral("2026-12-01_180000.db"),
        QStringLiteral("2026-11-30_180000.db"), // week 49 has kept days already: removed
        QStringLiteral("2026-11-28_180000.db"), // week 48, its newest: kept (week 1 of 4)
        QStringLiteral("2026-11-25_180000.db"), // week 48, older: removed
        QStringLiteral("2026-11-20_180000.db"), // week 47: kept (2)
        QStringLiteral("2026-11-10_180000.db"), // week 46: kept (3)
        QStringLiteral("2026-11-03_180000.db"), // week 45: kept (4)
        QStringLiteral("2026-10-27_180000.db"), // week 44: beyond four weeks, removed
        QStringLiteral("notes.txt"),            // not a backup: left alone
        QStringLiteral("copy.db"),              // not named as a backup: left alone
    };
    for (const QString& name : all)
        folder.write(QStringLiteral("backups/") + name, "x");

    Backups backups(dir);
    CHECK(backups.rotate() == 4);
    CHECK(names(dir) == QStringList{
        QStringLiteral("2026-11-03_180000.db"), QStringLiteral("2026-11-10_180000.db"), QStringLiteral("2026-11-20_180000.db"),
        QStringLiteral("2026-11-28_180000.db"), QStringLiteral("2026-12-01_180000.db"), QStringLiteral("2026-12-02_180000.db"),
        QStringLiteral("2026-12-03_180000.db"), QStringLiteral("2026-12-04_180000.db"), QStringLiteral("2026-12-05_180000.db"),
        QStringLiteral("2026-12-06_180000.db"), QStringLiteral("2026-12-07_100000.db"), QStringLiteral("copy.db"),
        QStringLiteral("notes.txt"),
    });

    // A policy of 2 days and 1 week.
    Backups tight(dir, BackupPolicy{2, 1});
    CHECK(tight.rotate() == 8);
    CHECK(names(dir) == QStringList{QStringLiteral("2026-11-28_180000.db"), QStringLiteral("2026-12-06_180000.db"),
                                    QStringLiteral("2026-12-07_100000.db"), QStringLiteral("copy.db"), QStringLiteral("notes.txt")});
}

TEST_CASE("a backup is taken once a day, whole, and listed with its counts", "[backup]")
{
    TempFolder folder;
    auto db = world(folder, QStringLiteral("school.db"), 12);
    Backups backups(folder.path(QStringLiteral("backups")));

    const auto first = backups.takeDaily(*db, at("2026-12-07 09:15"));
    REQUIRE(first);
    REQUIRE(first->has_value());
    CHECK(QFileInfo((*first)->path).fileName() == QStringLiteral("2026-12-07_091500.db"));
    CHECK((*first)->units == 5);
    CHECK((*first)->persons == 12);
    CHECK((*first)->employments == 12);
    CHECK(QFile(QFileInfo((*first)->path).absoluteFilePath()).permissions().testFlag(QFile::ReadOwner));
    CHECK_FALSE(QFile((*first)->path).permissions().testFlag(QFile::ReadOther)); // personal data: the user's alone

    // Later the same day: nothing new.
    const auto again = backups.takeDaily(*db, at("2026-12-07 16:40"));
    REQUIRE(again);
    CHECK_FALSE(again->has_value());

    // The next day, after a change: a new one with the new counts, the old one still there.
    OrgUnitRepository units(*db);
    OrgUnit school;
    school.code = QStringLiteral("S3");
    school.name = QStringLiteral("Школа № 3");
    school.level = UnitLevel::Organisation;
    school.parentId = units.findByCode(QStringLiteral("M"))->id;
    REQUIRE(units.insert(school));
    const auto next = backups.takeDaily(*db, at("2026-12-08 08:05"));
    REQUIRE(next);
    REQUIRE(next->has_value());
    const QVector<BackupInfo> list = backups.list();
    REQUIRE(list.size() == 2);
    CHECK(list[0].taken == at("2026-12-08 08:05"));
    CHECK(list[0].units == 6);
    CHECK(list[1].units == 5);
    CHECK(list[0].schema == Migration::all().last().version);
    CHECK(list[0].bytes == QFileInfo(list[0].path).size());

    // Two backups in one second keep apart.
    const auto a = backups.take(*db, at("2026-12-08 12:00"));
    const auto b = backups.take(*db, at("2026-12-08 12:00"));
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->path != b->path);
}

TEST_CASE("a restore puts the backup's data in place, for every connection, and keeps the data before", "[backup]")
{
    TempFolder folder;
    auto db = world(folder, QStringLiteral("school.db"), 3);
    auto other = openDatabase(db->path()); // another window on the same file
    Backups backups(folder.path(QStringLiteral("backups")));
    const auto monday = backups.take(*db, at("2026-12-07 09:00"));
    REQUIRE(monday);

    // Later: a person deleted by mistake (here: all of them), a unit added.
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("DELETE FROM employment")));
        REQUIRE(q.exec(QStringLiteral("DELETE FROM person")));
    }
    REQUIRE(PersonRepository(*other).count() == 0);

    Changes told;
    QObject::connect(db.get(), &Database::changed, [&](Changes what) { told |= what; });
    REQUIRE(backups.restore(*db, monday->path, at("2026-12-07 15:30")));
    CHECK(PersonRepository(*db).count() == 3);
    CHECK(PersonRepository(*other).count() == 3);
    CHECK(told.testFlag(Change::Persons));
    CHECK(told.testFlag(Change::Units));
    // The data before the restore are the newest backup.
    const auto list = backups.list();
    REQUIRE(list.size() == 2);
    CHECK(list[0].taken == at("2026-12-07 15:30"));
    CHECK(list[0].persons == 0);
    QSqlQuery check(db->connection());
    REQUIRE(check.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(check.next());
    CHECK(check.value(0).toString() == QStringLiteral("ok"));

    SECTION("a damaged or foreign file is not restored and nothing changes")
    {
        const QString junk = folder.write(QStringLiteral("backups/2026-12-01_100000.db"), QByteArray(8192, 'z'));
        const Status refused = backups.restore(*db, junk, at("2026-12-07 16:00"));
        REQUIRE_FALSE(refused);
        CHECK(refused.error().startsWith(QStringLiteral("Резервную копию нельзя восстановить")));
        CHECK(PersonRepository(*db).count() == 3);
        CHECK(backups.list().size() == 3); // no backup of the current data was taken for nothing
    }
    SECTION("a backup of another schema is refused with what to do")
    {
        const QString old = folder.path(QStringLiteral("old.db"));
        {
            const auto made = Database::open(old, Database::OpenMode::CreateIfMissing, Migration::all().mid(0, 3));
            REQUIRE(made);
        }
        const Status refused = backups.restore(*db, old, at("2026-12-07 16:00"));
        REQUIRE_FALSE(refused);
        CHECK(PersonRepository(*db).count() == 3);
    }
}

TEST_CASE("metodist-cli backup, restore and copy", "[backup][cli]")
{
    TempFolder folder;
    const DataHome home(folder.path(QStringLiteral("share")));
    auto db = world(folder, QStringLiteral("school.db"), 4);
    const QString path = db->path();
    db.reset();
    QString out, err;

    REQUIRE(runCli({QStringLiteral("backup"), QStringLiteral("--db"), path}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("Резервная копия сделана")));
    CHECK(out.contains(QStringLiteral("организаций и подразделений 5, людей 4, работ 4")));
    const QString backupsFolder = UserFolders::backups(path);
    CHECK(backupsFolder.startsWith(folder.path(QStringLiteral("share/metodist/backups/school.db-"))));
    const QStringList taken = QDir(backupsFolder).entryList({QStringLiteral("*.db")}, QDir::Files);
    REQUIRE(taken.size() == 1);

    REQUIRE(runCli({QStringLiteral("backup"), QStringLiteral("--db"), path, QStringLiteral("--list")}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("Резервные копии")));
    CHECK(out.contains(taken.first()));
    CHECK(runCli({QStringLiteral("backup"), QStringLiteral("--db"), path, QStringLiteral("--keep-daily"), QStringLiteral("много")}, &out, &err) == 2);

    const QString copy = folder.path(QStringLiteral("флешка/school-copy.db"));
    REQUIRE(QDir().mkpath(QFileInfo(copy).absolutePath()));
    REQUIRE(runCli({QStringLiteral("copy"), QStringLiteral("--db"), path, QStringLiteral("--to"), copy}, &out, &err) == 0);
    CHECK_FALSE(QFileInfo::exists(copy + QStringLiteral("-wal")));
    {
        const auto opened = Database::open(copy, Database::OpenMode::ReadOnly);
        REQUIRE(opened);
        CHECK(PersonRepository(**opened).count() == 4);
    }
    CHECK(runCli({QStringLiteral("copy"), QStringLiteral("--db"), path, QStringLiteral("--to"), copy}, &out, &err) == 3);
    CHECK(err.contains(QStringLiteral("уже существует")));

    // The persons deleted, then restored from the backup.
    {
        auto opened = openDatabase(path);
        QSqlQuery q(opened->connection());
        REQUIRE(q.exec(QStringLiteral("DELETE FROM employment")));
        REQUIRE(q.exec(QStringLiteral("DELETE FROM person")));
    }
    REQUIRE(runCli({QStringLiteral("restore"), QStringLiteral("--db"), path, QStringLiteral("--from"),
                    QDir(backupsFolder).filePath(taken.first())}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("Восстановлено")));
    CHECK(PersonRepository(*openDatabase(path)).count() == 4);
    CHECK(QDir(backupsFolder).entryList({QStringLiteral("*.db")}, QDir::Files).size() == 2);
    CHECK(runCli({QStringLiteral("restore"), QStringLiteral("--db"), path}, &out, &err) == 1);
}
