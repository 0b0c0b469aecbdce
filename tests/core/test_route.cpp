// Individual educational routes: the route's rules, one unfinished route at a time, building
// it from a diagnostic, listing by subtree and period, removal, the person's history.
#include "routefixture.h"

TEST_CASE("a route is stored and read back", "[route]")
{
    RouteFixture f;
    const qint64 mentor = f.teacher("Наставникова", f.schoolC); // another unit is fine for the responsible
    const qint64 d = f.diagnosticOf(f.person, QDate(2024, 6, 1), {result("methodical", "low")});
    Route r = f.yearRoute("draft");
    r.goals = QStringLiteral("  Освоить проектную методику ");
    r.skills = QStringLiteral("проектирование уроков");
    r.responsibleId = mentor;
    r.diagnosticId = d;
    REQUIRE(f.routes.insert(r).ok());
    CHECK(r.unitId == f.schoolA);
    CHECK(r.uuid.size() == 36);
    const auto back = f.routes.find(r.id);
    REQUIRE(back);
    CHECK(back->personId == f.person);
    CHECK(back->start == QDate(2024, 9, 1));
    CHECK(back->end == QDate(2025, 5, 31));
    CHECK(back->status == QStringLiteral("draft"));
    CHECK(back->goals == QStringLiteral("Освоить проектную методику"));
    CHECK(back->skills == QStringLiteral("проектирование уроков"));
    CHECK(back->responsibleId == mentor);
    CHECK(back->diagnosticId == d);
    CHECK(back->periodText() == QStringLiteral("01.09.2024–31.05.2025"));
    CHECK(f.routes.routesOf(f.person).size() == 1);

    Route open{.personId = mentor, .start = QDate(2024, 9, 1)};
    REQUIRE(f.routes.insert(open).ok());
    CHECK(f.routes.find(open.id)->responsibleId == 0);
    CHECK_FALSE(f.routes.find(open.id)->end.isValid());
}

TEST_CASE("route rules each refuse with a message naming the value", "[route]")
{
    RouteFixture f;
    const qint64 other = f.teacher("Белова", f.schoolB);
    const qint64 newcomer = f.teacher("Новикова", f.schoolA, QDate(2024, 11, 1));
    const qint64 othersDiagnostic = f.diagnosticOf(other, QDate(2024, 6, 1), {result("subject", "low")});
    const qint64 lateDiagnostic = f.diagnosticOf(f.person, QDate(2024, 10, 15), {result("subject", "low")});
    struct Case { const char* what; std::function<void(Route&)> change; QString mentions; };
    const Case cases[] = {
        {"unknown person", [](Route& r) { r.personId = 4242; }, QStringLiteral("4242")},
        {"unknown status", [](Route& r) { r.status = QStringLiteral("в работе"); }, QStringLiteral("в работе")},
        {"no start", [](Route& r) { r.start = QDate(); }, QString()},
        {"ends before it starts", [](Route& r) { r.end = QDate(2024, 8, 31); }, QStringLiteral("31.08.2024")},
        {"completed without an end", [](Route& r) { r.status = QStringLiteral("completed_successfully"); r.end = QDate(); }, QString()},
        {"not at that unit", [&](Route& r) { r.unitId = f.schoolB; }, QStringLiteral("Школа Б")},
        {"works nowhere then", [&](Route& r) { r.personId = newcomer; }, QStringLiteral("01.09.2024")},
        {"unknown responsible", [](Route& r) { r.responsibleId = 777; }, QStringLiteral("777")},
        {"unknown diagnostic", [](Route& r) { r.diagnosticId = 888; }, QStringLiteral("888")},
        {"another person's diagnostic", [&](Route& r) { r.diagnosticId = othersDiagnostic; }, QStringLiteral("Орлова")},
        {"starts before its diagnostic", [&](Route& r) { r.diagnosticId = lateDiagnostic; }, QStringLiteral("15.10.2024")},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        Route r = f.yearRoute();
        c.change(r);
        const auto id = f.routes.insert(r);
        REQUIRE_FALSE(id.ok());
        CHECK_FALSE(id.error().isEmpty());
        if (!c.mentions.isEmpty())
            CHECK(id.error().contains(c.mentions));
    }
    CHECK(f.routes.routesOf(f.person).isEmpty());
    Route single = f.yearRoute();
    single.end = single.start; // a one-day route
    CHECK(f.routes.insert(single).ok());
    CHECK_FALSE(f.routes.update(Route{.id = 999, .personId = f.person, .start = QDate(2024, 9, 1)}).ok());
}

