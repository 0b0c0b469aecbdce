// The four-level tree: placement rules, moves, the closure table, deletion.
#include "storage/orgunitrepository.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

namespace {

OrgUnit makeUnit(UnitLevel level, qint64 parent, const QString& code, const QString& name)
{
    OrgUnit u;
    u.level = level;
    u.parentId = parent;
    u.code = code;
    u.name = name;
    return u;
}

struct SmallTree {
    TempFolder folder;
    std::shared_ptr<Database> db = openDatabase(folder.path(QStringLiteral("tree.db")));
    OrgUnitRepository units{*db};
    qint64 region = 0, hubA = 0, hubB = 0, munA = 0, munB = 0, school = 0;

    SmallTree()
    {
        OrgUnit r = makeUnit(UnitLevel::Region, 0, QStringLiteral("R"), QStringLiteral("Томская область"));
        region = units.insert(r).value();
        OrgUnit a = makeUnit(UnitLevel::Hub, region, QStringLiteral("HA"), QStringLiteral("Асино"));
        hubA = units.insert(a).value();
        OrgUnit b = makeUnit(UnitLevel::Hub, region, QStringLiteral("HB"), QStringLiteral("Колпашево"));
        hubB = units.insert(b).value();
        OrgUnit m1 = makeUnit(UnitLevel::Municipality, hubA, QStringLiteral("MA"), QStringLiteral("Асиновский район"));
        munA = units.insert(m1).value();
        OrgUnit m2 = makeUnit(UnitLevel::Municipality, hubB, QStringLiteral("MB"), QStringLiteral("Каргасокский район"));
        munB = units.insert(m2).value();
        OrgUnit s = makeUnit(UnitLevel::Organisation, munA, QStringLiteral("S1"), QStringLiteral("МБОУ СОШ № 1"));
        school = units.insert(s).value();
    }
};

} // namespace

TEST_CASE("a database holds exactly one region", "[tree]")
{
    SmallTree t;
    OrgUnit second = makeUnit(UnitLevel::Region, 0, QStringLiteral("R2"), QStringLiteral("Новосибирская область"));
    const auto r = t.units.insert(second);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == QStringLiteral("В базе уже есть регион (Томская область); в ней может быть только один регион."));
    CHECK(t.units.count() == 6);
}

TEST_CASE("every illegal placement is refused with its rule", "[tree]")
{
    SmallTree t;
    struct Case { UnitLevel level; qint64 parent; const char* message; };
    const Case cases[] = {
        {UnitLevel::Region, t.hubA, "Регион — корень дерева, у него нет вышестоящего подразделения."},
        {UnitLevel::Hub, 0, "Хаб размещается непосредственно в регионе."},
        {UnitLevel::Hub, t.munA, "Хаб размещается непосредственно в регионе. «Асиновский район» — это муниципалитет."},
        {UnitLevel::Municipality, t.region, "Муниципалитет размещается в хабе. «Томская область» — это регион."},
        {UnitLevel::Municipality, t.school, "Муниципалитет размещается в хабе. «МБОУ СОШ № 1» — это организация."},
        {UnitLevel::Organisation, t.hubB, "Организация размещается в муниципалитете. «Колпашево» — это хаб."},
        {UnitLevel::Organisation, 0, "Организация размещается в муниципалитете."},
        {UnitLevel::Organisation, 9999, "Вышестоящее подразделение (id 9999) не существует."},
    };
    int n = 0;
    for (const Case& c : cases) {
        OrgUnit u = makeUnit(c.level, c.parent, QStringLiteral("X%1").arg(++n), QStringLiteral("Новое"));
        const auto r = t.units.insert(u);
        INFO("case " << n);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error() == QString::fromUtf8(c.message));
    }
    CHECK(t.units.count() == 6);
}

