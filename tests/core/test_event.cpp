// Methodical events and their participants: the rules, a whole list of participants at once
// (all or nothing), listings of a subtree and a period, and the person's history.
// On the staff fixture (today is 15.03.2025).
#include "stafffixture.h"
#include "storage/eventrepository.h"
#include "storage/personrepository.h"

namespace {

MethodicalEvent seminar(qint64 organiser, const QDate& date, const QString& topic = QStringLiteral("Формирующее оценивание"))
{
    MethodicalEvent e;
    e.orgUnitId = organiser;
    e.kind = QStringLiteral("семинар"); // names are taken for their codes
    e.level = QStringLiteral("муниципальный");
    e.date = date;
    e.topic = topic;
    e.competenceArea = QStringLiteral("methodical");
    return e;
}

// Twenty more teachers of СОШ № 4 г. Асино, employed from 01.09.2020.
QVector<qint64> twentyTeachers(StaffFixture& f)
{
    PersonRepository persons(*f.db);
    QVector<qint64> ids;
    for (int i = 1; i <= 20; ++i) {
        Person p{.lastName = QStringLiteral("Участникова"), .firstName = QStringLiteral("Дарья"),
                 .middleName = QStringLiteral("№%1").arg(i), .birthDate = QDate(1990, 1, i)};
        REQUIRE(persons.insert(p).ok());
        Employment e{.personId = p.id, .unitId = f.unit("S4"), .positionCode = QStringLiteral("teacher"),
                     .start = QDate(2020, 9, 1)};
        REQUIRE(persons.addEmployment(e).ok());
        ids.append(p.id);
    }
    return ids;
}

} // namespace

TEST_CASE("an event is checked, stored, updated and deleted only without participants", "[event]")
{
    StaffFixture f;
    EventRepository events(*f.db);
    MethodicalEvent e = seminar(f.unit("MA"), QDate(2025, 2, 10));
    e.topic = QStringLiteral("  Формирующее   оценивание ");
    REQUIRE(events.insert(e).ok());
    const auto back = events.find(e.id);
    REQUIRE(back);
    CHECK(back->kind == QStringLiteral("seminar"));
    CHECK(back->level == QStringLiteral("municipal"));
    CHECK(back->topic == QStringLiteral("Формирующее оценивание"));
    CHECK(back->competenceArea == QStringLiteral("methodical"));
    CHECK_FALSE(back->endDate.isValid());

    auto refused = [&](MethodicalEvent candidate, const QStringList& mentioned) {
        const auto r = events.insert(candidate);
        INFO(r.error().toStdString());
        CHECK_FALSE(r.ok());
        CHECK(!r.error().isEmpty());
        for (const QString& text : mentioned)
            CHECK(r.error().contains(text));
    };
    MethodicalEvent x = seminar(f.unit("MA"), QDate(2025, 2, 10), QStringLiteral(" "));
    refused(x, {});
    x = seminar(f.unit("MA"), QDate(2025, 2, 10));
    x.kind = QStringLiteral("пикник");
    refused(x, {QStringLiteral("пикник")});
    x = seminar(f.unit("MA"), QDate(2025, 2, 10));
    x.level = QStringLiteral("галактический");
    refused(x, {QStringLiteral("галактический")});
    x = seminar(f.unit("MA"), QDate(2025, 2, 10));
    x.competenceArea = QStringLiteral("кулинарные");
    refused(x, {QStringLiteral("кулинарные")});
    refused(seminar(f.unit("MA"), QDate()), {});
    x = seminar(f.unit("MA"), QDate(2025, 2, 10));
    x.endDate = QDate(2025, 2, 9);
    refused(x, {QStringLiteral("09.02.2025"), QStringLiteral("10.02.2025")});
    refused(seminar(0, QDate(2025, 2, 10)), {});
    refused(seminar(4242, QDate(2025, 2, 10)), {QStringLiteral("4242")});

    // Any level organises: the region, a hub, a school; a planned event may lie ahead.
    for (const char* unit : {"R", "HA", "S1"}) {
        MethodicalEvent ok = seminar(f.unit(unit), QDate(2025, 4, 1));
        ok.kind = QStringLiteral("webinar");
        ok.endDate = QDate(2025, 4, 3);
        ok.competenceArea.clear();
        CHECK(events.insert(ok).ok());
    }

    e.topic = QStringLiteral("Оценивание без отметок");
    e.endDate = QDate(2025, 2, 11);
    REQUIRE(events.update(e).ok());
    CHECK(events.find(e.id)->topic == QStringLiteral("Оценивание без отметок"));
    CHECK(events.find(e.id)->endDate == QDate(2025, 2, 11));
    e.endDate = QDate(2025, 2, 1);
    CHECK_FALSE(events.update(e).ok());
    MethodicalEvent missing = seminar(f.unit("MA"), QDate(2025, 2, 10));
    missing.id = 4242;
    CHECK(events.update(missing).error().contains(QStringLiteral("4242")));

    REQUIRE(events.addParticipants(e.id, {f.person(1), f.person(2), f.person(6)}, QStringLiteral("participant")).ok());
    const Status removal = events.remove(e.id);
    INFO(removal.error().toStdString());
    CHECK_FALSE(removal.ok());
    CHECK(removal.error().contains(QStringLiteral("3")));
    CHECK(removal.error().contains(QStringLiteral("Оценивание без отметок")));
    CHECK(events.find(e.id));
    for (const EventParticipation& p : events.participants(e.id))
        REQUIRE(events.removeParticipant(p.id).ok());
    CHECK_FALSE(events.removeParticipant(4242).ok());
    REQUIRE(events.remove(e.id).ok());
    CHECK_FALSE(events.find(e.id));
    CHECK_FALSE(events.remove(e.id).ok());
}

