// Young teachers, novices, flagged schools, methodists and records per unit: K02, K13, K14, K16,
// K17, K18, K19, K22 on a hand-made register (2024/25, snapshot 31.08.2025: young = born after
// 31.08.1990, novice = experience from after 31.08.2022; K16 asks both on 01.09.2024).
#include "indicatorfixture.h"
#include "storage/rulebook.h"

namespace {

// Staff on 31.08.2025 at the main employment:
//   A: Q1 … Q6, Q17 (moved from C on 01.02.2025)                                   7
//   B: Q7, Q8, Q9, Q10, Q11, Q18                          (B: unfavourable, ШНСУ)  6
//   C: Q12, Q13, Q14 (methodist, rate 1)  (Q16 left 31.03.2025)  (C: low results, ШНОР)  3
//   M2 itself: Q15 (methodist of the municipality, rate 0.5)                          1
// M = 13, M2 = 4, H = 17.
struct YoungData : IndicatorFixture {
    qint64 q1 = person("Агеева", schoolA);
    qint64 q2 = person("Бурова", schoolA);
    qint64 q3 = person("Вишнякова", schoolA);
    qint64 q4 = person("Горина", schoolA, QDate(2023, 9, 1), {}, QDate(1998, 5, 5), QDate(2023, 9, 1));   // young novice
    qint64 q5 = person("Дроздова", schoolA, QDate(2022, 9, 1), {}, QDate(1999, 3, 3), QDate(2022, 9, 1)); // young novice (3 years less a day)
    qint64 q6 = person("Евдокимова", schoolA, QDate(1995, 9, 1), {}, QDate(1970, 1, 1), QDate(1995, 9, 1)); // the mentor
    qint64 q7 = person("Жарова", schoolB, QDate(2015, 9, 1), {}, QDate(1995, 1, 1), QDate(2018, 9, 1));  // young, not a novice
    qint64 q8 = person("Зуева", schoolB, QDate(2022, 8, 31), {}, QDate(1970, 1, 1), QDate(2022, 8, 31)); // exactly 3 years: not a novice
    qint64 q9 = person("Исаева", schoolB, QDate(2024, 9, 1), {}, QDate(1985, 1, 1), QDate(2024, 9, 1));  // a novice, not young
    qint64 q10 = person("Ковалёва", schoolB);
    qint64 q11 = person("Лаптева", schoolB, QDate(2024, 9, 1), {}, QDate(2000, 1, 1), QDate(2024, 9, 1)); // young novice
    qint64 q12 = person("Медведева", schoolC);
    qint64 q13 = person("Назарова", schoolC);
    qint64 q14 = person("Орлова", 0);
    qint64 q15 = person("Панова", 0);
    qint64 q16 = person("Родионова", schoolC, QDate(2015, 9, 1), QDate(2025, 3, 31), QDate(1995, 6, 1), QDate(2015, 9, 1));
    qint64 q17 = person("Савина", schoolC, QDate(2016, 9, 1), QDate(2025, 1, 31), QDate(1996, 6, 1), QDate(2016, 9, 1));
    qint64 q18 = person("Титова", schoolB, QDate(2024, 9, 2), {}, QDate(1997, 1, 1), QDate(2024, 9, 2)); // young novice

    YoungData()
    {
        setFlags(schoolB, false, true);
        setFlags(schoolC, true, false);
        employ(q14, schoolC, QDate(2010, 9, 1), {}, 1, "methodist");
        employ(q15, otherMunicipality, QDate(2010, 9, 1), {}, 0.5, "methodist");
        employ(q17, schoolA, QDate(2025, 2, 1));

        // K02: a federal-registry course ended in the period in an area found a deficit before it started.
        diagnostic(q1, schoolA, QDate(2024, 9, 10), {{"subject", "low", true}});
        course(q1, schoolA, QDate(2024, 10, 20), 72, true, "subject", QDate(2024, 10, 1));       // yes
        course(q2, schoolA, QDate(2025, 2, 20), 72, true, "methodical", QDate(2025, 2, 1));
        diagnostic(q2, schoolA, QDate(2025, 2, 5), {{"methodical", "low", true}});               // found after the start: no
        diagnostic(q3, schoolA, QDate(2024, 9, 1), {{"subject", "low", true}});
        course(q3, schoolA, QDate(2024, 12, 1), 72, false, "subject");                            // not in the registry: no
        diagnostic(q10, schoolB, QDate(2025, 3, 1), {{"subject", "low", true}});
        course(q10, schoolB, QDate(2025, 3, 20), 72, true, "subject", QDate(2025, 3, 1));        // found on the first day: yes

        // K13 / K17: support of the young novices Q4, Q5, Q11, Q18 (and the novice Q9).
        mentoring(q4, q6, schoolA, QDate(2024, 9, 1), {});                       // a mentor on the snapshot
        event(q5, schoolA, QDate(2025, 4, 10));                                  // an event in the period
        mentoring(q9, q6, schoolB, QDate(2024, 9, 1), {}, "active", QDate(2024, 9, 1), QDate(2025, 5, 31)); // left the programme
        route(q18, schoolB, QDate(2025, 1, 1), {}, "active");                    // an ИОМ

        // K18 / K19: consultations.
        consultation(q14, schoolC, QDate(2025, 1, 20), {q12});              // in the period, at C
        consultation(q14, schoolC, QDate(2024, 8, 20), {q13});              // before it
        consultation(q15, otherMunicipality, QDate(2025, 5, 5), {q1});      // the municipality's own

        // K22: survey answers with a satisfaction score.
        survey(schoolA, QDate(2025, 3, 1), 5, q1);
        survey(schoolA, QDate(2025, 4, 1), 3, q2);
        survey(municipality, QDate(2025, 5, 1), 4);   // anonymous, given for the municipality
        survey(municipality, QDate(2024, 8, 31), 5);  // before the period
        row(QStringLiteral("survey"), {QStringLiteral("org_unit_id"), QStringLiteral("survey_date")}, {schoolC, date(QDate(2025, 6, 1))}); // no score
    }
};

} // namespace

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
