// Nothing half-written, whatever happens to the program: metodist-cli killed (SIGKILL, no chance
// to clean up) at random moments of imports, demo generation and upgrades, 50 kills in all; and a
// second program writing the same file as the window edits it, 100 rounds. After each kill the
// file is whole (PRAGMA integrity_check), an import is there entirely or not at all, a reported
// success is there, and no part file of a backup or of the demo is left once the file is opened
// again. The moments are random; the seed is printed, and METODIST_KILL_SEED repeats a run.
#include "clidata.h"
#include "storage/orgunitrepository.h"
#include "storage/personrepository.h"
#include "storage/transaction.h"
#include "testsupport.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace {

// `count` new persons, named by `batch` so that no two batches share one.
QByteArray batchCsv(int batch, int count)
{
    return personsCsv(QStringLiteral("S1"), count, 1960, QStringLiteral("Фамилия%1-").arg(batch));
}

QRandomGenerator& random()
{
    static QRandomGenerator generator = [] {
        const QByteArray given = qgetenv("METODIST_KILL_SEED");
        const quint32 seed = given.isEmpty() ? QRandomGenerator::global()->generate() : given.toUInt();
        WARN("kill moments: METODIST_KILL_SEED=" << seed);
        return QRandomGenerator(seed);
    }();
    return generator;
}

struct Run {
    bool killed = false; // false: it ended by itself
    int exitCode = -1;
    QString errors;
};

// Starts metodist-cli and kills it after a random time up to `withinMs` (or lets it end first).
Run runAndKill(const QStringList& arguments, int withinMs)
{
    QProcess process;
    process.start(QStringLiteral(METODIST_CLI), arguments);
    REQUIRE(process.waitForStarted(30000));
    const int delayUs = int(random().bounded(quint32(withinMs) * 1000u + 1u));
    QElapsedTimer timer;
    timer.start();
    while (process.state() == QProcess::Running && timer.nsecsElapsed() / 1000 < delayUs)
        process.waitForFinished(1);
    Run run;
    if (process.state() == QProcess::Running) {
        process.kill();
        run.killed = true;
    }
    if (process.state() != QProcess::NotRunning)
        REQUIRE(process.waitForFinished(60000));
    run.killed = run.killed && process.exitStatus() == QProcess::CrashExit;
    run.exitCode = process.exitCode();
    run.errors = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// How long a command takes when let run (the kills fall within it).
int durationMs(const QStringList& arguments)
{
    QElapsedTimer timer;
    timer.start();
    QString out, err;
    REQUIRE(runCli(arguments, &out, &err) == 0);
    return int(qMax<qint64>(timer.elapsed(), 20));
}

// A connection of the test's own that only reads, closed when it goes.
class Reader {
public:
    explicit Reader(const QString& path) : m_name(QStringLiteral("reader-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
    }
    ~Reader() { QSqlDatabase::removeDatabase(m_name); }
    QVariant value(const QString& sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        const bool done = q.exec(sql);
        INFO(sql.toStdString() << ": " << q.lastError().text().toStdString() << " (" << q.lastError().nativeErrorCode().toStdString() << ")");
        REQUIRE(done);
        REQUIRE(q.next());
        return q.value(0);
    }
    QString integrity() const { return value(QStringLiteral("PRAGMA integrity_check")).toString(); }

private:
    static inline int s_count = 0;
    QString m_name;
};

// What `metodist-cli check` and every command that only reads do first: the file opens to read,
// though the killed program left its WAL behind. Empty, or why not.
QString openToRead(const QString& path)
{
    const auto opened = Database::open(path, Database::OpenMode::ReadOnly);
    return opened ? QString() : opened.error();
}

QStringList partFiles(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral("*.part"), QStringLiteral("*.part-*")}, QDir::Files | QDir::Hidden);
}

} // namespace

