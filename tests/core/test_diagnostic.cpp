// Diagnostics of professional deficits: the rules, results per area, replacing results,
// listing by subtree and period, the deficits without a route, the person's history.
#include "cyclefixture.h"
#include "storage/diagnosticrepository.h"
#include "storage/routerepository.h"

namespace {

DiagnosticResult result(const char* area, const char* level, std::optional<int> score = {}, std::optional<bool> deficit = {})
{
    return DiagnosticResult{.areaCode = QString::fromUtf8(area), .score = score, .level = QString::fromUtf8(level), .deficit = deficit};
}

Diagnostic diagnostic(qint64 person, QDate date, QVector<DiagnosticResult> results)
{
    return Diagnostic{.personId = person, .date = date, .sourceCode = QStringLiteral("school"), .results = std::move(results)};
}

} // namespace

TEST_CASE("a diagnostic is stored with its results and read back", "[diagnostic]")
{
    CycleFixture f;
    DiagnosticRepository diagnostics(*f.db);
    const qint64 p = f.teacher("Орлова", f.schoolA);
    Diagnostic d = diagnostic(p, QDate(2024, 10, 1),
                              {result("предметные", "высокий", 90), result("methodical", "low", 30),
                               result("psychological", "medium", 55, true), result("communicative", "low", {}, false)});
    d.sourceCode = QStringLiteral("ЦНППМ");
    d.notes = QStringLiteral("  по итогам КПК  ");
    REQUIRE(diagnostics.insert(d).ok());
    CHECK(d.unitId == f.schoolA); // the main organisation on the date
    CHECK(d.uuid.size() == 36);

    const auto back = diagnostics.find(d.id);
    REQUIRE(back);
    CHECK(back->personId == p);
    CHECK(back->date == QDate(2024, 10, 1));
    CHECK(back->sourceCode == QStringLiteral("cnppm"));
    CHECK(back->notes == QStringLiteral("по итогам КПК"));
    REQUIRE(back->results.size() == 4);
    CHECK(back->results[0].areaCode == QStringLiteral("subject"));
    CHECK(back->results[0].level == QStringLiteral("high"));
    CHECK(back->results[0].score == 90);
    CHECK_FALSE(back->results[3].score.has_value());
    CHECK(back->results[0].id != 0);
    CHECK(d.results[0].id == back->results[0].id);
    // Deficit: by default a low level; an explicit flag wins either way.
    CHECK(back->deficitAreas() == QStringList{QStringLiteral("methodical"), QStringLiteral("psychological")});
    CHECK(CompetenceLevels::parse(QStringLiteral("Средний")) == QStringLiteral("medium"));
    CHECK(CompetenceLevels::name(QStringLiteral("low")) != QStringLiteral(""));
    CHECK(diagnostics.diagnosticsOf(p).size() == 1);
}

TEST_CASE("diagnostic rules each refuse with a message naming the value", "[diagnostic]")
{
    CycleFixture f;
    DiagnosticRepository diagnostics(*f.db);
    const qint64 p = f.teacher("Орлова", f.schoolA, QDate(2020, 9, 1));
    struct Case { const char* what; std::function<void(Diagnostic&)> change; QString mentions; };
    const Case cases[] = {
        {"unknown person", [](Diagnostic& d) { d.personId = 4242; }, QStringLiteral("4242")},
        {"no date", [](Diagnostic& d) { d.date = QDate(); }, QString()},
        {"future date", [](Diagnostic& d) { d.date = QDate(2025, 6, 2); }, QStringLiteral("02.06.2025")},
        {"not at that unit", [&](Diagnostic& d) { d.unitId = f.schoolB; }, QStringLiteral("Школа Б")},
        {"works nowhere then", [](Diagnostic& d) { d.date = QDate(2019, 1, 10); }, QStringLiteral("10.01.2019")},
        {"not yet at the unit", [&](Diagnostic& d) { d.unitId = f.schoolA; d.date = QDate(2019, 1, 10); }, QStringLiteral("Школа А")},
        {"unknown source", [](Diagnostic& d) { d.sourceCode = QStringLiteral("гадание"); }, QStringLiteral("гадание")},
        {"no results", [](Diagnostic& d) { d.results.clear(); }, QString()},
        {"unknown area", [](Diagnostic& d) { d.results.append(result("astrology", "low")); }, QStringLiteral("astrology")},
        {"area twice", [](Diagnostic& d) { d.results.append(result("методические", "high")); }, QStringLiteral("методические")},
        {"score above 100", [](Diagnostic& d) { d.results[0].score = 101; }, QStringLiteral("101")},
        {"score below 0", [](Diagnostic& d) { d.results[0].score = -1; }, QStringLiteral("-1")},
        {"unknown level", [](Diagnostic& d) { d.results[0].level = QStringLiteral("отличный"); }, QStringLiteral("отличный")},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        Diagnostic d = diagnostic(p, QDate(2024, 10, 1), {result("methodical", "low", 40)});
        c.change(d);
        const auto r = diagnostics.insert(d);
        REQUIRE_FALSE(r.ok());
        CHECK_FALSE(r.error().isEmpty());
        if (!c.mentions.isEmpty())
            CHECK(r.error().contains(c.mentions));
    }
    CHECK(diagnostics.diagnosticsOf(p).isEmpty());

    // The passing side of each rule: today, the person's own unit, scores 0 and 100.
    Diagnostic ok = diagnostic(p, CycleFixture::today(), {result("methodical", "low", 0), result("subject", "high", 100)});
    ok.unitId = f.schoolA;
    CHECK(diagnostics.insert(ok).ok());
}

