// Benchmark (not a test): how long until the window is usable on a database — the tree and the
// first page of the staff table shown — the cost of the tree's subtree staff counts, and of one
// search of the forms' person picker (a part of a name typed: SQL LIKE with a limit, each found
// person labelled with their school).
// Usage: bench-window DB [DB...]   (e.g. files made by `metodist-cli demo x.db --size L`)
// Runs on the offscreen platform; prints seconds and the peak memory of the process.
#include "benchsupport.h"
#include "forms/formfields.h"
#include "mainwindow.h"
#include "settings.h"
#include "staffpanel.h"
#include "stafftablemodel.h"
#include "storage/orgunitrepository.h"
#include "translation.h"
#include "unittreemodel.h"
#include "unittreeview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <cstdio>

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    installRussianTranslation(app);
    const QStringList files = app.arguments().mid(1);
    if (files.isEmpty()) {
        std::fprintf(stderr, "usage: bench-window DB [DB...]\n");
        return 1;
    }
    QTemporaryDir dir;
    for (const QString& file : files) {
        resetPeakRss();
        QElapsedTimer timer;
        timer.start();
        QSettings storage(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        Settings settings(&storage);
        auto* window = new MainWindow(settings);
        window->resize(1400, 900);
        window->show();
        if (!window->openDatabase(file))
            return 1;
        // Usable: the tree has its rows and the table has painted its first page.
        while (window->unitTree()->unitModel()->rowCount() == 0 || window->staffPanel()->model()->rowCount() == 0)
            QCoreApplication::processEvents();
        window->staffPanel()->findChild<QTableView*>()->viewport()->repaint();
        const double usable = timer.elapsed() / 1000.0;

        OrgUnitRepository units(*window->database());
        timer.restart();
        const int rounds = 5;
        for (int i = 0; i < rounds; ++i)
            units.staffCounts(QDate::currentDate());
        const double counts = timer.elapsed() / 1000.0 / rounds;
        PersonPicker picker(*window->database());
        const QStringList typed{QStringLiteral("Ив"), QStringLiteral("ова"), QStringLiteral("Смирнова Е"),
                                QStringLiteral("Щукин")};
        timer.restart();
        int found = 0;
        for (const QString& text : typed)
            found += int(picker.search(text).size());
        const double search = timer.elapsed() / 1000.0 / double(typed.size());
        std::printf("%s: window usable in %.2f s (%d staff rows); subtree staff counts of all %d units: %.3f s; "
                    "person picker search: %.3f s (%d found in %lld searches); peak RSS %.0f MiB\n",
                    qPrintable(file), usable, window->staffPanel()->model()->rowCount(), units.count(), counts, search,
                    found, qlonglong(typed.size()), peakRssMiB());
        delete window;
    }
    return 0;
}
