// metodist-cli check --db FILE
#include "cli.h"
#include "storage/damagedfile.h"
#include "storage/integritycheck.h"

#include <QFileInfo>

int runCheck(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), Cli::tr("The database file."), Cli::tr("FILE"));
    parser.addOption(db);
    if (!Cli::parse(parser, arguments, 0, QStringLiteral("check --db FILE")))
        return parser.isSet(QStringLiteral("help")) ? Done : UsageError;
    const QString path = parser.value(db);
    // A damaged file may not open at all: what can still be read is said all the same.
    auto salvage = [&path](bool damageSaid) {
        SalvageReport report = DamagedFile::inspect(path);
        if (!report.damaged() && !damageSaid)
            return; // not damaged: the file failed for another reason, already said
        if (damageSaid) // by the integrity check just printed
            report.damage.clear();
        for (const QString& line : DamagedFile::describe(report))
            Cli::out() << line << Qt::endl;
    };
    auto database = Cli::openExisting(path, Database::OpenMode::ReadOnly);
    if (!database) {
        if (QFileInfo(path).isFile() && QFileInfo(path).size() > 0)
            salvage(false);
        return FileError;
    }

    const auto problems = IntegrityCheck::run(*database);
    for (const IntegrityProblem& p : problems)
        Cli::out() << (p.severity == IntegrityProblem::Severity::Error ? Cli::tr("error: ") : Cli::tr("warning: "))
                   << p.message << Qt::endl;
    if (IntegrityCheck::hasErrors(problems)) {
        database.reset();
        salvage(true);
        return FileError;
    }
    Cli::out() << Cli::tr("No errors found in %1.").arg(parser.value(db)) << Qt::endl;
    return Done;
}
