#pragma once
// Two hand-made registers of the indicator tests, shared by the tests of the figures and of
// what is behind them (test_indicatorbehind.cpp): YoungData — young teachers, novices, flagged
// schools, methodists, consultations and surveys; RouteData — routes (ИОМ) and mentoring.
#include "indicatorfixture.h"

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
