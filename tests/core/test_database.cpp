// Opening files: creation, migrations with a backup, refusal of foreign and newer files,
// pragmas, transactions.
#include "io/unitcsv.h"
#include "storage/integritycheck.h"
#include "storage/orgunitrepository.h"
#include "storage/transaction.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <unistd.h>

namespace {

int pragmaValue(Database& db, const char* name)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("PRAGMA ") + QString::fromLatin1(name));
    return q.next() ? q.value(0).toInt() : -1;
}

QString journalMode(Database& db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("PRAGMA journal_mode"));
    return q.next() ? q.value(0).toString() : QString();
}

Migration testStep(int version, const QString& table)
{
    return {version, QStringLiteral("test %1").arg(version),
            {QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, v TEXT)").arg(table),
             QStringLiteral("INSERT INTO %1 (v) VALUES ('x')").arg(table)}};
}

} // namespace

TEST_CASE("a new file is created at the latest schema with the pragmas set", "[database]")
{
    TempFolder folder;
    auto db = openDatabase(folder.path(QStringLiteral("new.db")));
    CHECK(db->schemaVersion() == Migration::latestVersion());
    CHECK(pragmaValue(*db, "application_id") == Database::ApplicationId);
    CHECK(pragmaValue(*db, "foreign_keys") == 1);
    CHECK(journalMode(*db) == QStringLiteral("wal"));
    CHECK(db->lastBackupPath().isEmpty()); // nothing to back up in a new file
    CHECK(IntegrityCheck::run(*db).isEmpty());

    // Reopening changes nothing and takes no backup.
    db.reset();
    auto again = openDatabase(folder.path(QStringLiteral("new.db")));
    CHECK(again->schemaVersion() == Migration::latestVersion());
    CHECK(again->lastBackupPath().isEmpty());
}

TEST_CASE("a missing file is not created unless asked", "[database]")
{
    TempFolder folder;
    const auto r = Database::open(folder.path(QStringLiteral("none.db")), Database::OpenMode::ExistingOnly);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().startsWith(QStringLiteral("Файл базы данных ")));
    CHECK_FALSE(QFile::exists(folder.path(QStringLiteral("none.db"))));
}

TEST_CASE("migrations run step by step, each after a backup copy", "[database]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("m.db"));
    {
        auto r = Database::open(path, Database::OpenMode::CreateIfMissing, {testStep(1, QStringLiteral("a"))});
        REQUIRE(r.ok());
        CHECK(r.value()->schemaVersion() == 1);
    }
    auto r = Database::open(path, Database::OpenMode::ExistingOnly,
                            {testStep(1, QStringLiteral("a")), testStep(2, QStringLiteral("b")), testStep(3, QStringLiteral("c"))});
    REQUIRE(r.ok());
    auto db = r.value();
    CHECK(db->schemaVersion() == 3);
    const QString backup = db->lastBackupPath();
    REQUIRE_FALSE(backup.isEmpty());
    CHECK(backup.contains(QStringLiteral(".v1-")));
    {
        // The backup is the file as it was before: schema 1, table a only.
        auto old = Database::open(backup, Database::OpenMode::ExistingOnly, {testStep(1, QStringLiteral("a"))});
        REQUIRE(old.ok());
        CHECK(old.value()->schemaVersion() == 1);
        QSqlQuery q(old.value()->connection());
        CHECK_FALSE(q.exec(QStringLiteral("SELECT * FROM b")));
    }
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM a, b, c")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
}

TEST_CASE("a backup copy is written whole or not at all", "[database][files]")
{
    TempFolder folder;
    auto db = openDatabase(folder.path(QStringLiteral("m.db")));
    const QString backup = folder.path(QStringLiteral("m.bak"));
    REQUIRE(db->backupTo(backup));
    const qint64 first = QFileInfo(backup).size();
    CHECK(first > 0);
    // Written again over the first: replaced in one step, nothing left beside it.
    REQUIRE(db->backupTo(backup));
    CHECK(QFileInfo(backup).size() == first);
    // Into a folder that is not there: a failure, and no empty or partial file anywhere.
    const Status failed = db->backupTo(folder.path(QStringLiteral("нет/m.bak")));
    CHECK_FALSE(failed.ok());
    CHECK(failed.error().contains(folder.path(QStringLiteral("нет/m.bak"))));
    CHECK(QDir(folder.path(QString())).entryList(QDir::Files) ==
          QStringList{QStringLiteral("m.bak"), QStringLiteral("m.db"), QStringLiteral("m.db-shm"), QStringLiteral("m.db-wal")});
}

