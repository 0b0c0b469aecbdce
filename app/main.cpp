// The Metodist window: a thin executable over metodist-ui.
#include "csvtransfer.h"
#include "mainwindow.h"
#include "settings.h"
#include "translation.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>

int main(int argc, char* argv[])
{
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
