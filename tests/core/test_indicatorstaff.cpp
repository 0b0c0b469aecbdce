// Indicators over the whole staff: K01, K03, K04, K05, K12, K15 on a hand-made register, with a
// person who changed school mid-year, one who left, one with two jobs, one who starts after the
// snapshot, an organisation without staff, and dates on the boundaries of the period.
#include "indicatorfixture.h"

namespace {

// 2024/25: the period 01.09.2024 – 31.08.2025, snapshot 31.08.2025 (a past year).
// Staff on 31.08.2025 at their main employment:
//   A: 1 Абрамова, 2 Борисова, 3 Васильева                     (4 left A on 31.01.2025)
//   B: 8 Зайцева, 9 Иванова            (5 left on 30.06.2025; 6's main job is at C; 7 starts 01.09.2025)
//   C: 4 Григорьева (moved from A on 01.02.2025), 6 Егорова (rate 1 at C, 0.5 at B), 10 Калинина, 11 Лебедева
//   D: nobody (Школа Г of Другой район)
// So M (A + B) has 5, M2 (C + D) 4, H and R 9.
struct StaffData : IndicatorFixture {
    qint64 schoolD = unit(otherMunicipality, UnitLevel::Organisation, "D", "Школа Г");
    qint64 p1 = person("Абрамова", schoolA);
    qint64 p2 = person("Борисова", schoolA);
    qint64 p3 = person("Васильева", schoolA);
    qint64 p4 = person("Григорьева", schoolA, QDate(2015, 9, 1), QDate(2025, 1, 31));
    qint64 p5 = person("Дмитриева", schoolB, QDate(2015, 9, 1), QDate(2025, 6, 30));
    qint64 p6 = person("Егорова", schoolC, QDate(2020, 9, 1));
    qint64 p7 = person("Жукова", schoolB, QDate(2025, 9, 1));
    qint64 p8 = person("Зайцева", schoolB);
    qint64 p9 = person("Иванова", schoolB);
    qint64 p10 = person("Калинина", schoolC);
    qint64 p11 = person("Лебедева", schoolC);

    StaffData()
    {
        employ(p4, schoolC, QDate(2025, 2, 1));
        employ(p6, schoolB, QDate(2010, 9, 1), {}, 0.5);

        // K01, a diagnostic since 31.08.2022 (three years before the snapshot) up to it:
        diagnostic(p1, schoolA, QDate(2023, 10, 10));  // yes
        diagnostic(p2, schoolA, QDate(2022, 8, 30));   // a day too early: no
        diagnostic(p4, schoolA, QDate(2025, 1, 10));   // yes, counted at C where 4 works on the snapshot
        diagnostic(p5, schoolB, QDate(2025, 2, 1));    // left: not staff
        diagnostic(p6, schoolC, QDate(2024, 11, 1));   // yes, at C
        diagnostic(p11, schoolC, QDate(2025, 9, 5));   // after the snapshot: not in 2024/25

        // K03, a course of ≥ 16 hours ended since 31.08.2022 up to the snapshot; K12 any course since 01.01.2020:
        course(p1, schoolA, QDate(2023, 5, 20), 72);   // K03 yes, K12 yes
        course(p2, schoolA, QDate(2022, 8, 31), 16);   // K03 yes (the first day, exactly 16 h), K12 yes
        course(p3, schoolA, QDate(2024, 10, 1), 15);   // K03 no (15 h), K12 yes
        course(p4, schoolC, QDate(2025, 8, 31), 36);   // K03 yes on the snapshot day, K12 yes
        course(p10, schoolC, QDate(2025, 9, 10), 72);  // after the snapshot: neither

        // K04, a category granted 01.09.2024 – 31.08.2025:
        attestation(p1, schoolA, QDate(2025, 3, 1));          // yes
        attestation(p2, schoolA, QDate(2025, 2, 1), false);   // refused: no
        attestation(p3, schoolA, QDate(2024, 8, 31));         // the day before the period: no
        attestation(p4, schoolA, QDate(2024, 12, 1));         // yes, counted at C
        attestation(p5, schoolB, QDate(2025, 1, 15));         // left: not staff

        // K05, competitions of 2025 (the calendar year 2024/25 ends in):
        competition(p1, schoolA, 2025);         // yes
        competition(p2, schoolA, 2024);         // the year before: no
        competition(p9, schoolB, 2025, "winner"); // yes
        competition(p5, schoolB, 2025);         // left

        // K12 besides courses: an event before the base date (no), a route reaching into 2020 (yes),
        // a mentee's programme ended before the base date (no).
        event(p8, schoolB, QDate(2019, 12, 31));
        route(p9, schoolB, QDate(2019, 9, 1), QDate(2020, 5, 31), "completed_successfully");
        mentoring(p10, p1, schoolC, QDate(2019, 9, 1), QDate(2019, 12, 31), "completed_successfully");

        // K15, a member of an association on the snapshot:
        const qint64 x = association(schoolA, QDate(2020, 9, 1));
        member(x, p1, QDate(2024, 9, 1));                     // yes
        member(x, p2, QDate(2020, 9, 1), QDate(2025, 6, 30)); // left it: no
        const qint64 y = association(schoolA, QDate(2020, 9, 1), QDate(2025, 5, 31));
        member(y, p3, QDate(2020, 9, 1));                     // the association ended: no
        const qint64 z = association(schoolC, QDate(2021, 9, 1));
        member(z, p11, QDate(2025, 8, 31));                   // joined on the snapshot: yes
    }
};

} // namespace

