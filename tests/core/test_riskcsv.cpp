// The risk register as CSV: the round trip, a file without UUIDs matched by unit and description,
// empty cells keeping stored values, bad rows with line and column, an unknown owner.
#include "csvrecordfixture.h"
#include "io/riskcsv.h"
#include "storage/riskrepository.h"

namespace {

const char* const riskRows =
    "SELECT r.uuid, u.code, r.description, r.prevention, op.name_key, r.owner_text, r.status, r.identified_on FROM risk r "
    "JOIN org_unit u ON u.id = r.org_unit_id LEFT JOIN person op ON op.id = r.owner_id";

void addRisk(Database& db, Risk risk)
{
    requireInserted(RiskRepository(db).insert(risk));
}

const QString header = QStringLiteral("Код организации;Риск;Меры профилактики;Статус;Дата выявления;Владелец риска;Дата рождения владельца");

} // namespace

TEST_CASE("risks: export, import into an empty copy, export again gives the same", "[riskcsv]")
{
    StaffFixture source;
    StaffFixture copy;
    Database& db = *source.db;
    addRisk(db, {.orgUnitId = source.unit("MK"), .description = QStringLiteral("Формальный подход к составлению ИОМ"),
                 .prevention = QStringLiteral("Экспертиза ИОМ;\nсопровождение"), .ownerId = source.person(14),
                 .status = QStringLiteral("mitigated"), .identifiedOn = QDate(2024, 10, 1)});
    addRisk(db, {.orgUnitId = source.unit("R"), .description = QStringLiteral("Отток молодых педагогов"),
                 .ownerText = QStringLiteral("МКМС"), .status = QStringLiteral("closed"), .identifiedOn = QDate(2023, 9, 1)});
    checkRoundTrip(db, *copy.db, &RiskCsv::exportTo, &RiskCsv::importFrom, riskRows, 2);
}

TEST_CASE("risks: without UUIDs a risk is matched by unit and description — empty cells keep the stored values", "[riskcsv]")
{
    StaffFixture f;
    const QString row = QStringLiteral("MK;Формальный подход к ИОМ;Экспертиза;открыт;01.10.2024;Захарова Ирина Евгеньевна;14.02.1965");
    requireWritten(importCsv(*f.db, &RiskCsv::importFrom, csvLines({header, row})));
    const ImportReport again = importCsv(*f.db, &RiskCsv::importFrom, csvLines({header, row}));
    requireWritten(again);
    CHECK(again.unchanged == 1);
    const ImportReport status = importCsv(*f.db, &RiskCsv::importFrom,
                                          csvLines({header, QStringLiteral("MK;формальный  подход к ИОМ;;наступил;;;")}));
    requireWritten(status);
    CHECK(status.updated == 1);
    const auto risks = RiskRepository(*f.db).list(f.unit("MK"));
    REQUIRE(risks.size() == 1);
    CHECK(risks.first().status == QStringLiteral("occurred"));
    CHECK(risks.first().prevention == QStringLiteral("Экспертиза"));
    CHECK(risks.first().ownerId == f.person(14));
    CHECK(risks.first().identifiedOn == QDate(2024, 10, 1));
}

TEST_CASE("risks: bad rows are refused whole with line and column, an unknown owner too", "[riskcsv]")
{
    StaffFixture f;
    const QStringList lines{
        header,
        QStringLiteral("MK;Риск А;;открыт;01.10.2024;;"),                         // 2: fine
        QStringLiteral("MK;Риск Б;;открыт;;;"),                                   // 3: a new risk without its date
        QStringLiteral("MK;Риск В;;забыт;01.10.2024;;"),                          // 4: status
        QStringLiteral("MK;Риск Г;;открыт;01.10.2024;Никто Никто Никтович;01.01.1990"), // 5: nobody
        QStringLiteral("MK;;;открыт;01.10.2024;;"),                               // 6: no description
        QStringLiteral("MK;Риск Д;;открыт;01.10.2030;;"),                         // 7: in the future
    };
    const ImportReport report = importCsv(*f.db, &RiskCsv::importFrom, csvLines(lines));
    CHECK_FALSE(report.written);
    CHECK(issueAt(report, 3).column == QStringLiteral("Дата выявления"));
    CHECK(issueAt(report, 4).column == QStringLiteral("Статус"));
    CHECK(issueAt(report, 5).column == QStringLiteral("Владелец риска"));
    CHECK(issueAt(report, 5).message.contains(QStringLiteral("Никто")));
    CHECK(issueAt(report, 6).column == QStringLiteral("Риск"));
    CHECK(issueAt(report, 7).message.contains(QStringLiteral("01.10.2030")));
    CHECK(report.issues.size() == 5);
    CHECK(countRows(*f.db, "risk") == 0);

    const ImportReport dry = importCsv(*f.db, &RiskCsv::importFrom, csvLines(lines), {.skipInvalid = true, .dryRun = true});
    CHECK(dry.created == 1);
    CHECK(countRows(*f.db, "risk") == 0);
    const ImportReport valid = importCsv(*f.db, &RiskCsv::importFrom, csvLines(lines), {.skipInvalid = true});
    CHECK(valid.written);
    CHECK(valid.created == 1);
    CHECK(valid.rejected == 5);
    CHECK(countRows(*f.db, "risk") == 1);
}

TEST_CASE("risks: a file with English headers, commas and a UUID in braces", "[riskcsv]")
{
    StaffFixture f;
    const QByteArray file = csvLines({QStringLiteral("UUID,organisation code,risk,status,identified on,owner,owner birth date"),
                                      QStringLiteral("{6F1C2B7E-0A4D-4C35-9E2B-1D3F5A7B9C01},MK,Отток кадров,mitigated,2024-10-01,"
                                                     "Захарова Ирина Евгеньевна,1965-02-14")});
    requireWritten(importCsv(*f.db, &RiskCsv::importFrom, file));
    const auto risks = RiskRepository(*f.db).list(f.unit("MK"));
    REQUIRE(risks.size() == 1);
    CHECK(risks.first().uuid == QStringLiteral("6f1c2b7e-0a4d-4c35-9e2b-1d3f5a7b9c01"));
    CHECK(risks.first().status == QStringLiteral("mitigated"));
    CHECK(risks.first().ownerId == f.person(14));
    CHECK(importCsv(*f.db, &RiskCsv::importFrom, file).unchanged == 1);
    const ImportReport bad = importCsv(*f.db, &RiskCsv::importFrom,
                                       csvLines({QStringLiteral("UUID;Код организации;Риск;Дата выявления"),
                                                 QStringLiteral("не-uuid;MK;Другой риск;01.10.2024")}));
    CHECK(issueAt(bad, 2).column == QStringLiteral("UUID"));
    CHECK(issueAt(bad, 2).message.contains(QStringLiteral("не-uuid")));
}
