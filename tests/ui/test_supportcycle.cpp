// Issue 3's "Done when", in the window: a methodist finds a teacher with a diagnosed methodical
// deficit, builds a route for it with a course and a seminar from her card, records the
// seminar's twenty participants in one go, marks the route completed, and sees all of it on the
// teacher's card. Data: supportcyclefixture.h, opened by the main window as a user would.
#include "editsession.h"
#include "messagebox.h"
#include "participantpicker.h"
#include "personcard.h"
#include "routebuilder.h"
#include "supportcyclefixture.h"
#include "testwindow.h"

#include <QAction>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>

namespace {

QTableWidget* table(const PersonCard& card, const char* name)
{
    auto* t = card.findChild<QTableWidget*>(QString::fromLatin1(name));
    REQUIRE(t);
    return t;
}

QString text(const QTableWidget* table, int row, int column)
{
    return table->item(row, column) ? table->item(row, column)->text() : QString();
}

} // namespace

TEST_CASE("Done when: deficit, route with a course and a seminar, twenty participants, completed, on the card",
          "[ui][supportcycle]")
{
    SupportCycleFixture f;
    TestWindow w(f.folder.path(QStringLiteral("settings.ini")));
    REQUIRE(w.window.openDatabase(f.path));
    Database& db = *w.window.database();
    db.setClock(&f.clock); // 15.03.2025
    EditSession& session = *w.window.editSession();

    // 1. The region's deficits that no route addresses yet, this academic year: hers.
    const auto deficits = DiagnosticRepository(db).deficitsWithoutRoute(f.unit("R"), QDate(2024, 9, 1), QDate(2025, 8, 31));
    REQUIRE(deficits.size() == 1);
    CHECK(deficits[0].personId == f.person(1));
    CHECK(deficits[0].areaCode == QStringLiteral("methodical"));

    // 2. Her card; the route from the diagnostic, with the course and the seminar.
    PersonCard* card = PersonCard::show(&w.window, session, deficits[0].personId);
    REQUIRE(card);
    QTableWidget* diagnostics = table(*card, "diagnosticsTable");
    REQUIRE(diagnostics->rowCount() == 1);
    diagnostics->setCurrentCell(0, 0);
    RouteBuilder::setNextScript([](RouteBuilder& builder) {
        CHECK(builder.checkCandidates(QStringLiteral("Проектирование современного урока")) == 1);
        CHECK(builder.checkCandidates(QStringLiteral("семинар")) == 1);
        REQUIRE(builder.create());
    });
    auto* build = card->findChild<QPushButton*>(QStringLiteral("buildRouteButton"));
    REQUIRE(build);
    build->click();
    QTableWidget* routes = table(*card, "routesTable");
    QTableWidget* items = table(*card, "routeItemsTable");
    REQUIRE(routes->rowCount() == 1);
    CHECK(text(routes, 0, 0) == QStringLiteral("20.01.2025–31.08.2025"));
    CHECK(text(routes, 0, 1) == QStringLiteral("черновик"));
    CHECK(text(routes, 0, 2) == QStringLiteral("методические"));
    REQUIRE(items->rowCount() == 2);
    CHECK(text(items, 0, 2) == QStringLiteral("Участие: семинар «Современный урок: деятельностный подход»"));
    CHECK(text(items, 1, 2) == QStringLiteral("Курсы «Проектирование современного урока» (36 ч)"));
    CHECK(DiagnosticRepository(db).deficitsWithoutRoute(f.unit("R"), QDate(2024, 9, 1), QDate(2025, 8, 31)).isEmpty());

    // 3. The seminar's twenty participants in one go (the staff of Асиновский район, her too).
    ParticipantPicker::setNextScript([](ParticipantPicker& picker) {
        picker.checkAllShown();
        REQUIRE(picker.save());
    });
    REQUIRE(ParticipantPicker::pick(&w.window, session, f.seminarId));
    CHECK(EventRepository(db).participantCount(f.seminarId) == 20);
    CHECK(session.undoStack()->undoText() == QStringLiteral("Участники мероприятия «Современный урок: деятельностный подход»: +20"));
    QTableWidget* events = table(*card, "eventsTable");
    REQUIRE(events->rowCount() == 2);
    CHECK(text(events, 1, 2) == QStringLiteral("Современный урок: деятельностный подход"));
    CHECK(text(events, 1, 4) == QStringLiteral("участник"));

    // 4. A draft cannot be completed at once: the core's message; then active, then completed.
    routes->setCurrentCell(0, 0);
    const int messages = MessageBox::count();
    card->findChild<QAction*>(QStringLiteral("routeStatus_completed_successfully"))->trigger();
    CHECK(MessageBox::count() == messages + 1);
    CHECK(MessageBox::last().text.contains(QStringLiteral("черновик")));
    CHECK(text(routes, 0, 1) == QStringLiteral("черновик"));
    card->findChild<QAction*>(QStringLiteral("routeStatus_active"))->trigger();
    CHECK(text(routes, 0, 1) == QStringLiteral("действует (15.03.2025)"));
    card->findChild<QAction*>(QStringLiteral("routeStatus_completed_successfully"))->trigger();
    CHECK(text(routes, 0, 1) == QStringLiteral("завершён успешно (15.03.2025)"));
    // Edit ▸ Undo takes the completion back, Redo repeats it.
    QAction* undo = w.window.action("undoAction");
    QAction* redo = w.window.action("redoAction");
    REQUIRE(undo);
    REQUIRE(redo);
    undo->trigger();
    CHECK(text(routes, 0, 1) == QStringLiteral("действует (15.03.2025)"));
    redo->trigger();
    CHECK(text(routes, 0, 1) == QStringLiteral("завершён успешно (15.03.2025)"));

    // 5. All of it on her card: the route in the history, its items, the seminar.
    QStringList history;
    const QTableWidget* historyTable = table(*card, "historyTable");
    for (int r = 0; r < historyTable->rowCount(); ++r)
        history << text(historyTable, r, 0) + u' ' + text(historyTable, r, 1);
    CHECK(history.contains(QStringLiteral("20.01.2025 Диагностика")));
    CHECK(history.contains(QStringLiteral("20.02.2025 Методическое мероприятие")));
    CHECK(history.contains(QStringLiteral("20.01.2025 Индивидуальный образовательный маршрут")));
    CHECK(history.contains(QStringLiteral("15.03.2025 Окончание маршрута")));
    CHECK(items->rowCount() == 2);
    card->close();
}
