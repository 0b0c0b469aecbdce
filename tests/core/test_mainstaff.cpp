// Action lists count a person once, at their main employment (DOMAIN.md §4), so the lists of
// two municipalities add up to their hub's. Today is 15.03.2025 (RecordTree).
#include "recordtree.h"
#include "storage/attestationrepository.h"
#include "storage/mentoringrepository.h"

TEST_CASE("a person with two jobs is listed once, where the main job is", "[mainstaff]")
{
    RecordTree t;
    // A novice (experience from 01.09.2023) at Школа А full time and at Школа В half time.
    const qint64 novice = t.person("Двухставкина", "Ольга", QDate(2023, 9, 1), t.schoolA, QDate(2023, 9, 1));
    Employment second{.personId = novice, .unitId = t.schoolC, .positionCode = QStringLiteral("teacher"), .rate = 0.5,
                      .start = QDate(2024, 1, 10)};
    REQUIRE(t.persons.addEmployment(second).ok());
    Person p = *t.persons.find(novice);
    p.category = QStringLiteral("first");
    p.categoryGranted = QDate(2020, 4, 1);
    p.categoryExpires = QDate(2025, 4, 1); // expires in two weeks
    REQUIRE(t.persons.update(p).ok());

    MentoringRepository mentoring(*t.db);
    const QDate today(2025, 3, 15);
    CHECK(mentoring.noviceWithoutMentor(t.municipality, today) == QVector<qint64>{novice});
    CHECK(mentoring.noviceWithoutMentor(t.otherMunicipality, today).isEmpty());
    CHECK(mentoring.noviceWithoutMentor(t.region, today) == QVector<qint64>{novice});

    AttestationRepository attestations(*t.db);
    CHECK(attestations.expiringWithin(t.municipality, today, 1).size() == 1);
    CHECK(attestations.expiringWithin(t.otherMunicipality, today, 1).isEmpty());
    CHECK(attestations.expiringWithin(t.region, today, 1).size() == 1);
    CHECK(attestations.expiringWithin(t.region, today, 0).isEmpty()); // not within zero months
}