TEST_CASE("a person has one unfinished route at a time", "[route]")
{
    RouteFixture f;
    Route year = f.yearRoute("active");
    REQUIRE(f.routes.insert(year).ok());
    // Overlapping draft: refused, naming the other route's period.
    Route overlapping{.personId = f.person, .start = QDate(2025, 5, 31), .end = QDate(2025, 12, 31)};
    auto refused = f.routes.insert(overlapping);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("01.09.2024–31.05.2025")));
    // An open-ended route overlaps everything after its start.
    Route earlierOpen{.personId = f.person, .start = QDate(2023, 1, 1)};
    CHECK_FALSE(f.routes.insert(earlierOpen).ok());
    // The next day is fine; so is a route of another person.
    Route next{.personId = f.person, .start = QDate(2025, 6, 1), .end = QDate(2025, 12, 31)};
    REQUIRE(f.routes.insert(next).ok());
    Route others{.personId = f.teacher("Белова", f.schoolA), .start = QDate(2024, 9, 1)};
    REQUIRE(f.routes.insert(others).ok());
    // Extending the first route into the next one is refused too.
    Route longer = *f.routes.find(year.id);
    longer.end = QDate(2025, 6, 15);
    const Status s = f.routes.update(longer);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().contains(QStringLiteral("01.06.2025–31.12.2025")));
    // A finished route no longer blocks: overlapping with a completed one is fine.
    REQUIRE(f.routes.setStatus(year.id, QStringLiteral("completed_successfully"), {}).ok());
    Route after{.personId = f.person, .start = QDate(2025, 1, 1), .end = QDate(2025, 5, 31), .status = QStringLiteral("abandoned")};
    CHECK(f.routes.insert(after).ok()); // a final route does not take part
    REQUIRE(f.routes.remove(next.id).ok());
    Route again{.personId = f.person, .start = QDate(2025, 5, 1), .end = QDate(2025, 8, 31)};
    CHECK(f.routes.insert(again).ok());
}

TEST_CASE("a route built from a diagnostic has its deficits as problems", "[route]")
{
    RouteFixture f;
    const qint64 d = f.diagnosticOf(f.person, QDate(2024, 6, 1),
                                    {result("subject", "high"), result("methodical", "low"),
                                     DiagnosticResult{.areaCode = QStringLiteral("psychological"), .level = QStringLiteral("medium"), .deficit = true},
                                     DiagnosticResult{.areaCode = QStringLiteral("digital"), .level = QStringLiteral("low"), .deficit = false}});
    const auto diagnostic = f.diagnostics.find(d).value();
    const auto id = f.routes.createFromDiagnostic(d, QDate(2024, 9, 1), QDate(2025, 5, 31));
    REQUIRE(id.ok());
    const auto route = f.routes.find(*id).value();
    CHECK(route.personId == f.person);
    CHECK(route.unitId == f.schoolA);
    CHECK(route.status == QStringLiteral("draft"));
    CHECK(route.diagnosticId == d);
    CHECK(route.start == QDate(2024, 9, 1));
    CHECK(route.end == QDate(2025, 5, 31));
    const auto problems = f.routes.problems(*id);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].areaCode == QStringLiteral("methodical"));
    CHECK(problems[0].diagnosticResultId == diagnostic.result(QStringLiteral("methodical"))->id);
    CHECK(problems[0].description == QStringLiteral("методические"));
    CHECK(problems[1].areaCode == QStringLiteral("psychological"));
    CHECK(problems[1].diagnosticResultId == diagnostic.result(QStringLiteral("psychological"))->id);
    CHECK(problems[1].description == QStringLiteral("психолого-педагогические"));

    // Refused whole: an overlapping period leaves neither a route nor problems behind.
    const auto overlapping = f.routes.createFromDiagnostic(d, QDate(2025, 1, 1), QDate(2025, 12, 31));
    REQUIRE_FALSE(overlapping.ok());
    CHECK(overlapping.error().contains(QStringLiteral("01.09.2024–31.05.2025")));
    CHECK(f.routes.routesOf(f.person).size() == 1);
    QSqlQuery q(f.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM route_problem")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2);
    // Nothing to build on; no such diagnostic; a bad period.
    const qint64 good = f.diagnosticOf(f.person, QDate(2025, 5, 1), {result("subject", "high")});
    CHECK_FALSE(f.routes.createFromDiagnostic(good, QDate(2025, 9, 1), QDate(2026, 5, 31)).error().isEmpty());
    CHECK(f.routes.createFromDiagnostic(4242, QDate(2025, 9, 1), QDate(2026, 5, 31)).error().contains(QStringLiteral("4242")));
    CHECK_FALSE(f.routes.createFromDiagnostic(d, QDate(2026, 9, 1), QDate(2026, 5, 31)).ok());
}

