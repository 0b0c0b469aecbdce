// The card of a person's professional development on the hand-made data of reportfixture.h.
#include "reportfixture.h"
#include "reportprobe.h"
#include "reports/personcard.h"

namespace {

ReportDocument card(ReportFixture& f, qint64 person)
{
    const auto document = PersonCard::build(*f.db, {.unitId = f.schoolA, .personId = person, .year = 2024});
    INFO(document.error().toStdString());
    REQUIRE(document.ok());
    return *document;
}

} // namespace

TEST_CASE("person's card: facts, diagnostics, route with items, courses — empty sections say so", "[reports]")
{
    ReportFixture f;
    const ReportDocument d = card(f, f.demin);
    CHECK(d.title == QStringLiteral("Карта профессионального развития педагога: Дёмин Пётр"));
    CHECK(d.unitName == QStringLiteral("Школа А"));
    CHECK(headings(d) == QStringList{QStringLiteral("Сведения о педагоге"), QStringLiteral("Диагностика профессиональных дефицитов"),
                                     QStringLiteral("Индивидуальные образовательные маршруты"),
                                     QStringLiteral("Повышение квалификации (ДПО)"), QStringLiteral("Аттестация"),
                                     QStringLiteral("Наставничество"), QStringLiteral("Методические мероприятия"),
                                     QStringLiteral("Конкурсы профессионального мастерства"),
                                     QStringLiteral("Все записи в порядке дат")});

    // On 15.03.2025: experience since 01.09.2015 is 9 full years; the category set by hand.
    const ReportTable* facts = tableNamed(d, QStringLiteral("Сведения о педагоге"));
    REQUIRE(facts);
    const QStringList rows = printedRows(*facts);
    CHECK(rows.contains(QStringLiteral("ФИО | Дёмин Пётр")));
    CHECK(rows.contains(QStringLiteral("Место работы | Школа А, учитель, ставка 1")));
    CHECK(rows.contains(QStringLiteral("Педагогический стаж | 9 лет, с 01.09.2015")));
    CHECK(rows.contains(QStringLiteral("Квалификационная категория | высшая, присвоена 10.01.2021, действует до 10.01.2026")));
    // Facts not known (birth date, SNILS, subjects, roles) are left out.
    CHECK(rows.size() == 4);

    const ReportTable* diagnostics = tableNamed(d, QStringLiteral("Диагностики"));
    REQUIRE(diagnostics);
    CHECK(printedRows(*diagnostics) == QStringList{QStringLiteral("01.11.2024 | ЦНППМ | методические: низкий | методические")});

    // The route: its items under its period, then one of two done.
    const QStringList route = sentences(d, QStringLiteral("Индивидуальные образовательные маршруты"));
    REQUIRE(route.size() == 1);
    CHECK(route.first().startsWith(QStringLiteral("Статус: действует; выполнено пунктов: 1 из 2.")));
    const ReportTable* items = tableNamed(d, QStringLiteral("Маршрут 15.11.2024–28.02.2025"));
    REQUIRE(items);
    CHECK(printedRows(*items) == QStringList{
                                     QStringLiteral("курсы повышения квалификации | Курсы по методике | 15.01.2025 | запланировано | "),
                                     QStringLiteral("курсы повышения квалификации | Открытый урок | 01.02.2025 | выполнено | 01.02.2025")});

    // One course of 72 hours, from 18.05.2023 (14 days before its end) to 01.06.2023.
    CHECK(sentences(d, QStringLiteral("Повышение квалификации (ДПО)")) == QStringList{QStringLiteral("1 курс, всего 72 ч.")});
    const ReportTable* courses = tableNamed(d, QStringLiteral("Курсы"));
    REQUIRE(courses);
    CHECK(printedRows(*courses) == QStringList{QStringLiteral("Содержание и методика преподавания по ФГОС | ТОИПКРО | 72 | 18.05.2023 | 01.06.2023 | № 7001")});

    // No attestation, mentoring, events or competitions: a sentence each, no empty table.
    for (const char* heading : {"Аттестация", "Наставничество", "Методические мероприятия", "Конкурсы профессионального мастерства"})
        CHECK(sentences(d, QString::fromUtf8(heading)) == QStringList{QStringLiteral("Записей нет.")});
    CHECK(tableNamed(d, QStringLiteral("Аттестация")) == nullptr);

    // The chronology holds every record: employment, course, diagnostic, route (at least).
    const ReportTable* chronology = tableNamed(d, QStringLiteral("Хронология"));
    REQUIRE(chronology);
    CHECK(chronology->rows.size() >= 4);
    CHECK(chronology->rows.first().at(0).toDate() == QDate(2015, 9, 1));
}

TEST_CASE("person's card: mentoring both ways, and an unknown person", "[reports]")
{
    ReportFixture f;
    const ReportDocument belova = card(f, f.belova), zhukova = card(f, f.zhukova);
    const ReportTable* asMentor = tableNamed(belova, QStringLiteral("Наставничество"));
    REQUIRE(asMentor);
    CHECK(printedRows(*asMentor) == QStringList{QStringLiteral(
                                        "наставник | Жукова Ия | педагог – педагог, традиционная (один на один) | с 01.09.2024 | действует")});
    const ReportTable* asMentee = tableNamed(zhukova, QStringLiteral("Наставничество"));
    REQUIRE(asMentee);
    CHECK(printedRows(*asMentee) == QStringList{QStringLiteral(
                                        "наставляемый | Белова Анна | педагог – педагог, традиционная (один на один) | с 01.09.2024 | действует")});
    // A novice: experience under a year reads "0 лет".
    CHECK(printedRows(*tableNamed(zhukova, QStringLiteral("Сведения о педагоге")))
              .contains(QStringLiteral("Педагогический стаж | 0 лет, с 01.09.2024")));

    const auto none = PersonCard::build(*f.db, {.personId = 999, .year = 2024});
    CHECK_FALSE(none.ok());
    CHECK(none.error() == QStringLiteral("Нет педагога с идентификатором 999."));
}
