// metodist-cli upgrade --db FILE: brings a database of an older schema to this program's, after
// a backup copy beside it (the commands that only read never upgrade a file themselves).
#include "cli.h"

#include <QDir>

int runUpgrade(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), Cli::tr("The database file."), Cli::tr("FILE"));
    parser.addOption(db);
    if (!Cli::parse(parser, arguments, 0, QStringLiteral("upgrade --db FILE")))
        return parser.isSet(QStringLiteral("help")) ? Done : UsageError;
    auto database = Cli::openExisting(parser.value(db), Database::OpenMode::ExistingOnly);
    if (!database)
        return FileError;
    if (database->lastBackupPath().isEmpty())
        Cli::out() << Cli::tr("%1 is at schema %2 already; nothing to do.").arg(parser.value(db)).arg(database->schemaVersion())
                   << Qt::endl;
    else
        Cli::out() << Cli::tr("%1 is upgraded to schema %2; the previous version is kept as %3.")
                          .arg(parser.value(db))
                          .arg(database->schemaVersion())
                          .arg(QDir::toNativeSeparators(database->lastBackupPath()))
                   << Qt::endl;
    return Done;
}