TEST_CASE("indicators over the staff: each person once, at the main employment on the snapshot", "[indicators]")
{
    StaffData t;
    const QStringList codes{QStringLiteral("K01"), QStringLiteral("K03"), QStringLiteral("K04"), QStringLiteral("K05"),
                            QStringLiteral("K12"), QStringLiteral("K15")};
    const DrillDown m = t.compute(t.municipality, t.y2024, codes);
    const DrillDown m2 = t.compute(t.otherMunicipality, t.y2024, codes);
    const DrillDown h = t.compute(t.hub, t.y2024, codes);
    const UnitFigures& a = child(m, t.schoolA);
    const UnitFigures& b = child(m, t.schoolB);
    const UnitFigures& c = child(m2, t.schoolC);
    const UnitFigures& d = child(m2, t.schoolD);

    // K01: A {1} of 3, B none of 2, C {4, 6} of 4.
    CHECK(nd(a, QStringLiteral("K01")) == Nd{1, 3});
    CHECK(nd(b, QStringLiteral("K01")) == Nd{0, 2});
    CHECK(nd(c, QStringLiteral("K01")) == Nd{2, 4});
    CHECK(nd(m.unit, QStringLiteral("K01")) == Nd{1, 5});
    CHECK(nd(h.unit, QStringLiteral("K01")) == Nd{3, 9});
    // K03: A {1, 2}, C {4}.
    CHECK(nd(a, QStringLiteral("K03")) == Nd{2, 3});
    CHECK(nd(b, QStringLiteral("K03")) == Nd{0, 2});
    CHECK(nd(c, QStringLiteral("K03")) == Nd{1, 4});
    CHECK(nd(h.unit, QStringLiteral("K03")) == Nd{3, 9});
    // K04: A {1}, C {4}.
    CHECK(nd(a, QStringLiteral("K04")) == Nd{1, 3});
    CHECK(nd(c, QStringLiteral("K04")) == Nd{1, 4});
    CHECK(nd(h.unit, QStringLiteral("K04")) == Nd{2, 9});
    // K05: A {1}, B {9}.
    CHECK(nd(a, QStringLiteral("K05")) == Nd{1, 3});
    CHECK(nd(b, QStringLiteral("K05")) == Nd{1, 2});
    CHECK(nd(h.unit, QStringLiteral("K05")) == Nd{2, 9});
    // K12: A {1, 2, 3}, B {9}, C {4}.
    CHECK(nd(a, QStringLiteral("K12")) == Nd{3, 3});
    CHECK(nd(b, QStringLiteral("K12")) == Nd{1, 2});
    CHECK(nd(c, QStringLiteral("K12")) == Nd{1, 4});
    CHECK(nd(h.unit, QStringLiteral("K12")) == Nd{5, 9});
    // K15: A {1}, C {11}.
    CHECK(nd(a, QStringLiteral("K15")) == Nd{1, 3});
    CHECK(nd(c, QStringLiteral("K15")) == Nd{1, 4});
    CHECK(nd(h.unit, QStringLiteral("K15")) == Nd{2, 9});

    // Values are one ratio: K01 of the hub is 3/9, not the mean of 20 % and 50 %.
    REQUIRE(h.unit.find(QStringLiteral("K01"))->value());
    CHECK(*h.unit.find(QStringLiteral("K01"))->value() == Approx(100.0 / 3));
    CHECK(child(h, t.municipality).find(QStringLiteral("K01"))->value() == Approx(20.0));

    // An organisation without staff has no data, not 0 %.
    for (const IndicatorFigure& f : d.figures) {
        CHECK(f.denominator == 0);
        CHECK_FALSE(f.hasData());
        CHECK_FALSE(f.value());
    }

    // The region's single child is the hub: the same figures.
    const DrillDown r = t.compute(t.region, t.y2024, codes);
    REQUIRE(r.children.size() == 1);
    for (const QString& code : codes) {
        CHECK(nd(r.unit, code) == nd(h.unit, code));
        CHECK(nd(r.children.first(), code) == nd(h.unit, code));
        // The hub's figure is the sum of its two municipalities.
        const Nd sum{nd(child(h, t.municipality), code).numerator + nd(child(h, t.otherMunicipality), code).numerator,
                     nd(child(h, t.municipality), code).denominator + nd(child(h, t.otherMunicipality), code).denominator};
        CHECK(nd(h.unit, code) == sum);
    }
}

