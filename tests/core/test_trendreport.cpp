// The trend of an indicator (DOMAIN.md §6 report 6) on the hand-made data of reportfixture.h:
// K03 (a course of at least 16 h in the three years before the snapshot) for «Район» and its two
// schools over 2021/22–2024/25. Snapshots: 31.08.2022, 31.08.2023, 31.08.2024 and today 15.03.2025.
//   Школа А staff: Белова, Гришина, Дёмин; Волков from 01.09.2023; Жукова from 01.09.2024.
//   Courses ended: Гришина 01.03.2021, Дёмин 01.06.2023, Белова 10.01.2024, Жукова 20.12.2024.
//   2021/22: Гришина of 3                      → 1 of 3 = 33,3 %
//   2022/23: Гришина, Дёмин of 3               → 2 of 3 = 66,7 %
//   2023/24: Белова, Дёмин of 4 (Гришина's is older than 31.08.2021) → 2 of 4 = 50,0 %
//   2024/25: Белова, Дёмин, Жукова of 5        → 3 of 5 = 60,0 %
//   Школа Б: nobody before 01.09.2024 (no data), then Егоров without a course: 0 of 1 = 0,0 %.
//   Район = the sum: 1 of 3, 2 of 3, 2 of 4, 3 of 6 = 50,0 %.
// Targets of «Район» (the schools inherit them): none for 2021/22, 60 for 2022/23 and 2023/24, 55 for 2024/25.
#include "indicators/indicatortargets.h"
#include "reportfixture.h"
#include "reportprobe.h"
#include "reports/trendreport.h"

#include <cmath>

namespace {

struct TrendFixture : ReportFixture {
    TrendFixture()
    {
        IndicatorTargets targets(*db);
        REQUIRE(targets.set(QStringLiteral("K03"), municipality, 2023, 60).ok());
        REQUIRE(targets.set(QStringLiteral("K03"), municipality, 2024, 60).ok());
        REQUIRE(targets.set(QStringLiteral("K03"), municipality, 2025, 55).ok());
    }
    ReportDocument trend(qint64 unit, int years = 4)
    {
        const auto document = TrendReport::build(*db, {.unitId = unit, .year = 2024, .indicatorCode = QStringLiteral("K03"), .years = years});
        INFO(document.error().toStdString());
        REQUIRE(document.ok());
        return *document;
    }
};

const ReportChart* firstChart(const ReportDocument& d, int section)
{
    for (const ReportBlock& b : d.sections.at(section).blocks)
        if (const auto* c = std::get_if<ReportChart>(&b))
            return c;
    return nullptr;
}

} // namespace

