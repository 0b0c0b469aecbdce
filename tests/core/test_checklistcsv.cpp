// The presence checklist as CSV: the round trip, an answer changed by a later file with the
// evidence kept, bad rows with line and column.
#include "csvrecordfixture.h"
#include "io/checklistcsv.h"
#include "storage/checklistrepository.h"

namespace {

const char* const answerRows =
    "SELECT u.code, a.academic_year, a.item_code, a.answer, a.evidence FROM checklist_answer a "
    "JOIN org_unit u ON u.id = a.org_unit_id";

void answer(Database& db, qint64 unit, int year, const char* item, const char* value, const QString& evidence = {})
{
    requireInserted(ChecklistRepository(db).setAnswer(unit, year, QString::fromLatin1(item), QString::fromLatin1(value), evidence));
}

const QString header = QStringLiteral("Код организации;Учебный год;Пункт;Ответ;Подтверждение");

} // namespace

TEST_CASE("checklist: export, import into an empty copy, export again gives the same", "[checklistcsv]")
{
    StaffFixture source;
    StaffFixture copy;
    Database& db = *source.db;
    answer(db, source.unit("MK"), 2024, "C01", "yes", QStringLiteral("Положение о методической службе, приказ № 12"));
    answer(db, source.unit("MK"), 2024, "C16", "partly");
    answer(db, source.unit("S1"), 2023, "C02", "no");
    checkRoundTrip(db, *copy.db, &ChecklistCsv::exportTo, &ChecklistCsv::importFrom, answerRows, 3);
}

TEST_CASE("checklist: a later file changes the answer and keeps the evidence it leaves empty", "[checklistcsv]")
{
    StaffFixture f;
    requireWritten(importCsv(*f.db, &ChecklistCsv::importFrom, csvLines({header, QStringLiteral("MK;2024/25;c01;частично;Приказ № 5")})));
    const ImportReport later = importCsv(*f.db, &ChecklistCsv::importFrom, csvLines({header, QStringLiteral("MK;2024;C01;да;")}));
    requireWritten(later);
    CHECK(later.updated == 1);
    const auto answers = ChecklistRepository(*f.db).answers(f.unit("MK"), 2024);
    REQUIRE(answers.size() == 1);
    CHECK(answers.first().answer == QStringLiteral("yes"));
    CHECK(answers.first().evidence == QStringLiteral("Приказ № 5"));
}

TEST_CASE("checklist: bad rows are refused whole with line and column", "[checklistcsv]")
{
    StaffFixture f;
    const QStringList lines{
        header,
        QStringLiteral("MK;2024/25;C01;да;"),     // 2: fine
        QStringLiteral("MK;2024/25;C99;да;"),     // 3: no such item
        QStringLiteral("MK;2024/25;C02;может;"),  // 4: answer
        QStringLiteral("XX;2024/25;C02;да;"),     // 5: unit
        QStringLiteral("HA;2024/25;C02;да;"),     // 6: a hub does not answer
        QStringLiteral("MK;осень;C02;да;"),       // 7: year
        QStringLiteral("MK;2024/25;C01;нет;"),    // 8: repeats line 2
    };
    const ImportReport report = importCsv(*f.db, &ChecklistCsv::importFrom, csvLines(lines));
    CHECK_FALSE(report.written);
    CHECK(issueAt(report, 3).column == QStringLiteral("Пункт"));
    CHECK(issueAt(report, 4).column == QStringLiteral("Ответ"));
    CHECK(issueAt(report, 5).column == QStringLiteral("Код организации"));
    CHECK(issueAt(report, 6).message.contains(QStringLiteral("Асиновский хаб")));
    CHECK(issueAt(report, 7).column == QStringLiteral("Учебный год"));
    CHECK(issueAt(report, 8).column.isEmpty());
    CHECK(report.issues.size() == 6);
    CHECK(countRows(*f.db, "checklist_answer") == 0);
}
