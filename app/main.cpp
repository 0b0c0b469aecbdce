// The Metodist window: a thin executable over metodist-ui.
#include "csvtransfer.h"
#include "mainwindow.h"
#include "settings.h"
#include "files/privatefiles.h"
#include "translation.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>
#include <QTextStream>
#include <cstring>

namespace {

// --version and --help answer on the terminal without a display, so no window is made for them.
bool answeredOnTerminal(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const bool version = std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0;
        const bool help = std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0;
        if (!version && !help)
            continue;
        QCoreApplication app(argc, argv);
        installRussianTranslation(app);
        QTextStream out(stdout);
        if (version)
            out << QStringLiteral("metodist %1").arg(QStringLiteral(METODIST_VERSION)) << Qt::endl;
        else
            out << QCoreApplication::translate("main", "Usage: metodist [FILE]") << Qt::endl
                << QCoreApplication::translate("main", "Opens the Metodist database FILE, else the one opened last.")
                << Qt::endl
                << QCoreApplication::translate("main", "The command line: metodist-cli --help; the manual: man metodist.")
                << Qt::endl;
        return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    if (answeredOnTerminal(argc, argv))
        return 0;
    keepNewFilesPrivate();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Metodist"));
    QApplication::setApplicationName(QStringLiteral("Metodist"));
    QApplication::setApplicationDisplayName(QStringLiteral("Metodist"));
    QApplication::setApplicationVersion(QStringLiteral(METODIST_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("metodist"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/metodist.svg")));
    installRussianTranslation(app);

    QSettings storage;
    Settings settings(&storage);
    MainWindow window(settings);
    const CsvCommands csv = CsvTransfer::commands();
    window.setImportHandler(csv.importFile);
    window.setExportHandler(csv.exportFile);
    window.show();

    // The file named on the command line, else the one opened last (if it is still there).
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() > 1)
        window.openDatabase(QFileInfo(arguments.at(1)).absoluteFilePath());
    else if (const QStringList recent = settings.recentFiles(); !recent.isEmpty())
        window.openDatabase(recent.first());
    return app.exec();
}
