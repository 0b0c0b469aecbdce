// The monitoring report (DOMAIN.md §6) of the municipality «Район» (Школа А, Школа Б) of the
// hand-made data of reportfixture.h, on 15.03.2025 for 2024/25, with a K03 target of 80 % set for
// the municipality (its schools inherit it) and the seeded targets of 2025 (K06 30, K07 10, K08 30,
// K09 90, K10 60, K11 50).
#include "indicators/indicatortargets.h"
#include "reportfixture.h"
#include "reportprobe.h"
#include "reports/monitoringreport.h"

namespace {

ReportDocument monitoring(ReportFixture& f, qint64 unit)
{
    const auto document = MonitoringReport::build(*f.db, {.unitId = unit, .year = 2024});
    INFO(document.error().toStdString());
    REQUIRE(document.ok());
    return *document;
}

QVector<const ReportChart*> charts(const ReportDocument& d)
{
    QVector<const ReportChart*> result;
    for (const ReportSection& s : d.sections)
        for (const ReportBlock& b : s.blocks)
            if (const auto* c = std::get_if<ReportChart>(&b))
                result.append(c);
    return result;
}

} // namespace

TEST_CASE("monitoring report of a municipality: units × indicators, charts, the units behind, conclusions", "[reports][monitoring]")
{
    ReportFixture f;
    REQUIRE(IndicatorTargets(*f.db).set(QStringLiteral("K03"), f.municipality, 2025, 80).ok());
    const ReportDocument d = monitoring(f, f.municipality);
    CHECK(d.title == QStringLiteral("Мониторинг показателей"));
    CHECK(headings(d) == QStringList{QString(), QStringLiteral("Показатели: Район"), QStringLiteral("Показатели по подразделениям"),
                                     QStringLiteral("Подразделения с наибольшим отставанием"), QStringLiteral("Выводы")});

    // K03 (course of ≥ 16 h since 15.03.2022): Школа А 3 of 5 = 60,0 %; Школа Б (Егоров, no course)
    // 0 of 1; the municipality 3 of 6 = 50,0 %. Key columns: K03, K12, K13, K17, then the indicators
    // with targets: K06, K07, K08, K09, K10, K11.
    const ReportTable* grid = tableNamed(d, QStringLiteral("Подразделения × показатели"));
    REQUIRE(grid);
    CHECK(grid->wide);
    QStringList columns;
    for (const ReportColumn& c : grid->columns)
        columns.append(c.title);
    CHECK(columns == QStringList{QStringLiteral("Подразделение"), QStringLiteral("K03"), QStringLiteral("K12"), QStringLiteral("K13"),
                                 QStringLiteral("K17"), QStringLiteral("K06"), QStringLiteral("K07"), QStringLiteral("K08"),
                                 QStringLiteral("K09"), QStringLiteral("K10"), QStringLiteral("K11")});
    const QStringList rows = printedRows(*grid);
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(0).startsWith(QStringLiteral("Школа А | 60,0 |")));
    CHECK(rows.at(1).startsWith(QStringLiteral("Школа Б | 0,0 |")));
    CHECK(rows.at(2).startsWith(QStringLiteral("Итого: Район | 50,0 |")));

    // The key figures in words open the report, K03 first, after the sentence on the period.
    CHECK(sentences(d).at(1).contains(QStringLiteral("50,0\u00A0% (3 из 6), что ниже целевого значения 80,0\u00A0%")));

    // One bar chart per key indicator with values, K03's with the target line at 80.
    const auto all = charts(d);
    REQUIRE_FALSE(all.isEmpty());
    CHECK(all.first()->title.startsWith(QStringLiteral("K03. ")));
    CHECK(all.first()->categories == QStringList{QStringLiteral("Школа А"), QStringLiteral("Школа Б")});
    CHECK(all.first()->series.at(0).values == QVector<double>{60, 0});
    CHECK(all.first()->target == 80);

    // Behind: Школа А on K03 (60 < 80), K06 and K07 (no route participant won or got a category:
    // 0 of 3); K10 has no figure (Дёмин, the one participant diagnosed, has no subject level); K08 is
    // reached (3 of 5 = 60 ≥ 30). Школа Б on K03 and K08 (0 of 1). The more indicators behind, the higher.
    const ReportTable* behind = tableNamed(d, QStringLiteral("Подразделения, отстающие от целевых значений"));
    REQUIRE(behind);
    CHECK(printedRows(*behind) == QStringList{QStringLiteral("1 | Школа А | 3 | K03, K06, K07"), QStringLiteral("2 | Школа Б | 2 | K03, K08")});
    CHECK(sentences(d, headings(d).at(3)) == QStringList{QStringLiteral("Отстают хотя бы по одному целевому значению: 2 из 2 подразделений.")});

    // The conclusion on K03 states the municipality's figure, the year before (31.08.2024: Школа А's
    // four, two with courses since 31.08.2021: 50,0 %) and who is behind.
    const QString k03 = sentences(d, QStringLiteral("Выводы")).first();
    CHECK(k03.contains(QStringLiteral("50,0\u00A0% (3 из 6), что ниже целевого значения 80,0\u00A0%; годом ранее — 50,0\u00A0%.")));
    CHECK(k03.endsWith(QStringLiteral("Цель достигнута в 0 из 2 подразделений. Отстают: Школа А, Школа Б.")));
}

TEST_CASE("monitoring report: a unit without data says so — an unknown unit is refused", "[reports][monitoring]")
{
    ReportFixture f;
    const ReportDocument d = monitoring(f, f.otherMunicipality);
    CHECK(d.tables().isEmpty());
    CHECK(sentences(d) == QStringList{QStringLiteral("Нет данных: ни один показатель подразделения «Другой район» не вычисляется за 2024/25.")});
    const auto none = MonitoringReport::build(*f.db, {.unitId = 999, .year = 2024});
    CHECK_FALSE(none.ok());
    CHECK(none.error() == QStringLiteral("Нет подразделения с идентификатором 999."));
}
