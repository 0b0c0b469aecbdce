// The staff register query: subtree, snapshot date, former staff, filters, sorting, pages.
// Expected rows are read off the fixture's table in tests/support/stafffixture.cpp.
#include "stafffixture.h"
#include "storage/migration.h"
#include "storage/staffquery.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

namespace {

StaffFilter filterFor(qint64 root)
{
    StaffFilter f;
    f.rootUnitId = root;
    f.on = StaffFixture::today();
    return f;
}

// Last names of the rows, in order.
QStringList lastNames(StaffQuery& query, const StaffFilter& filter)
{
    const auto ids = query.ids(filter);
    INFO(ids.error().toStdString());
    REQUIRE(ids.ok());
    const auto rows = query.rows(ids.value());
    REQUIRE(rows.ok());
    QStringList names;
    for (const StaffRow& r : rows.value())
        names << r.lastName;
    return names;
}

QStringList utf8(std::initializer_list<const char*> names)
{
    QStringList list;
    for (const char* n : names)
        list << QString::fromUtf8(n);
    return list;
}

} // namespace

TEST_CASE("the register of a subtree lists its current employments by name", "[staffquery]")
{
    StaffFixture f;
    StaffQuery query(*f.db);

    // Асиновский район: S1 (persons 1-4; 5 has left) and S4 (6-8).
    CHECK(lastNames(query, filterFor(f.unit("MA")))
          == utf8({"Иванов", "Иванова", "Кузнецов", "Петров", "Смирнова", "Соколова", "Фёдорова"}));
    // The region: 19 persons, Никитина twice (two employments), Ёлкина not at all.
    const QStringList region = lastNames(query, filterFor(f.unit("R")));
    CHECK(region.size() == 20);
    CHECK(region.count(QString::fromUtf8("Никитина")) == 2);
    CHECK_FALSE(region.contains(QString::fromUtf8("Ёлкина")));
    // 0 = the whole database, the same as the region.
    CHECK(lastNames(query, filterFor(0)) == region);
    // A single organisation: Никитина's second job at K2 is there.
    CHECK(lastNames(query, filterFor(f.unit("K2")))
          == utf8({"Григорьев", "Захарова", "Лебедева", "Никитина", "Орлов"}));
}

TEST_CASE("former staff appear only on request, and the snapshot date matters", "[staffquery]")
{
    StaffFixture f;
    StaffQuery query(*f.db);
    StaffFilter s1 = filterFor(f.unit("S1"));
    CHECK(lastNames(query, s1).size() == 4);
    s1.includeFormer = true;
    CHECK(lastNames(query, s1) == utf8({"Ёлкина", "Иванова", "Петров", "Соколова", "Фёдорова"}));
    // On 01.06.2024 Ёлкина still worked there.
    s1.includeFormer = false;
    s1.on = QDate(2024, 6, 1);
    CHECK(lastNames(query, s1).contains(QString::fromUtf8("Ёлкина")));
    // Employments that start after the date are not shown, even with former staff.
    s1.on = QDate(2000, 1, 1);
    s1.includeFormer = true;
    CHECK(lastNames(query, s1) == utf8({"Петров", "Фёдорова"}));
}

TEST_CASE("the name filter ignores case, ё and surrounding spaces and matches any part", "[staffquery]")
{
    StaffFixture f;
    StaffQuery query(*f.db);
    StaffFilter region = filterFor(f.unit("R"));
    region.nameText = QStringLiteral("  ИВАН ");
    // Иванов Иван Иванович, Иванова Мария, Петров Сергей Иванович, Павлова Галина Ивановна.
    CHECK(lastNames(query, region) == utf8({"Иванов", "Иванова", "Павлова", "Петров"}));
    region.nameText = QString::fromUtf8("семенова юлия");
    CHECK(lastNames(query, region) == utf8({"Семёнова"}));
    region.nameText = QString::fromUtf8("алена");
    region.includeFormer = true;
    CHECK(lastNames(query, region) == utf8({"Ёлкина"}));
    // LIKE wildcards typed by a user are literal characters.
    region.nameText = QStringLiteral("%");
    CHECK(lastNames(query, region).isEmpty());
    region.nameText = QStringLiteral("_");
    CHECK(lastNames(query, region).isEmpty());
}

