// The parts of a route: items and reviews inside its period, problems in known areas linked
// only to the route's own diagnostic.
#include "routefixture.h"

TEST_CASE("route items fall inside the route's period", "[route]")
{
    RouteFixture f;
    Route r = f.yearRoute();
    REQUIRE(f.routes.insert(r).ok());
    RouteItem first = item(r.id, QDate(2024, 9, 1));   // the first day
    RouteItem last = item(r.id, QDate(2025, 5, 31), "Выступление на РМО");
    last.directionCode = QStringLiteral("профессиональное сообщество");
    REQUIRE(f.routes.addItem(first).ok());
    REQUIRE(f.routes.addItem(last).ok());
    CHECK(last.directionCode == QStringLiteral("community"));
    struct Case { const char* what; std::function<void(RouteItem&)> change; QString mentions; };
    const Case cases[] = {
        {"before the start", [](RouteItem& i) { i.dueDate = QDate(2024, 8, 31); }, QStringLiteral("31.08.2024")},
        {"after the end", [](RouteItem& i) { i.dueDate = QDate(2025, 6, 1); }, QStringLiteral("01.06.2025")},
        {"no due date", [](RouteItem& i) { i.dueDate = QDate(); }, QStringLiteral("Курсы ФГОС")},
        {"no title", [](RouteItem& i) { i.title = QStringLiteral("  "); }, QString()},
        {"unknown direction", [](RouteItem& i) { i.directionCode = QStringLiteral("хобби"); }, QStringLiteral("хобби")},
        {"unknown status", [](RouteItem& i) { i.status = QStringLiteral("отложено"); }, QStringLiteral("отложено")},
        {"completion date of an undone item", [](RouteItem& i) { i.completedOn = QDate(2024, 12, 1); }, QStringLiteral("Курсы ФГОС")},
        {"no such route", [](RouteItem& i) { i.routeId = 999; }, QStringLiteral("999")},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        RouteItem i = item(r.id, QDate(2024, 12, 1));
        c.change(i);
        const auto added = f.routes.addItem(i);
        REQUIRE_FALSE(added.ok());
        if (!c.mentions.isEmpty())
            CHECK(added.error().contains(c.mentions));
        // The same rules when an existing item is edited.
        RouteItem edited = f.routes.findItem(first.id).value();
        c.change(edited);
        CHECK_FALSE(f.routes.updateItem(edited).ok());
    }
    REQUIRE(f.routes.items(r.id).size() == 2);

    // Done, with evidence and a completion date; read back in due order.
    RouteItem done = *f.routes.findItem(last.id);
    done.status = QStringLiteral("выполнено");
    done.evidence = QStringLiteral("протокол РМО № 3");
    done.completedOn = QDate(2025, 5, 30);
    REQUIRE(f.routes.updateItem(done).ok());
    const auto items = f.routes.items(r.id);
    CHECK(items[0].id == first.id);
    CHECK(items[1].status == QStringLiteral("done"));
    CHECK(items[1].evidence == QStringLiteral("протокол РМО № 3"));
    CHECK(items[1].completedOn == QDate(2025, 5, 30));

    // The route's period cannot shrink away from its items.
    Route shorter = *f.routes.find(r.id);
    shorter.end = QDate(2025, 5, 1);
    const Status s = f.routes.update(shorter);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().contains(QStringLiteral("Выступление на РМО")));
    shorter = *f.routes.find(r.id);
    shorter.start = QDate(2024, 9, 2);
    CHECK_FALSE(f.routes.update(shorter).ok());

    // An item moves only between routes of the same person.
    Route next{.personId = f.person, .start = QDate(2025, 9, 1), .end = QDate(2026, 5, 31)};
    REQUIRE(f.routes.insert(next).ok());
    Route others{.personId = f.teacher("Белова", f.schoolA), .start = QDate(2025, 9, 1), .end = QDate(2026, 5, 31)};
    REQUIRE(f.routes.insert(others).ok());
    RouteItem moved = *f.routes.findItem(first.id);
    moved.dueDate = QDate(2025, 10, 1);
    moved.routeId = others.id;
    CHECK(f.routes.updateItem(moved).error().contains(QStringLiteral("Курсы ФГОС")));
    moved.routeId = next.id;
    REQUIRE(f.routes.updateItem(moved).ok());
    CHECK(f.routes.items(next.id).size() == 1);

    REQUIRE(f.routes.removeItem(first.id).ok());
    CHECK_FALSE(f.routes.findItem(first.id));
    CHECK_FALSE(f.routes.removeItem(first.id).ok());

    // An open-ended route takes items any time after its start.
    Route open{.personId = f.teacher("Серова", f.schoolA), .start = QDate(2024, 9, 1)};
    REQUIRE(f.routes.insert(open).ok());
    RouteItem far = item(open.id, QDate(2030, 1, 1));
    CHECK(f.routes.addItem(far).ok());
    RouteItem early = item(open.id, QDate(2024, 8, 1));
    CHECK_FALSE(f.routes.addItem(early).ok());
}

