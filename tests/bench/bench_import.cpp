// Benchmark (not a test): import a 20,000-row persons CSV into a database that has the units,
// then a 50,000-row participation CSV into it. Usage: bench-import. Generates L, exports its
// persons, imports them into a fresh copy of the tree, exports L's event participations and
// imports the first 50,000 of them (creating their events); prints the seconds of each import
// and the peak memory.
#include "benchsupport.h"
#include "demo/demogenerator.h"
#include "io/participationcsv.h"
#include "io/personcsv.h"
#include "io/unitcsv.h"
#include "storage/database.h"
#include "translation.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    installRussianTranslation(app);
    QTemporaryDir dir;
    auto source = Database::open(dir.filePath(QStringLiteral("l.db")), Database::OpenMode::CreateIfMissing).value();
    DemoOptions options;
    options.size = DemoSize::L;
    if (!DemoGenerator(*source, options).run()) {
        std::fprintf(stderr, "generation failed\n");
        return 1;
    }
    QBuffer units, persons;
    units.open(QIODevice::WriteOnly);
    persons.open(QIODevice::WriteOnly);
    if (!UnitCsv::exportTo(*source, units) || !PersonCsv::exportTo(*source, persons)) {
        std::fprintf(stderr, "export failed\n");
        return 1;
    }
    const int rows = QString::fromUtf8(persons.data()).count(QStringLiteral("\r\n")) - 1;

    auto target = Database::open(dir.filePath(QStringLiteral("t.db")), Database::OpenMode::CreateIfMissing).value();
    units.close();
    units.open(QIODevice::ReadOnly);
    if (!UnitCsv::importFrom(*target, units)) {
        std::fprintf(stderr, "unit import failed\n");
        return 1;
    }
    persons.close();
    const QByteArray bytes = persons.data().left(persons.data().size());
    resetPeakRss();
    QBuffer input;
    input.setData(bytes);
    input.open(QIODevice::ReadOnly);
    QElapsedTimer timer;
    timer.start();
    const auto report = PersonCsv::importFrom(*target, input);
    const double first = timer.elapsed() / 1000.0;
    input.seek(0);
    timer.restart();
    const auto again = PersonCsv::importFrom(*target, input);
    const double second = timer.elapsed() / 1000.0;
    std::printf("import persons CSV: %d rows (%.1f MB), created %d, %.2f s; re-import (no-op, unchanged %d): %.2f s; peak RSS %.0f MB\n",
                rows, bytes.size() / 1048576.0, report->created, first, again->unchanged, second, peakRssMiB());
    if (!report->written)
        return 1;

    // Participations: the first 50,000 rows of L's (about 124,000), each event's rows together.
    QBuffer exported;
    exported.open(QIODevice::WriteOnly);
    if (!ParticipationCsv::exportTo(*source, exported)) {
        std::fprintf(stderr, "participation export failed\n");
        return 1;
    }
    constexpr int wanted = 50000;
    const QByteArray all = exported.data();
    qsizetype end = 0;
    for (int line = 0; line <= wanted && end >= 0; ++line)
        end = all.indexOf("\r\n", end) + 2;
    const QByteArray participations = all.left(end);
    resetPeakRss();
    QBuffer file;
    file.setData(participations);
    file.open(QIODevice::ReadOnly);
    timer.restart();
    const auto imported = ParticipationCsv::importFrom(*target, file);
    const double seconds = timer.elapsed() / 1000.0;
    if (!imported || !imported->written) {
        std::fprintf(stderr, "participation import failed: %s\n",
                     qPrintable(imported ? imported->issues.value(0).message : imported.error()));
        return 1;
    }
    file.seek(0);
    timer.restart();
    const auto repeated = ParticipationCsv::importFrom(*target, file);
    const double again2 = timer.elapsed() / 1000.0;
    std::printf("import participation CSV: %d rows (%.1f MB), created %d, %.2f s; re-import (no-op, unchanged %d): %.2f s; "
                "peak RSS %.0f MB\n",
                imported->rows, participations.size() / 1048576.0, imported->created, seconds, repeated->unchanged, again2,
                peakRssMiB());
    return 0;
}
