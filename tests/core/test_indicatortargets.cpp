// Targets: the seeds' examples, a unit's own, inheritance from the parent, status and deviation
// with the configurable «close» threshold; and the board that puts them beside the figures.
#include "indicatorfixture.h"
#include "indicators/indicatorboard.h"
#include "indicators/indicatorcatalogue.h"
#include "storage/rulebook.h"

TEST_CASE("the seeds' targets ship as defaults for every unit", "[indicators][targets]")
{
    IndicatorFixture t;
    IndicatorTargets targets(*t.db);
    // Seed 004: base (2024) → target (2025).
    const QList<std::tuple<const char*, double, double>> seed004{
        {"K06", 10, 30}, {"K07", 5, 10}, {"K08", 15, 30}, {"K09", 85, 90}, {"K10", 50, 60}, {"K11", 30, 50}};
    for (const auto& [code, base, target] : seed004) {
        INFO(code);
        CHECK(targets.targetFor(QString::fromLatin1(code), t.schoolA, 2024)->value == base);
        CHECK(targets.targetFor(QString::fromLatin1(code), t.schoolA, 2025)->value == target);
        CHECK(targets.targetFor(QString::fromLatin1(code), t.schoolA, 2025)->unitId == 0);
    }
    // Seed 002: the coverage path 5/15/25/60/100 % for 2020–2024, and 100 % of young teachers.
    const double path[] = {5, 15, 25, 60, 100};
    for (int y = 2020; y <= 2024; ++y)
        CHECK(targets.targetFor(QStringLiteral("K12"), t.region, y)->value == path[y - 2020]);
    for (int y = 2021; y <= 2024; ++y)
        CHECK(targets.targetFor(QStringLiteral("K13"), t.schoolC, y)->value == 100);
    CHECK_FALSE(targets.targetFor(QStringLiteral("K01"), t.schoolA, 2025));
}

TEST_CASE("a unit without its own target inherits the nearest ancestor's", "[indicators][targets]")
{
    IndicatorFixture t;
    IndicatorTargets targets(*t.db);
    REQUIRE(targets.set(QStringLiteral("K06"), t.municipality, 2025, 40).ok());
    REQUIRE(targets.set(QStringLiteral("K06"), t.schoolB, 2025, 20).ok());
    REQUIRE(targets.set(QStringLiteral("k06"), t.schoolB, 2025, 25).ok()); // replaces
    CHECK(targets.targetFor(QStringLiteral("K06"), t.schoolA, 2025)->value == 40);       // M's
    CHECK(targets.targetFor(QStringLiteral("K06"), t.schoolA, 2025)->unitId == t.municipality);
    CHECK(targets.targetFor(QStringLiteral("K06"), t.schoolB, 2025)->value == 25);       // its own
    CHECK(targets.targetFor(QStringLiteral("K06"), t.schoolC, 2025)->value == 30);       // the default
    CHECK(targets.targetFor(QStringLiteral("K06"), t.municipality, 2024)->value == 10);  // another year: the default
    CHECK(targets.own(t.schoolB).size() == 1);
    REQUIRE(targets.remove(QStringLiteral("K06"), t.schoolB, 2025).ok());
    CHECK(targets.targetFor(QStringLiteral("K06"), t.schoolB, 2025)->value == 40);
    // A default of a user's making, and refusals.
    REQUIRE(targets.set(QStringLiteral("K01"), 0, 2025, 80).ok());
    CHECK(targets.targetFor(QStringLiteral("K01"), t.schoolC, 2025)->value == 80);
    CHECK(targets.set(QStringLiteral("K01"), 0, 2025, 120).error() == QStringLiteral("Цель показателя K01 — процент, она не может быть больше 100."));
    CHECK(targets.set(QStringLiteral("K01"), 0, 2025, -1).error() == QStringLiteral("Цель показателя K01 не может быть отрицательной."));
    CHECK(targets.set(QStringLiteral("K99"), 0, 2025, 1).error() == QStringLiteral("Неизвестный показатель «K99»."));
}

