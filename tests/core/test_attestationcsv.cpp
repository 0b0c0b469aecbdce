// Attestations as CSV: the round trip, idempotent re-import, a changed outcome, bad rows with line and column.
#include "csvrecordfixture.h"
#include "io/attestationcsv.h"
#include "storage/attestationrepository.h"
#include "storage/personrepository.h"

namespace {

const char* const attestationRows =
    "SELECT a.attestation_date, a.category, a.outcome, a.valid_until, u.code, p.name_key, p.birth_date FROM attestation a "
    "JOIN org_unit u ON u.id = a.org_unit_id JOIN person p ON p.id = a.person_id";

void attest(Database& db, qint64 person, QDate date, const char* category, const QString& outcome, QDate validUntil = {})
{
    Attestation a{.personId = person, .date = date, .category = QString::fromLatin1(category), .outcome = outcome,
                  .validUntil = validUntil};
    const auto id = AttestationRepository(db).insert(a);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
}

const QString header = QStringLiteral("Дата;Категория;Результат;Действительна до;Фамилия;Имя;Отчество;Дата рождения");

} // namespace

TEST_CASE("attestation: export, import into an empty copy, export again gives the same", "[attestationcsv]")
{
    StaffFixture source;
    StaffFixture copy;
    Database& db = *source.db;
    attest(db, source.person(3), QDate(2024, 4, 10), "first", AttestationOutcome::granted());
    attest(db, source.person(8), QDate(2025, 2, 1), "first", AttestationOutcome::refused());
    attest(db, source.person(1), QDate(2022, 3, 1), "highest", AttestationOutcome::granted(), QDate(2027, 3, 1));
    checkRoundTrip(db, *copy.db, &AttestationCsv::exportTo, &AttestationCsv::importFrom, attestationRows, 3);
    // The person's category follows the latest granted attestation in the copy too.
    CHECK(PersonRepository(*copy.db).find(copy.person(3))->category == QStringLiteral("first"));
}

TEST_CASE("attestation: the outcome of a matched attestation is updated — an empty validity is computed", "[attestationcsv]")
{
    StaffFixture f;
    const QString row = QStringLiteral("10.04.2024;первая;%1;;Соколова;Анна;Викторовна;02.11.1999");
    const ImportReport refused = importCsv(*f.db, &AttestationCsv::importFrom, csvLines({header, row.arg(QStringLiteral("отказано"))}));
    requireWritten(refused);
    CHECK(refused.created == 1);
    CHECK(PersonRepository(*f.db).find(f.person(3))->category == QStringLiteral("none"));

    const ImportReport granted = importCsv(*f.db, &AttestationCsv::importFrom, csvLines({header, row.arg(QStringLiteral("присвоена"))}));
    requireWritten(granted);
    CHECK(granted.updated == 1);
    const auto list = AttestationRepository(*f.db).attestationsOf(f.person(3));
    REQUIRE(list.size() == 1);
    CHECK(list.first().granted());
    CHECK(list.first().validUntil == QDate(2029, 4, 10));
    CHECK(PersonRepository(*f.db).find(f.person(3))->category == QStringLiteral("first"));
}

TEST_CASE("attestation: bad cells are reported with line and column, nothing is written", "[attestationcsv]")
{
    StaffFixture f;
    const QString person = QStringLiteral("Соколова;Анна;Викторовна;02.11.1999");
    const QStringList lines{
        header,
        QStringLiteral("10.04.2024;первая;присвоена;;") + person,        // 2: fine
        QStringLiteral("2024-13-01;первая;присвоена;;") + person,        // 3: no 13th month
        QStringLiteral("10.04.2023;золотая;присвоена;;") + person,       // 4: category
        QStringLiteral("10.04.2022;высшая;может быть;;") + person,       // 5: outcome
        QStringLiteral("10.04.2021;высшая;отказано;10.04.2026;") + person, // 6: validity of a refusal
        QStringLiteral("10.04.2020;без категории;присвоена;;") + person, // 7: no category sought
    };
    const ImportReport report = importCsv(*f.db, &AttestationCsv::importFrom, csvLines(lines));
    CHECK_FALSE(report.written);
    CHECK(issueAt(report, 3).column == QStringLiteral("Дата"));
    CHECK(issueAt(report, 3).message.contains(QStringLiteral("2024-13-01")));
    CHECK(issueAt(report, 4).column == QStringLiteral("Категория"));
    CHECK(issueAt(report, 5).column == QStringLiteral("Результат"));
    CHECK_FALSE(issueAt(report, 6).message.isEmpty());
    CHECK(issueAt(report, 7).column == QStringLiteral("Категория"));
    CHECK(report.issues.size() == 5);
    CHECK(countRows(*f.db, "attestation") == 0);
}
