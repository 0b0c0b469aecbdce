// Consultations as CSV: one row per person consulted; the round trip, a person added to a
// consultation by a later file without UUIDs, bad rows, an unknown methodist.
#include "csvrecordfixture.h"
#include "io/consultationcsv.h"
#include "storage/consultationrepository.h"

namespace {

const char* const consultedRows =
    "SELECT k.uuid, mp.name_key, k.consultation_date, k.topic, k.form, k.competence_area, u.code, p.name_key "
    "FROM consultation_person cp JOIN consultation k ON k.id = cp.consultation_id JOIN org_unit u ON u.id = k.org_unit_id "
    "JOIN person mp ON mp.id = k.methodist_id JOIN person p ON p.id = cp.person_id";

void addConsultation(Database& db, Consultation c)
{
    requireInserted(ConsultationRepository(db).insert(c));
}

const QString header = QStringLiteral("Методист;Дата рождения методиста;Дата;Тема;Форма;ФИО;Дата рождения");
const QString zakharova = QStringLiteral("Захарова Ирина Евгеньевна;14.02.1965;");

} // namespace

TEST_CASE("consultations: export, import into an empty copy, export again gives the same", "[consultationcsv]")
{
    StaffFixture source;
    StaffFixture copy;
    Database& db = *source.db;
    addConsultation(db, {.methodistId = source.person(14), .date = QDate(2025, 1, 20), .topic = QStringLiteral("Портфолио к аттестации"),
                         .form = QStringLiteral("group"), .competenceArea = QStringLiteral("methodical"),
                         .personIds = {source.person(15), source.person(13), source.person(3)}});
    addConsultation(db, {.methodistId = source.person(14), .date = QDate(2025, 2, 3), .topic = QStringLiteral("ИОМ"),
                         .form = QStringLiteral("individual"), .personIds = {source.person(15)}});
    checkRoundTrip(db, *copy.db, &ConsultationCsv::exportTo, &ConsultationCsv::importFrom, consultedRows, 4);
}

TEST_CASE("consultations: without UUIDs a consultation is matched by methodist, date and topic", "[consultationcsv]")
{
    StaffFixture f;
    const QString row = zakharova + QStringLiteral("20.01.2025;Портфолио;групповая;");
    requireWritten(importCsv(*f.db, &ConsultationCsv::importFrom, csvLines({header, row + QStringLiteral("Орлов Павел Дмитриевич;05.01.1990")})));
    const ImportReport more = importCsv(*f.db, &ConsultationCsv::importFrom,
                                        csvLines({header, row + QStringLiteral("Орлов Павел Дмитриевич;05.01.1990"),
                                                  zakharova + QStringLiteral("20.01.2025;портфолио;;Григорьев Николай Сергеевич;31.12.1998")}));
    requireWritten(more);
    CHECK(more.unchanged == 1);
    CHECK(more.created == 1);
    const auto list = ConsultationRepository(*f.db).byMethodist(f.person(14));
    REQUIRE(list.size() == 1);
    CHECK(list.first().personIds.size() == 2);
}

TEST_CASE("consultations: bad rows are refused whole with line and column, an unknown methodist too", "[consultationcsv]")
{
    StaffFixture f;
    const QString orlov = QStringLiteral("Орлов Павел Дмитриевич;05.01.1990");
    const QStringList lines{
        header,
        zakharova + QStringLiteral("20.01.2025;Портфолио;индивидуальная;") + orlov,                     // 2: fine
        QStringLiteral("Никто Никто Никтович;01.01.1990;20.01.2025;Портфолио;групповая;") + orlov,      // 3: nobody
        zakharova + QStringLiteral("20.01.2025;ИОМ;заочная;") + orlov,                                  // 4: form
        zakharova + QStringLiteral("20.01.2025;Портфолио;групповая;") + orlov,                          // 5: another form than line 2
        zakharova + QStringLiteral("20.01.2025;Портфолио;;Григорьев Николай Сергеевич;31.12.1998"),     // 6: a second person of an individual one
    };
    const ImportReport report = importCsv(*f.db, &ConsultationCsv::importFrom, csvLines(lines));
    CHECK_FALSE(report.written);
    CHECK(issueAt(report, 3).column == QStringLiteral("Методист"));
    CHECK(issueAt(report, 4).column == QStringLiteral("Форма"));
    CHECK(issueAt(report, 5).column == QStringLiteral("Форма"));
    CHECK(issueAt(report, 5).message.contains(QStringLiteral("строке 2")));
    CHECK(issueAt(report, 6).message.contains(QStringLiteral("Индивидуальная консультация")));
    CHECK(report.issues.size() == 4);
    CHECK(countRows(*f.db, "consultation") == 0);
}
