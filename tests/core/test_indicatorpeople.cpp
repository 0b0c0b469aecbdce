// The people behind a figure: the denominator with who is in the numerator, the gaps with the
// fact to act on, the same persons as the action lists, and CSV for Excel.
#include "indicatorfixture.h"
#include "indicators/indicatorpeople.h"
#include "storage/courserepository.h"
#include "storage/mentoringrepository.h"

#include <QBuffer>

namespace {

// 2024/25, snapshot 31.08.2025. Staff: A {Антонова, Быкова, Волкова}, C {Громова}.
struct PeopleData : IndicatorFixture {
    qint64 a1 = person("Антонова", schoolA);
    qint64 a2 = person("Быкова", schoolA);
    qint64 a3 = person("Волкова", schoolA, QDate(2023, 9, 1), {}, QDate(1999, 1, 1), QDate(2023, 9, 1)); // a novice
    qint64 c1 = person("Громова", schoolC, QDate(2024, 9, 1), {}, QDate(2000, 1, 1), QDate(2024, 9, 1)); // a novice

    PeopleData()
    {
        course(a1, schoolA, QDate(2024, 3, 1), 72);  // K03: within three years
        course(a2, schoolA, QDate(2021, 6, 30), 72); // K03: too long ago
        mentoring(a3, a1, schoolA, QDate(2024, 9, 1), {}); // K17: a novice with a mentor
    }
};

QStringList names(const QVector<RowBehind>& rows)
{
    QStringList result;
    for (const RowBehind& p : rows)
        result << p.name;
    return result;
}

} // namespace

TEST_CASE("the people behind K03: who has ДПО within three years and who does not, with the last course", "[indicators][people]")
{
    PeopleData t;
    const auto people = IndicatorPeople(*t.db).list(QStringLiteral("K03"), t.hub, t.y2024);
    REQUIRE(people.ok());
    CHECK(people->snapshot == QDate(2025, 8, 31));
    CHECK(people->factLabels.value(0) == QStringLiteral("последний курс ДПО"));
    CHECK(names(people->rows) == QStringList{QStringLiteral("Антонова Анна Ивановна"), QStringLiteral("Быкова Анна Ивановна"),
                                                QStringLiteral("Волкова Анна Ивановна"), QStringLiteral("Громова Анна Ивановна")});
    CHECK(names(people->numerator()) == QStringList{QStringLiteral("Антонова Анна Ивановна")});
    const QVector<RowBehind> gaps = people->gaps();
    REQUIRE(gaps.size() == 3);
    CHECK(gaps.at(0).facts.value(0) == QStringLiteral("30.06.2021"));
    CHECK(gaps.at(0).unitName == QStringLiteral("Школа А"));
    CHECK(gaps.at(1).facts.value(0).isEmpty()); // never had a course
    CHECK(gaps.at(2).unitCode == QStringLiteral("C"));

    // The same persons as the ДПО-overdue list of the support cycle, on the same day.
    QVector<qint64> overdue;
    for (const DpoGap& g : CourseRepository(*t.db).dpoOverdue(t.hub, QDate(2025, 8, 31)))
        overdue << g.personId;
    QVector<qint64> gapIds;
    for (const RowBehind& p : gaps)
        gapIds << p.personId;
    CHECK(gapIds == overdue);
    // The figure agrees with the list.
    CHECK(nd(t.compute(t.hub, t.y2024, {QStringLiteral("K03")}).unit, QStringLiteral("K03")) == Nd{1, 4});
}

TEST_CASE("the people behind K17: novices without a mentor, as the action list has them", "[indicators][people]")
{
    PeopleData t;
    const auto people = IndicatorPeople(*t.db).list(QStringLiteral("k17"), t.hub, t.y2024);
    REQUIRE(people.ok());
    CHECK(names(people->rows) == QStringList{QStringLiteral("Волкова Анна Ивановна"), QStringLiteral("Громова Анна Ивановна")});
    REQUIRE(people->gaps().size() == 1);
    CHECK(people->gaps().first().name == QStringLiteral("Громова Анна Ивановна"));
    CHECK(people->gaps().first().facts.value(0) == QStringLiteral("01.09.2024"));
    CHECK(people->factLabels.value(0) == QStringLiteral("стаж с"));
    CHECK(MentoringRepository(*t.db).noviceWithoutMentor(t.hub, QDate(2025, 8, 31)) == QVector<qint64>{t.c1});
}

TEST_CASE("the people behind a figure export to CSV", "[indicators][people]")
{
    PeopleData t;
    const auto people = IndicatorPeople(*t.db).list(QStringLiteral("K03"), t.municipality, t.y2024);
    REQUIRE(people.ok());
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(IndicatorPeople::writeCsv(*people, people->gaps(), buffer).ok());
    CHECK(buffer.data() == QByteArray("\xEF\xBB\xBF") + QStringLiteral("ФИО;Код организации;Организация;В числителе;последний курс ДПО\r\n"
                                 "Быкова Анна Ивановна;A;Школа А;нет;30.06.2021\r\n"
                                 "Волкова Анна Ивановна;A;Школа А;нет;\r\n").toUtf8());
    CHECK(IndicatorPeople(*t.db).list(QStringLiteral("K00"), t.hub, t.y2024).error() == QStringLiteral("Неизвестный показатель «K00»."));
}
