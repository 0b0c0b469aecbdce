// The plan of methodical events with execution (DOMAIN.md §6 report 5) on the hand-made data of
// reportfixture.h: today 15.03.2025, so the report of 2024/25 is drawn up on 15.03.2025.
#include "reportfixture.h"
#include "reportprobe.h"
#include "reports/planreport.h"
#include "storage/eventrepository.h"
#include "storage/planrepository.h"

namespace {

// Школа А's plan for 2024/25 (due: the month's last day, or the date moved to):
//   сентябрь  Педсовет «Итоги диагностики»  held, event 20.09.2024 (3 participants)  → on time
//   октябрь   Семинар по ФГОС               held, event 05.11.2024 (1), due 31.10    → late
//   ноябрь    Открытые уроки                cancelled                                → cancelled
//   декабрь   Заседание МО                  planned, due 31.12.2024 < 15.03.2025     → overdue
//   декабрь   Консультации наставников      held, no event                           → on time
//   январь    Мастер-класс                  moved to 10.02.2025 < 15.03.2025         → overdue
//   февраль   Конкурс методразработок       moved to 20.04.2025                      → moved, not yet due
//   апрель    Неделя молодого педагога      planned, due 30.04.2025                  → not yet due
// 8 items, 6 due: held 3 of 6 = 50,0 % (on time 2, late 1); not held 3 (overdue 2, cancelled 1).
// Район plans one more: октябрь «Августовская конференция», held without an event.
struct PlanFixture : ReportFixture {
    PlanRepository plan{*db};
    EventRepository events{*db};

    PlanFixture()
    {
        add(schoolA, 9, "Педсовет «Итоги диагностики»", "held", {}, event(QDate(2024, 9, 20), "Итоги диагностики", {belova, grishina, demin}));
        add(schoolA, 10, "Семинар по ФГОС", "held", {}, event(QDate(2024, 11, 5), "Семинар по ФГОС", {volkov}));
        add(schoolA, 11, "Открытые уроки", "cancelled");
        add(schoolA, 12, "Заседание МО", "planned");
        add(schoolA, 12, "Консультации наставников", "held");
        add(schoolA, 1, "Мастер-класс", "moved", QDate(2025, 2, 10));
        add(schoolA, 2, "Конкурс методразработок", "moved", QDate(2025, 4, 20));
        add(schoolA, 4, "Неделя молодого педагога", "planned");
        add(municipality, 10, "Августовская конференция", "held");
    }

    qint64 event(const QDate& date, const char* topic, const QVector<qint64>& people)
    {
        MethodicalEvent e{.orgUnitId = schoolA, .kind = QStringLiteral("seminar"), .level = QStringLiteral("school"), .date = date,
                          .topic = QString::fromUtf8(topic)};
        REQUIRE(events.insert(e).ok());
        const auto added = events.addParticipants(e.id, people, QStringLiteral("participant"));
        INFO(added.error().toStdString());
        REQUIRE(added.ok());
        return e.id;
    }
    void add(qint64 unitId, int month, const char* title, const char* status, const QDate& movedTo = {}, qint64 eventId = 0)
    {
        PlanItem p{.orgUnitId = unitId, .year = 2024, .month = month, .title = QString::fromUtf8(title),
                   .responsibleId = month == 9 ? belova : 0, .status = QString::fromLatin1(status), .movedTo = movedTo, .eventId = eventId};
        if (month != 9)
            p.responsibleText = QStringLiteral("руководитель МО");
        const auto id = plan.insert(p);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
    }
};

ReportDocument planOf(PlanFixture& f, qint64 unit)
{
    const auto document = PlanReport::build(*f.db, {.unitId = unit, .year = 2024});
    INFO(document.error().toStdString());
    REQUIRE(document.ok());
    return *document;
}

} // namespace

