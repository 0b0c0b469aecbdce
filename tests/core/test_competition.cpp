// Professional competitions and their participants: the rules, listings of a subtree and a
// year, and the person's history. On the staff fixture (today is 15.03.2025).
#include "stafffixture.h"
#include "storage/competitionrepository.h"
#include "storage/personrepository.h"

namespace {

Competition contest(qint64 organiser, int year, const QString& title = QStringLiteral("Учитель года"))
{
    return Competition{.orgUnitId = organiser, .title = title, .level = QStringLiteral("региональный"), .year = year};
}

CompetitionParticipation entrant(qint64 competitionId, qint64 personId, const QString& result = QStringLiteral("participant"))
{
    return CompetitionParticipation{.competitionId = competitionId, .personId = personId, .result = result};
}

} // namespace

TEST_CASE("a competition is checked, stored, updated and deleted only without participants", "[competition]")
{
    StaffFixture f;
    CompetitionRepository competitions(*f.db);
    Changes seen;
    QObject::connect(f.db.get(), &Database::changed, [&](Changes what) { seen |= what; });
    Competition c = contest(f.unit("R"), 2024, QStringLiteral("  Учитель   года "));
    REQUIRE(competitions.insert(c).ok());
    CHECK(seen.testFlag(Change::Competitions));
    const auto back = competitions.find(c.id);
    REQUIRE(back);
    CHECK(back->title == QStringLiteral("Учитель года"));
    CHECK(back->level == QStringLiteral("regional"));
    CHECK(back->year == 2024);

    auto refused = [&](Competition candidate, const QString& mentioned) {
        const auto r = competitions.insert(candidate);
        INFO(r.error().toStdString());
        CHECK_FALSE(r.ok());
        CHECK(!r.error().isEmpty());
        CHECK(r.error().contains(mentioned));
    };
    refused(contest(f.unit("R"), 2024, QStringLiteral(" ")), QString());
    Competition badLevel = contest(f.unit("R"), 2024);
    badLevel.level = QStringLiteral("галактический");
    refused(badLevel, QStringLiteral("галактический"));
    refused(contest(f.unit("R"), 1999), QStringLiteral("1999"));
    refused(contest(f.unit("R"), 2027), QStringLiteral("2027")); // today is in 2025: up to 2026
    refused(contest(0, 2024), QString());
    refused(contest(4242, 2024), QStringLiteral("4242"));
    Competition first = contest(f.unit("S1"), 2000, QStringLiteral("Классный классный")); // a school's own
    CHECK(competitions.insert(first).ok());
    Competition nextYear = contest(f.unit("HA"), 2026); // announced for next year
    CHECK(competitions.insert(nextYear).ok());

    c.title = QStringLiteral("Воспитатель года");
    c.year = 2025;
    REQUIRE(competitions.update(c).ok());
    CHECK(competitions.find(c.id)->title == QStringLiteral("Воспитатель года"));
    CHECK(competitions.find(c.id)->year == 2025);
    c.year = 1990;
    CHECK(competitions.update(c).error().contains(QStringLiteral("1990")));
    Competition missing = contest(f.unit("R"), 2024);
    missing.id = 4242;
    CHECK(competitions.update(missing).error().contains(QStringLiteral("4242")));

    for (const int person : {1, 2, 6, 7}) {
        CompetitionParticipation p = entrant(c.id, f.person(person));
        REQUIRE(competitions.addParticipant(p).ok());
    }
    const Status removal = competitions.remove(c.id);
    INFO(removal.error().toStdString());
    CHECK_FALSE(removal.ok());
    CHECK(removal.error().contains(QStringLiteral("4")));
    CHECK(removal.error().contains(QStringLiteral("Воспитатель года")));
    for (const CompetitionParticipation& p : competitions.participants(c.id))
        REQUIRE(competitions.removeParticipant(p.id).ok());
    CHECK_FALSE(competitions.removeParticipant(4242).ok());
    REQUIRE(competitions.remove(c.id).ok());
    CHECK_FALSE(competitions.find(c.id));
}

