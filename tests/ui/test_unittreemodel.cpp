// The tree of units as an item model: structure, order, staff counts, reloads.
#include "modelchecker.h"
#include "stafffixture.h"
#include "storage/orgunitrepository.h"
#include "storage/personrepository.h"
#include "unittreemodel.h"

#include <QSignalSpy>
#include <catch2/catch.hpp>

namespace {

QString text(const QModelIndex& index)
{
    return index.data(Qt::DisplayRole).toString();
}

qint64 idOf(const QModelIndex& index)
{
    return index.data(UnitTreeModel::UnitIdRole).toLongLong();
}

int countOf(const QModelIndex& index)
{
    return index.data(UnitTreeModel::StaffCountRole).toInt();
}

} // namespace

TEST_CASE("the tree model shows the four levels in Russian order with staff counts", "[ui][tree]")
{
    StaffFixture f;
    UnitTreeModel model;
    ModelChecker checker(&model);
    model.setDatabase(f.db.get());

    REQUIRE(model.rowCount() == 1);
    const QModelIndex region = model.index(0, 0);
    CHECK(idOf(region) == f.unit("R"));
    CHECK(region.data(UnitTreeModel::LevelRole).toInt() == int(UnitLevel::Region));
    // 19 persons: Никитина works in both hubs and still counts once.
    CHECK(countOf(region) == 19);
    CHECK(text(region).startsWith(QString::fromUtf8("Томская область")));
    CHECK(text(region).contains(QStringLiteral("19")));

    REQUIRE(model.rowCount(region) == 2);
    const QModelIndex ha = model.index(0, 0, region);
    const QModelIndex hk = model.index(1, 0, region);
    CHECK(idOf(ha) == f.unit("HA"));
    CHECK(idOf(hk) == f.unit("HK"));
    // Никитина (person 11) counts once, at her main employment (rate 1 in Первомайская СОШ, not
    // 0.5 in СОШ № 2 г. Колпашево): the hubs add up to the region, 10 + 9 = 19.
    CHECK(countOf(ha) == 10);
    CHECK(countOf(hk) == 9);

    REQUIRE(model.rowCount(ha) == 2);
    CHECK(idOf(model.index(0, 0, ha)) == f.unit("MA"));
    CHECK(idOf(model.index(1, 0, ha)) == f.unit("MP"));
    REQUIRE(model.rowCount(hk) == 2);
    CHECK(idOf(model.index(0, 0, hk)) == f.unit("MKS")); // Каргасокский before Колпашевский
    CHECK(idOf(model.index(1, 0, hk)) == f.unit("MK"));

    const QModelIndex ma = model.indexOf(f.unit("MA"));
    CHECK(countOf(ma) == 7);
    CHECK(model.parent(ma) == ha);
    REQUIRE(model.rowCount(ma) == 2);
    const QModelIndex s1 = model.index(0, 0, ma);
    CHECK(idOf(s1) == f.unit("S1"));
    CHECK(text(s1).startsWith(QString::fromUtf8("СОШ № 1 г. Асино"))); // the short name
    CHECK(countOf(s1) == 4);   // Ёлкина has left
    CHECK(model.rowCount(s1) == 0);
    CHECK(countOf(model.indexOf(f.unit("K2"))) == 4); // persons 12-15; Никитина counts in SP
    CHECK(countOf(model.indexOf(f.unit("MKS"))) == 2);

    for (const char* code : {"R", "HA", "MA", "S1"}) {
        const QIcon icon = model.indexOf(f.unit(code)).data(Qt::DecorationRole).value<QIcon>();
        INFO(code);
        CHECK_FALSE(icon.isNull());
        CHECK_FALSE(icon.pixmap(16, 16).isNull());
    }
    const QString tip = s1.data(Qt::ToolTipRole).toString();
    CHECK(tip.contains(QStringLiteral("S1")));
    CHECK(tip.contains(QString::fromUtf8("Средняя общеобразовательная школа № 1").toHtmlEscaped()));

    CHECK(checker.complaints().isEmpty());
}

TEST_CASE("the tree model follows changes of units and persons", "[ui][tree]")
{
    StaffFixture f;
    UnitTreeModel model;
    ModelChecker checker(&model);
    model.setDatabase(f.db.get());

    // A new employment in S4 changes the counts up the branch, without a reset.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    PersonRepository persons(*f.db);
    Person p;
    p.lastName = QString::fromUtf8("Новикова");
    p.firstName = QString::fromUtf8("Дарья");
    REQUIRE(persons.insert(p).ok());
    Employment e;
    e.personId = p.id;
    e.unitId = f.unit("S4");
    e.positionCode = QStringLiteral("teacher");
    e.start = QDate(2024, 9, 1);
    REQUIRE(persons.addEmployment(e).ok());
    CHECK(resets.isEmpty());
    CHECK_FALSE(changes.isEmpty());
    CHECK(countOf(model.indexOf(f.unit("MA"))) == 8);
    CHECK(countOf(model.indexOf(f.unit("R"))) == 20);

    // A new organisation appears in its place.
    OrgUnit school;
    school.level = UnitLevel::Organisation;
    school.parentId = f.unit("MA");
    school.code = QStringLiteral("S10");
    school.name = QString::fromUtf8("МБОУ СОШ № 10 г. Асино");
    school.shortName = QString::fromUtf8("СОШ № 10 г. Асино");
    REQUIRE(OrgUnitRepository(*f.db).insert(school).ok());
    CHECK(resets.size() == 1);
    const QModelIndex ma = model.indexOf(f.unit("MA"));
    REQUIRE(model.rowCount(ma) == 3);
    // Numbers by value: № 1, № 4, № 10.
    CHECK(idOf(model.index(2, 0, ma)) == school.id);

    model.setDatabase(nullptr);
    CHECK(model.rowCount() == 0);
    CHECK(checker.complaints().isEmpty());
}