TEST_CASE("updating a diagnostic replaces its results but keeps the ids of kept areas", "[diagnostic]")
{
    CycleFixture f;
    DiagnosticRepository diagnostics(*f.db);
    RouteRepository routes(*f.db);
    const qint64 p = f.teacher("Орлова", f.schoolA);
    const qint64 other = f.teacher("Белова", f.schoolA);
    Diagnostic d = diagnostic(p, QDate(2024, 10, 1), {result("methodical", "low", 30), result("subject", "medium", 60),
                                                      result("digital", "low", 20)});
    REQUIRE(diagnostics.insert(d).ok());
    const qint64 methodicalId = d.results[0].id;
    const auto routeId = routes.createFromDiagnostic(d.id, QDate(2024, 11, 1), QDate(2025, 5, 31)); // methodical, digital
    REQUIRE(routeId.ok());

    // methodical kept (new level), subject dropped, communicative added.
    Diagnostic changed = *diagnostics.find(d.id);
    changed.results = {result("methodical", "medium", 65), result("communicative", "low"), result("digital", "low", 25)};
    REQUIRE(diagnostics.update(changed).ok());
    auto back = diagnostics.find(d.id);
    REQUIRE(back->results.size() == 3);
    CHECK(back->result(QStringLiteral("methodical"))->id == methodicalId);
    CHECK(back->result(QStringLiteral("methodical"))->level == QStringLiteral("medium"));
    CHECK_FALSE(back->result(QStringLiteral("methodical"))->isDeficit());
    CHECK_FALSE(back->result(QStringLiteral("subject")));
    CHECK(back->result(QStringLiteral("communicative"))->isDeficit());

    // Dropping an area a route's problem links to is refused, naming the area and the route.
    changed = *back;
    changed.results.removeIf([](const DiagnosticResult& r) { return r.areaCode == u"digital"; });
    REQUIRE(changed.results.size() == 2);
    const Status dropped = diagnostics.update(changed);
    REQUIRE_FALSE(dropped.ok());
    CHECK(dropped.error().contains(QStringLiteral("информационно-цифровые")));
    CHECK(dropped.error().contains(QStringLiteral("01.11.2024")));
    CHECK(diagnostics.find(d.id)->results.size() == 3);

    // A diagnostic a route is built on stays with its person.
    changed = *back;
    changed.personId = other;
    CHECK_FALSE(diagnostics.update(changed).ok());
    CHECK(diagnostics.find(d.id)->personId == p);
    // The rules apply to updates too.
    changed = *back;
    changed.results[0].score = 150;
    CHECK(diagnostics.update(changed).error().contains(QStringLiteral("150")));
    CHECK_FALSE(diagnostics.update(diagnostic(p, QDate(2024, 10, 1), {result("methodical", "low")})).ok()); // id 0
}

