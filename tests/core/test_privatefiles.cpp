// Files holding personal data are the user's alone: 0600. The programs are started here with
// the usual umask 022 (as a desktop session starts them), so it is the programs themselves
// that make their files private: the database with its -wal and -shm, exports and reports; and
// in this process (whose runner starts as the programs do) the backup before an upgrade.
#include "testsupport.h"

#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {

#ifdef Q_OS_UNIX
int mode(const QString& path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

// metodist-cli with the umask of an ordinary session, 022.
int runWithUsualUmask(const QStringList& arguments)
{
    QProcess process;
    process.setChildProcessModifier([] { ::umask(022); });
    process.start(QStringLiteral(METODIST_CLI), arguments);
    if (!process.waitForFinished(120000))
        return -1;
    return process.exitCode();
}
#endif

} // namespace

#ifdef Q_OS_UNIX
TEST_CASE("the database, its exports and its reports are created 0600 by the programs", "[files][private]")
{
    TempFolder folder;
    const QString db = folder.path(QStringLiteral("demo.db"));
    REQUIRE(runWithUsualUmask({QStringLiteral("demo"), db, QStringLiteral("--size"), QStringLiteral("S")}) == 0);
    CHECK(mode(db) == 0600);

    const QString csv = folder.path(QStringLiteral("persons.csv"));
    REQUIRE(runWithUsualUmask({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("persons"), csv}) == 0);
    CHECK(mode(csv) == 0600);

    const QString pdf = folder.path(QStringLiteral("monitoring.pdf"));
    const QString xlsx = folder.path(QStringLiteral("monitoring.xlsx"));
    for (const QString& out : {pdf, xlsx})
        REQUIRE(runWithUsualUmask({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
                                   QStringLiteral("monitoring"), QStringLiteral("--unit"), QStringLiteral("61"),
                                   QStringLiteral("--period"), QStringLiteral("2024/25"), QStringLiteral("--out"), out})
                == 0);
    CHECK(mode(pdf) == 0600);
    CHECK(mode(xlsx) == 0600);

    // The -wal and -shm of an open database take the file's mode.
    auto open = openDatabase(db);
    QSqlQuery q(open->connection());
    REQUIRE(q.exec(QStringLiteral("CREATE TABLE scratch (x)")));
    REQUIRE(QFileInfo::exists(db + QStringLiteral("-wal")));
    CHECK(mode(db + QStringLiteral("-wal")) == 0600);
    CHECK(mode(db + QStringLiteral("-shm")) == 0600);
}

TEST_CASE("the backup before an upgrade is created 0600", "[files][private]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("old.db"));
    const Migration one{1, QStringLiteral("one"), {QStringLiteral("CREATE TABLE a (x)")}};
    const Migration two{2, QStringLiteral("two"), {QStringLiteral("CREATE TABLE b (x)")}};
    REQUIRE(Database::open(path, Database::OpenMode::CreateIfMissing, {one}).ok());
    const auto upgraded = Database::open(path, Database::OpenMode::ExistingOnly, {one, two});
    REQUIRE(upgraded.ok());
    const QString backup = upgraded.value()->lastBackupPath();
    REQUIRE(QFileInfo::exists(backup));
    CHECK(mode(backup) == 0600);
    CHECK(mode(path) == 0600);
}
#endif