TEST_CASE("a failing migration leaves the file at its previous version", "[database]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("f.db"));
    REQUIRE(Database::open(path, Database::OpenMode::CreateIfMissing, {testStep(1, QStringLiteral("a"))}).ok());
    Migration broken{2, QStringLiteral("broken"),
                     {QStringLiteral("CREATE TABLE b (id INTEGER)"), QStringLiteral("INSERT INTO nowhere VALUES (1)")}};
    auto r = Database::open(path, Database::OpenMode::ExistingOnly, {testStep(1, QStringLiteral("a")), broken});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().startsWith(QStringLiteral("Не удалось обновить базу данных до схемы 2 (broken)")));
    auto again = Database::open(path, Database::OpenMode::ExistingOnly, {testStep(1, QStringLiteral("a"))});
    REQUIRE(again.ok());
    CHECK(again.value()->schemaVersion() == 1);
    QSqlQuery q(again.value()->connection());
    CHECK_FALSE(q.exec(QStringLiteral("SELECT * FROM b")));
}

TEST_CASE("a file from a newer program is refused", "[database]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("newer.db"));
    {
        auto db = openDatabase(path);
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    const auto r = Database::open(path, Database::OpenMode::ExistingOnly);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == QStringLiteral("Файл %1 записан более новой версией «Методиста» (схема 99; эта программа знает схемы до %2). Обновите программу.")
                           .arg(path).arg(Migration::latestVersion()));
}

TEST_CASE("files of other programs are refused and left untouched", "[database]")
{
    TempFolder folder;
    const QString text = folder.write(QStringLiteral("notes.db"), "just some text, not a database\n");
    auto r = Database::open(text, Database::OpenMode::ExistingOnly);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == QStringLiteral("%1 не является базой данных «Методиста» (это не файл SQLite).").arg(text));

    const QString other = folder.path(QStringLiteral("other.sqlite"));
    {
        const QString name = QStringLiteral("other-program");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(other);
            REQUIRE(raw.open());
            QSqlQuery q(raw);
            REQUIRE(q.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    const qint64 size = QFileInfo(other).size();
    r = Database::open(other, Database::OpenMode::ExistingOnly);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == QStringLiteral("%1 — файл SQLite другой программы, а не база данных «Методиста».").arg(other));
    CHECK(QFileInfo(other).size() == size);
}

TEST_CASE("a transaction rolls back everything unless committed — savepoints nest", "[database]")
{
    TempFolder folder;
    auto db = openDatabase(folder.path(QStringLiteral("tx.db")));
    OrgUnitRepository units(*db);
    int notifications = 0;
    QObject::connect(db.get(), &Database::changed, [&](Changes) { ++notifications; });
    OrgUnit region;
    region.level = UnitLevel::Region;
    region.code = QStringLiteral("R");
    region.name = QStringLiteral("Регион");
    {
        WriteTransaction tx(*db);
        REQUIRE(tx.isActive());
        REQUIRE(units.insert(region).ok()); // nested: a savepoint inside tx
        CHECK(units.count() == 1);
    } // not committed
    CHECK(units.count() == 0);
    CHECK(notifications == 0);
    {
        WriteTransaction tx(*db);
        region.uuid.clear();
        REQUIRE(units.insert(region).ok());
        OrgUnit hub;
        hub.level = UnitLevel::Hub;
        hub.parentId = region.id;
        hub.code = QStringLiteral("H");
        hub.name = QStringLiteral("Хаб");
        {
            WriteTransaction inner(*db);
            REQUIRE(units.insert(hub).ok());
            inner.rollback();
        }
        CHECK(units.count() == 1);
        REQUIRE(tx.commit().ok());
    }
    CHECK(units.count() == 1);
    CHECK(notifications == 1);
}

