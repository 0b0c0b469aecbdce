// The "ДПО overdue" list (the gap list of K03) on a hand-made set, under the rules in force,
// and a person's further training in their history. Staff fixture: today is 15.03.2025.
#include "stafffixture.h"
#include "storage/courserepository.h"
#include "storage/rulebook.h"

namespace {

struct Courses {
    StaffFixture f;
    CourseRepository courses{*f.db};
    qint64 long72 = 0, long36 = 0, short16 = 0, short12 = 0;

    Courses()
    {
        long72 = addProgramme(QStringLiteral("Содержание и методика преподавания по ФГОС"), 72);
        long36 = addProgramme(QStringLiteral("Функциональная грамотность"), 36);
        short16 = addProgramme(QStringLiteral("Оказание первой помощи"), 16);
        short12 = addProgramme(QStringLiteral("Работа в ФГИС «Моя школа»"), 12);
    }
    qint64 addProgramme(const QString& title, int hours)
    {
        CourseProgramme p{.orgUnitId = f.unit("R"), .title = title, .provider = QStringLiteral("ТОИПКРО"),
                          .hours = hours, .form = QStringLiteral("distance")};
        REQUIRE(courses.insertProgramme(p).ok());
        return p.id;
    }
    void complete(int person, qint64 programmeId, const QDate& end)
    {
        CourseCompletion c{.programmeId = programmeId, .personId = f.person(person), .start = end.addDays(-14), .end = end};
        const auto id = courses.insertCompletion(c);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
    }
    // Fixture numbers of the overdue list with their last dates.
    QVector<QPair<int, QDate>> overdue(const char* unit, const QDate& on)
    {
        QVector<QPair<int, QDate>> result;
        for (const DpoGap& gap : courses.dpoOverdue(f.unit(unit), on))
            result.append({f.persons.key(gap.personId), gap.lastCompletion});
        return result;
    }
};

} // namespace

TEST_CASE("ДПО overdue: staff without a course of enough hours in the interval", "[course]")
{
    Courses c;
    // Asino district (MA) on 15.03.2025; the rules in force: 3 years, 16 hours, so a course that
    // counts must have ended on or after 15.03.2022.
    //   1 Иванова     72 h ended 10.03.2023 (two years ago)       -> fine
    //   2 Петров      12 h ended 01.04.2024 only (too short)      -> overdue, none that counts
    //   3 Соколова    none (employed from 01.09.2023)              -> overdue, none
    //   4 Фёдорова    36 h ended 01.03.2021 (four years ago)       -> overdue, 01.03.2021
    //   5 Ёлкина      none, but left on 30.06.2024                  -> not staff, not listed
    //   6 Кузнецов    16 h ended 15.03.2022 (exactly three years)  -> fine (16 h is enough)
    //   7 Смирнова    72 h ended 14.03.2022 (a day too early)      -> overdue, 14.03.2022
    //   8 Иванов      none (employed from 01.09.2024)              -> overdue, none
    // Ordered by name: Иванов, Петров, Смирнова, Соколова, Фёдорова.
    c.complete(1, c.long72, QDate(2023, 3, 10));
    c.complete(2, c.short12, QDate(2024, 4, 1));
    c.complete(4, c.long36, QDate(2021, 3, 1));
    c.complete(6, c.short16, QDate(2022, 3, 15));
    c.complete(7, c.long72, QDate(2022, 3, 14));
    const QDate today = StaffFixture::today();
    using Row = QPair<int, QDate>;
    CHECK(c.overdue("MA", today)
          == QVector<Row>{{8, {}}, {2, {}}, {7, QDate(2022, 3, 14)}, {3, {}}, {4, QDate(2021, 3, 1)}});
    CHECK(c.overdue("S4", today) == QVector<Row>{{8, {}}, {7, QDate(2022, 3, 14)}});

    // On 31.08.2023 (counted from 31.08.2020) Иванова's course of 2023 counts, Фёдорова's of 2021
    // too; Ёлкина still works; Соколова and Иванов are not yet employed; Смирнова's and
    // Кузнецов's count. Ёлкина and Петров are overdue (ё sorts as е).
    CHECK(c.overdue("MA", QDate(2023, 8, 31)) == QVector<Row>{{5, {}}, {2, {}}});
    // Before Иванова's course ended it does not count yet: on 01.03.2023 she has none.
    CHECK(c.overdue("S1", QDate(2023, 3, 1)) == QVector<Row>{{5, {}}, {1, {}}, {2, {}}});

    // Никитина (11) works at Первомайская СОШ (rate 1) and half-time at СОШ № 2 г. Колпашево:
    // she counts once, where her main employment is.
    CHECK(c.overdue("SP", today).contains(Row{11, {}}));
    CHECK_FALSE(c.overdue("K2", today).contains(Row{11, {}}));
    CHECK(c.overdue("K2", today).size() == 4); // Лебедева, Орлов, Захарова, Григорьев: no courses
    CHECK(c.overdue("R", today).size() == 5 + 3 + 4 + 3 + 2); // MA + SP + K2 + K5 + KS

    SECTION("a new order that lengthens the interval is a new row of the rule book")
    {
        RuleBook rules(*c.f.db);
        REQUIRE(rules.add({Rule::DpoIntervalYears, QDate(2025, 1, 1), 5, QStringLiteral("приказ (пример)")}).ok());
        // From 01.01.2025 five years: counted from 15.03.2020, Фёдорова (2021) and Смирнова
        // (2022) are fine; the three without a course that counts remain.
        CHECK(c.overdue("MA", today) == QVector<Row>{{8, {}}, {2, {}}, {3, {}}});
        // Before the new order the old interval applies: on 31.12.2024 (from 31.12.2021)
        // Фёдорова is overdue; Смирнова (14.03.2022) is not.
        CHECK(c.overdue("MA", QDate(2024, 12, 31)) == QVector<Row>{{8, {}}, {2, {}}, {3, {}}, {4, QDate(2021, 3, 1)}});

        // And one that lowers the hours makes Петров's 12-hour course count.
        REQUIRE(rules.add({Rule::DpoMinHours, QDate(2025, 1, 1), 12, QStringLiteral("приказ (пример)")}).ok());
        CHECK(c.overdue("MA", today) == QVector<Row>{{8, {}}, {3, {}}});
    }
}

