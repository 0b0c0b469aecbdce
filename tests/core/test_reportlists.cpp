// The lists for action (DOMAIN.md §6) on the hand-made data of reportfixture.h.
#include "reportfixture.h"
#include "reportprobe.h"
#include "reports/actionlists.h"

namespace {

ReportDocument lists(ReportFixture& f, qint64 unit, int months = 6)
{
    const auto document = ActionLists::build(*f.db, {.unitId = unit, .year = 2024, .months = months});
    INFO(document.error().toStdString());
    REQUIRE(document.ok());
    return *document;
}

} // namespace

TEST_CASE("lists for action of a school: who is on each list, with the figures", "[reports]")
{
    ReportFixture f;
    const ReportDocument d = lists(f, f.schoolA);
    CHECK(d.title == QStringLiteral("Списки для работы"));
    CHECK(d.unitName == QStringLiteral("Школа А"));
    CHECK(d.period == QStringLiteral("2024/25 учебный год"));
    CHECK(d.preparedOn == QDate(2025, 3, 15));
    CHECK(headings(d) == QStringList{QString(), QStringLiteral("Просроченные курсы повышения квалификации (ДПО)"),
                                     QStringLiteral("Категории, истекающие в ближайшие 6 месяцев"),
                                     QStringLiteral("Молодые педагоги без наставника"), QStringLiteral("Дефициты без маршрута"),
                                     QStringLiteral("Просроченные маршруты")});
    // Five teachers work at Школа А on 15.03.2025 (Егоров is at Школа Б). A school's lists have no
    // organisation column; the municipality's have.
    CHECK(sentences(d, QString()).first() == QStringLiteral("Списки составлены на 15.03.2025; в подразделении работают 5 педагогов."));

    // ДПО: a course counts from 16 h and ended on or after 15.03.2022. Волков has none, Гришина's
    // ended 01.03.2021; Белова (10.01.2024), Дёмин (01.06.2023), Жукова (20.12.2024) are in time:
    // 2 of 5 = 40,0 %.
    CHECK(sentences(d, headings(d).at(1)) ==
          QStringList{QStringLiteral("Курсы повышения квалификации просрочены у 2 из 5 педагогов (40,0\u00A0%).")});
    const ReportTable* dpo = tableNamed(d, QStringLiteral("ДПО просрочено"));
    REQUIRE(dpo);
    CHECK(printedRows(*dpo) == QStringList{QStringLiteral("1 | Волков Иван | учитель | нет"),
                                           QStringLiteral("2 | Гришина Ольга | учитель | 01.03.2021")});

    // Within 6 months (to 15.09.2025): Белова's first category (01.05.2025); Дёмин's runs to 10.01.2026.
    CHECK(sentences(d, headings(d).at(2)) ==
          QStringList{QStringLiteral("Срок действия категории истекает до 15.09.2025 у 1 из 5 педагогов (20,0\u00A0%).")});
    const ReportTable* categories = tableNamed(d, QStringLiteral("Истекающие категории"));
    REQUIRE(categories);
    CHECK(printedRows(*categories) == QStringList{QStringLiteral("1 | Белова Анна | первая | 01.05.2025")});

    // Novices (experience under 3 years): Волков (1 full year) without a mentor; Жукова has Белова.
    CHECK(sentences(d, headings(d).at(3)) ==
          QStringList{QStringLiteral("Молодых педагогов без наставника: 1 из 5 педагогов (20,0\u00A0%).")});
    const ReportTable* novices = tableNamed(d, QStringLiteral("Молодые педагоги без наставника"));
    REQUIRE(novices);
    CHECK(printedRows(*novices) == QStringList{QStringLiteral("1 | Волков Иван | 01.09.2023 | 1")});

    // Deficits since 01.09.2024: Гришина's subject deficit has no route; Дёмин's has his route.
    CHECK(sentences(d, headings(d).at(4)) ==
          QStringList{QStringLiteral("Дефицитов, выявленных с 01.09.2024 по 15.03.2025 и не закрытых маршрутами: 1; педагогов с такими дефицитами: 1.")});
    const ReportTable* deficits = tableNamed(d, QStringLiteral("Дефициты без маршрута"));
    REQUIRE(deficits);
    CHECK(printedRows(*deficits) == QStringList{QStringLiteral("1 | Гришина Ольга | 01.10.2024 | предметные")});

    // Дёмин's route ended 28.02.2025 and is still active, its item due 15.01.2025 still planned;
    // Белова's runs to 31.05.2025 and her item is due 01.04.2025: not overdue.
    CHECK(sentences(d, headings(d).at(5)) ==
          QStringList{QStringLiteral("Просроченных маршрутов (срок истёк или есть невыполненные в срок пункты): 1.")});
    const ReportTable* routes = tableNamed(d, QStringLiteral("Просроченные маршруты"));
    REQUIRE(routes);
    CHECK(printedRows(*routes) == QStringList{QStringLiteral("1 | Дёмин Пётр | 15.11.2024–28.02.2025 | действует | 1")});
}

