// The runner of core-tests: Catch2 inside a QCoreApplication with Russian messages.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "files/privatefiles.h"
#include "translation.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // The user's data folder (backups, the demo) is the run's own: tests never touch the real one.
    QTemporaryDir dataHome;
    qputenv("XDG_DATA_HOME", QFile::encodeName(dataHome.path()));
    keepNewFilesPrivate();
    installRussianTranslation(app);
    return Catch::Session().run(argc, argv);
}