TEST_CASE("imports killed at random moments leave the file whole and each import all there or not at all", "[crash][kill]")
{
    TempFolder folder;
    const QString db = folder.path(QStringLiteral("killed.db"));
    REQUIRE(runCli({QStringLiteral("init"), db}) == 0);
    REQUIRE(runCli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("units"),
                    folder.write(QStringLiteral("units.csv"), unitsCsv)}) == 0);
    constexpr int BatchSize = 600;
    const int withinMs = durationMs({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("persons"),
                                     folder.write(QStringLiteral("first.csv"), batchCsv(0, BatchSize))});
    int expected = BatchSize;
    int kills = 0;
    for (int round = 1; kills < 30; ++round) {
        REQUIRE(round <= 80);
        const QString csv = folder.write(QStringLiteral("batch%1.csv").arg(round), batchCsv(round, BatchSize));
        const Run run = runAndKill({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("persons"), csv},
                                   withinMs * 5 / 4);
        INFO("round " << round << (run.killed ? ", killed" : ", ended") << ": " << run.errors.toStdString());
        if (!run.killed)
            REQUIRE(run.exitCode == 0);
        kills += run.killed;
        REQUIRE(openToRead(db) == QString());
        Reader reader(db);
        REQUIRE(reader.integrity() == QStringLiteral("ok"));
        const int persons = reader.value(QStringLiteral("SELECT COUNT(*) FROM person")).toInt();
        const int ofBatch = reader.value(QStringLiteral("SELECT COUNT(*) FROM person WHERE last_name LIKE 'Фамилия%1-%'")
                                             .arg(round)).toInt();
        // A success is all there; a killed import is all there (killed after its commit) or not at all.
        if (!run.killed)
            CHECK(ofBatch == BatchSize);
        CHECK((ofBatch == 0 || ofBatch == BatchSize));
        expected += ofBatch;
        CHECK(persons == expected);
        CHECK(reader.value(QStringLiteral("SELECT COUNT(*) FROM employment")).toInt() == expected);
    }
    // Opened again by a program that writes, the file takes imports as before.
    auto opened = openDatabase(db);
    CHECK(PersonRepository(*opened).count() == expected);
}

TEST_CASE("demo generation killed at random moments leaves no file or a whole one, and no part", "[crash][kill]")
{
    TempFolder folder;
    const QString demo = folder.path(QStringLiteral("demo.db"));
    const QStringList arguments = {QStringLiteral("demo"), demo, QStringLiteral("--size"), QStringLiteral("S")};
    const int withinMs = durationMs(arguments);
    REQUIRE(QFile::remove(demo));
    int kills = 0;
    for (int round = 1; kills < 10; ++round) {
        REQUIRE(round <= 30);
        const Run run = runAndKill(arguments, withinMs);
        INFO("round " << round << (run.killed ? ", killed" : ", ended") << ": " << run.errors.toStdString());
        kills += run.killed;
        if (!run.killed)
            REQUIRE(run.exitCode == 0);
        if (QFile::exists(demo)) {
            // Put in place only when complete: the whole demo, in one file.
            CHECK_FALSE(QFile::exists(demo + QStringLiteral("-wal")));
            Reader reader(demo);
            CHECK(reader.integrity() == QStringLiteral("ok"));
            CHECK(reader.value(QStringLiteral("SELECT COUNT(*) FROM person")).toInt() == 67);
            REQUIRE(QFile::remove(demo));
        } else {
            CHECK(run.killed);
        }
    }
    // The parts killed runs left are removed by the next run, which makes the file.
    CHECK(runCli(arguments) == 0);
    CHECK(partFiles(folder.path(QString())) == QStringList());
}