TEST_CASE("plan report of a school: items by month with execution, summary, chart, items not held", "[reports][plan]")
{
    PlanFixture f;
    const ReportDocument d = planOf(f, f.schoolA);
    CHECK(d.title == QStringLiteral("План методической работы и его выполнение"));
    CHECK(d.period == QStringLiteral("2024/25 учебный год"));
    CHECK(headings(d) == QStringList{QString(), QStringLiteral("План и его выполнение"), QStringLiteral("Невыполненные мероприятия"),
                                     QStringLiteral("Выводы")});
    CHECK(sentences(d, QString()).mid(0, 3) ==
          QStringList{QStringLiteral("План на 2024/25 содержит 8 мероприятий; к 15.03.2025 наступил срок 6 из них."),
                      QStringLiteral("Проведено 3 из 6 (50,0\u00A0%): в срок — 2, с опозданием — 1. Не проведено 3: просрочено — 2, отменено — 1."),
                      QStringLiteral("Перенесено на ещё не наступившую дату — 1; срок ещё не наступил — 1.")});
    CHECK(printedRows(*tableNamed(d, QStringLiteral("Выполнение плана"))) ==
          QStringList{QStringLiteral("проведено в срок | 2 | 25,0\u00A0%"), QStringLiteral("проведено с опозданием | 1 | 12,5\u00A0%"),
                      QStringLiteral("просрочено | 2 | 25,0\u00A0%"), QStringLiteral("отменено | 1 | 12,5\u00A0%"),
                      QStringLiteral("перенесено, срок не наступил | 1 | 12,5\u00A0%"), QStringLiteral("срок не наступил | 1 | 12,5\u00A0%"),
                      QStringLiteral("Итого | 8 | 100,0\u00A0%")});

    // Only Школа А plans here: no unit column; the September item's responsible is Белова.
    const ReportTable* items = tableNamed(d, QStringLiteral("Мероприятия плана"));
    REQUIRE(items);
    CHECK(items->wide);
    CHECK(printedRows(*items) ==
          QStringList{QStringLiteral("1 | сентябрь | Педсовет «Итоги диагностики» | Белова Анна | 30.09.2024 | проведено в срок | Итоги диагностики | 20.09.2024 | 3"),
                      QStringLiteral("2 | октябрь | Семинар по ФГОС | руководитель МО | 31.10.2024 | проведено с опозданием | Семинар по ФГОС | 05.11.2024 | 1"),
                      QStringLiteral("3 | ноябрь | Открытые уроки | руководитель МО | 30.11.2024 | отменено |  |  | "),
                      QStringLiteral("4 | декабрь | Заседание МО | руководитель МО | 31.12.2024 | просрочено |  |  | "),
                      QStringLiteral("5 | декабрь | Консультации наставников | руководитель МО | 31.12.2024 | проведено в срок |  |  | "),
                      QStringLiteral("6 | январь | Мастер-класс | руководитель МО | 10.02.2025 | просрочено |  |  | "),
                      QStringLiteral("7 | февраль | Конкурс методразработок | руководитель МО | 20.04.2025 | перенесено, срок не наступил |  |  | "),
                      QStringLiteral("8 | апрель | Неделя молодого педагога | руководитель МО | 30.04.2025 | срок не наступил |  |  | ")});

    // The chart: planned and held per month, September to April.
    const ReportChart* chart = nullptr;
    for (const ReportBlock& b : d.sections.first().blocks)
        if (const auto* c = std::get_if<ReportChart>(&b))
            chart = c;
    REQUIRE(chart);
    CHECK(chart->categories == QStringList{QStringLiteral("сентябрь"), QStringLiteral("октябрь"), QStringLiteral("ноябрь"), QStringLiteral("декабрь"),
                                           QStringLiteral("январь"), QStringLiteral("февраль"), QStringLiteral("апрель")});
    CHECK(chart->series.at(0).values == QVector<double>{1, 1, 1, 2, 1, 1, 1});
    CHECK(chart->series.at(1).values == QVector<double>{1, 1, 0, 1, 0, 0, 0});

    CHECK(printedRows(*tableNamed(d, QStringLiteral("Невыполненные мероприятия"))) ==
          QStringList{QStringLiteral("1 | ноябрь | Открытые уроки | руководитель МО | 30.11.2024 | отменено"),
                      QStringLiteral("2 | декабрь | Заседание МО | руководитель МО | 31.12.2024 | просрочено"),
                      QStringLiteral("3 | январь | Мастер-класс | руководитель МО | 10.02.2025 | просрочено")});
    const auto* author = std::get_if<AuthorText>(&d.sections.last().blocks.last());
    REQUIRE(author);
    CHECK(author->key == QStringLiteral("plan.conclusions"));
}

TEST_CASE("plan report of a municipality names the planning unit, and after the year everything is due", "[reports][plan]")
{
    PlanFixture f;
    // Drawn up on 31.08.2025: the April item and the one moved to 20.04.2025 are overdue now.
    // 9 items, all due: held 4 (on time 3, late 1), overdue 4, cancelled 1 — 44,4 % held.
    const auto built = PlanReport::build(*f.db, {.unitId = f.municipality, .year = 2024, .on = QDate(2025, 8, 31)});
    REQUIRE(built.ok());
    const ReportDocument& d = *built;
    CHECK(sentences(d).mid(0, 2) ==
          QStringList{QStringLiteral("План на 2024/25 содержит 9 мероприятий; к 31.08.2025 наступил срок 9 из них."),
                      QStringLiteral("Проведено 4 из 9 (44,4\u00A0%): в срок — 3, с опозданием — 1. Не проведено 5: просрочено — 4, отменено — 1.")});
    const ReportTable* items = tableNamed(d, QStringLiteral("Мероприятия плана"));
    REQUIRE(items);
    CHECK(items->columns.at(3).title == QStringLiteral("Подразделение"));
    CHECK(printedRows(*items).at(1) ==
          QStringLiteral("2 | октябрь | Августовская конференция | Район | руководитель МО | 31.10.2024 | проведено в срок |  |  | "));
}

TEST_CASE("plan report: a unit without a plan says there is no data", "[reports][plan]")
{
    PlanFixture f;
    const ReportDocument d = planOf(f, f.schoolB);
    CHECK(d.tables().isEmpty());
    CHECK(sentences(d) == QStringList{QStringLiteral("Нет данных: в плане «Школа Б» на 2024/25 нет ни одного мероприятия.")});
    CHECK_FALSE(PlanReport::build(*f.db, {.unitId = 999, .year = 2024}).ok());
}
