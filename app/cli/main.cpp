// metodist-cli COMMAND [options]: see README.md, section "Command line".
#include "cli.h"
#include "files/privatefiles.h"
#include "translation.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <cstring>
#include <memory>

namespace {

const CliCommand commands[] = {
    {"init", QT_TRANSLATE_NOOP("Cli", "create a new empty database"), runInit},
    {"demo", QT_TRANSLATE_NOOP("Cli", "create a database with synthetic demo data"), runDemo},
    {"info", QT_TRANSLATE_NOOP("Cli", "schema version, the tree and record counts"), runInfo},
    {"import", QT_TRANSLATE_NOOP("Cli", "import units, persons or records of the support cycle from CSV"), runImport},
    {"export", QT_TRANSLATE_NOOP("Cli", "export units, persons or records of the support cycle to CSV"), runExport},
    {"check", QT_TRANSLATE_NOOP("Cli", "check integrity and the tree rules"), runCheck},
    {"person", QT_TRANSLATE_NOOP("Cli", "a person's history in date order"), runPerson},
    {"indicators", QT_TRANSLATE_NOOP("Cli", "indicators of a unit and its children against their targets"), runIndicators},
    {"gaps", QT_TRANSLATE_NOOP("Cli", "the persons behind the gap of an indicator"), runGaps},
    {"report", QT_TRANSLATE_NOOP("Cli", "a report to PDF, ODT, XLSX or HTML"), runReport},
    {"upgrade", QT_TRANSLATE_NOOP("Cli", "upgrade a database of an older schema, after a backup copy"), runUpgrade},
    {"backup", QT_TRANSLATE_NOOP("Cli", "take a backup into the file's folder of backups, or list them"), runBackup},
    {"restore", QT_TRANSLATE_NOOP("Cli", "restore a backup, keeping the current data as a backup first"), runRestore},
    {"copy", QT_TRANSLATE_NOOP("Cli", "write a consistent single-file copy (for a USB stick or e-mail)"), runCopy},
};

int usage(QTextStream& stream, int code)
{
    stream << Cli::tr("Usage: metodist-cli COMMAND [options]") << Qt::endl << Qt::endl
           << Cli::tr("Commands:") << Qt::endl;
    for (const CliCommand& c : commands)
        stream << QStringLiteral("  %1  %2").arg(QString::fromLatin1(c.name).leftJustified(10), Cli::tr(c.summary)) << Qt::endl;
    stream << Qt::endl << Cli::tr("metodist-cli COMMAND --help shows the options of a command.") << Qt::endl
           << Cli::tr("Exit codes: 0 done, 1 usage error, 2 invalid input (nothing written), 3 file or database error.")
           << Qt::endl;
    return code;
}

} // namespace

int main(int argc, char* argv[])
{
    keepNewFilesPrivate();
    // Reports draw text and charts, which takes a GUI application; with no display it runs on the
    // offscreen platform. Every other command is plain Qt Core.
    std::unique_ptr<QCoreApplication> application;
    if (argc > 1 && std::strcmp(argv[1], "report") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        static QTemporaryDir runtime; // where a GUI application wants one (in a batch job, often unset)
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR") && runtime.isValid())
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("metodist-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(METODIST_VERSION));
    installRussianTranslation(app);

    const QStringList arguments = app.arguments();
    const QString name = arguments.value(1);
    if (name.isEmpty())
        return usage(Cli::err(), UsageError);
    if (name == u"--help" || name == u"-h" || name == u"help")
        return usage(Cli::out(), Done);
    if (name == u"--version") {
        Cli::out() << QStringLiteral("metodist-cli %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
        return Done;
    }
    for (const CliCommand& c : commands)
        if (name == QLatin1String(c.name))
            return c.run(arguments.mid(1)); // the command name stands in for the program name
    Cli::err() << Cli::tr("Unknown command «%1».").arg(name) << Qt::endl;
    return usage(Cli::err(), UsageError);
}
