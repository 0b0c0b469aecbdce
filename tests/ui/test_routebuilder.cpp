// Building a route (ИОМ) from a diagnostic: the deficits become problems, the offered items are
// the courses and events of the deficit areas, Create is one undo step, and a refusal shows the
// core's message and writes nothing. Data: supportcyclefixture.h.
#include "routebuilder.h"
#include "storage/routerepository.h"
#include "supportcyclefixture.h"

#include <QDateEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>

namespace {

QStringList offered(const RouteBuilder& builder)
{
    const auto* tree = builder.findChild<QTreeWidget*>(QStringLiteral("candidatesTree"));
    REQUIRE(tree);
    QStringList lines;
    for (int a = 0; a < tree->topLevelItemCount(); ++a) {
        lines << tree->topLevelItem(a)->text(0);
        for (int i = 0; i < tree->topLevelItem(a)->childCount(); ++i) {
            const QTreeWidgetItem* item = tree->topLevelItem(a)->child(i);
            lines << QStringLiteral("  %1 | %2 | %3").arg(item->text(0), item->text(1), item->text(2));
        }
    }
    return lines;
}

} // namespace

TEST_CASE("the route builder offers the courses and events of the deficit areas", "[ui][route]")
{
    SupportCycleFixture f;
    RouteBuilder builder(f.session, f.diagnosticId);
    const auto* deficits = builder.findChild<QListWidget*>(QStringLiteral("deficitsList"));
    REQUIRE(deficits);
    REQUIRE(deficits->count() == 1);
    CHECK(deficits->item(0)->text() == QStringLiteral("методические"));
    // From the diagnostic's date to the end of its academic year (2024/25: 31.08.2025).
    CHECK(builder.findChild<QDateEdit*>(QStringLiteral("startEdit"))->date() == QDate(2025, 1, 20));
    CHECK(builder.findChild<QDateEdit*>(QStringLiteral("endEdit"))->date() == QDate(2025, 8, 31));
    // Methodical only; the seminar of Асиновский район (above her school) within the period —
    // not the master class of Колпашевский район, not the marathon of 15.01.2025 (before).
    // A course is due at the route's end, an event on its day.
    CHECK(offered(builder)
          == QStringList{QStringLiteral("методические"),
                         QStringLiteral("  Курсы «Проектирование современного урока» (36 ч) | курсы повышения квалификации | 31.08.2025"),
                         QStringLiteral("  Участие: семинар «Современный урок: деятельностный подход» | профессиональное сообщество | 20.02.2025")});
    // A shorter period leaves the seminar out, and the course falls due at the new end.
    builder.setPeriod(QDate(2025, 3, 1), QDate(2025, 5, 31));
    CHECK(offered(builder)
          == QStringList{QStringLiteral("методические"),
                         QStringLiteral("  Курсы «Проектирование современного урока» (36 ч) | курсы повышения квалификации | 31.05.2025")});
}