TEST_CASE("position and category filters combine with the subtree and the name", "[staffquery]")
{
    StaffFixture f;
    StaffQuery query(*f.db);
    StaffFilter region = filterFor(f.unit("R"));
    region.categoryCode = QStringLiteral("highest");
    CHECK(lastNames(query, region) == utf8({"Иванова", "Кузнецов", "Лебедева", "Павлова", "Смирнова"}));
    region.positionCode = QStringLiteral("teacher");
    CHECK(lastNames(query, region) == utf8({"Иванова", "Кузнецов", "Лебедева"}));
    region.rootUnitId = f.unit("HK");
    CHECK(lastNames(query, region) == utf8({"Лебедева"}));
    region.categoryCode.clear();
    region.positionCode = QStringLiteral("head");
    CHECK(lastNames(query, region) == utf8({"Егорова"}));
    region.positionCode = QStringLiteral("teacher");
    region.nameText = QString::fromUtf8("светлана");
    CHECK(lastNames(query, region) == utf8({"Никитина"}));
}

TEST_CASE("every column sorts both ways, unknown values last", "[staffquery]")
{
    StaffFixture f;
    StaffQuery query(*f.db);
    StaffFilter ma = filterFor(f.unit("MA"));

    ma.sortColumn = StaffColumn::Age; // youngest first
    CHECK(lastNames(query, ma) == utf8({"Иванов", "Соколова", "Кузнецов", "Иванова", "Петров", "Смирнова", "Фёдорова"}));
    ma.descending = true;
    CHECK(lastNames(query, ma) == utf8({"Фёдорова", "Смирнова", "Петров", "Иванова", "Кузнецов", "Соколова", "Иванов"}));
    ma.sortColumn = StaffColumn::BirthDate; // earliest birth date first when ascending
    ma.descending = false;
    CHECK(lastNames(query, ma).first() == QString::fromUtf8("Фёдорова"));

    ma.sortColumn = StaffColumn::Organisation; // S1 before S4, by name within
    CHECK(lastNames(query, ma) == utf8({"Иванова", "Петров", "Соколова", "Фёдорова", "Иванов", "Кузнецов", "Смирнова"}));
    ma.sortColumn = StaffColumn::Category; // none, conformity, first, highest; then by name
    CHECK(lastNames(query, ma) == utf8({"Иванов", "Соколова", "Фёдорова", "Петров", "Иванова", "Кузнецов", "Смирнова"}));
    ma.sortColumn = StaffColumn::CategoryExpires; // those without a category last, both ways
    CHECK(lastNames(query, ma).mid(0, 5) == utf8({"Петров", "Смирнова", "Иванова", "Фёдорова", "Кузнецов"}));
    CHECK(lastNames(query, ma).mid(5) == utf8({"Иванов", "Соколова"}));
    ma.descending = true;
    CHECK(lastNames(query, ma) == utf8({"Кузнецов", "Фёдорова", "Иванова", "Смирнова", "Петров", "Иванов", "Соколова"}));
    ma.sortColumn = StaffColumn::Subjects; // Петров and Фёдорова have none: last both ways
    ma.descending = false;
    CHECK(lastNames(query, ma) == utf8({"Смирнова", "Соколова", "Иванова", "Кузнецов", "Иванов", "Петров", "Фёдорова"}));
    ma.descending = true;
    CHECK(lastNames(query, ma) == utf8({"Иванов", "Кузнецов", "Иванова", "Соколова", "Смирнова", "Петров", "Фёдорова"}));

    StaffFilter k2 = filterFor(f.unit("K2"));
    k2.sortColumn = StaffColumn::Rate;
    CHECK(lastNames(query, k2).first() == QString::fromUtf8("Никитина"));
    k2.sortColumn = StaffColumn::Experience; // least experienced first
    CHECK(lastNames(query, k2) == utf8({"Григорьев", "Орлов", "Никитина", "Лебедева", "Захарова"}));
    k2.sortColumn = StaffColumn::Position; // методист before учитель
    CHECK(lastNames(query, k2).first() == QString::fromUtf8("Захарова"));
    k2.sortColumn = StaffColumn::Name;
    k2.descending = true;
    CHECK(lastNames(query, k2) == utf8({"Орлов", "Никитина", "Лебедева", "Захарова", "Григорьев"}));
}

