// Young teachers, novices, flagged schools, methodists and records per unit: K02, K13, K14, K16,
// K17, K18, K19, K22 on a hand-made register (2024/25, snapshot 31.08.2025: young = born after
// 31.08.1990, novice = experience from after 31.08.2022; K16 asks both on 01.09.2024).
#include "indicatordata.h"
#include "storage/rulebook.h"

TEST_CASE("young teachers, novices, flagged schools, methodists, consultations, surveys", "[indicators]")
{
    YoungData t;
    const QStringList codes{QStringLiteral("K02"), QStringLiteral("K13"), QStringLiteral("K14"), QStringLiteral("K16"), QStringLiteral("K17"),
                            QStringLiteral("K18"), QStringLiteral("K19"), QStringLiteral("K22")};
    const DrillDown m = t.compute(t.municipality, t.y2024, codes);
    const DrillDown m2 = t.compute(t.otherMunicipality, t.y2024, codes);
    const DrillDown h = t.compute(t.hub, t.y2024, codes);
    const UnitFigures& a = child(m, t.schoolA);
    const UnitFigures& b = child(m, t.schoolB);
    const UnitFigures& c = child(m2, t.schoolC);

    // K02: Q1 at A, Q10 at B.
    CHECK(nd(a, QStringLiteral("K02")) == Nd{1, 7});
    CHECK(nd(b, QStringLiteral("K02")) == Nd{1, 6});
    CHECK(nd(h.unit, QStringLiteral("K02")) == Nd{2, 17});

    // K13: young novices A {Q4 mentee, Q5 event} both supported; B {Q11 no, Q18 ИОМ}.
    CHECK(nd(a, QStringLiteral("K13")) == Nd{2, 2});
    CHECK(nd(b, QStringLiteral("K13")) == Nd{1, 2});
    CHECK(nd(h.unit, QStringLiteral("K13")) == Nd{3, 4});
    CHECK_FALSE(c.find(QStringLiteral("K13"))->hasData());

    // K17: novices A {Q4 with a mentor, Q5}; B {Q9 (left the programme on 31.05.2025, but had a
    // mentor in the period), Q11, Q18}; Q8 has exactly three years on the snapshot and is no
    // longer a novice.
    CHECK(nd(a, QStringLiteral("K17")) == Nd{1, 2});
    CHECK(nd(b, QStringLiteral("K17")) == Nd{1, 3});
    CHECK(nd(h.unit, QStringLiteral("K17")) == Nd{2, 5});

    // K16: young on 01.09.2024 and staff then — A {Q4, Q5}, B {Q7, Q11}, C {Q16, Q17} (Q17
    // counted where she was then); Q18 started on 02.09.2024. Left by the snapshot: Q16.
    CHECK(nd(a, QStringLiteral("K16")) == Nd{0, 2});
    CHECK(nd(b, QStringLiteral("K16")) == Nd{0, 2});
    CHECK(nd(c, QStringLiteral("K16")) == Nd{1, 2});
    CHECK(nd(h.unit, QStringLiteral("K16")) == Nd{1, 6});

    // K18: flagged B {Q9 mentee in the period, Q18 ИОМ of 6}, C {Q12 consulted of 3}; A not flagged.
    CHECK(nd(b, QStringLiteral("K18")) == Nd{2, 6});
    CHECK(nd(c, QStringLiteral("K18")) == Nd{1, 3});
    CHECK_FALSE(a.find(QStringLiteral("K18"))->hasData());
    CHECK(nd(h.unit, QStringLiteral("K18")) == Nd{3, 9});

    // K14: staff over methodists' rates. M has no methodist: no data. M2: 4 staff over 1.5 rates.
    CHECK(nd(child(h, t.municipality), QStringLiteral("K14")) == Nd{13, 0});
    CHECK_FALSE(child(h, t.municipality).find(QStringLiteral("K14"))->value());
    CHECK(nd(m2.unit, QStringLiteral("K14")) == Nd{4, 1.5});
    CHECK(*m2.unit.find(QStringLiteral("K14"))->value() == Approx(4 / 1.5));
    CHECK(nd(c, QStringLiteral("K14")) == Nd{3, 1});
    CHECK(nd(h.unit, QStringLiteral("K14")) == Nd{17, 1.5});

    // K19: consultations in the period: C's (1) and M2's own (1), per 100 staff.
    CHECK(nd(c, QStringLiteral("K19")) == Nd{1, 3});
    CHECK(nd(m2.unit, QStringLiteral("K19")) == Nd{2, 4});
    CHECK(*m2.unit.find(QStringLiteral("K19"))->value() == Approx(50.0));
    CHECK(nd(h.unit, QStringLiteral("K19")) == Nd{2, 17});

    // K22: answers with a score in the period: A {5, 3}, M's own {4}.
    CHECK(nd(a, QStringLiteral("K22")) == Nd{1, 2});
    CHECK(nd(m.unit, QStringLiteral("K22")) == Nd{2, 3});
    CHECK(nd(h.unit, QStringLiteral("K22")) == Nd{2, 3});
    CHECK_FALSE(c.find(QStringLiteral("K22"))->hasData());
}

TEST_CASE("the novice period is one dated rule", "[indicators][rules]")
{
    YoungData t;
    // From 01.01.2025 the novice period is two years: on 31.08.2025 novices started after
    // 31.08.2023 — Q9, Q11, Q18 at B; Q4 (01.09.2023) at A; Q5 (01.09.2022) no longer. With a
    // mentor in the period: Q4, Q9.
    REQUIRE(RuleBook(*t.db).add({Rule::NoviceYears, QDate(2025, 1, 1), 2, QStringLiteral("приказ № 1")}).ok());
    CHECK(RuleBook(*t.db).noviceExperienceAfter(QDate(2025, 8, 31)) == QDate(2023, 8, 31));
    const DrillDown h = t.compute(t.hub, t.y2024, {QStringLiteral("K17")});
    CHECK(nd(h.unit, QStringLiteral("K17")) == Nd{2, 4});
}
