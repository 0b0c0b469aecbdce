// The runner of ui-tests: Catch2 inside a QApplication (offscreen platform) with Russian messages.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "translation.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    installRussianTranslation(app);
    return Catch::Session().run(argc, argv);
}