TEST_CASE("rows carry the facts of the person, the unit and the employment", "[staffquery]")
{
    StaffFixture f;
    StaffQuery query(*f.db);
    StaffFilter k2 = filterFor(f.unit("K2"));
    k2.nameText = QString::fromUtf8("никитина");
    const auto ids = query.ids(k2);
    REQUIRE(ids.ok());
    REQUIRE(ids->size() == 1);
    const auto rows = query.rows(ids.value());
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    const StaffRow& r = rows->first();
    CHECK(r.personId == f.person(11));
    CHECK(r.unitId == f.unit("K2"));
    CHECK(r.fullName() == QString::fromUtf8("Никитина Светлана Олеговна"));
    CHECK(r.birthDate == QDate(1983, 8, 25));
    CHECK(r.ageOn(StaffFixture::today()) == 41);
    CHECK(r.experienceYearsOn(StaffFixture::today()) == 19);
    CHECK(r.organisation == QString::fromUtf8("СОШ № 2 г. Колпашево"));
    CHECK(r.positionCode == QStringLiteral("teacher"));
    CHECK(r.positionName == QString::fromUtf8("учитель"));
    CHECK(r.rate == 0.5);
    CHECK(r.categoryCode == QStringLiteral("conformity"));
    CHECK(r.categoryName == QString::fromUtf8("соответствие занимаемой должности"));
    CHECK(r.categoryExpires == QDate(2026, 6, 1));
    CHECK(r.subjects == utf8({"химия", "биология"}));
    CHECK(r.start == QDate(2020, 9, 1));
    CHECK_FALSE(r.end.isValid());
    CHECK(r.activeOn(StaffFixture::today()));
}

TEST_CASE("rows() keeps the given order across pages and skips unknown ids", "[staffquery]")
{
    StaffFixture f;
    StaffQuery query(*f.db);
    const QVector<qint64> all = query.ids(filterFor(f.unit("R"))).value();
    REQUIRE(all.size() == 20);
    // More ids than one page holds: the page is repeated with unknown ids in between.
    QVector<qint64> wanted;
    for (int i = 0; i < StaffQuery::PageSize + 50; ++i)
        wanted << (i % 3 == 0 ? -i - 1 : all.at(i % all.size()));
    const auto rows = query.rows(wanted);
    REQUIRE(rows.ok());
    QVector<qint64> got;
    for (const StaffRow& r : rows.value())
        got << r.employmentId;
    QVector<qint64> expected;
    for (const qint64 id : wanted)
        if (id > 0)
            expected << id;
    CHECK(got == expected);
}

TEST_CASE("schema 2 adds the register indexes and the queries use them", "[staffquery][migration]")
{
    StaffFixture f;
    CHECK(f.db->schemaVersion() == Migration::latestVersion());
    QSqlQuery q(f.db->connection());
    QStringList indexes;
    REQUIRE(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'")));
    while (q.next())
        indexes << q.value(0).toString();
    CHECK(indexes.contains(QStringLiteral("employment_unit_staff")));
    CHECK(indexes.contains(QStringLiteral("employment_person_staff")));
    CHECK(indexes.contains(QStringLiteral("person_register")));
    CHECK_FALSE(indexes.contains(QStringLiteral("employment_unit")));
    CHECK_FALSE(indexes.contains(QStringLiteral("employment_person")));

    StaffQuery query(*f.db);
    const QString plan = query.queryPlan(filterFor(f.unit("MA"))).join(u'\n');
    CHECK(plan.contains(QStringLiteral("COVERING INDEX employment_unit_staff")));
    CHECK(plan.contains(QStringLiteral("COVERING INDEX person_register")));
}
