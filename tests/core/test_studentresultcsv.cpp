// Students' results as CSV: the round trip, a value changed by a later file without UUIDs,
// bad rows with line and column, an unknown person.
#include "csvrecordfixture.h"
#include "io/studentresultcsv.h"
#include "storage/studentresultrepository.h"

namespace {

const char* const resultRows =
    "SELECT r.uuid, p.name_key, p.birth_date, u.code, r.academic_year, r.measure, r.value FROM student_result r "
    "JOIN org_unit u ON u.id = r.org_unit_id JOIN person p ON p.id = r.person_id";

void addResult(Database& db, StudentResult r)
{
    requireInserted(StudentResultRepository(db).insert(r));
}

const QString header = QStringLiteral("ФИО;Дата рождения;Учебный год;Показатель;Значение");

} // namespace

TEST_CASE("student results: export, import into an empty copy, export again gives the same", "[studentresultcsv]")
{
    StaffFixture source;
    StaffFixture copy;
    Database& db = *source.db;
    addResult(db, {.personId = source.person(3), .year = 2023, .measure = QStringLiteral("ЕГЭ по математике, средний балл"), .value = 72.5});
    addResult(db, {.personId = source.person(3), .year = 2024, .measure = QStringLiteral("ЕГЭ по математике, средний балл"), .value = 75});
    addResult(db, {.orgUnitId = source.unit("K2"), .personId = source.person(11), .year = 2024,
                   .measure = QStringLiteral("сохранность контингента"), .value = 1000.25});
    checkRoundTrip(db, *copy.db, &StudentResultCsv::exportTo, &StudentResultCsv::importFrom, resultRows, 3);
}

TEST_CASE("student results: without UUIDs a result is matched by person, year and measure", "[studentresultcsv]")
{
    StaffFixture f;
    const QString row = QStringLiteral("Соколова Анна Викторовна;02.11.1999;2024/25;ЕГЭ по математике;%1");
    requireWritten(importCsv(*f.db, &StudentResultCsv::importFrom, csvLines({header, row.arg(QStringLiteral("70,5"))})));
    const ImportReport same = importCsv(*f.db, &StudentResultCsv::importFrom, csvLines({header, row.arg(QStringLiteral("70.5"))}));
    requireWritten(same);
    CHECK(same.unchanged == 1);
    const ImportReport empty = importCsv(*f.db, &StudentResultCsv::importFrom, csvLines({header, row.arg(QString())}));
    requireWritten(empty);
    CHECK(empty.unchanged == 1); // an empty value keeps the stored one
    const ImportReport changed = importCsv(*f.db, &StudentResultCsv::importFrom,
                                           csvLines({header, QStringLiteral("Соколова Анна Викторовна;02.11.1999;2024;егэ  по МАТЕМАТИКЕ;71")}));
    requireWritten(changed);
    CHECK(changed.updated == 1);
    const auto results = StudentResultRepository(*f.db).resultsOf(f.person(3));
    REQUIRE(results.size() == 1);
    CHECK(results.first().value == 71);
}

TEST_CASE("student results: bad rows are refused whole with line and column, an unknown person too", "[studentresultcsv]")
{
    StaffFixture f;
    const QString sokolova = QStringLiteral("Соколова Анна Викторовна;02.11.1999;");
    const QStringList lines{
        header,
        sokolova + QStringLiteral("2024/25;ЕГЭ;70"),                          // 2: fine
        sokolova + QStringLiteral("2024/25;ОГЭ;много"),                       // 3: value
        sokolova + QStringLiteral("2024/25;ВПР;"),                            // 4: a new result without its value
        QStringLiteral("Никто Никто Никтович;01.01.1990;2024/25;ЕГЭ;70"),     // 5: nobody
        sokolova + QStringLiteral("2026/27;ЕГЭ;70"),                          // 6: a year to come
        sokolova + QStringLiteral(";ЕГЭ;70"),                                 // 7: no year
    };
    const ImportReport report = importCsv(*f.db, &StudentResultCsv::importFrom, csvLines(lines));
    CHECK_FALSE(report.written);
    CHECK(issueAt(report, 3).column == QStringLiteral("Значение"));
    CHECK(issueAt(report, 4).column == QStringLiteral("Значение"));
    CHECK(issueAt(report, 5).column == QStringLiteral("ФИО"));
    CHECK(issueAt(report, 6).message.contains(QStringLiteral("2026/27")));
    CHECK(issueAt(report, 7).column == QStringLiteral("Учебный год"));
    CHECK(report.issues.size() == 5);
    CHECK(countRows(*f.db, "student_result") == 0);
}
