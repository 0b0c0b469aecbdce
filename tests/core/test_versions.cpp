// Both programs say their version — the one of project(VERSION) — and answer --help on a
// terminal without a display (as `metodist --version` does in a package's check).
#include "testsupport.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace {

struct Ran {
    int code = -1;
    QString out;
    QString err;
};

// The program with no display at all: no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM.
Ran runWithoutDisplay(const QString& program, const QStringList& arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Ran ran;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return ran;
    }
    ran.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    ran.out = QString::fromUtf8(process.readAllStandardOutput());
    ran.err = QString::fromUtf8(process.readAllStandardError());
    return ran;
}

} // namespace

TEST_CASE("metodist and metodist-cli print the project's version, without a display", "[cli][version]")
{
    const QString version = QStringLiteral(METODIST_VERSION);
    REQUIRE(version.count(QLatin1Char('.')) == 2);

    const Ran window = runWithoutDisplay(QStringLiteral(METODIST_WINDOW), {QStringLiteral("--version")});
    CHECK(window.code == 0);
    CHECK(window.out == QStringLiteral("metodist %1\n").arg(version));
    CHECK(window.err.isEmpty());

    const Ran cli = runWithoutDisplay(QStringLiteral(METODIST_CLI), {QStringLiteral("--version")});
    CHECK(cli.code == 0);
    CHECK(cli.out == QStringLiteral("metodist-cli %1\n").arg(version));
}

TEST_CASE("metodist --help says how to start it, in Russian, without a display", "[cli][version]")
{
    const Ran help = runWithoutDisplay(QStringLiteral(METODIST_WINDOW), {QStringLiteral("--help")});
    CHECK(help.code == 0);
    CHECK(help.out.startsWith(QString::fromUtf8("Запуск: metodist [ФАЙЛ]\n")));
    CHECK(help.out.contains(QStringLiteral("metodist-cli --help")));
}
