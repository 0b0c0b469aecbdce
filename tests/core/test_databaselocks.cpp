// The locks SQLite holds on an open database survive everything the program does beside it.
// POSIX advisory locks belong to the process and the file: closing ANY descriptor of the
// database file in the process releases them all (sqlite.org/howtocorrupt.html §2.2). A worker
// thread opening its own connection (the dashboard, the reports) must therefore not open the
// file behind SQLite's back, or a second program then finds itself the file's last user,
// checkpoints and deletes the -wal and -shm the window still writes into, and two writers are
// no longer kept apart.
#include "storage/orgunitrepository.h"
#include "storage/transaction.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QThread>

namespace {

// The descriptors of this process that point at a deleted file under `folder`.
QStringList deletedOpenFiles(const QString& folder)
{
    QStringList deleted;
#ifdef Q_OS_LINUX
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString& fd : fds.entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System)) {
        const QString raw = QFile::symLinkTarget(fds.filePath(fd));
        if (raw.startsWith(folder) && raw.endsWith(QStringLiteral(" (deleted)")))
            deleted << raw;
    }
#else
    Q_UNUSED(folder);
#endif
    return deleted;
}

// Another connection of this process, opened and closed in a thread of its own, as the
// dashboard's and the reports' workers do.
void openAndCloseInWorker(const QString& path)
{
    QString error;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        const auto db = Database::open(path, Database::OpenMode::ExistingOnly);
        if (!db)
            error = db.error();
        else
            OrgUnitRepository(**db).count(); // reads, as a worker does
    }));
    worker->start();
    REQUIRE(worker->wait(30000));
    REQUIRE(error.isEmpty());
}

OrgUnit unit(const QString& code, UnitLevel level, qint64 parent)
{
    OrgUnit u;
    u.code = code;
    u.name = code;
    u.level = level;
    u.parentId = parent;
    return u;
}

} // namespace

TEST_CASE("a worker's connection does not release the window's locks: the WAL survives another program", "[database][locks]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("shared.db"));
    auto window = openDatabase(path);
    OrgUnitRepository units(*window);
    OrgUnit r = unit(QStringLiteral("R"), UnitLevel::Region, 0);
    const auto region = units.insert(r);
    REQUIRE(region);
    REQUIRE(QFileInfo::exists(path + QStringLiteral("-wal")));

    openAndCloseInWorker(path);
    openAndCloseInWorker(path);

    // A second program opens and closes the file: it must see that it is not the last user.
    QString out, err;
    REQUIRE(runCli({QStringLiteral("info"), QStringLiteral("--db"), path}, &out, &err) == 0);
    CHECK(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK(QFileInfo::exists(path + QStringLiteral("-shm")));
    CHECK(deletedOpenFiles(folder.path(QString())).isEmpty());

    // Nor can it take the file for itself: leaving WAL mode needs the file to itself.
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {path, QStringLiteral("PRAGMA journal_mode=DELETE;")});
    REQUIRE(sqlite.waitForFinished(30000));
    CHECK(QString::fromUtf8(sqlite.readAllStandardOutput()).trimmed() != QStringLiteral("delete"));
    CHECK(QFileInfo::exists(path + QStringLiteral("-wal")));

    // What the window writes now, others see.
    OrgUnit hub = unit(QStringLiteral("H"), UnitLevel::Hub, *region);
    REQUIRE(units.insert(hub));
    REQUIRE(runCli({QStringLiteral("info"), QStringLiteral("--db"), path, QStringLiteral("--json")}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("\"hub\": 1")));
}

TEST_CASE("after a worker's connection, a second program still waits for the window's write", "[database][locks]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("shared.db"));
    auto window = openDatabase(path);
    OrgUnitRepository units(*window);
    OrgUnit r = unit(QStringLiteral("R"), UnitLevel::Region, 0);
    const auto region = units.insert(r);
    REQUIRE(region);
    openAndCloseInWorker(path);
    REQUIRE(runCli({QStringLiteral("info"), QStringLiteral("--db"), path}) == 0);

    // The window holds a write transaction; another program's import must wait for it.
    WriteTransaction tx(*window);
    REQUIRE(tx.isActive());
    OrgUnit hub = unit(QStringLiteral("H"), UnitLevel::Hub, *region);
    REQUIRE(units.insert(hub));
    const QString csv = folder.write(QStringLiteral("units.csv"),
                                     "Код;Уровень;Код вышестоящего;Наименование\n"
                                     "H;хаб;R;H\n"
                                     "M;муниципалитет;H;Район\n");
    QProcess import;
    import.start(QStringLiteral(METODIST_CLI), {QStringLiteral("import"), QStringLiteral("--db"), path,
                                                QStringLiteral("units"), csv});
    REQUIRE(import.waitForStarted());
    CHECK_FALSE(import.waitForFinished(1500)); // still waiting for the lock
    REQUIRE(tx.commit());
    REQUIRE(import.waitForFinished(30000));
    CHECK(import.exitCode() == 0);
    INFO(QString::fromUtf8(import.readAllStandardError()).toStdString());

    // Both writes are there: the window's hub and the import's municipality under it.
    QSqlQuery q(window->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT code FROM org_unit ORDER BY code")));
    QStringList codes;
    while (q.next())
        codes << q.value(0).toString();
    CHECK(codes == QStringList{QStringLiteral("H"), QStringLiteral("M"), QStringLiteral("R")});
}

TEST_CASE("a command waiting for another program's write says so, then does its work", "[database][locks]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("busy.db"));
    auto window = openDatabase(path);
    OrgUnitRepository units(*window);
    OrgUnit r = unit(QStringLiteral("R"), UnitLevel::Region, 0);
    REQUIRE(units.insert(r));
    const QString csv = folder.write(QStringLiteral("units.csv"), "Код;Уровень;Код вышестоящего;Наименование\n"
                                                                  "H;хаб;R;Хаб\n");
    QProcess import;
    {
        // The window is in the middle of a save that takes a while.
        WriteTransaction tx(*window);
        REQUIRE(tx.isActive());
        import.start(QStringLiteral(METODIST_CLI), {QStringLiteral("import"), QStringLiteral("--db"), path, QStringLiteral("units"), csv});
        REQUIRE(import.waitForStarted(30000));
        CHECK_FALSE(import.waitForFinished(Database::BusyNoticeMs + 1500)); // it waits…
        CHECK(QString::fromUtf8(import.readAllStandardError())
                  .contains(QStringLiteral("База данных занята: в неё пишет другая программа. Жду (не дольше 60 с)…")));
        REQUIRE(tx.commit());
    }
    REQUIRE(import.waitForFinished(30000)); // …and goes on once the save is done
    CHECK(import.exitCode() == 0);
    CHECK(units.count() == 2);
}