TEST_CASE("a backup copy is a consistent database", "[database]")
{
    TempFolder folder;
    auto db = openDatabase(folder.path(QStringLiteral("b.db")));
    OrgUnitRepository units(*db);
    OrgUnit region;
    region.level = UnitLevel::Region;
    region.code = QStringLiteral("R");
    region.name = QStringLiteral("Регион");
    REQUIRE(units.insert(region).ok());
    const QString copy = folder.path(QStringLiteral("copy.db"));
    REQUIRE(db->backupTo(copy).ok());
    auto restored = openDatabase(copy);
    CHECK(OrgUnitRepository(*restored).region()->name == QStringLiteral("Регион"));
}

TEST_CASE("schema numbers may skip: a file is as new as its last step", "[database]")
{
    // Branches merged in another order leave a gap (1, 2, 5); a file at 5 opens again unchanged
    // and a file at 6 is still refused.
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("gap.db"));
    const QList<Migration> steps{testStep(1, QStringLiteral("a")), testStep(2, QStringLiteral("b")), testStep(5, QStringLiteral("e"))};
    {
        auto r = Database::open(path, Database::OpenMode::CreateIfMissing, steps);
        REQUIRE(r.ok());
        CHECK(r.value()->schemaVersion() == 5);
    }
    auto again = Database::open(path, Database::OpenMode::ExistingOnly, steps);
    REQUIRE(again.ok());
    CHECK(again.value()->schemaVersion() == 5);
    CHECK(again.value()->lastBackupPath().isEmpty()); // nothing to upgrade, no backup
    const auto older = Database::open(path, Database::OpenMode::ExistingOnly, {testStep(1, QStringLiteral("a"))});
    REQUIRE_FALSE(older.ok());
    CHECK(older.error().contains(QStringLiteral("5")));
}

TEST_CASE("an empty file is no database to open: only a new database is made in it", "[database]")
{
    TempFolder folder;
    const QString empty = folder.write(QStringLiteral("пустой.db"), QByteArray());
    for (const auto mode : {Database::OpenMode::ExistingOnly, Database::OpenMode::ReadOnly}) {
        const auto r = Database::open(empty, mode);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error() == QStringLiteral("%1 пуст (0 байт): в нём нет базы данных. Новая база создаётся через «Файл ▸ "
                                          "Создать…» или командой metodist-cli init.").arg(empty));
        CHECK(QFileInfo(empty).size() == 0);
    }
    const auto made = Database::open(empty, Database::OpenMode::CreateIfMissing);
    REQUIRE(made.ok());
    CHECK(made.value()->schemaVersion() == Migration::latestVersion());
}

TEST_CASE("opening to read never upgrades nor writes: an older schema is refused with the way to upgrade", "[database]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("old.db"));
    QList<Migration> older = Migration::all();
    older.removeLast();
    const int olderVersion = older.last().version;
    REQUIRE(Database::open(path, Database::OpenMode::CreateIfMissing, older).ok());
    const qint64 size = QFileInfo(path).size();

    const auto read = Database::open(path, Database::OpenMode::ReadOnly);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().contains(QStringLiteral("схема %1").arg(olderVersion)));
    CHECK(read.error().contains(QStringLiteral("metodist-cli upgrade --db")));
    CHECK(QFileInfo(path).size() == size);
    CHECK(QDir(folder.path(QString())).entryList({QStringLiteral("*.bak")}, QDir::Files).isEmpty());

    // At the latest schema it opens, and it cannot write.
    REQUIRE(Database::open(path, Database::OpenMode::ExistingOnly).ok());
    const auto again = Database::open(path, Database::OpenMode::ReadOnly);
    REQUIRE(again.ok());
    QSqlQuery q(again.value()->connection());
    CHECK(q.exec(QStringLiteral("SELECT COUNT(*) FROM org_unit")));
    CHECK_FALSE(q.exec(QStringLiteral("CREATE TABLE scratch (x)")));
}

