// The annual plan as CSV: the round trip, a file without UUIDs matched by its natural key,
// execution recorded by a later file, bad rows with line and column, an unknown responsible.
#include "csvrecordfixture.h"
#include "io/plancsv.h"
#include "storage/planrepository.h"

namespace {

const char* const planRows =
    "SELECT p.uuid, u.code, p.academic_year, p.month, p.title, rp.name_key, p.responsible_text, p.status, p.moved_to, p.notes "
    "FROM plan_item p JOIN org_unit u ON u.id = p.org_unit_id LEFT JOIN person rp ON rp.id = p.responsible_id";

void addItem(Database& db, PlanItem item)
{
    requireInserted(PlanRepository(db).insert(item));
}

const QString header = QStringLiteral("Код организации;Учебный год;Месяц;Мероприятие;Ответственный;Дата рождения ответственного;Статус");

} // namespace

TEST_CASE("plan: export, import into an empty copy, export again gives the same", "[plancsv]")
{
    StaffFixture source;
    StaffFixture copy;
    Database& db = *source.db;
    addItem(db, {.orgUnitId = source.unit("MK"), .year = 2024, .month = 10, .title = QStringLiteral("Семинар «Формирующее оценивание»"),
                 .responsibleId = source.person(14), .status = QStringLiteral("held")});
    addItem(db, {.orgUnitId = source.unit("MK"), .year = 2024, .month = 4, .title = QStringLiteral("Конференция"),
                 .responsibleText = QStringLiteral("руководители ШМО"), .status = QStringLiteral("moved"),
                 .movedTo = QDate(2025, 5, 20), .notes = QStringLiteral("перенос; по просьбе школ")});
    addItem(db, {.orgUnitId = source.unit("S1"), .year = 2024, .month = 9, .title = QStringLiteral("=Педсовет"),
                 .status = QStringLiteral("cancelled")});
    checkRoundTrip(db, *copy.db, &PlanCsv::exportTo, &PlanCsv::importFrom, planRows, 3);
    // September before October before April in the academic year.
    const QStringList lines = QString::fromUtf8(exportCsv(db, &PlanCsv::exportTo, source.unit("MK"))).split(QStringLiteral("\r\n"));
    REQUIRE(lines.size() == 4); // header, two items, the empty end
    CHECK(lines.at(1).contains(QStringLiteral("октябрь")));
    CHECK(lines.at(2).contains(QStringLiteral("апрель;Конференция")));
}

TEST_CASE("plan: without UUIDs the items are matched by unit, year, month and title — a later file records the execution",
          "[plancsv]")
{
    StaffFixture f;
    const QString row = QStringLiteral("MK;2024/25;Ноябрь;Семинар;Захарова Ирина Евгеньевна;14.02.1965;%1");
    requireWritten(importCsv(*f.db, &PlanCsv::importFrom, csvLines({header, row.arg(QString())})));
    const ImportReport again = importCsv(*f.db, &PlanCsv::importFrom, csvLines({header, row.arg(QString())}));
    requireWritten(again);
    CHECK(again.unchanged == 1);
    const ImportReport held = importCsv(*f.db, &PlanCsv::importFrom,
                                        csvLines({QStringLiteral("Код организации;Учебный год;Месяц;Мероприятие;Статус"),
                                                  QStringLiteral("MK;2024;11;семинар;проведено")}));
    requireWritten(held);
    CHECK(held.updated == 1);
    const auto items = PlanRepository(*f.db).list(f.unit("MK"), 2024);
    REQUIRE(items.size() == 1);
    CHECK(items.first().status == QStringLiteral("held"));
    CHECK(items.first().responsibleId == f.person(14)); // the file without the column keeps the responsible
    CHECK(items.first().title == QStringLiteral("семинар"));
}

TEST_CASE("plan: bad rows are refused whole with line and column, an unknown responsible too", "[plancsv]")
{
    StaffFixture f;
    const QStringList lines{
        header,
        QStringLiteral("MK;2024/25;ноябрь;Семинар;;;"),                                   // 2: fine
        QStringLiteral("MK;2024/26;ноябрь;Вебинар;;;"),                                   // 3: year
        QStringLiteral("MK;2024/25;брюмер;Вебинар;;;"),                                   // 4: month
        QStringLiteral("XX;2024/25;ноябрь;Вебинар;;;"),                                   // 5: unit
        QStringLiteral("MK;2024/25;ноябрь;Вебинар;Никто Никто Никтович;01.01.1990;"),     // 6: nobody
        QStringLiteral("MK;2024/25;ноябрь;Круглый стол;;;состоялось"),                    // 7: status
        QStringLiteral("MK;2024/25;ноябрь;Семинар;;;"),                                   // 8: repeats line 2
    };
    const ImportReport report = importCsv(*f.db, &PlanCsv::importFrom, csvLines(lines));
    CHECK_FALSE(report.written);
    CHECK(issueAt(report, 3).column == QStringLiteral("Учебный год"));
    CHECK(issueAt(report, 4).column == QStringLiteral("Месяц"));
    CHECK(issueAt(report, 5).column == QStringLiteral("Код организации"));
    CHECK(issueAt(report, 6).column == QStringLiteral("Ответственный"));
    CHECK(issueAt(report, 6).text().contains(QStringLiteral("строка 6")));
    CHECK(issueAt(report, 7).column == QStringLiteral("Статус"));
    CHECK(issueAt(report, 8).message.contains(QStringLiteral("2")));
    CHECK(report.issues.size() == 6);
    CHECK(countRows(*f.db, "plan_item") == 0);
}
