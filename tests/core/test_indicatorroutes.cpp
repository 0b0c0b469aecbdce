// Indicators of routes (ИОМ) and mentoring: K06–K11, K20, K21 on a hand-made register, with a
// route spanning two academic years, a draft, an abandoned route, a route that ended the day
// before the period, a mentee whose programme starts after the snapshot and a person who left.
#include "indicatordata.h"

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