TEST_CASE("codes are unique and names required", "[tree]")
{
    SmallTree t;
    OrgUnit dup = makeUnit(UnitLevel::Organisation, t.munA, QStringLiteral("S1"), QStringLiteral("Другая школа"));
    auto r = t.units.insert(dup);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == QStringLiteral("Код S1 уже занят подразделением «МБОУ СОШ № 1»."));
    OrgUnit noName = makeUnit(UnitLevel::Organisation, t.munA, QStringLiteral("S2"), QStringLiteral("  "));
    r = t.units.insert(noName);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == QStringLiteral("Наименование подразделения не может быть пустым."));
    OrgUnit badKind = makeUnit(UnitLevel::Organisation, t.munA, QStringLiteral("S3"), QStringLiteral("Школа"));
    badKind.kind = QStringLiteral("cabinet");
    r = t.units.insert(badKind);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == QStringLiteral("«cabinet» не является видом для уровня «организация»."));
}

TEST_CASE("the closure table answers subtree queries and follows moves", "[tree]")
{
    SmallTree t;
    CHECK(t.units.subtreeIds(t.region).size() == 6);
    CHECK(t.units.subtreeIds(t.hubA) == QVector<qint64>{t.hubA, t.munA, t.school});
    CHECK(t.units.subtreeIds(t.hubB) == QVector<qint64>{t.hubB, t.munB});

    // Moving a municipality with its school to the other hub.
    REQUIRE(t.units.move(t.munA, t.hubB).ok());
    CHECK(t.units.find(t.munA)->parentId == t.hubB);
    CHECK(t.units.subtreeIds(t.hubA) == QVector<qint64>{t.hubA});
    auto b = t.units.subtreeIds(t.hubB);
    std::sort(b.begin(), b.end());
    QVector<qint64> expected{t.hubB, t.munA, t.munB, t.school};
    std::sort(expected.begin(), expected.end());
    CHECK(b == expected);
    CHECK(t.units.subtreeIds(t.region).size() == 6);

    // Moving a school between municipalities.
    REQUIRE(t.units.move(t.school, t.munB).ok());
    CHECK(t.units.subtreeIds(t.munA) == QVector<qint64>{t.munA});
    CHECK(t.units.subtreeIds(t.munB) == QVector<qint64>{t.munB, t.school});
}

TEST_CASE("every illegal move is refused and changes nothing", "[tree]")
{
    SmallTree t;
    auto s = t.units.move(t.region, t.hubA);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error() == QStringLiteral("Регион — корень дерева, его нельзя переместить."));
    s = t.units.move(t.school, t.hubA);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error() == QStringLiteral("«МБОУ СОШ № 1» нельзя переместить: Организация размещается в муниципалитете. «Асино» — это хаб."));
    s = t.units.move(t.munA, t.school);
    REQUIRE_FALSE(s.ok());
    s = t.units.move(t.hubA, t.hubB);
    REQUIRE_FALSE(s.ok());
    s = t.units.move(t.munA, t.region);
    REQUIRE_FALSE(s.ok());
    s = t.units.move(4242, t.hubA);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error() == QStringLiteral("Подразделение (id 4242) не существует."));
    CHECK(t.units.find(t.munA)->parentId == t.hubA);
    CHECK(t.units.subtreeIds(t.hubA) == QVector<qint64>{t.hubA, t.munA, t.school});
}

TEST_CASE("a unit with children cannot be deleted — a leaf can", "[tree]")
{
    SmallTree t;
    auto s = t.units.remove(t.munA);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error() == QStringLiteral("У «Асиновский район» есть подчинённые подразделения; сначала переместите или удалите их."));
    REQUIRE(t.units.remove(t.school).ok());
    CHECK_FALSE(t.units.find(t.school));
    CHECK(t.units.subtreeIds(t.hubA) == QVector<qint64>{t.hubA, t.munA});
}

TEST_CASE("names with quotes, Cyrillic and emoji are ordinary data", "[tree]")
{
    SmallTree t;
    OrgUnit u = makeUnit(UnitLevel::Organisation, t.munA, QStringLiteral("O'B"), QStringLiteral("Школа «O'Brien» 🎓; DROP TABLE org_unit;--"));
    REQUIRE(t.units.insert(u).ok());
    const auto back = t.units.findByCode(QStringLiteral("O'B"));
    REQUIRE(back);
    CHECK(back->name == u.name);
    CHECK(t.units.count() == 7);
}