TEST_CASE("upgrades killed at random moments leave the file whole, of the old schema or the new, and no stray backup", "[crash][kill]")
{
    TempFolder folder;
    const QString demo = folder.path(QStringLiteral("template.db"));
    REQUIRE(runCli({QStringLiteral("demo"), demo, QStringLiteral("--size"), QStringLiteral("S")}) == 0);
    const int latest = Migration::all().last().version;
    const QString db = folder.path(QStringLiteral("old.db"));
    // The file as the program before the last schema step left it: that step undone.
    auto makeOld = [&] {
        for (const QString& name : QDir(folder.path(QString())).entryList({QStringLiteral("old.db*")}, QDir::Files))
            REQUIRE(QFile::remove(folder.path(name)));
        REQUIRE(QFile::copy(demo, db));
        QFile(db).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        {
            QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            old.setDatabaseName(db);
            REQUIRE(old.open());
            QSqlQuery q(old);
            REQUIRE(q.exec(QStringLiteral("DROP TABLE report_author_text")));
            REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(latest - 1)));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
    };
    makeOld();
    const int withinMs = durationMs({QStringLiteral("upgrade"), QStringLiteral("--db"), db});
    int kills = 0;
    for (int round = 1; kills < 10; ++round) {
        REQUIRE(round <= 30);
        makeOld();
        const Run run = runAndKill({QStringLiteral("upgrade"), QStringLiteral("--db"), db}, withinMs);
        INFO("round " << round << (run.killed ? ", killed" : ", ended") << ": " << run.errors.toStdString());
        kills += run.killed;
        if (!run.killed)
            REQUIRE(run.exitCode == 0);
        {
            const QString refused = openToRead(db); // an older schema is refused, with the way to upgrade
            CHECK((refused.isEmpty() || refused.contains(QStringLiteral("metodist-cli upgrade"))));
            Reader reader(db);
            CHECK(reader.integrity() == QStringLiteral("ok"));
            const int version = reader.value(QStringLiteral("PRAGMA user_version")).toInt();
            CHECK((version == latest - 1 || version == latest));
            if (!run.killed)
                CHECK(version == latest);
            CHECK(reader.value(QStringLiteral("SELECT COUNT(*) FROM person")).toInt() == 67);
        }
        // A backup beside it is complete: whole, of the old schema, with every person.
        for (const QString& name : QDir(folder.path(QString())).entryList({QStringLiteral("old.db.v*.bak")}, QDir::Files)) {
            INFO(name.toStdString());
            Reader backup(folder.path(name));
            CHECK(backup.integrity() == QStringLiteral("ok"));
            CHECK(backup.value(QStringLiteral("PRAGMA user_version")).toInt() == latest - 1);
            CHECK(backup.value(QStringLiteral("SELECT COUNT(*) FROM person")).toInt() == 67);
        }
        // The next program to open the file finishes the upgrade and removes a killed backup's part.
        auto opened = openDatabase(db);
        CHECK(opened->schemaVersion() == latest);
        CHECK(partFiles(folder.path(QString())) == QStringList());
    }
}

TEST_CASE("imports by another program while the window edits: no lock error, no lost update", "[crash][concurrency]")
{
    TempFolder folder;
    const QString db = folder.path(QStringLiteral("shared.db"));
    REQUIRE(runCli({QStringLiteral("init"), db}) == 0);
    REQUIRE(runCli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("units"),
                    folder.write(QStringLiteral("units.csv"), unitsCsv)}) == 0);
    auto window = openDatabase(db);
    OrgUnitRepository units(*window);
    const auto municipality = units.findByCode(QStringLiteral("M"));
    REQUIRE(municipality);
    const int unitsBefore = units.count();

    constexpr int Rounds = 100;
    constexpr int BatchSize = 20;
    int edits = 0;
    for (int round = 0; round < Rounds; ++round) {
        QProcess import;
        import.start(QStringLiteral(METODIST_CLI), {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("persons"),
                                                    folder.write(QStringLiteral("b%1.csv").arg(round), batchCsv(round, BatchSize))});
        REQUIRE(import.waitForStarted(30000));
        // The window's edits meanwhile: each a transaction of its own, as a form's «Сохранить».
        do {
            OrgUnit school;
            school.code = QStringLiteral("E%1").arg(edits);
            school.name = QStringLiteral("Школа, добавленная в окне, № %1").arg(edits);
            school.level = UnitLevel::Organisation;
            school.parentId = municipality->id;
            WriteTransaction tx(*window);
            REQUIRE(tx.isActive());
            const auto added = units.insert(school);
            INFO(added.error().toStdString());
            REQUIRE(added);
            REQUIRE(tx.commit());
            ++edits;
        } while (!import.waitForFinished(5));
        const QString errors = QString::fromUtf8(import.readAllStandardError());
        INFO("round " << round << ": " << errors.toStdString());
        REQUIRE(import.exitCode() == 0);
        CHECK_FALSE(errors.contains(QStringLiteral("locked")));
        CHECK_FALSE(errors.contains(QStringLiteral("занята")));
    }
    // Every edit of the window and every import of the other program is there.
    CHECK(units.count() == unitsBefore + edits);
    CHECK(PersonRepository(*window).count() == Rounds * BatchSize);
    Reader reader(db);
    CHECK(reader.value(QStringLiteral("SELECT COUNT(*) FROM person")).toInt() == Rounds * BatchSize);
    CHECK(reader.value(QStringLiteral("SELECT COUNT(*) FROM org_unit")).toInt() == unitsBefore + edits);
}

