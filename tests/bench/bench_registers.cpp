// Benchmark (not a test): opening the routes and events registers of the region in the window —
// the section chosen until its first page is painted — in the current academic year and in all
// years, then re-sorting by person or topic and searching.
// Usage: bench-registers DB [DB...]   (e.g. files made by `metodist-cli demo x.db --size L`)
//        bench-registers --shots FOLDER DB   (a picture of every section, the last academic year)
// Runs on the offscreen platform; prints seconds, rows and the peak memory of the process.
#include "benchsupport.h"
#include "mainwindow.h"
#include "recordtablemodel.h"
#include "registerpanel.h"
#include "settings.h"
#include "translation.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <cstdio>

namespace {

// Seconds until the action's register has painted its first page.
double timed(RegisterPanel* panel, const std::function<void()>& action)
{
    QElapsedTimer timer;
    timer.start();
    action();
    panel->view()->viewport()->repaint();
    return timer.elapsed() / 1000.0;
}

// Saves FOLDER/<kind>.png of every section of the window, in the academic year before today's.
int shots(const QString& folder, const QString& file)
{
    QTemporaryDir dir;
    QSettings storage(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    Settings settings(&storage);
    MainWindow window(settings);
    window.resize(1400, 800);
    window.show();
    if (!window.openDatabase(file))
        return 1;
    QComboBox* period = window.periodSelector();
    period->setCurrentIndex(period->currentIndex() + 1);
    for (const RecordKindInfo& info : RecordKinds::all()) {
        window.showSection(info.kind);
        QCoreApplication::processEvents();
        window.grab().save(QStringLiteral("%1/%2.png").arg(folder, QLatin1String(info.code)));
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    installRussianTranslation(app);
    const QStringList files = app.arguments().mid(1);
    if (files.size() == 3 && files.first() == u"--shots")
        return shots(files.at(1), files.at(2));
    if (files.isEmpty() || files.first().startsWith(u'-')) {
        std::fprintf(stderr, "usage: bench-registers DB [DB...] | bench-registers --shots FOLDER DB\n");
        return 1;
    }
    QTemporaryDir dir;
    for (const QString& file : files) {
        resetPeakRss();
        QSettings storage(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        Settings settings(&storage);
        auto* window = new MainWindow(settings);
        window->resize(1400, 900);
        window->show();
        if (!window->openDatabase(file))
            return 1;
        QCoreApplication::processEvents();
        std::printf("%s:\n", qPrintable(file));
        for (const RecordKind kind : {RecordKind::Route, RecordKind::Event}) {
            RegisterPanel* panel = window->registerPanel(kind);
            QComboBox* period = window->periodSelector();
            const int current = period->currentIndex();
            const double open = timed(panel, [&] { window->showSection(kind); });
            const int yearRows = panel->model()->rowCount();
            const double last = timed(panel, [&] { period->setCurrentIndex(current + 1); });
            const int lastRows = panel->model()->rowCount();
            const double all = timed(panel, [&] { period->setCurrentIndex(period->count() - 1); });
            const int allRows = panel->model()->rowCount();
            const int byText = panel->model()->spec().columnIndex(kind == RecordKind::Route ? QStringLiteral("person")
                                                                                              : QStringLiteral("topic"));
            const double sorted = timed(panel, [&] { panel->view()->sortByColumn(byText, Qt::DescendingOrder); });
            const double searched = timed(panel, [&] { panel->model()->setTextFilter(QStringLiteral("ива")); });
            const int foundRows = panel->model()->rowCount();
            panel->model()->setTextFilter({});
            period->setCurrentIndex(current);
            std::printf("  %-6s open %.3f s (%d rows this academic year); the last academic year %.3f s (%d rows); "
                        "all years %.3f s (%d rows); re-sort %.3f s; search «ива» %.3f s (%d rows)\n",
                        RecordKinds::info(kind).code, open, yearRows, last, lastRows, all, allRows, sorted, searched,
                        foundRows);
        }
        std::printf("  peak RSS %.0f MiB\n", peakRssMiB());
        delete window;
    }
    return 0;
}