TEST_CASE("intermediate reviews fall inside the route's period", "[route]")
{
    RouteFixture f;
    Route r = f.yearRoute();
    REQUIRE(f.routes.insert(r).ok());
    RouteReview late{.routeId = r.id, .date = QDate(2025, 6, 1), .notes = QStringLiteral("Итоги")};
    CHECK(f.routes.addReview(late).error().contains(QStringLiteral("01.06.2025")));
    RouteReview empty{.routeId = r.id, .date = QDate(2025, 1, 15), .notes = QStringLiteral(" ")};
    CHECK_FALSE(f.routes.addReview(empty).ok());
    RouteReview undated{.routeId = r.id, .notes = QStringLiteral("Итоги")};
    CHECK_FALSE(f.routes.addReview(undated).ok());
    RouteReview winter{.routeId = r.id, .date = QDate(2025, 1, 15), .notes = QStringLiteral("Курсы пройдены, план по графику")};
    RouteReview autumn{.routeId = r.id, .date = QDate(2024, 11, 1), .notes = QStringLiteral("Начало работы")};
    REQUIRE(f.routes.addReview(winter).ok());
    REQUIRE(f.routes.addReview(autumn).ok());
    const auto reviews = f.routes.reviews(r.id);
    REQUIRE(reviews.size() == 2);
    CHECK(reviews[0].id == autumn.id);
    CHECK(reviews[1].notes == QStringLiteral("Курсы пройдены, план по графику"));

    RouteReview moved = *f.routes.findReview(autumn.id);
    moved.date = QDate(2024, 8, 1);
    CHECK_FALSE(f.routes.updateReview(moved).ok());
    moved.date = QDate(2024, 10, 1);
    REQUIRE(f.routes.updateReview(moved).ok());
    CHECK(f.routes.findReview(autumn.id)->date == QDate(2024, 10, 1));
    // The period cannot shrink away from a review.
    Route shorter = *f.routes.find(r.id);
    shorter.end = QDate(2025, 1, 1);
    CHECK(f.routes.update(shorter).error().contains(QStringLiteral("15.01.2025")));
    REQUIRE(f.routes.removeReview(winter.id).ok());
    CHECK(f.routes.update(shorter).ok());
}

