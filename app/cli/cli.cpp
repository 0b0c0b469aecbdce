#include "cli.h"

#include <QFileInfo>
#include <cstdio>

QTextStream& Cli::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& Cli::err()
{
    static QTextStream stream(stderr);
    return stream;
}

int Cli::fail(ExitCode code, const QString& message)
{
    err() << message << Qt::endl;
    return code;
}

bool Cli::parse(QCommandLineParser& parser, const QStringList& arguments, int positional, const QString& syntax)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    QString problem;
    if (!parser.parse(arguments))
        problem = parser.errorText();
    else if (parser.isSet(help)) {
        out() << tr("Usage: metodist-cli %1").arg(syntax) << Qt::endl << Qt::endl << parser.helpText().section(u'\n', 2);
        out().flush();
        return false;
    } else if (parser.positionalArguments().size() != positional)
        problem = tr("Expected %n argument(s), got %1.", nullptr, positional).arg(parser.positionalArguments().size());
    if (problem.isEmpty())
        return true;
    err() << problem << Qt::endl << tr("Usage: metodist-cli %1").arg(syntax) << Qt::endl
          << tr("See: metodist-cli %1 --help").arg(arguments.value(0)) << Qt::endl;
    return false;
}

std::shared_ptr<Database> Cli::openExisting(const QString& path, Database::OpenMode mode)
{
    if (path.isEmpty()) {
        err() << tr("The database file is not given (--db FILE).") << Qt::endl;
        return nullptr;
    }
    auto result = Database::open(path, mode);
    if (!result.ok()) {
        err() << result.error() << Qt::endl;
        return nullptr;
    }
    result.value()->setBusyNotice([] {
        err() << tr("The database is busy: another program is writing to it. Waiting (at most %1 s)…")
                     .arg(Database::BusyTimeoutMs / 1000)
              << Qt::endl;
    });
    return result.value();
}
