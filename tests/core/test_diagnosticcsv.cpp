// Diagnostics as CSV: one row per area, the rows of a person and date make one diagnostic; the
// round trip, idempotent re-import, changes by area, bad rows with line and column.
#include "csvrecordfixture.h"
#include "io/diagnosticcsv.h"
#include "io/fieldparsing.h"
#include "storage/diagnosticrepository.h"
#include "storage/personrepository.h"

namespace {

const char* const diagnosticRows =
    "SELECT d.diagnosed_on, d.source_code, u.code, p.name_key, p.birth_date, r.area_code, r.score, r.level, r.deficit "
    "FROM diagnostic d JOIN diagnostic_result r ON r.diagnostic_id = d.id JOIN org_unit u ON u.id = d.org_unit_id "
    "JOIN person p ON p.id = d.person_id";

DiagnosticResult result(const char* area, std::optional<int> score, const char* level, std::optional<bool> deficit = {})
{
    DiagnosticResult r;
    r.areaCode = QString::fromLatin1(area);
    r.score = score;
    r.level = QString::fromLatin1(level);
    r.deficit = deficit;
    return r;
}

void diagnose(Database& db, qint64 person, QDate date, const char* source, QVector<DiagnosticResult> results, qint64 unit = 0)
{
    Diagnostic d{.unitId = unit, .personId = person, .date = date, .sourceCode = QString::fromLatin1(source), .results = results};
    const auto id = DiagnosticRepository(db).insert(d);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
}

const QString header = QStringLiteral("Дата;Источник;ФИО;Дата рождения;Область;Балл;Уровень;Дефицит");

} // namespace

TEST_CASE("diagnostics: export, import into an empty copy, export again gives the same", "[diagnosticcsv]")
{
    StaffFixture source;
    StaffFixture copy;
    Database& db = *source.db;
    diagnose(db, source.person(3), QDate(2024, 10, 1), "cnppm",
             {result("subject", 45, "low"), result("methodical", 70, "medium"), result("psychological", {}, "high", false)});
    diagnose(db, source.person(8), QDate(2024, 11, 5), "school",
             {result("methodical", 30, "low"), result("communicative", 60, "medium", true)});
    diagnose(db, source.person(11), QDate(2025, 1, 20), "self", {result("digital", {}, "medium")}, source.unit("K2"));
    checkRoundTrip(db, *copy.db, &DiagnosticCsv::exportTo, &DiagnosticCsv::importFrom, diagnosticRows, 6);
    CHECK(countRows(*copy.db, "diagnostic") == 3);
}

TEST_CASE("diagnostics: the rows of one person and date form one diagnostic, changed area by area", "[diagnosticcsv]")
{
    StaffFixture f;
    const QString row = QStringLiteral("15.01.2025;ЦНППМ;Соколова Анна Викторовна;02.11.1999;%1");
    const QStringList lines{header, row.arg(QStringLiteral("предметные;40;низкий;")),
                            row.arg(QStringLiteral("методические;75;средний;")),
                            row.arg(QStringLiteral("коммуникативные;;высокий;"))};
    const ImportReport report = importCsv(*f.db, &DiagnosticCsv::importFrom, csvLines(lines));
    requireWritten(report);
    CHECK(report.created == 3);
    CHECK(countRows(*f.db, "diagnostic") == 1);
    const auto stored = DiagnosticRepository(*f.db).diagnosticsOf(f.person(3));
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().deficitAreas() == QStringList{QStringLiteral("subject")});
    CHECK(stored.first().unitId == f.unit("S1"));

    // A later file: one area's level rises (its deficit follows), one area is new, one is not mentioned.
    const QStringList later{header, row.arg(QStringLiteral("предметные;65;средний;")),
                            row.arg(QStringLiteral("информационно-цифровые;50;средний;да"))};
    const ImportReport changed = importCsv(*f.db, &DiagnosticCsv::importFrom, csvLines(later));
    requireWritten(changed);
    CHECK(changed.updated == 1);
    CHECK(changed.created == 1);
    const Diagnostic d = DiagnosticRepository(*f.db).diagnosticsOf(f.person(3)).first();
    CHECK(d.results.size() == 4);
    CHECK(d.result(QStringLiteral("subject"))->score == 65);
    CHECK_FALSE(d.result(QStringLiteral("subject"))->isDeficit());
    CHECK(d.deficitAreas() == QStringList{QStringLiteral("digital")});
    CHECK(d.result(QStringLiteral("communicative"))->level == QStringLiteral("high"));
}

TEST_CASE("diagnostics: bad cells are reported with line and column, nothing is written", "[diagnosticcsv]")
{
    StaffFixture f;
    const QString row = QStringLiteral("%1;Соколова Анна Викторовна;02.11.1999;%2");
    const QStringList lines{
        header,
        row.arg(QStringLiteral("15.01.2025;ЦНППМ"), QStringLiteral("предметные;40;низкий;")),        // 2: fine
        row.arg(QStringLiteral("15.01.2025;ЦНППМ"), QStringLiteral("методические;40;очень высокий;")), // 3: level
        row.arg(QStringLiteral("15.01.2025;ЦНППМ"), QStringLiteral("астрономические;40;низкий;")),   // 4: area
        row.arg(QStringLiteral("15.01.2025;ЦНППМ"), QStringLiteral("коммуникативные;120;низкий;")),  // 5: score
        row.arg(QStringLiteral("15.01.2025;самодиагностика"), QStringLiteral("управленческие;40;низкий;")), // 6: another source
        row.arg(QStringLiteral("15.01.2025;ЦНППМ"), QStringLiteral("предметные;45;низкий;")),        // 7: area again
        row.arg(QStringLiteral("15.01.2026;ЦНППМ"), QStringLiteral("предметные;45;низкий;")),        // 8: in the future
    };
    const ImportReport report = importCsv(*f.db, &DiagnosticCsv::importFrom, csvLines(lines));
    CHECK_FALSE(report.written);
    CHECK(issueAt(report, 3).column == QStringLiteral("Уровень"));
    CHECK(issueAt(report, 3).message.contains(QStringLiteral("очень высокий")));
    CHECK(issueAt(report, 4).column == QStringLiteral("Область"));
    CHECK(issueAt(report, 5).column == QStringLiteral("Балл"));
    CHECK(issueAt(report, 6).column == QStringLiteral("Источник"));
    CHECK(issueAt(report, 7).column.isEmpty());
    CHECK(issueAt(report, 8).message.contains(QStringLiteral("15.01.2026")));
    CHECK(report.issues.size() == 6);
    CHECK(countRows(*f.db, "diagnostic") == 0);
}