TEST_CASE("route problems: known areas, linked only to the route's own diagnostic", "[route]")
{
    RouteFixture f;
    const qint64 d = f.diagnosticOf(f.person, QDate(2024, 6, 1), {result("methodical", "low"), result("subject", "high")});
    const qint64 earlier = f.diagnosticOf(f.person, QDate(2023, 6, 1), {result("digital", "low")});
    const auto diagnostic = f.diagnostics.find(d).value();
    const qint64 methodical = diagnostic.result(QStringLiteral("methodical"))->id;
    const qint64 subject = diagnostic.result(QStringLiteral("subject"))->id;
    const qint64 digital = f.diagnostics.find(earlier)->results[0].id;

    Route plain = f.yearRoute();
    REQUIRE(f.routes.insert(plain).ok());
    RouteProblem unlinked{.routeId = plain.id, .areaCode = QStringLiteral("коммуникативные")};
    REQUIRE(f.routes.addProblem(unlinked).ok());
    CHECK(unlinked.areaCode == QStringLiteral("communicative"));
    CHECK(unlinked.description == QStringLiteral("коммуникативные")); // the area's name by default
    RouteProblem unknown{.routeId = plain.id, .areaCode = QStringLiteral("astrology")};
    CHECK(f.routes.addProblem(unknown).error().contains(QStringLiteral("astrology")));
    RouteProblem linkedWithoutDiagnostic{.routeId = plain.id, .diagnosticResultId = methodical};
    CHECK_FALSE(f.routes.addProblem(linkedWithoutDiagnostic).ok());

    Route built = f.yearRoute("draft");
    built.start = QDate(2025, 9, 1);
    built.end = QDate(2026, 5, 31);
    built.diagnosticId = d;
    REQUIRE(f.routes.insert(built).ok());
    RouteProblem linked{.routeId = built.id, .diagnosticResultId = methodical,
                        .description = QStringLiteral("Не владеет технологией формирующего оценивания")};
    REQUIRE(f.routes.addProblem(linked).ok());
    CHECK(linked.areaCode == QStringLiteral("methodical")); // taken from the result
    RouteProblem otherDiagnostic{.routeId = built.id, .diagnosticResultId = digital};
    CHECK_FALSE(f.routes.addProblem(otherDiagnostic).ok());
    RouteProblem wrongArea{.routeId = built.id, .areaCode = QStringLiteral("digital"), .diagnosticResultId = subject};
    const auto refused = f.routes.addProblem(wrongArea);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("предметные")));
    RouteProblem missing{.routeId = built.id, .diagnosticResultId = 9999};
    CHECK(f.routes.addProblem(missing).error().contains(QStringLiteral("9999")));

    const auto problems = f.routes.problems(built.id);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].diagnosticResultId == methodical);
    CHECK(problems[0].description == QStringLiteral("Не владеет технологией формирующего оценивания"));
    // The route's diagnostic cannot change under its linked problems.
    Route relinked = *f.routes.find(built.id);
    relinked.diagnosticId = earlier;
    CHECK_FALSE(f.routes.update(relinked).ok());
    relinked.diagnosticId = 0;
    CHECK_FALSE(f.routes.update(relinked).ok());
    REQUIRE(f.routes.removeProblem(linked.id).ok());
    CHECK(f.routes.update(relinked).ok());
    CHECK_FALSE(f.routes.removeProblem(linked.id).ok());
}

TEST_CASE("a route's items and reviews added at once: all or nothing", "[route]")
{
    RouteFixture f;
    Route r = f.yearRoute();
    REQUIRE(f.routes.insert(r).ok());
    // The second item is due after the route ends (31.05.2025): none of the three is written.
    QVector<RouteItem> items{item(r.id, QDate(2024, 10, 1)), item(r.id, QDate(2025, 6, 2), "Выступление на РМО"),
                             item(r.id, QDate(2025, 3, 1))};
    CHECK(f.routes.addItems(r.id, items).error()
          == QStringLiteral("Срок пункта «Выступление на РМО» (02.06.2025) выходит за период маршрута (01.09.2024–31.05.2025)."));
    CHECK(f.routes.items(r.id).isEmpty());
    items[1].dueDate = QDate(2025, 5, 20);
    REQUIRE(f.routes.addItems(r.id, items).ok());
    CHECK(f.routes.items(r.id).size() == 3);
    CHECK(items[2].id > items[0].id);
    CHECK(items[1].routeId == r.id);

    QVector<RouteReview> reviews{{.date = QDate(2025, 1, 20), .notes = QStringLiteral("Маршрут выполняется по плану.")},
                                 {.date = QDate(2025, 5, 31), .notes = QStringLiteral("Итог: выполнено.")}};
    REQUIRE(f.routes.addReviews(r.id, reviews).ok());
    CHECK(f.routes.reviews(r.id).size() == 2);
    CHECK(reviews[1].routeId == r.id);
    QVector<RouteReview> late{{.date = QDate(2025, 6, 1), .notes = QStringLiteral("Поздно.")}};
    CHECK_FALSE(f.routes.addReviews(r.id, late).ok());
    CHECK(f.routes.reviews(r.id).size() == 2);
}