TEST_CASE("trend of K03 for a municipality: the values by year, the target, the schools and the sentences", "[reports][trend]")
{
    TrendFixture f;
    const ReportDocument d = f.trend(f.municipality);
    CHECK(d.title == QStringLiteral("Динамика показателя"));
    CHECK(d.period == QStringLiteral("2021/22–2024/25 учебные годы"));
    CHECK(headings(d) == QStringList{QString(), QStringLiteral("Район по годам"), QStringLiteral("По подразделениям")});
    const QStringList said = sentences(d, QString());
    CHECK(said.first() == QStringLiteral("Показатель K03 «ДПО не реже одного раза в 3 года (ст. 47 273-ФЗ)»: Доля педагогов, завершивших курс "
                                         "объёмом не менее 16 часов за последние 3 года."));
    CHECK(said.contains(QStringLiteral("В подразделении «Район» значение выросло с 33,3\u00A0% (1 из 3) в 2021/22 до 50,0\u00A0% (3 из 6) в 2024/25. "
                                       "Это изменение к лучшему.")));
    CHECK(said.contains(QStringLiteral("Целевое значение впервые достигнуто в 2022/23: 66,7\u00A0% при цели 60,0\u00A0%. "
                                       "В 2024/25 значение 50,0\u00A0% ниже цели 55,0\u00A0%.")));
    // 2024/25: Школа А 60,0 % reaches 55; Школа Б 0,0 % is behind.
    CHECK(said.contains(QStringLiteral("В 2024/25 не достигают цели 1 из 2 подразделений; дальше всего отстают: Школа Б — 0,0\u00A0% (цель 55,0\u00A0%).")));
    for (const QString& s : said)
        CHECK_FALSE(s.contains(QStringLiteral("Нет данных")));

    const ReportTable* years = tableNamed(d, QStringLiteral("Значения по годам"));
    REQUIRE(years);
    const QStringList rows = printedRows(*years);
    REQUIRE(rows.size() == 4);
    CHECK(rows.at(0).startsWith(QStringLiteral("2021/22 | 1 | 3 | 33,3 |  |  | ")));
    CHECK(rows.at(1) == QStringLiteral("2022/23 | 2 | 3 | 66,7 | 60,0 | 6,7 | достигнута"));
    CHECK(rows.at(2).startsWith(QStringLiteral("2023/24 | 2 | 4 | 50,0 | 60,0 | -10,0 | ")));
    CHECK(rows.at(3).startsWith(QStringLiteral("2024/25 | 3 | 6 | 50,0 | 55,0 | -5,0 | ")));

    // The line of «Район» with its changing target as a second line (no target in 2021/22: a gap).
    const ReportChart* line = firstChart(d, 1);
    REQUIRE(line);
    CHECK(line->kind == ChartKind::Line);
    CHECK(line->categories == QStringList{QStringLiteral("2021/22"), QStringLiteral("2022/23"), QStringLiteral("2023/24"), QStringLiteral("2024/25")});
    REQUIRE(line->series.size() == 2);
    CHECK(line->series.at(0).values.at(2) == 50.0);
    CHECK(std::isnan(line->series.at(1).values.at(0)));
    CHECK(line->series.at(1).values.mid(1) == QVector<double>{60, 60, 55});

    const ReportTable* grid = tableNamed(d, QStringLiteral("Подразделения × годы"));
    REQUIRE(grid);
    CHECK(printedRows(*grid) ==
          QStringList{QStringLiteral("Школа А | 33,3\u00A0% (1 из 3) | 66,7\u00A0% (2 из 3) | 50,0\u00A0% (2 из 4) | 60,0\u00A0% (3 из 5)"),
                      QStringLiteral("Школа Б | нет данных | нет данных | нет данных | 0,0\u00A0% (0 из 1)"),
                      QStringLiteral("Итого: Район | 33,3\u00A0% (1 из 3) | 66,7\u00A0% (2 из 3) | 50,0\u00A0% (2 из 4) | 50,0\u00A0% (3 из 6)"),
                      QStringLiteral("Целевое значение для Район |  | 60,0\u00A0% | 60,0\u00A0% | 55,0\u00A0%")});
    // The schools in 2024/25 as bars against the target 55: Школа Б's 0,0 % is a value (0 of 1), not a missing one.
    const ReportChart* bars = firstChart(d, 2);
    REQUIRE(bars);
    CHECK(bars->kind == ChartKind::Bar);
    CHECK(bars->title == QStringLiteral("K03 в 2024/25 по подразделениям"));
    CHECK(bars->categories == QStringList{QStringLiteral("Школа А"), QStringLiteral("Школа Б")});
    CHECK(bars->series.at(0).values == QVector<double>{60, 0});
    CHECK(bars->target == 55.0);
}

TEST_CASE("trend of a school with data in one year only: the years without data say so", "[reports][trend]")
{
    TrendFixture f;
    const ReportDocument d = f.trend(f.schoolB);
    const QStringList said = sentences(d, QString());
    CHECK(said.contains(QStringLiteral("По подразделению «Школа Б» данные есть только за 2024/25: 0,0\u00A0% (0 из 1).")));
    CHECK(said.contains(QStringLiteral("Нет данных по подразделению «Школа Б» за 2021/22, 2022/23, 2023/24.")));
    CHECK(said.contains(QStringLiteral("Целевое значение не достигнуто ни в одном году с данными.")));
    const QStringList rows = printedRows(*tableNamed(d, QStringLiteral("Значения по годам")));
    CHECK(rows.at(0) == QStringLiteral("2021/22 |  |  | нет данных |  |  | "));
    CHECK(sentences(d, QStringLiteral("По подразделениям")) == QStringList{QStringLiteral("У подразделения «Школа Б» нет подчинённых подразделений для сравнения.")});
}

TEST_CASE("trend: a unit without data says so, an unknown indicator and a bad span are refused", "[reports][trend]")
{
    TrendFixture f;
    const ReportDocument d = f.trend(f.schoolC, 3);
    CHECK(d.tables().isEmpty());
    CHECK(sentences(d).last() == QStringLiteral("Нет данных: показатель нельзя рассчитать для «Школа В» ни за один из годов 2022/23–2024/25."));
    const auto unknown = TrendReport::build(*f.db, {.unitId = f.schoolA, .year = 2024, .indicatorCode = QStringLiteral("K99")});
    CHECK(unknown.error() == QStringLiteral("Неизвестный показатель «K99»."));
    const auto tooLong = TrendReport::build(*f.db, {.unitId = f.schoolA, .year = 2024, .indicatorCode = QStringLiteral("K03"), .years = 11});
    CHECK(tooLong.error() == QStringLiteral("Динамика строится за 2–10 лет, а не за 11."));
}
