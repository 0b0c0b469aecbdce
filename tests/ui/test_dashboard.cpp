// The dashboard: the drill-down model's numbers, texts, colours by status and sorting, on the
// indicator tests' small tree (R → H → M {A, B}, M2 {C}).
#include "../core/indicatorfixture.h"
#include "dashboard/dashboardmodel.h"
#include "dashboard/readingtext.h"
#include "indicators/indicatorboard.h"
#include "modelchecker.h"

#include <QBrush>
#include <catch2/catch.hpp>

namespace {

// K08 in 2024/25: A has a route for one of its two teachers, C's one teacher has none; nobody
// had a route in 2023/24. K17 has no novices anywhere: «нет данных».
struct DashboardFixture : IndicatorFixture {
    DashboardFixture()
    {
        const qint64 a1 = person("Абрамова", schoolA);
        person("Белкина", schoolA);
        person("Вавилова", schoolC);
        route(a1, schoolA, QDate(2024, 9, 10), {}, "active");
        REQUIRE(IndicatorTargets(*db).set(QStringLiteral("K08"), municipality, 2025, 52).ok());
    }
    IndicatorBoardData board()
    {
        auto data = IndicatorBoard(*db).read(hub, y2024, {QStringLiteral("K08"), QStringLiteral("K17")});
        REQUIRE(data.ok());
        return *data;
    }
};

QString text(const QAbstractItemModel& m, int row, int column, int role = Qt::DisplayRole)
{
    return m.index(row, column).data(role).toString();
}

QStringList names(const QAbstractItemModel& m)
{
    QStringList list;
    for (int row = 0; row < m.rowCount(); ++row)
        list << text(m, row, 0);
    return list;
}

} // namespace

TEST_CASE("the dashboard model: the unit and its children by indicator, with targets and status", "[ui][dashboard]")
{
    DashboardFixture f;
    DashboardModel model;
    ModelChecker checker(&model);
    CHECK(model.rowCount() == 0);
    model.setBoard(f.board());
    REQUIRE(model.rowCount() == 3);
    REQUIRE(model.columnCount() == 3);
    CHECK(model.headerData(0, Qt::Horizontal).toString() == QString::fromUtf8("Подразделение"));
    CHECK(model.headerData(1, Qt::Horizontal).toString() == QStringLiteral("K08"));
    // The hub first, then its children by name: «Другой район» before «Район».
    CHECK(names(model) == QStringList{QString::fromUtf8("Хаб"), QString::fromUtf8("Другой район"), QString::fromUtf8("Район")});
    CHECK(model.index(2, 1).data(DashboardModel::UnitIdRole).toLongLong() == f.municipality);

    // Хаб: 1 of 3 = 33,3 % against the default 30: reached, +3,3.
    CHECK(text(model, 0, 1) == QString::fromUtf8("33,3 %"));
    CHECK(text(model, 0, 1, Qt::ToolTipRole) == QString::fromUtf8("1 из 3; цель 30 %; отклонение +3,3"));
    // Район: 1 of 2 = 50 % against its own 52: close (within 5,2), −2,0.
    CHECK(text(model, 2, 1) == QString::fromUtf8("50,0 %"));
    CHECK(text(model, 2, 1, Qt::ToolTipRole) == QString::fromUtf8("1 из 2; цель 52 %; отклонение −2,0"));
    // Другой район: 0 of 1 = 0 % against 30: behind, −30,0.
    CHECK(text(model, 1, 1) == QString::fromUtf8("0,0 %"));
    CHECK(text(model, 1, 1, Qt::ToolTipRole) == QString::fromUtf8("0 из 1; цель 30 %; отклонение −30,0"));
    // K17: no novices, no figure — «нет данных», no status and no colour.
    CHECK(text(model, 0, 2) == QString::fromUtf8("нет данных"));
    CHECK(model.index(0, 2).data(DashboardModel::StatusRole).toInt() == int(TargetStatus::None));
    CHECK_FALSE(model.index(0, 2).data(Qt::BackgroundRole).isValid());

    // Colours by status: light green, yellow, red.
    const auto colour = [&](int row) { return model.index(row, 1).data(Qt::BackgroundRole).value<QBrush>().color(); };
    CHECK(colour(0) == QColor(0xd4, 0xed, 0xda));
    CHECK(colour(2) == QColor(0xff, 0xf3, 0xcd));
    CHECK(colour(1) == QColor(0xf8, 0xd7, 0xda));

    // The hub's trend against 2023/24 (0 of 3): up.
    CHECK(ReadingText::trend(*model.reading(model.index(0, 1))) == QStringLiteral("▲"));
    CHECK(model.reading(model.index(0, 0)) == nullptr);
    CHECK(checker.complaints().isEmpty());
}

TEST_CASE("the dashboard model sorts the children and keeps the unit on top", "[ui][dashboard]")
{
    DashboardFixture f;
    DashboardModel model;
    ModelChecker checker(&model);
    model.setBoard(f.board());
    const QPersistentModelIndex district = model.index(2, 1); // Район, 50 %
    model.sort(1, Qt::DescendingOrder);
    CHECK(names(model) == QStringList{QString::fromUtf8("Хаб"), QString::fromUtf8("Район"), QString::fromUtf8("Другой район")});
    CHECK(district.row() == 1);
    CHECK(district.data().toString() == QString::fromUtf8("50,0 %"));
    model.sort(1, Qt::AscendingOrder);
    CHECK(names(model) == QStringList{QString::fromUtf8("Хаб"), QString::fromUtf8("Другой район"), QString::fromUtf8("Район")});
    model.sort(0, Qt::DescendingOrder);
    CHECK(names(model) == QStringList{QString::fromUtf8("Хаб"), QString::fromUtf8("Район"), QString::fromUtf8("Другой район")});
    // No data on either side: the order stays.
    model.sort(2, Qt::AscendingOrder);
    CHECK(names(model) == QStringList{QString::fromUtf8("Хаб"), QString::fromUtf8("Район"), QString::fromUtf8("Другой район")});
    CHECK(checker.complaints().isEmpty());
}