TEST_CASE("a participant exists, works somewhere on the event's date and is listed once", "[event]")
{
    StaffFixture f;
    EventRepository events(*f.db);
    MethodicalEvent e = seminar(f.unit("MA"), QDate(2025, 2, 10));
    REQUIRE(events.insert(e).ok());
    Changes seen;
    QObject::connect(f.db.get(), &Database::changed, [&](Changes what) { seen |= what; });

    EventParticipation speaker{.eventId = e.id, .personId = f.person(1), .role = QStringLiteral("выступающий")};
    REQUIRE(events.addParticipant(speaker).ok());
    CHECK(seen.testFlag(Change::Events));
    const auto back = events.findParticipation(speaker.id);
    REQUIRE(back);
    CHECK(back->role == QStringLiteral("speaker"));
    CHECK(back->orgUnitId == f.unit("S1"));

    auto refused = [&](EventParticipation candidate, const QStringList& mentioned) {
        const auto r = events.addParticipant(candidate);
        INFO(r.error().toStdString());
        CHECK_FALSE(r.ok());
        CHECK(!r.error().isEmpty());
        for (const QString& text : mentioned)
            CHECK(r.error().contains(text));
    };
    refused({.eventId = e.id, .personId = f.person(1), .role = QStringLiteral("participant")},
            {QStringLiteral("Иванова"), QStringLiteral("Формирующее оценивание")});
    refused({.eventId = e.id, .personId = 4242, .role = QStringLiteral("participant")}, {QStringLiteral("4242")});
    refused({.eventId = 4242, .personId = f.person(2), .role = QStringLiteral("participant")}, {QStringLiteral("4242")});
    refused({.eventId = e.id, .personId = f.person(2), .role = QStringLiteral("зритель")}, {QStringLiteral("зритель")});
    refused({.eventId = e.id, .personId = f.person(5), .role = QStringLiteral("participant")}, // left 30.06.2024
            {QStringLiteral("Ёлкина"), QStringLiteral("10.02.2025")});
    refused({.orgUnitId = f.unit("K2"), .eventId = e.id, .personId = f.person(2), .role = QStringLiteral("participant")},
            {QStringLiteral("Петров")});
    // Никитина's second job, given explicitly.
    EventParticipation secondJob{.orgUnitId = f.unit("K2"), .eventId = e.id, .personId = f.person(11),
                                 .role = QStringLiteral("expert")};
    REQUIRE(events.addParticipant(secondJob).ok());
    CHECK(events.participantCount(e.id) == 2);

    speaker.role = QStringLiteral("организатор");
    REQUIRE(events.updateParticipant(speaker).ok());
    CHECK(events.findParticipation(speaker.id)->role == QStringLiteral("organiser"));
    speaker.role = QStringLiteral("зритель");
    CHECK_FALSE(events.updateParticipant(speaker).ok());
    speaker.personId = f.person(11); // would list Никитина twice
    speaker.role = QStringLiteral("participant");
    CHECK(events.updateParticipant(speaker).error().contains(QStringLiteral("Никитина")));
    CHECK(events.findParticipation(speaker.id)->personId == f.person(1));
}

