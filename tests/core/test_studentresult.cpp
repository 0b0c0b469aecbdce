// Student-results measures: the rules of a result, the person's organisation in the academic
// year, positive dynamics over two years (K11) worked out by hand, lists and history.
#include "recordtree.h"
#include "storage/personhistory.h"
#include "storage/studentresultrepository.h"

#include <limits>

namespace {

StudentResult result(qint64 personId, int year, const char* measure, double value)
{
    StudentResult r;
    r.personId = personId;
    r.year = year;
    r.measure = QString::fromUtf8(measure);
    r.value = value;
    return r;
}

} // namespace

TEST_CASE("a students' result is checked, stored, updated and deleted", "[studentresult]")
{
    RecordTree t; // today is 15.03.2025: the current academic year is 2024/25
    StudentResultRepository results(*t.db);
    const qint64 orlova = t.person("Орлова", "Анна", QDate(2010, 9, 1), t.schoolA);
    const qint64 newcomer = t.person("Новикова", "Юлия", QDate(2023, 9, 1), t.schoolB, QDate(2023, 9, 1));
    const qint64 leaver = t.person("Ушедшая", "Вера", QDate(2010, 9, 1), t.schoolB, QDate(2020, 9, 1), QDate(2024, 6, 30));

    Changes seen;
    QObject::connect(t.db.get(), &Database::changed, [&](Changes what) { seen |= what; });
    StudentResult r = result(orlova, 2023, "  ЕГЭ по математике,   средний балл ", 68.5);
    REQUIRE(results.insert(r).ok());
    CHECK(seen.testFlag(Change::StudentResults));
    auto back = results.find(r.id);
    REQUIRE(back);
    CHECK(back->orgUnitId == t.schoolA);
    CHECK(back->measure == QStringLiteral("ЕГЭ по математике, средний балл"));
    CHECK(back->value == 68.5);
    CHECK(back->year == 2023);

    StudentResult stranger = result(4242, 2023, "ОГЭ", 4);
    refused(results.insert(stranger).status(), {QStringLiteral("4242")});
    StudentResult unnamed = result(orlova, 2023, "   ", 4);
    refused(results.insert(unnamed).status(), {});
    StudentResult tooEarly = result(orlova, 1999, "ОГЭ", 4);
    refused(results.insert(tooEarly).status(), {QStringLiteral("1999/00")});
    StudentResult ahead = result(orlova, 2025, "ОГЭ", 4);
    refused(results.insert(ahead).status(), {QStringLiteral("2025/26"), QStringLiteral("2024/25")});
    StudentResult notANumber = result(orlova, 2023, "ОГЭ", std::numeric_limits<double>::quiet_NaN());
    refused(results.insert(notANumber).status(), {QStringLiteral("ОГЭ")});
    StudentResult beforeHired = result(newcomer, 2022, "ОГЭ", 4); // hired on 01.09.2023
    refused(results.insert(beforeHired).status(), {QStringLiteral("Новикова"), QStringLiteral("2022/23")});
    StudentResult elsewhere = result(orlova, 2023, "ОГЭ", 4);
    elsewhere.orgUnitId = t.schoolB;
    refused(results.insert(elsewhere).status(), {QStringLiteral("Орлова"), QStringLiteral("Школа Б")});
    // Once per person, year and measure (case and spacing ignored); the message gives the stored value.
    StudentResult repeated = result(orlova, 2023, "егэ по математике, средний  балл", 70);
    refused(results.insert(repeated).status(), {QStringLiteral("Орлова"), QStringLiteral("2023/24"), QStringLiteral("68")});

    // Passing cases of the same rules.
    StudentResult current = result(orlova, 2024, "ЕГЭ по математике, средний балл", 71);
    REQUIRE(results.insert(current).ok());
    StudentResult firstYear = result(newcomer, 2023, "ОГЭ", 3.9);
    REQUIRE(results.insert(firstYear).ok());
    StudentResult leftInJune = result(leaver, 2023, "сохранность контингента", 92); // left on 30.06.2024
    REQUIRE(results.insert(leftInJune).ok());
    CHECK(leftInJune.orgUnitId == t.schoolB);
    StudentResult given = result(orlova, 2022, "ОГЭ", 4.1);
    given.orgUnitId = t.schoolA;
    REQUIRE(results.insert(given).ok());
    StudentResult negative = result(orlova, 2023, "ОГЭ, отклонение от региона", -0.4);
    REQUIRE(results.insert(negative).ok());

    // Updates keep the rules; saving unchanged is not a repeat of itself.
    REQUIRE(results.update(r).ok());
    r.value = 69;
    REQUIRE(results.update(r).ok());
    CHECK(results.find(r.id)->value == 69);
    StudentResult clash = current;
    clash.year = 2023;
    refused(results.update(clash), {QStringLiteral("2023/24")});
    StudentResult missing = result(orlova, 2023, "ОГЭ", 4);
    missing.id = 4242;
    refused(results.update(missing), {QStringLiteral("4242")});

    // The person's results by year, then measure.
    QVector<int> years;
    for (const StudentResult& each : results.resultsOf(orlova))
        years << each.year;
    CHECK(years == QVector<int>{2022, 2023, 2023, 2024});
    CHECK(results.list(t.municipality, 2023).size() == 4); // Орлова's two, Новикова, Ушедшая
    CHECK(results.list(t.schoolB).size() == 2);
    CHECK(results.list(t.otherMunicipality).isEmpty());

    REQUIRE(results.remove(given.id).ok());
    CHECK_FALSE(results.find(given.id));
    refused(results.remove(given.id), {QString::number(given.id)});
}