TEST_CASE("lists for action: longer horizon, the municipality, and empty lists say so", "[reports]")
{
    ReportFixture f;
    // Within 12 months (to 15.03.2026) Дёмин's highest category (10.01.2026) is listed too.
    const ReportDocument year = lists(f, f.schoolA, 12);
    const ReportTable* categories = tableNamed(year, QStringLiteral("Истекающие категории"));
    REQUIRE(categories);
    CHECK(printedRows(*categories) == QStringList{QStringLiteral("1 | Белова Анна | первая | 01.05.2025"),
                                                  QStringLiteral("2 | Дёмин Пётр | высшая | 10.01.2026")});
    // The municipality adds Егоров (Школа Б): 3 of 6 overdue = 50,0 %; 2 novices without a mentor.
    const ReportDocument m = lists(f, f.municipality);
    CHECK(sentences(m, headings(m).at(1)) ==
          QStringList{QStringLiteral("Курсы повышения квалификации просрочены у 3 из 6 педагогов (50,0\u00A0%).")});
    CHECK(printedRows(*tableNamed(m, QStringLiteral("ДПО просрочено"))).last() == QStringLiteral("3 | Егоров Лев | Школа Б | учитель | нет"));
    CHECK(tableNamed(m, QStringLiteral("Молодые педагоги без наставника"))->rows.size() == 2);

    // Школа Б: Егоров only; nothing expires, no deficits, no routes: sentences instead of empty tables.
    const ReportDocument b = lists(f, f.schoolB);
    CHECK(sentences(b, headings(b).at(2)) == QStringList{QStringLiteral("Ни у кого категория не истекает до 15.09.2025.")});
    CHECK(sentences(b, headings(b).at(4)) == QStringList{QStringLiteral("Все дефициты, выявленные с 01.09.2024 по 15.03.2025, закрыты маршрутами.")});
    CHECK(sentences(b, headings(b).at(5)) == QStringList{QStringLiteral("Просроченных маршрутов нет.")});
    CHECK(sentences(b, headings(b).at(1)) ==
          QStringList{QStringLiteral("Курсы повышения квалификации просрочены у 1 из 1 педагога (100,0\u00A0%).")});
    CHECK(tableNamed(b, QStringLiteral("Истекающие категории")) == nullptr);
    CHECK(b.tables().size() == 2); // ДПО and the novice

    // Школа В has nobody: the report says there is no data, with no tables and no percentages.
    const ReportDocument c = lists(f, f.schoolC);
    CHECK(c.tables().isEmpty());
    CHECK(sentences(c) == QStringList{QStringLiteral("Нет данных: на 15.03.2025 в подразделении «Школа В» никто не работает.")});

    // An unknown unit is refused.
    const auto none = ActionLists::build(*f.db, {.unitId = 999, .year = 2024});
    CHECK_FALSE(none.ok());
    CHECK(none.error() == QStringLiteral("Нет подразделения с идентификатором 999."));
}

TEST_CASE("routes overdue: open routes past their end or with planned items past due", "[reports][route]")
{
    ReportFixture f;
    CHECK(f.routes.overdue(f.schoolA, QDate(2025, 3, 15)).size() == 1);
    // On 15.01.2025 nothing is past due yet (the item is due that day); on 16.01.2025 Дёмин's item is.
    CHECK(f.routes.overdue(f.schoolA, QDate(2025, 1, 15)).isEmpty());
    CHECK(f.routes.overdue(f.schoolA, QDate(2025, 1, 16)).size() == 1);
    // On 02.04.2025 Белова's item (due 01.04.2025) is late too; a completed route is never overdue.
    CHECK(f.routes.overdue(f.region, QDate(2025, 4, 2)).size() == 2);
    REQUIRE(f.routes.setStatus(f.deminRoute, QStringLiteral("completed_successfully"), QDate(2025, 2, 28)).ok());
    CHECK(f.routes.overdue(f.schoolA, QDate(2025, 3, 15)).isEmpty());
    CHECK(f.routes.overdue(f.schoolB, QDate(2025, 4, 2)).isEmpty());
}