TEST_CASE("a file whose writer was killed with its WAL open still opens to read, with the WAL's commits", "[crash][kill]")
{
    TempFolder folder;
    const QString db = folder.path(QStringLiteral("left.db"));
    REQUIRE(runCli({QStringLiteral("init"), db}) == 0);
    REQUIRE(runCli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("units"),
                    folder.write(QStringLiteral("units.csv"), unitsCsv)}) == 0);
    QProcess import;
    import.start(QStringLiteral(METODIST_CLI), {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("persons"),
                                                folder.write(QStringLiteral("big.csv"), batchCsv(1, 20000))});
    REQUIRE(import.waitForStarted(30000));
    // Killed once it writes into the WAL (its transaction under way): the WAL and its index stay.
    const QFileInfo wal(db + QStringLiteral("-wal"));
    QElapsedTimer timer;
    timer.start();
    while (QFileInfo(wal.filePath()).size() < 64 * 1024 && import.state() == QProcess::Running && timer.elapsed() < 60000)
        import.waitForFinished(2);
    REQUIRE(import.state() == QProcess::Running);
    import.kill();
    REQUIRE(import.waitForFinished(30000));
    REQUIRE(QFileInfo::exists(db + QStringLiteral("-shm")));

    const auto opened = Database::open(db, Database::OpenMode::ReadOnly);
    INFO(opened.error().toStdString());
    REQUIRE(opened);
    CHECK(PersonRepository(**opened).count() == 0); // the killed import: nothing of it
    CHECK(OrgUnitRepository(**opened).count() == 5); // the commits before it: all there
}

TEST_CASE("a file left with a hot journal (killed while switching to WAL) opens to read, rolled back", "[crash][kill]")
{
    TempFolder folder;
    const QString source = folder.path(QStringLiteral("source.db"));
    {
        auto db = openDatabase(source);
        REQUIRE(runCli({QStringLiteral("import"), QStringLiteral("--db"), source, QStringLiteral("units"),
                        folder.write(QStringLiteral("units.csv"), unitsCsv)}) == 0);
    }
    // A transaction in rollback-journal mode half written to the file, then the file and its
    // journal as a killed writer leaves them: copied while it is under way (no lock on the copy).
    const QString crashed = folder.path(QStringLiteral("crashed.db"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(source);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA cache_size = 2"))); // the change spills into the file
        REQUIRE(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        REQUIRE(q.exec(QStringLiteral("UPDATE org_unit SET name = name || ' — переименовано'")));
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE filler AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                      "WHERE i < 20000) SELECT i, printf('%0200d', i) AS pad FROM n")));
        REQUIRE(QFileInfo(source + QStringLiteral("-journal")).size() > 0);
        REQUIRE(QFile::copy(source, crashed));
        REQUIRE(QFile::copy(source + QStringLiteral("-journal"), crashed + QStringLiteral("-journal")));
        REQUIRE(q.exec(QStringLiteral("ROLLBACK")));
        q = QSqlQuery();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));

    const auto opened = Database::open(crashed, Database::OpenMode::ReadOnly);
    INFO(opened.error().toStdString());
    REQUIRE(opened);
    QSqlQuery q((*opened)->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM org_unit WHERE name LIKE '%переименовано'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    CHECK(OrgUnitRepository(**opened).count() == 5);
    REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("ok"));
}