TEST_CASE("a whole event's participants at once, all or nothing", "[event]")
{
    StaffFixture f;
    EventRepository events(*f.db);
    MethodicalEvent e = seminar(f.unit("MA"), QDate(2025, 2, 10));
    REQUIRE(events.insert(e).ok());
    const QVector<qint64> twenty = twentyTeachers(f);

    SECTION("twenty in one go")
    {
        const auto added = events.addParticipants(e.id, twenty, QStringLiteral("участник"));
        INFO(added.error().toStdString());
        REQUIRE(added.ok());
        CHECK(*added == 20);
        const auto listed = events.participants(e.id);
        REQUIRE(listed.size() == 20);
        for (const EventParticipation& p : listed) {
            CHECK(twenty.contains(p.personId));
            CHECK(p.role == QStringLiteral("participant"));
            CHECK(p.orgUnitId == f.unit("S4"));
            CHECK(!p.uuid.isEmpty());
        }
        CHECK(*events.addParticipants(e.id, {}, QStringLiteral("participant")) == 0);
    }
    SECTION("one unknown person: nothing is written, the message names them")
    {
        QVector<qint64> withUnknown = twenty;
        withUnknown.insert(7, 4242);
        const auto added = events.addParticipants(e.id, withUnknown, QStringLiteral("participant"));
        REQUIRE_FALSE(added.ok());
        CHECK(added.error().contains(QStringLiteral("4242")));
        CHECK(added.error().count(u'\n') == 0); // one problem, one line
        CHECK(events.participantCount(e.id) == 0);
    }
    SECTION("every problem is named, one a line")
    {
        REQUIRE(events.addParticipants(e.id, {f.person(1)}, QStringLiteral("speaker")).ok());
        // Already listed (Иванова), unknown (4242), given twice (Петров), left (Ёлкина).
        const QVector<qint64> list{twenty[0], f.person(1), 4242, f.person(2), f.person(2), f.person(5), twenty[1]};
        const auto added = events.addParticipants(e.id, list, QStringLiteral("participant"));
        REQUIRE_FALSE(added.ok());
        const QStringList lines = added.error().split(u'\n');
        REQUIRE(lines.size() == 4);
        CHECK(lines[0].contains(QStringLiteral("Иванова")));
        CHECK(lines[1].contains(QStringLiteral("4242")));
        CHECK(lines[2].contains(QStringLiteral("Петров")));
        CHECK(lines[3].contains(QStringLiteral("Ёлкина")));
        CHECK(events.participantCount(e.id) == 1); // only the one listed before
    }
    SECTION("an unknown role or event refuses the whole list")
    {
        CHECK(events.addParticipants(e.id, twenty, QStringLiteral("зритель")).error().contains(QStringLiteral("зритель")));
        CHECK(events.addParticipants(4242, twenty, QStringLiteral("participant")).error().contains(QStringLiteral("4242")));
        CHECK(events.participantCount(e.id) == 0);
    }
}