TEST_CASE("a route built from a diagnostic is one undo step", "[ui][route][undo]")
{
    SupportCycleFixture f;
    RouteBuilder builder(f.session, f.diagnosticId);
    CHECK(builder.errorText().isEmpty());
    CHECK(builder.findChild<QPushButton*>(QStringLiteral("createButton"))->isEnabled());
    CHECK(builder.checkCandidates(QStringLiteral("Проектирование")) == 1);
    CHECK(builder.checkCandidates(QStringLiteral("семинар")) == 1);
    builder.addFreeItem(QStringLiteral("self_education"), QStringLiteral("Изучить «Методику деятельностного подхода»"),
                        QDate(2025, 6, 30));
    REQUIRE(builder.create());
    CHECK(builder.errorText().isEmpty());
    CHECK(builder.result() == QDialog::Accepted);
    const qint64 id = builder.routeId();
    REQUIRE(id != 0);

    RouteRepository routes(*f.db);
    const auto route = routes.find(id);
    REQUIRE(route);
    CHECK(route->personId == f.person(1));
    CHECK(route->diagnosticId == f.diagnosticId);
    CHECK(route->start == QDate(2025, 1, 20));
    CHECK(route->end == QDate(2025, 8, 31));
    CHECK(route->status == QStringLiteral("draft"));
    CHECK(route->unitId == f.unit("S1"));
    const auto problems = routes.problems(id);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].areaCode == QStringLiteral("methodical"));
    CHECK(problems[0].diagnosticResultId == DiagnosticRepository(*f.db).find(f.diagnosticId)->result(QStringLiteral("methodical"))->id);
    const auto items = routes.items(id); // by due date
    REQUIRE(items.size() == 3);
    CHECK(items[0].title == QStringLiteral("Участие: семинар «Современный урок: деятельностный подход»"));
    CHECK(items[0].directionCode == QStringLiteral("community"));
    CHECK(items[0].dueDate == QDate(2025, 2, 20));
    CHECK(items[1].title == QStringLiteral("Изучить «Методику деятельностного подхода»"));
    CHECK(items[1].directionCode == QStringLiteral("self_education"));
    CHECK(items[2].title == QStringLiteral("Курсы «Проектирование современного урока» (36 ч)"));
    CHECK(items[2].directionCode == QStringLiteral("courses"));
    CHECK(items[2].dueDate == QDate(2025, 8, 31));
    for (const RouteItem& item : items)
        CHECK(item.status == QStringLiteral("planned"));

    // One step: Undo removes the route with its problem and items, Redo brings all of it back.
    QUndoStack* stack = f.session.undoStack();
    REQUIRE(stack->count() == 1);
    CHECK(stack->undoText() == QStringLiteral("ИОМ по диагностике от 20.01.2025: Иванова Мария Петровна"));
    stack->undo();
    CHECK(f.count("route") == 0);
    CHECK(f.count("route_problem") == 0);
    CHECK(f.count("route_item") == 0);
    stack->redo();
    CHECK(f.count("route") == 1);
    CHECK(f.count("route_problem") == 1);
    CHECK(f.count("route_item") == 3);
    REQUIRE(routes.find(id));
    CHECK(routes.items(id).size() == 3);

    // A second builder for the same diagnostic says at once that the period overlaps this route.
    RouteBuilder second(f.session, f.diagnosticId);
    CHECK(second.errorText()
          == QStringLiteral("У сотрудника Иванова Мария Петровна уже есть незавершённый маршрут на период 20.01.2025–31.08.2025, который пересекается с этим."));
    CHECK_FALSE(second.findChild<QPushButton*>(QStringLiteral("createButton"))->isEnabled());
}

TEST_CASE("an invalid route shows the core's message and writes nothing", "[ui][route]")
{
    SupportCycleFixture f;
    struct Case {
        const char* what;
        QDate start;
        QDate end;
        QDate freeDue; // of a free item; invalid: none
        QString message;
    };
    const Case cases[] = {
        {"starts before the diagnostic", QDate(2025, 1, 10), QDate(2025, 5, 31), {},
         QStringLiteral("Маршрут начинается 10.01.2025, раньше своей диагностики от 20.01.2025.")},
        {"ends before it starts", QDate(2025, 3, 1), QDate(2025, 2, 1), {},
         QStringLiteral("Маршрут заканчивается (01.02.2025) раньше, чем начинается (01.03.2025).")},
        {"an item outside the period", QDate(2025, 1, 20), QDate(2025, 5, 31), QDate(2025, 6, 30),
         QStringLiteral("Срок пункта «Открытый урок» (30.06.2025) выходит за период маршрута (20.01.2025–31.05.2025).")},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        RouteBuilder builder(f.session, f.diagnosticId);
        builder.setPeriod(c.start, c.end);
        builder.checkCandidates(QStringLiteral("Курсы"));
        const auto* createButton = builder.findChild<QPushButton*>(QStringLiteral("createButton"));
        REQUIRE(createButton);
        // The route's own rules are checked as the period is typed; an item's due date on Create.
        CHECK(createButton->isEnabled() == c.freeDue.isValid());
        CHECK(builder.errorText() == (c.freeDue.isValid() ? QString() : c.message));
        if (c.freeDue.isValid())
            builder.addFreeItem(QStringLiteral("methodical"), QStringLiteral("Открытый урок"), c.freeDue);
        CHECK_FALSE(builder.create());
        CHECK(builder.errorText() == c.message);
        CHECK(builder.routeId() == 0);
        CHECK(builder.result() != QDialog::Accepted);
        CHECK(f.count("route") == 0);
        CHECK(f.count("route_problem") == 0);
        CHECK(f.count("route_item") == 0);
        CHECK(f.session.undoStack()->count() == 0);
    }
}
