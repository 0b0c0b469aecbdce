// metodist-cli backup --db FILE [--list] [--keep-daily N] [--keep-weekly N]
// metodist-cli restore --db FILE --from BACKUP
// metodist-cli copy --db FILE --to COPY
// Backups in the user's folder of backups of that file (core/backup/backups.h), and a consistent
// single-file copy for a USB stick or e-mail.
#include "backup/backups.h"
#include "cli.h"
#include "files/userfolders.h"
#include "storage/clock.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace {

QString describe(const BackupInfo& b)
{
    return Cli::tr("%1  %2  %3 KB  units %4, persons %5, employment records %6")
        .arg(QDir::toNativeSeparators(b.path), QLocale().toString(b.taken, QStringLiteral("dd.MM.yyyy HH:mm:ss")))
        .arg(QLocale().toString((b.bytes + 1023) / 1024))
        .arg(b.units)
        .arg(b.persons)
        .arg(b.employments);
}

std::optional<int> count(const QCommandLineParser& parser, const QCommandLineOption& option, int fallback)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int n = parser.value(option).toInt(&ok);
    if (!ok || n < 0 || n > 1000)
        return std::nullopt;
    return n;
}

} // namespace

int runBackup(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), Cli::tr("The database file."), Cli::tr("FILE"));
    const QCommandLineOption list(QStringLiteral("list"), Cli::tr("List the backups of the file instead of taking one."));
    const QCommandLineOption daily(QStringLiteral("keep-daily"), Cli::tr("Keep the newest backup of each of the last N days (7)."), Cli::tr("N"));
    const QCommandLineOption weekly(QStringLiteral("keep-weekly"), Cli::tr("And of each of N weeks before them (4)."), Cli::tr("N"));
    parser.addOptions({db, list, daily, weekly});
    if (!Cli::parse(parser, arguments, 0, QStringLiteral("backup --db FILE [--list] [--keep-daily N] [--keep-weekly N]")))
        return parser.isSet(QStringLiteral("help")) ? Done : UsageError;
    BackupPolicy policy;
    const auto days = count(parser, daily, policy.daily);
    const auto weeks = count(parser, weekly, policy.weekly);
    if (!days || !weeks)
        return Cli::fail(InvalidInput, Cli::tr("--keep-daily and --keep-weekly take a whole number from 0 to 1000."));
    if (*days == 0 && !parser.isSet(list))
        return Cli::fail(InvalidInput, Cli::tr("--keep-daily 0 would remove the backup just taken; keep at least one day."));
    policy.daily = *days;
    policy.weekly = *weeks;

    const QString path = parser.value(db);
    if (parser.isSet(list)) {
        if (path.isEmpty() || !QFileInfo(path).isFile())
            return Cli::fail(FileError, Cli::tr("The database file %1 does not exist.").arg(path));
        Backups backups(UserFolders::backups(path), policy);
        const auto all = backups.list();
        Cli::out() << Cli::tr("Backups of %1 in %2: %3").arg(path, QDir::toNativeSeparators(backups.folder())).arg(all.size()) << Qt::endl;
        for (const BackupInfo& b : all)
            Cli::out() << describe(b) << Qt::endl;
        return Done;
    }
    auto database = Cli::openExisting(path, Database::OpenMode::ReadOnly);
    if (!database)
        return FileError;
    Backups backups(UserFolders::backups(path), policy);
    const auto taken = backups.take(*database, database->clock().now());
    if (!taken)
        return Cli::fail(FileError, taken.error());
    Cli::out() << Cli::tr("Backup taken: %1").arg(describe(*taken)) << Qt::endl;
    return Done;
}

int runRestore(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), Cli::tr("The database file."), Cli::tr("FILE"));
    const QCommandLineOption from(QStringLiteral("from"), Cli::tr("The backup to restore (backup --list shows them)."), Cli::tr("BACKUP"));
    parser.addOptions({db, from});
    if (!Cli::parse(parser, arguments, 0, QStringLiteral("restore --db FILE --from BACKUP")))
        return parser.isSet(QStringLiteral("help")) ? Done : UsageError;
    if (parser.value(from).isEmpty())
        return Cli::fail(UsageError, Cli::tr("The backup to restore is not given (--from BACKUP)."));
    auto database = Cli::openExisting(parser.value(db), Database::OpenMode::ExistingOnly);
    if (!database)
        return FileError;
    Backups backups(UserFolders::backups(parser.value(db)));
    if (Status s = backups.restore(*database, parser.value(from), database->clock().now()); !s)
        return Cli::fail(FileError, s.error());
    Cli::out() << Cli::tr("Restored %1 from %2; the data it held before are kept as the newest backup in %3.")
                      .arg(parser.value(db), QDir::toNativeSeparators(parser.value(from)), QDir::toNativeSeparators(backups.folder()))
               << Qt::endl;
    return Done;
}

int runCopy(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), Cli::tr("The database file."), Cli::tr("FILE"));
    const QCommandLineOption to(QStringLiteral("to"), Cli::tr("The copy to write (a new file)."), Cli::tr("COPY"));
    parser.addOptions({db, to});
    if (!Cli::parse(parser, arguments, 0, QStringLiteral("copy --db FILE --to COPY")))
        return parser.isSet(QStringLiteral("help")) ? Done : UsageError;
    const QString target = parser.value(to);
    if (target.isEmpty())
        return Cli::fail(UsageError, Cli::tr("The copy to write is not given (--to COPY)."));
    if (QFileInfo::exists(target))
        return Cli::fail(FileError, Cli::tr("%1 already exists; choose another name or delete the file.").arg(target));
    auto database = Cli::openExisting(parser.value(db), Database::OpenMode::ReadOnly);
    if (!database)
        return FileError;
    if (Status s = database->backupTo(target); !s)
        return Cli::fail(FileError, s.error());
    Cli::out() << Cli::tr("Copied %1 to %2 (%3 KB, one file with everything saved so far).")
                      .arg(parser.value(db), QDir::toNativeSeparators(target))
                      .arg(QLocale().toString((QFileInfo(target).size() + 1023) / 1024))
               << Qt::endl;
    return Done;
}
