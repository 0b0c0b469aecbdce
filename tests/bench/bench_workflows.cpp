// Benchmark (not a test): the three dialogs of the support cycle on a large database — the
// participant picker of the event with the largest organiser subtree (the staff query at the
// main employment, unfiltered and by name), the route builder of the latest diagnostic with a
// deficit, and the card of the person with the most records.
// Usage: bench-workflows DB   (e.g. a file made by `metodist-cli demo x.db --size XL`)
// Runs on the offscreen platform; prints milliseconds and the peak memory of the process.
#include "benchsupport.h"
#include "editsession.h"
#include "participantmodel.h"
#include "participantpicker.h"
#include "personcard.h"
#include "routebuilder.h"
#include "storage/clock.h"
#include "storage/database.h"
#include "storage/subtreestaff.h"
#include "translation.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <cstdio>
#include <functional>

namespace {

qint64 firstValue(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : 0;
}

// The best of three runs, in milliseconds.
double bestOf3(const std::function<void()>& run)
{
    double best = 1e9;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        best = std::min(best, timer.nsecsElapsed() / 1e6);
    }
    return best;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    installRussianTranslation(app);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure as soon as it is measured
    if (app.arguments().size() != 2) {
        std::fprintf(stderr, "usage: bench-workflows DB\n");
        return 1;
    }
    auto opened = Database::open(app.arguments().at(1), Database::OpenMode::ExistingOnly);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 3;
    }
    Database& db = *opened.value();
    EditSession session;
    session.setDatabase(&db);

    // A regional event if any (its organiser's subtree is the whole region), the latest first.
    const qint64 eventId = firstValue(db, QStringLiteral(
        "SELECT ev.id FROM methodical_event ev JOIN org_unit u ON u.id = ev.org_unit_id "
        "ORDER BY u.parent_id IS NOT NULL, ev.start_date DESC LIMIT 1"));
    const qint64 regionId = firstValue(db, QStringLiteral("SELECT id FROM org_unit WHERE parent_id IS NULL"));
    SubtreeStaff staff(db);
    const QDate today = db.clock().today();
    int rows = 0;
    const double unfiltered = bestOf3([&] { rows = int(staff.find(regionId, today, {}, ParticipantPicker::RowLimit)->size()); });
    std::printf("staff of the region at the main employment, first %d by name: %.0f ms\n", rows, unfiltered);
    const double byName = bestOf3([&] { rows = int(staff.find(regionId, today, QStringLiteral("иванова"), ParticipantPicker::RowLimit)->size()); });
    std::printf("  named «иванова» (%d shown): %.0f ms\n", rows, byName);

    int shown = 0;
    const double picker = bestOf3([&] {
        ParticipantPicker p(session, eventId);
        shown = p.model()->rowCount();
    });
    std::printf("participant picker of a regional event opened (%d rows): %.0f ms\n", shown, picker);
    {
        ParticipantPicker p(session, eventId);
        const double filter = bestOf3([&] { p.setNameFilter(QStringLiteral("петров")); });
        std::printf("  name filter «петров» (%d rows): %.0f ms\n", p.model()->rowCount(), filter);
        const double all = bestOf3([&] {
            p.setNameFilter(QString());
            p.checkAllShown();
        });
        std::printf("  all %d shown checked: %.0f ms\n", p.model()->checkedCount(), all);
    }

    const qint64 diagnosticId = firstValue(db, QStringLiteral(
        "SELECT d.id FROM diagnostic d JOIN diagnostic_result r ON r.diagnostic_id = d.id "
        "WHERE r.deficit = 1 ORDER BY d.diagnosed_on DESC LIMIT 1"));
    const double builder = bestOf3([&] { RouteBuilder b(session, diagnosticId); });
    std::printf("route builder of the latest diagnostic with a deficit opened: %.0f ms\n", builder);

    const qint64 personId = firstValue(db, QStringLiteral(
        "SELECT person_id FROM event_participation GROUP BY person_id ORDER BY COUNT(*) DESC LIMIT 1"));
    const double card = bestOf3([&] { PersonCard c(session, personId); });
    std::printf("card of the person with the most event participations opened: %.0f ms\n", card);
    std::printf("peak RSS %.0f MiB\n", peakRssMiB());
    return 0;
}
