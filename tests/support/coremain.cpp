// The runner of core-tests: Catch2 inside a QCoreApplication with Russian messages.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "files/privatefiles.h"
#include "translation.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    keepNewFilesPrivate();
    installRussianTranslation(app);
    return Catch::Session().run(argc, argv);
}
