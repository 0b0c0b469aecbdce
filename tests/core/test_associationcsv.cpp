// Methodical associations as CSV: one row per membership; the round trip (with an association
// without members and a member who left and rejoined), a member's leaving recorded by a later
// file without UUIDs, bad rows, an unknown member.
#include "csvrecordfixture.h"
#include "io/associationcsv.h"
#include "storage/associationrepository.h"

namespace {

const char* const membershipRows =
    "SELECT a.uuid, u.code, a.level, a.subject, a.start_date, a.end_date, hp.name_key, p.name_key, m.joined_on, m.left_on "
    "FROM methodical_association a JOIN org_unit u ON u.id = a.org_unit_id LEFT JOIN person hp ON hp.id = a.head_id "
    "LEFT JOIN association_member m ON m.association_id = a.id LEFT JOIN person p ON p.id = m.person_id";

qint64 addAssociation(Database& db, MethodicalAssociation a)
{
    return requireInserted(AssociationRepository(db).insert(a));
}

qint64 join(Database& db, qint64 association, qint64 person, QDate on)
{
    return requireInserted(AssociationRepository(db).addMember(association, person, on));
}

const QString header = QStringLiteral("Код организации;Уровень;Предмет или тема;Начало;ФИО;Дата рождения;Дата вступления;Дата выхода");

} // namespace

TEST_CASE("associations: export, import into an empty copy, export again gives the same", "[associationcsv]")
{
    StaffFixture source;
    StaffFixture copy;
    Database& db = *source.db;
    AssociationRepository associations(db);
    const qint64 rmo = addAssociation(db, {.orgUnitId = source.unit("MK"), .level = QStringLiteral("municipal"),
                                           .subject = QStringLiteral("учителя математики"), .headId = source.person(12),
                                           .start = QDate(2020, 9, 1)});
    const qint64 first = join(db, rmo, source.person(13), QDate(2020, 9, 1));
    REQUIRE(associations.endMembership(first, QDate(2022, 5, 31)).ok());
    join(db, rmo, source.person(13), QDate(2023, 9, 1));
    join(db, rmo, source.person(19), QDate(2021, 1, 15));
    addAssociation(db, {.orgUnitId = source.unit("S1"), .level = QStringLiteral("school"), .subject = QStringLiteral("ШМО начальных классов"),
                        .start = QDate(2019, 9, 1), .end = QDate(2024, 8, 31)});
    checkRoundTrip(db, *copy.db, &AssociationCsv::exportTo, &AssociationCsv::importFrom, membershipRows, 4);
    CHECK(countRows(*copy.db, "association_member") == 3);
}

TEST_CASE("associations: without UUIDs matched by unit, level, subject and start — a later file records a member leaving",
          "[associationcsv]")
{
    StaffFixture f;
    const QString association = QStringLiteral("MK;муниципальное (РМО/ГМО);Учителя математики;01.09.2020;");
    requireWritten(importCsv(*f.db, &AssociationCsv::importFrom,
                             csvLines({header, association + QStringLiteral("Орлов Павел Дмитриевич;05.01.1990;;")})));
    const ImportReport left = importCsv(*f.db, &AssociationCsv::importFrom,
                                        csvLines({header, association + QStringLiteral("Орлов Павел Дмитриевич;05.01.1990;01.09.2020;31.12.2024")}));
    requireWritten(left);
    CHECK(left.updated == 1);
    const auto list = AssociationRepository(*f.db).list(f.unit("MK"));
    REQUIRE(list.size() == 1);
    const auto members = AssociationRepository(*f.db).members(list.first().id);
    REQUIRE(members.size() == 1);
    CHECK(members.first().leftOn == QDate(2024, 12, 31));
}

TEST_CASE("associations: bad rows are refused whole with line and column, an unknown member too", "[associationcsv]")
{
    StaffFixture f;
    const QString association = QStringLiteral("MK;муниципальное (РМО/ГМО);Учителя математики;01.09.2020;");
    const QStringList lines{
        header,
        association + QStringLiteral("Орлов Павел Дмитриевич;05.01.1990;;"),                // 2: fine
        association + QStringLiteral("Никто Никто Никтович;01.01.1990;;"),                   // 3: nobody
        QStringLiteral("MK;кружок;Физики;01.09.2020;;;;"),                                   // 4: level
        QStringLiteral("S1;муниципальное (РМО/ГМО);Физики;01.09.2020;;;;"),                  // 5: a school's РМО
        association + QStringLiteral("Лебедева Наталья Андреевна;10.10.1970;01.09.2019;"),   // 6: joins before the start
        association + QStringLiteral(";;01.09.2021;"),                                       // 7: dates without a member
    };
    const ImportReport report = importCsv(*f.db, &AssociationCsv::importFrom, csvLines(lines));
    CHECK_FALSE(report.written);
    CHECK(issueAt(report, 3).column == QStringLiteral("ФИО"));
    CHECK(issueAt(report, 4).column == QStringLiteral("Уровень"));
    CHECK(issueAt(report, 5).message.contains(QStringLiteral("школа № 1 г. Асино")));
    CHECK(issueAt(report, 6).message.contains(QStringLiteral("01.09.2019")));
    CHECK(issueAt(report, 7).column.isEmpty());
    CHECK(report.issues.size() == 5);
    CHECK(countRows(*f.db, "methodical_association") == 0);
}