TEST_CASE("positive dynamics over two years, worked out by hand", "[studentresult]")
{
    RecordTree t;
    StudentResultRepository results(*t.db);
    QVector<qint64> p;
    for (const char* name : {"Первая", "Вторая", "Третья", "Четвёртая", "Пятая", "Шестая", "Седьмая"})
        p << t.person(name, "Анна", QDate(2010, 9, 1), t.schoolA);
    auto add = [&](int who, int year, const char* measure, double value) {
        StudentResult r = result(p.at(who), year, measure, value);
        const auto id = results.insert(r);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
    };
    add(0, 2022, "ЕГЭ по математике, средний балл", 60); // P1: 60 → 68, rose
    add(0, 2024, "ЕГЭ по математике, средний балл", 68);
    add(0, 2023, "ЕГЭ по математике, средний балл", 75); // the year between does not count
    add(1, 2022, "ОГЭ по русскому языку", 70);            // P2: 70 → 70, not a rise
    add(1, 2024, "ОГЭ по русскому языку", 70);
    add(2, 2022, "ВПР, 5 класс", 50);                     // P3: one rose (50 → 55), one fell (95 → 90): not a rise
    add(2, 2024, "ВПР, 5 класс", 55);
    add(2, 2022, "сохранность контингента", 95);
    add(2, 2024, "сохранность контингента", 90);
    add(3, 2023, "ОГЭ по химии", 3.5);                    // P4: no value two years before: left out
    add(3, 2024, "ОГЭ по химии", 4.0);
    add(4, 2022, "ОГЭ по химии", 3.5);                    // P5: different measures: left out
    add(4, 2024, "ЕГЭ по химии", 60);
    add(5, 2022, "Сохранность  Контингента", 80);         // P6: the same measure written differently: rose
    add(5, 2024, "сохранность контингента", 85);
    add(6, 2022, "ОГЭ по химии", 3.0);                    // P7: rose, but not asked about
    add(6, 2024, "ОГЭ по химии", 4.0);

    // Asked about P1..P6 (P1 twice): P1, P2, P3, P6 have pairs (the denominator, 4); P1 and P6 rose (2).
    const auto dynamics = results.positiveDynamics({p[0], p[1], p[2], p[3], p[4], p[5], p[0]}, 2024);
    REQUIRE(dynamics.size() == 4);
    CHECK(dynamics.at(0).personId == p[0]);
    CHECK(dynamics.at(0).rose);
    REQUIRE(dynamics.at(0).measures.size() == 1);
    CHECK(dynamics.at(0).measures.first().before == 60);
    CHECK(dynamics.at(0).measures.first().after == 68);
    CHECK(dynamics.at(1).personId == p[1]);
    CHECK_FALSE(dynamics.at(1).rose);
    CHECK(dynamics.at(2).personId == p[2]);
    CHECK(dynamics.at(2).measures.size() == 2);
    CHECK_FALSE(dynamics.at(2).rose);
    CHECK(dynamics.at(3).personId == p[5]);
    CHECK(dynamics.at(3).rose);
    const int rose = std::count_if(dynamics.begin(), dynamics.end(), [](const ResultDynamics& d) { return d.rose; });
    CHECK(rose == 2);

    // 2023 against 2021: nobody has a 2021 value.
    CHECK(results.positiveDynamics(p, 2023).isEmpty());
}

TEST_CASE("a person's results are in their history at the end of each academic year", "[studentresult][history]")
{
    RecordTree t;
    StudentResultRepository results(*t.db);
    const qint64 orlova = t.person("Орлова", "Анна", QDate(2010, 9, 1), t.schoolA, QDate(2021, 9, 1));
    StudentResult later = result(orlova, 2023, "ОГЭ по математике", 4.2);
    StudentResult earlier = result(orlova, 2021, "ОГЭ по математике", 3.8);
    for (StudentResult* r : {&later, &earlier})
        REQUIRE(results.insert(*r).ok());

    const QVector<HistoryEntry> card = PersonHistory::of(*t.db, orlova);
    REQUIRE(card.size() == 3); // the job, then the results of 2021/22 and 2023/24
    CHECK(card.at(0).date == QDate(2021, 9, 1));
    CHECK(card.at(1).date == QDate(2022, 8, 31));
    CHECK(card.at(1).uuid == earlier.uuid);
    CHECK(card.at(1).summary.contains(QStringLiteral("2021/22")));
    CHECK(card.at(1).summary.contains(QStringLiteral("ОГЭ по математике")));
    CHECK(card.at(2).date == QDate(2024, 8, 31));
    CHECK(card.at(2).uuid == later.uuid);
}
