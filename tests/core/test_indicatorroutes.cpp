// Indicators of routes (ИОМ) and mentoring: K06–K11, K20, K21 on a hand-made register, with a
// route spanning two academic years, a draft, an abandoned route, a route that ended the day
// before the period, a mentee whose programme starts after the snapshot and a person who left.
#include "indicatorfixture.h"

namespace {

// 2024/25 (01.09.2024 – 31.08.2025, snapshot 31.08.2025). Staff on the snapshot:
//   A: P1 … P6 (6); B: P7 (P8 left on 01.06.2025) (1); C: P9, P10 (2) — 9 in all.
// Route participants (an ИОМ or a mentee's programme active in the period, not a draft):
//   P1 route from 01.10.2024, active;
//   P2 route 01.10.2023 – 20.12.2024, completed successfully (spans two years: active in 2024/25);
//   P3 mentee of P10, 15.09.2024 – 31.05.2025, completed unsuccessfully;
//   P6 route from 10.01.2025, abandoned on 01.03.2025;
// not: P4 (a draft), P5 (ended 31.08.2024, the day before the period), P9 (mentee from 01.09.2025).
struct RouteData : IndicatorFixture {
    qint64 p1 = person("Алексеева", schoolA);
    qint64 p2 = person("Белова", schoolA);
    qint64 p3 = person("Воронова", schoolA);
    qint64 p4 = person("Галкина", schoolA);
    qint64 p5 = person("Денисова", schoolA);
    qint64 p6 = person("Ершова", schoolA);
    qint64 p7 = person("Жданова", schoolB);
    qint64 p8 = person("Захарова", schoolB, QDate(2015, 9, 1), QDate(2025, 6, 1));
    qint64 p9 = person("Ильина", schoolC);
    qint64 p10 = person("Казакова", schoolC);

    RouteData()
    {
        route(p1, schoolA, QDate(2024, 10, 1), {}, "active", {"subject"});
        route(p2, schoolA, QDate(2023, 10, 1), QDate(2024, 12, 20), "completed_successfully", {"digital"});
        mentoring(p3, p10, schoolA, QDate(2024, 9, 15), QDate(2025, 5, 31), "completed_unsuccessfully");
        route(p4, schoolA, QDate(2024, 10, 1), {}, "draft", {"methodical"});
        route(p5, schoolA, QDate(2023, 9, 1), QDate(2024, 8, 31), "completed_successfully", {"subject"});
        route(p6, schoolA, QDate(2025, 1, 10), {}, "abandoned", {"communicative"}, QDate(2025, 3, 1));
        route(p8, schoolB, QDate(2024, 9, 1), QDate(2025, 5, 15), "completed_successfully");
        mentoring(p9, p10, schoolC, QDate(2025, 9, 1), {});

        // K06: winners and prize-winners of 2025 among participants.
        competition(p1, schoolA, 2025, "winner");       // yes
        competition(p2, schoolA, 2025, "prize_winner"); // yes
        competition(p3, schoolA, 2025, "participant");  // no
        competition(p4, schoolA, 2025, "winner");       // not a participant
        // K07: categories granted in the period among participants.
        attestation(p1, schoolA, QDate(2025, 4, 1)); // yes
        attestation(p6, schoolA, QDate(2024, 8, 15)); // before the period

        // K10: latest subject and methodical levels in the period.
        diagnostic(p1, schoolA, QDate(2024, 11, 1), {{"subject", "medium", true}, {"methodical", "high", false}});
        diagnostic(p1, schoolA, QDate(2025, 4, 1), {{"subject", "low", false}, {"methodical", "high", false}}); // latest subject low
        diagnostic(p2, schoolA, QDate(2025, 3, 1), {{"subject", "high", false}, {"methodical", "medium", false}, {"digital", "medium", false}});
        diagnostic(p3, schoolA, QDate(2025, 2, 1), {{"subject", "medium", false}}); // methodical not assessed

        // K11: measures of 2024/25 against 2022/23.
        studentResult(p1, schoolA, 2024, 70);
        studentResult(p1, schoolA, 2022, 60);          // rose
        studentResult(p2, schoolA, 2024, 50);
        studentResult(p2, schoolA, 2022, 55);          // fell
        studentResult(p2, schoolA, 2024, 4, "ОГЭ");
        studentResult(p2, schoolA, 2022, 3, "ОГЭ");    // rose, but not every measure did
        studentResult(p3, schoolA, 2024, 80);          // no value two years before
        studentResult(p6, schoolA, 2024, 65);
        studentResult(p6, schoolA, 2022, 65);          // the same: not a rise
        studentResult(p4, schoolA, 2024, 90);
        studentResult(p4, schoolA, 2022, 10);          // not a participant

        // K20: deficits of 01.09.2023 – 31.08.2025 and the routes addressing them.
        // P1: subject deficit on 01.11.2024 (above), addressed by the active route: yes.
        diagnostic(p2, schoolA, QDate(2023, 9, 20), {{"digital", "low", true}});           // addressed by the route to 20.12.2024: yes
        diagnostic(p4, schoolA, QDate(2024, 9, 10), {{"methodical", "low", true}});        // only a draft addresses it: no
        diagnostic(p7, schoolB, QDate(2023, 9, 1), {{"psychological", "low", true}});      // on the window's first day, no route: no
        diagnostic(p5, schoolA, QDate(2023, 8, 31), {{"subject", "low", true}});           // before the window
        diagnostic(p6, schoolA, QDate(2025, 1, 5), {{"communicative", "low", true}, {"subject", "low", true}}); // subject not addressed: no

        // K21: re-diagnosed in the period after a completed route. P2: digital low (20.09.2023) →
        // medium (01.03.2025): rose. P5: subject low (31.08.2023) → low (15.10.2024): did not.
        diagnostic(p5, schoolA, QDate(2024, 10, 15), {{"subject", "low", false}}); // low, not marked a deficit
    }
};

} // namespace