TEST_CASE("routes of a subtree that run at some time in a period", "[route]")
{
    RouteFixture f;
    auto add = [&](qint64 unit, QDate start, QDate end, const char* status) {
        Route r{.personId = f.teacher("Учителева", unit), .start = start, .end = end, .status = QString::fromUtf8(status)};
        REQUIRE(f.routes.insert(r).ok());
        return r.id;
    };
    // Period 01.09.2024–31.05.2025.
    const qint64 endsOnFirstDay = add(f.schoolA, QDate(2024, 1, 1), QDate(2024, 9, 1), "completed_successfully");
    add(f.schoolA, QDate(2024, 1, 1), QDate(2024, 8, 31), "completed_successfully");  // ended before
    const qint64 startsOnLastDay = add(f.schoolB, QDate(2025, 5, 31), QDate(2025, 12, 31), "draft");
    add(f.schoolB, QDate(2025, 6, 1), QDate(2025, 12, 31), "draft");                  // starts after
    const qint64 open = add(f.schoolA, QDate(2023, 9, 1), QDate(), "active");
    const qint64 elsewhere = add(f.schoolC, QDate(2024, 10, 1), QDate(2025, 3, 1), "active");
    auto ids = [](const QVector<Route>& list) {
        QVector<qint64> result;
        for (const Route& r : list)
            result.append(r.id);
        return result;
    };
    const QDate from(2024, 9, 1), to(2025, 5, 31);
    CHECK(ids(f.routes.list(f.municipality, from, to)) == QVector<qint64>{open, endsOnFirstDay, startsOnLastDay});
    CHECK(ids(f.routes.list(f.region, from, to)) == QVector<qint64>{open, endsOnFirstDay, elsewhere, startsOnLastDay});
    CHECK(ids(f.routes.list(f.schoolC, from, to)) == QVector<qint64>{elsewhere});
    CHECK(ids(f.routes.list(f.schoolB, QDate(2026, 1, 1), QDate(2026, 12, 31))).isEmpty());
}

TEST_CASE("removing a route removes its parts — changes are signalled", "[route]")
{
    RouteFixture f;
    Changes seen;
    QObject::connect(f.db.get(), &Database::changed, [&](Changes what) { seen |= what; });
    const qint64 d = f.diagnosticOf(f.person, QDate(2024, 6, 1), {result("methodical", "low")});
    CHECK(seen.testFlag(Change::Diagnostics));
    CHECK_FALSE(seen.testFlag(Change::Routes));
    const auto id = f.routes.createFromDiagnostic(d, QDate(2024, 9, 1), QDate(2025, 5, 31));
    REQUIRE(id.ok());
    CHECK(seen.testFlag(Change::Routes));
    RouteItem i = item(*id, QDate(2024, 12, 1));
    REQUIRE(f.routes.addItem(i).ok());
    RouteReview review{.routeId = *id, .date = QDate(2025, 1, 15), .notes = QStringLiteral("По плану")};
    REQUIRE(f.routes.addReview(review).ok());

    REQUIRE(f.routes.remove(*id).ok());
    CHECK_FALSE(f.routes.find(*id));
    QSqlQuery q(f.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM route_problem) + (SELECT COUNT(*) FROM route_item) "
                                  "+ (SELECT COUNT(*) FROM route_review)")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    CHECK(f.routes.remove(*id).error().contains(QString::number(*id)));
    CHECK(f.diagnostics.remove(d).ok());
}

TEST_CASE("a person's routes, reviews and endings in date order on their history", "[route]")
{
    RouteFixture f;
    // Inserted out of order: the later route first.
    Route later{.personId = f.person, .start = QDate(2025, 9, 1), .end = QDate(2026, 5, 31)};
    REQUIRE(f.routes.insert(later).ok());
    Route earlier = f.yearRoute("active");
    REQUIRE(f.routes.insert(earlier).ok());
    RouteProblem problem{.routeId = earlier.id, .areaCode = QStringLiteral("methodical")};
    REQUIRE(f.routes.addProblem(problem).ok());
    RouteItem done = item(earlier.id, QDate(2024, 12, 1));
    done.status = QStringLiteral("done");
    REQUIRE(f.routes.addItem(done).ok());
    RouteItem planned = item(earlier.id, QDate(2025, 3, 1), "Открытый урок");
    REQUIRE(f.routes.addItem(planned).ok());
    RouteReview review{.routeId = earlier.id, .date = QDate(2025, 1, 15), .notes = QStringLiteral("Курсы пройдены")};
    REQUIRE(f.routes.addReview(review).ok());
    REQUIRE(f.routes.setStatus(earlier.id, QStringLiteral("completed_successfully"), QDate(2025, 5, 20)).ok());

    const auto history = f.routes.historyOf(f.person);
    REQUIRE(history.size() == 4);
    CHECK(history[0].date == QDate(2024, 9, 1));
    CHECK(history[0].uuid == earlier.uuid);
    CHECK(history[0].summary.contains(QStringLiteral("01.09.2024–31.05.2025")));
    CHECK(history[0].summary.contains(QStringLiteral("методические")));
    CHECK(history[1].date == QDate(2025, 1, 15));
    CHECK(history[1].uuid == review.uuid);
    CHECK(history[1].summary == QStringLiteral("Курсы пройдены"));
    CHECK(history[2].date == QDate(2025, 5, 20)); // the day it was completed, before the planned end
    CHECK(history[2].uuid == earlier.uuid);
    CHECK(history[2].summary == RouteStatuses::name(QStringLiteral("completed_successfully")));
    CHECK(history[3].date == QDate(2025, 9, 1));
    CHECK(history[3].uuid == later.uuid);
    for (const auto& entry : history)
        CHECK_FALSE(entry.kind.isEmpty());
}