TEST_CASE("a full disk is called a full disk, and nothing of the write is committed", "[database][files]")
{
    TempFolder folder;
    auto db = openDatabase(folder.path(QStringLiteral("full.db")));
    OrgUnit region;
    region.level = UnitLevel::Region;
    region.code = QStringLiteral("R");
    region.name = QStringLiteral("Область");
    REQUIRE(OrgUnitRepository(*db).insert(region));
    // The file may not grow by a page: as on a disk with no space left.
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA page_count")));
    REQUIRE(q.next());
    const int pages = q.value(0).toInt();
    q.finish();
    REQUIRE(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    q.finish();

    QByteArray csv = "Код;Уровень;Код вышестоящего;Наименование\n";
    for (int i = 0; i < 2000; ++i)
        csv += QStringLiteral("H%1;хаб;R;Межмуниципальный центр с длинным названием № %1\n").arg(i).toUtf8();
    QBuffer file(&csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const auto imported = UnitCsv::importFrom(*db, file);
    REQUIRE(imported.ok());
    CHECK_FALSE(imported->written);
    QStringList said{imported->databaseError};
    for (const ImportIssue& issue : imported->issues)
        said << issue.text();
    INFO(said.join(QStringLiteral("\n")).toStdString());
    CHECK(said.join(QLatin1Char(' ')).contains(QStringLiteral("на диске нет свободного места")));
    CHECK(imported->databaseError.contains(QStringLiteral("ничего из неё не записано")));
    // Nothing of the import is there: not the rows before the full disk, nor a row after it.
    CHECK(OrgUnitRepository(*db).count() == 1);
    REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("ok"));
}

TEST_CASE("a failed commit reports its own reason", "[database]")
{
    TempFolder folder;
    auto db = openDatabase(folder.path(QStringLiteral("c.db")));
    WriteTransaction tx(*db);
    REQUIRE(tx.isActive());
    // A foreign key checked only at COMMIT: the commit fails, for that reason, and rolls back.
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")));
    REQUIRE(q.exec(QStringLiteral("INSERT INTO org_unit (uuid, parent_id, level, code, name, created_at, updated_at) "
                                  "VALUES ('u', 999, 1, 'H', 'H', 'x', 'x')")));
    q.finish();
    const Status committed = tx.commit();
    REQUIRE_FALSE(committed.ok());
    CHECK(committed.error().contains(QStringLiteral("FOREIGN KEY")));
    CHECK(OrgUnitRepository(*db).count() == 0);
}

// Permissions do not hold for root: scripts/test runs the tests tagged [unprivileged] a second
// time as the user nobody, where they do.
TEST_CASE("a file or a folder that cannot be written opens to read only in the window's mode, a WAL file too", "[database][unprivileged]")
{
    if (::geteuid() == 0) {
        WARN("as root every file can be written: this test runs as nobody in scripts/test");
        return;
    }
    TempFolder top;
    const QString folder = top.path(QStringLiteral("флешка"));
    REQUIRE(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("база.db"));
    {
        auto db = openDatabase(path);
        OrgUnit region;
        region.level = UnitLevel::Region;
        region.code = QStringLiteral("R");
        region.name = QStringLiteral("Область");
        REQUIRE(OrgUnitRepository(*db).insert(region));
        CHECK(journalMode(*db) == QStringLiteral("wal"));
    }
    REQUIRE_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    const auto readable = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    const auto listable = readable | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
    auto readRegion = [&](Database& db) {
        CHECK(db.isReadOnly());
        CHECK(OrgUnitRepository(db).region()->name == QStringLiteral("Область"));
        QSqlQuery q(db.connection());
        CHECK_FALSE(q.exec(QStringLiteral("CREATE TABLE scratch (x)")));
    };

    SECTION("a read-only file")
    {
        REQUIRE(QFile::setPermissions(path, readable));
        const auto db = Database::open(path, Database::OpenMode::WritableOrReadOnly);
        REQUIRE(db.ok());
        readRegion(**db);
    }
    SECTION("a WAL file in a read-only folder (no -shm can be made beside it)")
    {
        REQUIRE(QFile::setPermissions(folder, listable));
        const auto db = Database::open(path, Database::OpenMode::WritableOrReadOnly);
        REQUIRE(db.ok());
        readRegion(**db);
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-shm")));
        // The commands that only read open it too.
        const auto read = Database::open(path, Database::OpenMode::ReadOnly);
        REQUIRE(read.ok());
        readRegion(**read);
    }
    SECTION("a writable file in a writable folder is opened to write")
    {
        const auto db = Database::open(path, Database::OpenMode::WritableOrReadOnly);
        REQUIRE(db.ok());
        CHECK_FALSE((*db)->isReadOnly());
    }
    QFile::setPermissions(folder, listable | QFile::WriteOwner);
    QFile::setPermissions(path, readable | QFile::WriteOwner);
}
