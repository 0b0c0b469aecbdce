// Figures without people: a unit's reported numerator and denominator replace its subtree's
// records, and a parent sums computed and reported parts, naming the reported ones.
#include "indicatorfixture.h"
#include "indicators/reportedfigures.h"

namespace {

// K01 in 2024/25 (a diagnostic since 31.08.2022): A {1 of 2}, B {1 of 1}, C {1 of 2}.
struct ReportedData : IndicatorFixture {
    ReportedData()
    {
        const qint64 a1 = person("Абрамова", schoolA);
        person("Белова", schoolA);
        const qint64 b1 = person("Васина", schoolB);
        const qint64 c1 = person("Гусева", schoolC);
        person("Дьякова", schoolC);
        diagnostic(a1, schoolA, QDate(2024, 10, 1));
        diagnostic(b1, schoolB, QDate(2024, 10, 1));
        diagnostic(c1, schoolC, QDate(2024, 10, 1));
    }

    void report(qint64 unitId, double numerator, double denominator, const IndicatorPeriod& period)
    {
        ReportedFigure f;
        f.unitId = unitId;
        f.code = QStringLiteral("K01");
        f.period = period;
        f.numerator = numerator;
        f.denominator = denominator;
        const auto id = ReportedFigures(*db).set(f);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
    }
};

} // namespace

TEST_CASE("a municipality's reported figure stands in for its records in the parent's sum", "[indicators][reported]")
{
    ReportedData t;
    const QStringList k01{QStringLiteral("K01")};
    // Computed: M 2 of 3, M2 1 of 2, H 3 of 5.
    CHECK(nd(t.compute(t.hub, t.y2024, k01).unit, QStringLiteral("K01")) == Nd{3, 5});

    // M2 sends 30 of 100 for 2024/25: H = M (2 of 3, computed) + M2 (30 of 100, reported).
    t.report(t.otherMunicipality, 30, 100, t.y2024);
    const DrillDown h = t.compute(t.hub, t.y2024, k01);
    CHECK(nd(h.unit, QStringLiteral("K01")) == Nd{32, 103});
    CHECK(h.unit.figures.first().reportedUnits == QVector<qint64>{t.otherMunicipality});
    CHECK(nd(child(h, t.otherMunicipality), QStringLiteral("K01")) == Nd{30, 100});
    CHECK(child(h, t.otherMunicipality).figures.first().reportedUnits == QVector<qint64>{t.otherMunicipality});
    CHECK(nd(child(h, t.municipality), QStringLiteral("K01")) == Nd{2, 3});
    CHECK(child(h, t.municipality).figures.first().reportedUnits.isEmpty());
    // The region one level up: the same sum, M2 named.
    const DrillDown r = t.compute(t.region, t.y2024, k01);
    CHECK(nd(r.unit, QStringLiteral("K01")) == Nd{32, 103});
    CHECK(r.unit.figures.first().reportedUnits == QVector<qint64>{t.otherMunicipality});
    // M2 itself shows its reported figure; its school keeps what its records give.
    const DrillDown m2 = t.compute(t.otherMunicipality, t.y2024, k01);
    CHECK(nd(m2.unit, QStringLiteral("K01")) == Nd{30, 100});
    CHECK(nd(child(m2, t.schoolC), QStringLiteral("K01")) == Nd{1, 2});
    // Another period or indicator is not affected.
    CHECK(nd(t.compute(t.hub, t.y2025, k01).unit, QStringLiteral("K01")) == Nd{3, 5});
    CHECK(nd(t.compute(t.hub, t.y2024, {QStringLiteral("K03")}).unit, QStringLiteral("K03")) == Nd{0, 5});
}

TEST_CASE("a school's reported figure replaces its part deeper down", "[indicators][reported]")
{
    ReportedData t;
    // B reports 7 of 10: M = A (1 of 2) + B (7 of 10) = 8 of 12; H = M + M2 (1 of 2) = 9 of 14.
    t.report(t.schoolB, 7, 10, t.y2024);
    const DrillDown h = t.compute(t.hub, t.y2024, {QStringLiteral("K01")});
    CHECK(nd(child(h, t.municipality), QStringLiteral("K01")) == Nd{8, 12});
    CHECK(child(h, t.municipality).figures.first().reportedUnits == QVector<qint64>{t.schoolB});
    CHECK(nd(h.unit, QStringLiteral("K01")) == Nd{9, 14});
    // M reporting too covers B's figure: H = M (20 of 40) + M2 (1 of 2).
    t.report(t.municipality, 20, 40, t.y2024);
    const DrillDown again = t.compute(t.hub, t.y2024, {QStringLiteral("K01")});
    CHECK(nd(again.unit, QStringLiteral("K01")) == Nd{21, 42});
    CHECK(again.unit.figures.first().reportedUnits == QVector<qint64>{t.municipality});
    // A replaced figure and a removed one.
    t.report(t.municipality, 25, 40, t.y2024);
    CHECK(nd(t.compute(t.hub, t.y2024, {QStringLiteral("K01")}).unit, QStringLiteral("K01")) == Nd{26, 42});
    REQUIRE(ReportedFigures(*t.db).remove(t.municipality, QStringLiteral("K01"), t.y2024).ok());
    CHECK(nd(t.compute(t.hub, t.y2024, {QStringLiteral("K01")}).unit, QStringLiteral("K01")) == Nd{9, 14});
    CHECK(ReportedFigures(*t.db).ofUnit(t.schoolB).size() == 1);
}

TEST_CASE("reported figures are checked", "[indicators][reported]")
{
    ReportedData t;
    ReportedFigures reported(*t.db);
    ReportedFigure f;
    f.unitId = t.municipality;
    f.code = QStringLiteral("K01");
    f.period = t.y2024;
    f.numerator = 11;
    f.denominator = 10;
    CHECK(reported.set(f).error() == QStringLiteral("Сообщённый числитель K01 (11) больше знаменателя (10)."));
    f.numerator = -1;
    CHECK(reported.set(f).error() == QStringLiteral("Сообщённые числитель и знаменатель K01 не могут быть отрицательными."));
    f.code = QStringLiteral("K77");
    CHECK(reported.set(f).error() == QStringLiteral("Неизвестный показатель «K77»."));
    // A ratio may exceed 1: staff per methodist.
    f.code = QStringLiteral("K14");
    f.numerator = 700;
    f.denominator = 1;
    CHECK(reported.set(f).ok());
}
