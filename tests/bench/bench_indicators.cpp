// Times the indicator engine on a database: all indicators of the catalogue for the region and
// its children (the dashboard's drill-down), then the same with targets and the previous year
// (IndicatorBoard), each the best and the median of N runs after one warm-up.
// With --sql FILE it writes the statements the engine runs, values written in, for the sqlite3
// shell: the floor the engine is compared with (BENCHMARKS.md).
//
//   bench-indicators FILE [--period 2024/25] [--runs N] [--sql OUT]
#include "benchsupport.h"
#include "indicators/indicatorboard.h"
#include "indicators/indicatorcatalogue.h"
#include "indicators/indicatorengine.h"
#include "storage/database.h"
#include "storage/orgunitrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <algorithm>
#include <ctime>
#include <functional>

namespace {

QTextStream out(stdout);

// Wall and CPU time: on the shared machine the wall time waits for the CPU; the CPU time of
// the process is what the work costs (compare with `.timer on`'s "user" in the sqlite3 shell).
void time(const QString& what, int runs, const std::function<bool()>& work)
{
    work(); // warm-up: the page cache and the prepared statements
    QVector<double> ms, cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t start = std::clock();
        if (!work())
            return;
        cpu.append((std::clock() - start) * 1000.0 / CLOCKS_PER_SEC);
        ms.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    out << what << ": wall best " << QString::number(ms.first(), 'f', 1) << " ms, median " << QString::number(ms.at(ms.size() / 2), 'f', 1)
        << " ms; CPU best " << QString::number(cpu.first(), 'f', 1) << " ms, median " << QString::number(cpu.at(cpu.size() / 2), 'f', 1)
        << " ms (" << runs << " runs)" << Qt::endl;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments().mid(1);
    QString path, sqlPath, periodText = QStringLiteral("2024/25");
    int runs = 5;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--period" && i + 1 < args.size())
            periodText = args.at(++i);
        else if (args.at(i) == u"--runs" && i + 1 < args.size())
            runs = std::max(1, args.at(++i).toInt());
        else if (args.at(i) == u"--sql" && i + 1 < args.size())
            sqlPath = args.at(++i);
        else if (path.isEmpty() && !args.at(i).startsWith(u'-'))
            path = args.at(i);
        else {
            err << "usage: bench-indicators FILE [--period 2024/25] [--runs N] [--sql OUT]" << Qt::endl;
            return 2;
        }
    }
    const auto period = IndicatorPeriod::parse(periodText, IndicatorPeriod::Kind::Academic);
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    if (path.isEmpty() || !period || !db) {
        err << (db ? QStringLiteral("bad period") : db.error()) << Qt::endl;
        return 2;
    }
    Database& database = *db.value();
    const auto region = OrgUnitRepository(database).region();
    const QVector<Indicator> all = IndicatorCatalogue(database).all();
    IndicatorEngine engine(database);

    if (!sqlPath.isEmpty()) {
        QFile file(sqlPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
            err << "cannot write " << sqlPath << Qt::endl;
            return 1;
        }
        QTextStream sql(&file);
        sql << "-- The statements of IndicatorEngine::compute for the region (id " << region->id << ") and its children, "
            << period->text() << ", all " << all.size() << " indicators; written by bench-indicators --sql.\n";
        for (const QString& s : engine.statements(region->id, *period, all))
            sql << s << "\n";
        out << "written " << sqlPath << Qt::endl;
    }

    const auto first = engine.compute(region->id, *period, all);
    if (!first) {
        err << first.error() << Qt::endl;
        return 1;
    }
    out << path << ": region " << region->code << " with " << first->children.size() << " children, " << all.size() << " indicators, "
        << period->text() << Qt::endl;
    for (const char* code : {"K01", "K03", "K08", "K12", "K17"})
        if (const IndicatorFigure* f = first->unit.find(QString::fromLatin1(code)))
            out << "  " << code << " " << f->numerator << " / " << f->denominator << Qt::endl;
    time(QStringLiteral("engine (region and children)"), runs, [&] { return engine.compute(region->id, *period, all).ok(); });
    IndicatorBoard board(database);
    time(QStringLiteral("board (targets, previous year)"), runs, [&] { return board.read(region->id, *period).ok(); });
    out << "peak RSS " << QString::number(peakRssMiB(), 'f', 1) << " MiB" << Qt::endl;
    return 0;
}
