// The runner of ui-tests: Catch2 inside a QApplication (offscreen platform) with Russian messages;
// dialogs never block (MessageBox::setUnattended).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "messagebox.h"
#include "files/privatefiles.h"
#include "translation.h"

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The user's data folder (backups, the demo) is the run's own: tests never touch the real one.
    QTemporaryDir dataHome;
    qputenv("XDG_DATA_HOME", QFile::encodeName(dataHome.path()));
    keepNewFilesPrivate();
    installRussianTranslation(app);
    MessageBox::setUnattended(true); // a dialog that a test did not answer is cancelled, never shown
    return Catch::Session().run(argc, argv);
}