TEST_CASE("moving an event to another date rechecks its participants", "[event]")
{
    StaffFixture f;
    EventRepository events(*f.db);
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

    MethodicalEvent e = seminar(f.unit("MA"), QDate(2024, 2, 10));
    REQUIRE(events.insert(e).ok());
    REQUIRE(events.addParticipants(e.id, {mover.id, f.person(5), f.person(1)}, QStringLiteral("participant")).ok());

    // Person 5 (Ёлкина) left on 30.06.2024: the event cannot move to 2025, and nothing changes.
    MethodicalEvent moved = *events.find(e.id);
    moved.date = QDate(2025, 2, 10);
    const Status refused = events.update(moved);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(persons.find(f.person(5))->fullName()));
    CHECK(events.find(e.id)->date == QDate(2024, 2, 10));
    auto unitOf = [&](qint64 personId) {
        for (const EventParticipation& p : events.participants(e.id))
            if (p.personId == personId)
                return p.orgUnitId;
        return qint64(0);
    };
    CHECK(unitOf(mover.id) == f.unit("S1"));

    // Without her it moves, and the teacher who changed schools is counted at her new one.
    for (const EventParticipation& p : events.participants(e.id))
        if (p.personId == f.person(5))
            REQUIRE(events.removeParticipant(p.id).ok());
    REQUIRE(events.update(moved).ok());
    CHECK(events.find(e.id)->date == QDate(2025, 2, 10));
    CHECK(unitOf(mover.id) == f.unit("S4"));
    CHECK(unitOf(f.person(1)) == f.unit("S1"));
}

TEST_CASE("a participant added to the event at hand is checked as one added by the event's id", "[event]")
{
    StaffFixture f;
    EventRepository events(*f.db);
    PersonRepository persons(*f.db);
    MethodicalEvent e = seminar(f.unit("MA"), QDate(2025, 2, 10));
    REQUIRE(events.insert(e).ok());
    const MethodicalEvent stored = *events.find(e.id);

    EventParticipation first{.personId = f.person(1), .role = QStringLiteral("participant")};
    REQUIRE(events.addParticipant(stored, first).ok());
    CHECK(first.eventId == e.id);
    CHECK(first.orgUnitId == f.unit("S1")); // her main organisation on the date

    // Listed already: the table's unique key refuses it, and the message says who and where.
    EventParticipation again{.personId = f.person(1), .role = QStringLiteral("participant")};
    CHECK(events.addParticipant(stored, again).error()
          == QStringLiteral("%1 уже есть в списке участников мероприятия «Формирующее оценивание».")
                 .arg(persons.find(f.person(1))->fullName()));
    // Unknown, left before the date, a participation of another event, an unknown role.
    EventParticipation unknown{.personId = 4242, .role = QStringLiteral("participant")};
    CHECK(events.addParticipant(stored, unknown).error() == QStringLiteral("Сотрудник (id 4242) не существует."));
    EventParticipation left{.personId = f.person(5), .role = QStringLiteral("participant")};
    CHECK(events.addParticipant(stored, left).error()
          == QStringLiteral("На 10.02.2025 (дата мероприятия) сотрудник %1 нигде не работал.").arg(persons.find(f.person(5))->fullName()));
    EventParticipation elsewhere{.eventId = 4242, .personId = f.person(2), .role = QStringLiteral("participant")};
    CHECK(events.addParticipant(stored, elsewhere).error() == QStringLiteral("Мероприятие (id 4242) не существует."));
    EventParticipation role{.personId = f.person(2), .role = QStringLiteral("зритель")};
    CHECK(events.addParticipant(stored, role).error().contains(QStringLiteral("зритель")));
    CHECK(events.participantCount(e.id) == 1);
}