TEST_CASE("a participant exists, worked somewhere in the competition's year and takes part once", "[competition]")
{
    StaffFixture f;
    CompetitionRepository competitions(*f.db);
    Competition y2024 = contest(f.unit("R"), 2024);
    Competition y2025 = contest(f.unit("R"), 2025);
    Competition y2023 = contest(f.unit("R"), 2023);
    Competition y2026 = contest(f.unit("R"), 2026);
    for (Competition* c : {&y2024, &y2025, &y2023, &y2026})
        REQUIRE(competitions.insert(*c).ok());

    CompetitionParticipation ivanova = entrant(y2024.id, f.person(1), QStringLiteral("призёр"));
    ivanova.stage = QStringLiteral("  региональный   этап ");
    REQUIRE(competitions.addParticipant(ivanova).ok());
    const auto back = competitions.findParticipation(ivanova.id);
    REQUIRE(back);
    CHECK(back->result == QStringLiteral("prize_winner"));
    CHECK(back->stage == QStringLiteral("региональный этап"));
    CHECK(back->orgUnitId == f.unit("S1"));

    auto refused = [&](CompetitionParticipation candidate, const QStringList& mentioned) {
        const auto r = competitions.addParticipant(candidate);
        INFO(r.error().toStdString());
        CHECK_FALSE(r.ok());
        CHECK(!r.error().isEmpty());
        for (const QString& text : mentioned)
            CHECK(r.error().contains(text));
    };
    refused(entrant(y2024.id, f.person(1)), {QStringLiteral("Иванова"), QStringLiteral("Учитель года"), QStringLiteral("2024")});
    refused(entrant(y2024.id, 4242), {QStringLiteral("4242")});
    refused(entrant(4242, f.person(2)), {QStringLiteral("4242")});
    refused(entrant(y2024.id, f.person(2), QStringLiteral("лауреат")), {QStringLiteral("лауреат")});
    // Ёлкина left on 30.06.2024: she belongs to her school in 2024, to no one in 2025.
    CompetitionParticipation elkina = entrant(y2024.id, f.person(5));
    REQUIRE(competitions.addParticipant(elkina).ok());
    CHECK(elkina.orgUnitId == f.unit("S1"));
    refused(entrant(y2025.id, f.person(5)), {QStringLiteral("Ёлкина"), QStringLiteral("2025")});
    // Иванов is employed from 01.09.2024: 2024 yes, 2023 no.
    CompetitionParticipation ivanov = entrant(y2024.id, f.person(8));
    REQUIRE(competitions.addParticipant(ivanov).ok());
    CHECK(ivanov.orgUnitId == f.unit("S4"));
    refused(entrant(y2023.id, f.person(8)), {QStringLiteral("Иванов"), QStringLiteral("2023")});
    // Next year's competition: the organisation of today.
    CompetitionParticipation early = entrant(y2026.id, f.person(1));
    REQUIRE(competitions.addParticipant(early).ok());
    CHECK(early.orgUnitId == f.unit("S1"));
    // A unit given by the caller is one where the person worked that year.
    CompetitionParticipation secondJob = entrant(y2024.id, f.person(11), QStringLiteral("winner"));
    secondJob.orgUnitId = f.unit("K2");
    REQUIRE(competitions.addParticipant(secondJob).ok());
    CompetitionParticipation elsewhere = entrant(y2024.id, f.person(2));
    elsewhere.orgUnitId = f.unit("S4");
    refused(elsewhere, {QStringLiteral("Петров"), QStringLiteral("2024")});
    CHECK(competitions.participantCount(y2024.id) == 4);

    ivanova.result = QStringLiteral("победитель");
    ivanova.stage.clear();
    REQUIRE(competitions.updateParticipant(ivanova).ok());
    CHECK(competitions.findParticipation(ivanova.id)->result == QStringLiteral("winner"));
    CHECK(competitions.findParticipation(ivanova.id)->stage.isEmpty());
    ivanova.result = QStringLiteral("лауреат");
    CHECK_FALSE(competitions.updateParticipant(ivanova).ok());
    ivanova.result = QStringLiteral("winner");
    ivanova.personId = f.person(8); // Иванов takes part already
    CHECK(competitions.updateParticipant(ivanova).error().contains(QStringLiteral("Иванов")));
    CHECK(competitions.findParticipation(ivanova.id)->personId == f.person(1));
    CompetitionParticipation missing = entrant(y2024.id, f.person(2));
    missing.id = 4242;
    CHECK(competitions.updateParticipant(missing).error().contains(QStringLiteral("4242")));
}