TEST_CASE("the current period counts up to today — a calendar year is selectable", "[indicators]")
{
    StaffData t;
    // 2025/26 is current: snapshot 15.11.2025. Staff: A {1, 2, 3}, B {7, 8, 9}, C {4, 6, 10, 11} = 10.
    // K01 since 15.11.2022: 1 (10.10.2023), 4 (10.01.2025), 6 (01.11.2024), 11 (05.09.2025); 2 (30.08.2022) no.
    const DrillDown now = t.compute(t.region, t.y2025, {QStringLiteral("K01"), QStringLiteral("K04")});
    CHECK(nd(now.unit, QStringLiteral("K01")) == Nd{4, 10});
    // K04 01.09.2025 – 15.11.2025: nobody.
    CHECK(nd(now.unit, QStringLiteral("K04")) == Nd{0, 10});

    // Calendar 2025 (current, snapshot 15.11.2025), K04 from 01.01.2025: 1 (01.03.2025); 4's
    // category of 01.12.2024 belongs to 2024. 5 left.
    const IndicatorPeriod calendar{IndicatorPeriod::Kind::Calendar, 2025};
    CHECK(calendar.snapshot(QDate(2025, 11, 15)) == QDate(2025, 11, 15));
    CHECK(nd(t.compute(t.region, calendar, {QStringLiteral("K04")}).unit, QStringLiteral("K04")) == Nd{1, 10});
    // Calendar 2024 (past, snapshot 31.12.2024): staff A {1, 2, 3, 4}, B {5, 8, 9}, C {6, 10, 11} = 10;
    // granted in 2024: 4 (01.12.2024); 3's of 31.08.2024 also falls in calendar 2024.
    const IndicatorPeriod y2024{IndicatorPeriod::Kind::Calendar, 2024};
    const DrillDown c2024 = t.compute(t.region, y2024, {QStringLiteral("K04")});
    CHECK(nd(c2024.unit, QStringLiteral("K04")) == Nd{2, 10});
}

TEST_CASE("periods read as users write them", "[indicators]")
{
    using Kind = IndicatorPeriod::Kind;
    CHECK(IndicatorPeriod::parse(QStringLiteral("2024/25"), Kind::Academic) == IndicatorPeriod{Kind::Academic, 2024});
    CHECK(IndicatorPeriod::parse(QStringLiteral("2024/2025"), Kind::Academic) == IndicatorPeriod{Kind::Academic, 2024});
    CHECK(IndicatorPeriod::parse(QStringLiteral("2099/00"), Kind::Academic) == IndicatorPeriod{Kind::Academic, 2099});
    CHECK(IndicatorPeriod::parse(QStringLiteral("2025"), Kind::Calendar) == IndicatorPeriod{Kind::Calendar, 2025});
    QString error;
    CHECK_FALSE(IndicatorPeriod::parse(QStringLiteral("2024/26"), Kind::Academic, &error));
    CHECK(error == QStringLiteral("Период «2024/26» не похож на учебный год вида 2024/25."));
    CHECK_FALSE(IndicatorPeriod::parse(QStringLiteral("2024/25"), Kind::Calendar, &error));
    CHECK(error == QStringLiteral("Период «2024/25» не похож на календарный год вида 2025."));
    const IndicatorPeriod p{Kind::Academic, 2024};
    CHECK(p.from() == QDate(2024, 9, 1));
    CHECK(p.to() == QDate(2025, 8, 31));
    CHECK(p.targetYear() == 2025);
    CHECK(p.endingAcademicYear() == 2024);
    CHECK(p.text() == QStringLiteral("2024/25"));
    CHECK(p.snapshot(QDate(2026, 1, 1)) == QDate(2025, 8, 31));
    CHECK(p.snapshot(QDate(2024, 12, 1)) == QDate(2024, 12, 1));
    const IndicatorPeriod c{Kind::Calendar, 2025};
    CHECK(c.targetYear() == 2025);
    CHECK(c.endingAcademicYear() == 2024); // answers and results of 2024/25, which ends in 2025
}