TEST_CASE("route indicators: participants, successes, levels, results, deficits", "[indicators]")
{
    RouteData t;
    const QStringList codes{QStringLiteral("K06"), QStringLiteral("K07"), QStringLiteral("K08"), QStringLiteral("K09"),
                            QStringLiteral("K10"), QStringLiteral("K11"), QStringLiteral("K20"), QStringLiteral("K21")};
    const DrillDown m = t.compute(t.municipality, t.y2024, codes);
    const DrillDown h = t.compute(t.hub, t.y2024, codes);
    const UnitFigures& a = child(m, t.schoolA);
    const UnitFigures& b = child(m, t.schoolB);

    // K08: participants P1, P2, P3, P6 of 9 staff, all at A.
    CHECK(nd(a, QStringLiteral("K08")) == Nd{4, 6});
    CHECK(nd(b, QStringLiteral("K08")) == Nd{0, 1});
    CHECK(nd(h.unit, QStringLiteral("K08")) == Nd{4, 9});
    // K06: P1, P2 of the 4 participants; B has no participants: no data.
    CHECK(nd(a, QStringLiteral("K06")) == Nd{2, 4});
    CHECK_FALSE(b.find(QStringLiteral("K06"))->hasData());
    CHECK(nd(h.unit, QStringLiteral("K06")) == Nd{2, 4});
    // K07: P1.
    CHECK(nd(h.unit, QStringLiteral("K07")) == Nd{1, 4});
    // K09 counts records by their unit: ended in the period at A: P2's route (success), P6's
    // (abandoned), P3's programme (unsuccessful); at B: P8's route (success; P8 has left since,
    // but the route is B's record). P5's ended the day before the period.
    CHECK(nd(a, QStringLiteral("K09")) == Nd{1, 3});
    CHECK(nd(b, QStringLiteral("K09")) == Nd{1, 1});
    CHECK(nd(h.unit, QStringLiteral("K09")) == Nd{2, 4});
    CHECK(nd(child(h, t.otherMunicipality), QStringLiteral("K09")) == Nd{0, 0});
    // K10: assessed in both areas: P1 (latest subject low: no), P2 (high / medium: yes).
    CHECK(nd(h.unit, QStringLiteral("K10")) == Nd{1, 2});
    // K11: with both years' values: P1 (rose), P2 (one measure fell), P6 (unchanged).
    CHECK(nd(h.unit, QStringLiteral("K11")) == Nd{1, 3});
    // K20: with deficits: P1 (yes), P2 (yes), P4 (no), P6 (no) at A; P7 (no) at B.
    CHECK(nd(a, QStringLiteral("K20")) == Nd{2, 4});
    CHECK(nd(b, QStringLiteral("K20")) == Nd{0, 1});
    CHECK(nd(h.unit, QStringLiteral("K20")) == Nd{2, 5});
    // K21: re-diagnosed after a completed route: P2 (rose), P5 (did not).
    CHECK(nd(h.unit, QStringLiteral("K21")) == Nd{1, 2});
}

TEST_CASE("a route spanning two academic years counts in both", "[indicators]")
{
    RouteData t;
    // 2023/24 (snapshot 31.08.2024): participants P2 (route from 01.10.2023) and P5 (01.09.2023 –
    // 31.08.2024); staff 10 (P8 still at B). K09: P5's route ended on 31.08.2024, in 2023/24.
    const IndicatorPeriod y2023{IndicatorPeriod::Kind::Academic, 2023};
    const DrillDown before = t.compute(t.region, y2023, {QStringLiteral("K08"), QStringLiteral("K09")});
    CHECK(nd(before.unit, QStringLiteral("K08")) == Nd{2, 10});
    CHECK(nd(before.unit, QStringLiteral("K09")) == Nd{1, 1});
    // 2025/26 (current, snapshot 15.11.2025): P1's route is still active, P9's programme started.
    const DrillDown now = t.compute(t.region, t.y2025, {QStringLiteral("K08")});
    CHECK(nd(now.unit, QStringLiteral("K08")) == Nd{2, 9});
}