TEST_CASE("a person's further training in their history, by end date", "[course]")
{
    Courses c;
    CourseCompletion later{.programmeId = c.long72, .personId = c.f.person(1), .start = QDate(2024, 10, 1),
                           .end = QDate(2024, 10, 20), .certificate = QStringLiteral("700000111")};
    CourseCompletion earlier{.programmeId = c.long36, .personId = c.f.person(1), .start = QDate(2021, 2, 1),
                             .end = QDate(2021, 2, 12)};
    CourseCompletion sameDay{.programmeId = c.short16, .personId = c.f.person(1), .start = QDate(2022, 5, 5),
                             .end = QDate(2022, 5, 5)};
    CourseCompletion someoneElse{.programmeId = c.long36, .personId = c.f.person(2), .start = QDate(2022, 2, 1),
                                 .end = QDate(2022, 2, 12)};
    for (CourseCompletion* x : {&later, &earlier, &sameDay, &someoneElse}) // entered out of order
        REQUIRE(c.courses.insertCompletion(*x).ok());

    const QVector<HistoryEntry> history = c.courses.historyOf(c.f.person(1));
    REQUIRE(history.size() == 3);
    CHECK(history[0].date == QDate(2021, 2, 12));
    CHECK(history[1].date == QDate(2022, 5, 5));
    CHECK(history[2].date == QDate(2024, 10, 20));
    CHECK(history[0].uuid == earlier.uuid);
    CHECK(history[2].uuid == later.uuid);
    CHECK(history[0].summary.contains(QStringLiteral("«Функциональная грамотность»")));
    CHECK(history[0].summary.contains(QStringLiteral("ТОИПКРО")));
    CHECK(history[0].summary.contains(QStringLiteral("36")));
    CHECK(history[0].summary.contains(QStringLiteral("01.02.2021")));
    CHECK(history[1].summary.contains(QStringLiteral("05.05.2022")));
    CHECK(history[2].summary.contains(QStringLiteral("700000111")));
    CHECK(!history[0].kind.isEmpty());
    CHECK(c.courses.historyOf(c.f.person(3)).isEmpty());
    const auto completions = c.courses.completionsOf(c.f.person(1));
    REQUIRE(completions.size() == 3);
    CHECK(completions[0].id == earlier.id);
    CHECK(completions[2].id == later.id);
}