TEST_CASE("status against the target: reached, close, behind — either direction", "[indicators][targets]")
{
    Indicator higher; // a share, higher is better
    Indicator lower;
    lower.direction = IndicatorDirection::Lower;
    lower.unit = IndicatorUnit::Ratio;
    const IndicatorTarget eighty{0, {}, QStringLiteral("K01"), 0, 2025, 80};
    const IndicatorTarget sixHundred{0, {}, QStringLiteral("K14"), 0, 2025, 600};
    // Close: short by at most 10 % of the target (8 points of 80; 60 of 600).
    CHECK(IndicatorTargets::check(higher, 85.0, eighty, 10).status == TargetStatus::Reached);
    CHECK(IndicatorTargets::check(higher, 80.0, eighty, 10).status == TargetStatus::Reached);
    CHECK(IndicatorTargets::check(higher, 72.0, eighty, 10).status == TargetStatus::Close);
    CHECK(IndicatorTargets::check(higher, 71.9, eighty, 10).status == TargetStatus::Behind);
    CHECK(*IndicatorTargets::check(higher, 71.0, eighty, 10).deviation == Approx(-9.0));
    CHECK(IndicatorTargets::check(lower, 500.0, sixHundred, 10).status == TargetStatus::Reached);
    CHECK(IndicatorTargets::check(lower, 660.0, sixHundred, 10).status == TargetStatus::Close);
    CHECK(IndicatorTargets::check(lower, 700.0, sixHundred, 10).status == TargetStatus::Behind);
    // No value or no target: no status.
    CHECK(IndicatorTargets::check(higher, std::nullopt, eighty, 10).status == TargetStatus::None);
    CHECK(IndicatorTargets::check(higher, std::nullopt, eighty, 10).target == 80.0);
    CHECK(IndicatorTargets::check(higher, 50.0, std::nullopt, 10).status == TargetStatus::None);
    CHECK(IndicatorTargets::statusName(TargetStatus::Close) == QStringLiteral("близко к цели"));
}

TEST_CASE("the board: figures, targets, status and the previous year for a unit and its children", "[indicators][targets]")
{
    IndicatorFixture t;
    // K08 in 2024/25: A {a route} of 2 → 50 %; C none of 1 → 0 %. In 2023/24: nobody.
    const qint64 a1 = t.person("Абрамова", t.schoolA);
    t.person("Белкина", t.schoolA);
    t.person("Вавилова", t.schoolC);
    t.route(a1, t.schoolA, QDate(2024, 9, 10), {}, "active");
    IndicatorTargets targets(*t.db);
    REQUIRE(targets.set(QStringLiteral("K08"), t.municipality, 2025, 52).ok());

    const auto board = IndicatorBoard(*t.db).read(t.hub, t.y2024, {QStringLiteral("K08")});
    REQUIRE(board.ok());
    // The hub: 1 of 3 = 33.3 % against the default 30: reached; a year before 0 of 3.
    const IndicatorReading* hub = board->unit.find(QStringLiteral("K08"));
    REQUIRE(hub);
    CHECK(hub->figure.numerator == 1);
    CHECK(hub->figure.denominator == 3);
    CHECK(*hub->target.target == 30);
    CHECK(hub->target.status == TargetStatus::Reached);
    CHECK(*hub->previous == 0);
    // M: 50 % against its own 52: close (within 5.2); M2: 0 % against 30: behind.
    REQUIRE(board->children.size() == 2);
    const IndicatorReading* m = board->children.at(1).find(QStringLiteral("K08")); // «Район» after «Другой район»
    CHECK(board->children.at(1).unitId == t.municipality);
    CHECK(*m->target.target == 52);
    CHECK(m->target.status == TargetStatus::Close);
    CHECK(*m->target.deviation == Approx(-2.0));
    CHECK(board->children.at(0).find(QStringLiteral("K08"))->target.status == TargetStatus::Behind);
    // The threshold is a dated rule: 3 % from 2025 makes M's 50 against 52 «behind».
    REQUIRE(RuleBook(*t.db).add({Rule::TargetClosePercent, QDate(2025, 1, 1), 3, QStringLiteral("решение ЦНППМ")}).ok());
    const auto stricter = IndicatorBoard(*t.db).read(t.hub, t.y2024, {QStringLiteral("K08")}, false);
    CHECK(stricter->children.at(1).find(QStringLiteral("K08"))->target.status == TargetStatus::Behind);
    CHECK_FALSE(stricter->unit.find(QStringLiteral("K08"))->previous);

    // Five years of the hub for the line chart, with the targets in force.
    const auto years = IndicatorBoard(*t.db).history(t.hub, QStringLiteral("K08"), t.y2024, 5);
    REQUIRE(years.ok());
    REQUIRE(years->size() == 5);
    CHECK(years->first().period.year == 2020);
    CHECK(years->last().figure.numerator == 1);
    CHECK(*years->last().target == 30);
    CHECK(*years->at(3).target == 15); // 2023/24 meets the target for 2024
    CHECK_FALSE(years->first().target);
}