TEST_CASE("a diagnostic cannot be deleted while a route refers to it", "[diagnostic]")
{
    CycleFixture f;
    DiagnosticRepository diagnostics(*f.db);
    RouteRepository routes(*f.db);
    const qint64 p = f.teacher("Орлова", f.schoolA);
    Diagnostic d = diagnostic(p, QDate(2024, 10, 1), {result("methodical", "low")});
    REQUIRE(diagnostics.insert(d).ok());
    const auto routeId = routes.createFromDiagnostic(d.id, QDate(2024, 11, 1), QDate(2025, 5, 31));
    REQUIRE(routeId.ok());
    const Status refused = diagnostics.remove(d.id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("01.11.2024–31.05.2025")));
    CHECK(diagnostics.find(d.id));

    REQUIRE(routes.remove(*routeId).ok());
    REQUIRE(diagnostics.remove(d.id).ok());
    CHECK_FALSE(diagnostics.find(d.id));
    QSqlQuery q(f.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM diagnostic_result")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    CHECK_FALSE(diagnostics.remove(d.id).ok());
}

TEST_CASE("diagnostics of a subtree and period — the latest before a date", "[diagnostic]")
{
    CycleFixture f;
    DiagnosticRepository diagnostics(*f.db);
    const qint64 a = f.teacher("Орлова", f.schoolA);
    const qint64 b = f.teacher("Белова", f.schoolB);
    const qint64 c = f.teacher("Серова", f.schoolC);
    auto add = [&](qint64 person, QDate date) {
        Diagnostic d = diagnostic(person, date, {result("subject", "medium")});
        REQUIRE(diagnostics.insert(d).ok());
        return d.id;
    };
    const qint64 a1 = add(a, QDate(2024, 9, 1));   // first day of the period
    const qint64 a0 = add(a, QDate(2024, 8, 31));  // the day before
    const qint64 b1 = add(b, QDate(2025, 5, 31));  // last day
    const qint64 c1 = add(c, QDate(2024, 12, 1));  // other municipality
    const qint64 a2 = add(a, QDate(2025, 3, 1));

    auto ids = [](const QVector<Diagnostic>& list) {
        QVector<qint64> result;
        for (const Diagnostic& d : list)
            result.append(d.id);
        return result;
    };
    const QDate from(2024, 9, 1), to(2025, 5, 31);
    CHECK(ids(diagnostics.list(f.municipality, from, to)) == QVector<qint64>{a1, a2, b1});
    CHECK(ids(diagnostics.list(f.region, from, to)) == QVector<qint64>{a1, c1, a2, b1});
    CHECK(ids(diagnostics.list(f.schoolA, QDate(2024, 1, 1), to)) == QVector<qint64>{a0, a1, a2});
    CHECK(ids(diagnostics.list(f.schoolC, from, to)) == QVector<qint64>{c1});

    CHECK(diagnostics.latestBefore(a, QDate(2025, 3, 1))->id == a2);  // on the day counts
    CHECK(diagnostics.latestBefore(a, QDate(2025, 2, 28))->id == a1);
    CHECK(diagnostics.latestBefore(a, QDate(2024, 8, 31))->id == a0);
    CHECK_FALSE(diagnostics.latestBefore(a, QDate(2024, 8, 30)));
    CHECK(diagnostics.latestBefore(a, QDate(2024, 8, 31))->results.size() == 1);
}