TEST_CASE("moving a competition to another year rechecks its participants", "[competition]")
{
    StaffFixture f;
    CompetitionRepository competitions(*f.db);
    PersonRepository persons(*f.db);
    // A teacher who moved from СОШ № 1 to СОШ № 4 over the summer of 2024.
    Person mover{.lastName = QStringLiteral("Переходова"), .firstName = QStringLiteral("Анна"), .birthDate = QDate(1991, 4, 4)};
    REQUIRE(persons.insert(mover).ok());
    Employment before{.personId = mover.id, .unitId = f.unit("S1"), .positionCode = QStringLiteral("teacher"),
                      .start = QDate(2018, 9, 1), .end = QDate(2024, 6, 30)};
    Employment after{.personId = mover.id, .unitId = f.unit("S4"), .positionCode = QStringLiteral("teacher"),
                     .start = QDate(2024, 9, 1)};
    REQUIRE(persons.addEmployment(before).ok());
    REQUIRE(persons.addEmployment(after).ok());

    Competition c = contest(f.unit("MA"), 2023);
    REQUIRE(competitions.insert(c).ok());
    for (const qint64 person : {mover.id, f.person(5), f.person(1)}) {
        CompetitionParticipation p = entrant(c.id, person);
        REQUIRE(competitions.addParticipant(p).ok());
    }
    auto unitOf = [&](qint64 personId) {
        for (const CompetitionParticipation& p : competitions.participants(c.id))
            if (p.personId == personId)
                return p.orgUnitId;
        return qint64(0);
    };
    CHECK(unitOf(mover.id) == f.unit("S1"));

    // Person 5 (Ёлкина) left on 30.06.2024: the competition cannot move to 2025 (worked out to
    // today, 15.03.2025), the message names her, and nothing changes.
    Competition moved = *competitions.find(c.id);
    moved.year = 2025;
    const Status refused = competitions.update(moved);
    REQUIRE_FALSE(refused.ok());
    INFO(refused.error().toStdString());
    CHECK(refused.error().startsWith(QStringLiteral("Конкурс «Учитель года» нельзя перенести на 2025 год:\n")));
    CHECK(refused.error().contains(QStringLiteral("В 2025 году, когда проходил конкурс, сотрудник %1 нигде не работал.")
                                       .arg(persons.find(f.person(5))->fullName())));
    CHECK(refused.error().split(u'\n').size() == 2); // only she
    CHECK(competitions.find(c.id)->year == 2023);
    CHECK(unitOf(mover.id) == f.unit("S1"));

    // To 2024 everyone stays: the teacher still worked at СОШ № 1 until the summer, Ёлкина until 30.06.
    moved.year = 2024;
    REQUIRE(competitions.update(moved).ok());
    CHECK(unitOf(mover.id) == f.unit("S1"));
    CHECK(unitOf(f.person(5)) == f.unit("S1"));

    // Without her it moves to 2025, and the teacher who changed schools is counted at her new one.
    for (const CompetitionParticipation& p : competitions.participants(c.id))
        if (p.personId == f.person(5))
            REQUIRE(competitions.removeParticipant(p.id).ok());
    moved.year = 2025;
    REQUIRE(competitions.update(moved).ok());
    CHECK(competitions.find(c.id)->year == 2025);
    CHECK(unitOf(mover.id) == f.unit("S4"));
    CHECK(unitOf(f.person(1)) == f.unit("S1"));
}
