// metodist-cli check --db FILE
#include "cli.h"
#include "storage/integritycheck.h"

int runCheck(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), Cli::tr("The database file."), Cli::tr("FILE"));
    parser.addOption(db);
    if (!Cli::parse(parser, arguments, 0, QStringLiteral("check --db FILE")))
        return parser.isSet(QStringLiteral("help")) ? Done : UsageError;
    auto database = Cli::openExisting(parser.value(db), Database::OpenMode::ReadOnly);
    if (!database)
        return FileError;

    const auto problems = IntegrityCheck::run(*database);
    for (const IntegrityProblem& p : problems)
        Cli::out() << (p.severity == IntegrityProblem::Severity::Error ? Cli::tr("error: ") : Cli::tr("warning: "))
                   << p.message << Qt::endl;
    if (IntegrityCheck::hasErrors(problems))
        return FileError;
    Cli::out() << Cli::tr("No errors found in %1.").arg(parser.value(db)) << Qt::endl;
    return Done;
}