TEST_CASE("deficits without a route, on a hand-made set", "[diagnostic]")
{
    CycleFixture f;
    DiagnosticRepository diagnostics(*f.db);
    RouteRepository routes(*f.db);
    // Period 01.09.2024–31.05.2025.
    // P1 (А), 01.10.2024: methodical low, psychological medium but marked a deficit, subject medium.
    //    An active route from 01.11.2024 has methodical as a problem → psychological remains.
    // P2 (Б), 01.12.2024: subject low. Its only route with subject was abandoned → subject remains.
    // P3 (А), 01.02.2025: communicative low. Its route with communicative ended 31.05.2024, before
    //    the diagnostic → communicative remains. Its methodical deficit of 01.06.2024 is before the period.
    // P4 (В, the other municipality), 15.10.2024: digital low, no route → only in the region's list.
    // P5 (Б), 01.03.2025: methodical low; a draft route from 01.04.2025 has methodical → addressed.
    // Municipality: (P1, d1, psychological), (P2, d2, subject), (P3, d3, communicative) by date;
    // region: the same with (P4, d4, digital) second (15.10.2024).
    const qint64 p1 = f.teacher("Первова", f.schoolA), p2 = f.teacher("Вторая", f.schoolB), p3 = f.teacher("Третьякова", f.schoolA),
                 p4 = f.teacher("Четверикова", f.schoolC), p5 = f.teacher("Пятова", f.schoolB);
    auto add = [&](qint64 person, QDate date, QVector<DiagnosticResult> results) {
        Diagnostic d = diagnostic(person, date, std::move(results));
        REQUIRE(diagnostics.insert(d).ok());
        return d.id;
    };
    auto route = [&](qint64 person, QDate start, QDate end, const char* status, const char* area) {
        Route r{.personId = person, .start = start, .end = end, .status = QString::fromUtf8(status)};
        REQUIRE(routes.insert(r).ok());
        RouteProblem problem{.routeId = r.id, .areaCode = QString::fromUtf8(area)};
        REQUIRE(routes.addProblem(problem).ok());
    };
    const qint64 d1 = add(p1, QDate(2024, 10, 1), {result("methodical", "low"), result("psychological", "medium", {}, true),
                                                   result("subject", "medium")});
    route(p1, QDate(2024, 11, 1), QDate(2025, 6, 30), "active", "methodical");
    const qint64 d2 = add(p2, QDate(2024, 12, 1), {result("subject", "low")});
    route(p2, QDate(2025, 1, 1), QDate(2025, 6, 30), "abandoned", "subject");
    add(p3, QDate(2024, 6, 1), {result("methodical", "low")});
    const qint64 d3 = add(p3, QDate(2025, 2, 1), {result("communicative", "low")});
    route(p3, QDate(2023, 9, 1), QDate(2024, 5, 31), "completed_successfully", "communicative");
    const qint64 d4 = add(p4, QDate(2024, 10, 15), {result("digital", "low")});
    add(p5, QDate(2025, 3, 1), {result("methodical", "low")});
    route(p5, QDate(2025, 4, 1), QDate(2025, 12, 31), "draft", "methodical");

    const QDate from(2024, 9, 1), to(2025, 5, 31);
    using U = UnaddressedDeficit;
    const U r1{p1, d1, QStringLiteral("psychological")}, r2{p2, d2, QStringLiteral("subject")},
        r3{p3, d3, QStringLiteral("communicative")}, r4{p4, d4, QStringLiteral("digital")};
    CHECK(diagnostics.deficitsWithoutRoute(f.municipality, from, to) == QVector<U>{r1, r2, r3});
    CHECK(diagnostics.deficitsWithoutRoute(f.region, from, to) == QVector<U>{r1, r4, r2, r3});
    CHECK(diagnostics.deficitsWithoutRoute(f.schoolB, from, to) == QVector<U>{r2});
    // A new route for P2's subject deficit addresses it.
    route(p2, QDate(2025, 7, 1), QDate(2025, 12, 31), "draft", "subject");
    CHECK(diagnostics.deficitsWithoutRoute(f.schoolB, from, to).isEmpty());
}

TEST_CASE("a person's diagnostics in date order on their history", "[diagnostic]")
{
    CycleFixture f;
    DiagnosticRepository diagnostics(*f.db);
    const qint64 p = f.teacher("Орлова", f.schoolA);
    Diagnostic later = diagnostic(p, QDate(2025, 4, 1), {result("methodical", "medium", 70)});
    Diagnostic earlier = diagnostic(p, QDate(2023, 10, 1), {result("methodical", "low", 35)});
    REQUIRE(diagnostics.insert(later).ok()); // inserted first
    REQUIRE(diagnostics.insert(earlier).ok());
    const auto history = diagnostics.historyOf(p);
    REQUIRE(history.size() == 2);
    CHECK(history[0].date == QDate(2023, 10, 1));
    CHECK(history[0].uuid == earlier.uuid);
    CHECK(history[0].summary.contains(QStringLiteral("методические")));
    CHECK(history[0].summary.contains(QStringLiteral("35")));
    CHECK(history[1].date == QDate(2025, 4, 1));
    CHECK_FALSE(history[1].kind.isEmpty());
    CHECK(diagnostics.diagnosticsOf(p).first().id == earlier.id);
}

TEST_CASE("schema 4 adds the diagnostic and route tables to a schema 3 file", "[diagnostic]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("old.db"));
    const QList<Migration> upTo3 = Migration::all().mid(0, 3);
    {
        auto old = Database::open(path, Database::OpenMode::CreateIfMissing, upTo3);
        REQUIRE(old.ok());
        QSqlQuery q(old.value()->connection());
        CHECK_FALSE(q.exec(QStringLiteral("SELECT COUNT(*) FROM diagnostic")));
    }
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    REQUIRE(db.ok());
    CHECK(db.value()->schemaVersion() >= 4);
    QSqlQuery q(db.value()->connection());
    for (const char* table : {"diagnostic", "diagnostic_result", "route", "route_problem", "route_item", "route_review"})
        CHECK(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))));
}
