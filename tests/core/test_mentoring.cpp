// Mentoring programmes and their mentees: rules, lifecycle, who has a mentor, history.
#include "recordtree.h"
#include "storage/mentoringrepository.h"

namespace {

// The tree of recordtree.h with a mentor: Орлова Вера, at school A since 2005.
struct Fixture : RecordTree {
    MentoringRepository mentoring{*db};
    qint64 mentor = person("Орлова", "Вера", QDate(2005, 9, 1), schoolA, QDate(2005, 9, 1));

    MentoringProgramme programme(const QString& type, const QDate& start, const QDate& end = {}, qint64 mentorId = 0)
    {
        return MentoringProgramme{.mentorId = mentorId ? mentorId : mentor, .formCode = QStringLiteral("teacher_teacher"),
                                  .typeCode = type, .programme = QStringLiteral("Цели: освоить ФГОС; задачи: посетить 10 уроков"),
                                  .start = start, .end = end};
    }

    // Inserts a programme with mentees joining on its start; "active": activated on its start.
    qint64 stored(MentoringProgramme p, const QVector<qint64>& mentees = {}, const QString& status = QStringLiteral("draft"))
    {
        QVector<MentoringMentee> list;
        for (qint64 m : mentees)
            list.append({.personId = m, .joinedOn = p.start});
        const auto id = mentoring.insert(p, list);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
        if (status != u"draft") {
            const Status s = mentoring.setStatus(*id, QStringLiteral("active"), p.start);
            INFO(s.error().toStdString());
            REQUIRE(s.ok());
        }
        return *id;
    }
};

} // namespace

TEST_CASE("a programme is stored with codes, its mentor's organisation and its mentees", "[mentoring]")
{
    Fixture f;
    const qint64 novice = f.person("Белов", "Иван", QDate(2024, 9, 1), f.schoolB);
    MentoringProgramme p = f.programme(QStringLiteral("традиционная (один на один)"), QDate(2024, 9, 1), QDate(2025, 5, 31));
    p.formCode = QStringLiteral("Педагог – педагог");
    p.outcome = QStringLiteral("  ");
    const auto id = f.mentoring.insert(p, {{.personId = novice, .joinedOn = QDate(2024, 9, 2)}});
    REQUIRE(id.ok());
    CHECK(p.id == *id);
    CHECK(p.uuid.size() == 36);
    const auto back = f.mentoring.find(*id);
    REQUIRE(back);
    CHECK(back->unitId == f.schoolA); // the mentor's organisation, not the mentee's
    CHECK(back->formCode == QStringLiteral("teacher_teacher"));
    CHECK(back->typeCode == QStringLiteral("traditional"));
    CHECK(back->programme == p.programme);
    CHECK(back->status == QStringLiteral("draft"));
    CHECK(back->outcome.isEmpty());
    CHECK(back->end == QDate(2025, 5, 31));
    const auto mentees = f.mentoring.mentees(*id);
    REQUIRE(mentees.size() == 1);
    CHECK(mentees.first().personId == novice);
    CHECK(mentees.first().joinedOn == QDate(2024, 9, 2));
    CHECK(mentees.first().uuid.size() == 36);

    // Update keeps the status; the facts change.
    MentoringProgramme changed = *back;
    changed.outcome = QStringLiteral("Провёл открытый урок");
    changed.status = QStringLiteral("active");
    REQUIRE(f.mentoring.update(changed).ok());
    CHECK(f.mentoring.find(*id)->outcome == QStringLiteral("Провёл открытый урок"));
    CHECK(f.mentoring.find(*id)->status == QStringLiteral("draft"));
}

TEST_CASE("programme rules each give their message", "[mentoring]")
{
    Fixture f;
    const qint64 novice = f.person("Белов", "Иван", QDate(2024, 9, 1), f.schoolA);
    const QString orlova = f.name(f.mentor);
    const QString belov = f.name(novice);

    SECTION("the mentor exists") {
        MentoringProgramme p = f.programme(QStringLiteral("group"), QDate(2024, 9, 1), {}, 4242);
        refused(f.mentoring.insert(p).status(), {QStringLiteral("4242")});
    }
    SECTION("form and type are from their lists") {
        MentoringProgramme p = f.programme(QStringLiteral("group"), QDate(2024, 9, 1));
        p.formCode = QStringLiteral("по переписке");
        refused(f.mentoring.insert(p).status(), {QStringLiteral("по переписке")});
        p = f.programme(QStringLiteral("индивидуальная"), QDate(2024, 9, 1));
        refused(f.mentoring.insert(p).status(), {QStringLiteral("индивидуальная")});
        p.typeCode = QStringLiteral("Реверсивная");
        CHECK(f.mentoring.insert(p).ok());
    }
    SECTION("end is not before start") {
        MentoringProgramme p = f.programme(QStringLiteral("group"), QDate(2024, 9, 1), QDate(2024, 8, 31));
        refused(f.mentoring.insert(p).status(), {QStringLiteral("31.08.2024"), QStringLiteral("01.09.2024")});
        p.end = QDate(2024, 9, 1);
        CHECK(f.mentoring.insert(p).ok());
    }
    SECTION("an ended programme has an end date") {
        MentoringProgramme p = f.programme(QStringLiteral("group"), QDate(2024, 9, 1));
        p.status = QStringLiteral("completed_successfully");
        refused(f.mentoring.insert(p).status(), {});
        p.end = QDate(2025, 1, 31);
        CHECK(f.mentoring.insert(p).ok());
    }
    SECTION("the mentor is not their own mentee") {
        const qint64 id = f.stored(f.programme(QStringLiteral("group"), QDate(2024, 9, 1)));
        refused(f.mentoring.addMentee(id, f.mentor, QDate(2024, 9, 1)).status(), {orlova});
        MentoringProgramme p = f.programme(QStringLiteral("group"), QDate(2024, 9, 1));
        refused(f.mentoring.insert(p, {{.personId = f.mentor, .joinedOn = QDate(2024, 9, 1)}}).status(), {orlova});
        // Nor can a mentee become the mentor.
        REQUIRE(f.mentoring.addMentee(id, novice, QDate(2024, 9, 1)).ok());
        MentoringProgramme swapped = *f.mentoring.find(id);
        swapped.mentorId = novice;
        refused(f.mentoring.update(swapped), {belov});
    }
    SECTION("mentees exist, and join once") {
        const qint64 id = f.stored(f.programme(QStringLiteral("group"), QDate(2024, 9, 1)));
        refused(f.mentoring.addMentee(id, 777, QDate(2024, 9, 1)).status(), {QStringLiteral("777")});
        refused(f.mentoring.addMentee(4040, novice, QDate(2024, 9, 1)).status(), {QStringLiteral("4040")});
        REQUIRE(f.mentoring.addMentee(id, novice, QDate(2024, 9, 1)).ok());
        refused(f.mentoring.addMentee(id, novice, QDate(2024, 10, 1)).status(), {belov});
        refused(f.mentoring.endMentee(id, f.mentor, QDate(2024, 10, 1)), {orlova});
    }
    SECTION("a mentee joins and leaves within the programme's period") {
        const qint64 id = f.stored(f.programme(QStringLiteral("group"), QDate(2024, 9, 1), QDate(2025, 5, 31)));
        refused(f.mentoring.addMentee(id, novice, QDate(2024, 8, 31)).status(), {belov, QStringLiteral("31.08.2024")});
        refused(f.mentoring.addMentee(id, novice, QDate(2025, 6, 1)).status(), {belov, QStringLiteral("01.06.2025")});
        refused(f.mentoring.addMentee(id, novice, QDate()).status(), {belov});
        REQUIRE(f.mentoring.addMentee(id, novice, QDate(2025, 5, 31)).ok());
        refused(f.mentoring.endMentee(id, novice, QDate(2025, 5, 30)), {belov, QStringLiteral("30.05.2025")});
        refused(f.mentoring.endMentee(id, novice, QDate(2025, 6, 1)), {belov, QStringLiteral("01.06.2025")});
        REQUIRE(f.mentoring.endMentee(id, novice, QDate(2025, 5, 31)).ok());
        // Shortening the programme cannot leave its mentee outside.
        MentoringProgramme shorter = *f.mentoring.find(id);
        shorter.end = QDate(2025, 4, 30);
        refused(f.mentoring.update(shorter), {belov});
        shorter.end = QDate(2025, 5, 31);
        CHECK(f.mentoring.update(shorter).ok());
    }
    SECTION("the programme belongs to its mentor's or a mentee's organisation") {
        const qint64 lecturer = f.person("Соколов", "Пётр", QDate(1995, 9, 1)); // a university teacher, employed nowhere here
        const qint64 pupilC = f.person("Тихонова", "Ольга", QDate(2024, 9, 1), f.schoolC);
        MentoringProgramme p = f.programme(QStringLiteral("traditional"), QDate(2024, 9, 1), {}, lecturer);
        p.formCode = QStringLiteral("university_young");
        refused(f.mentoring.insert(p).status(), {f.name(lecturer), QStringLiteral("01.09.2024")});
        // The first mentee's organisation.
        MentoringProgramme q = p;
        REQUIRE(f.mentoring.insert(q, {{.personId = pupilC, .joinedOn = QDate(2024, 9, 1)}}).ok());
        CHECK(q.unitId == f.schoolC);
        // Or the unit given; then a mentee from elsewhere does not fit it.
        MentoringProgramme r = p;
        r.unitId = f.schoolA;
        REQUIRE(f.mentoring.insert(r).ok());
        refused(f.mentoring.addMentee(r.id, pupilC, QDate(2024, 9, 1)).status(), {QStringLiteral("Школа А")});
        CHECK(f.mentoring.addMentee(r.id, novice, QDate(2024, 9, 1)).ok());
        // A mentor at A cannot have a programme of school B without a mentee there.
        MentoringProgramme s = f.programme(QStringLiteral("group"), QDate(2024, 9, 1));
        s.unitId = f.schoolB;
        refused(f.mentoring.insert(s).status(), {QStringLiteral("Школа Б"), orlova});
        s.unitId = 999;
        refused(f.mentoring.insert(s).status(), {QStringLiteral("999")});
    }
}

TEST_CASE("a traditional programme has one mentee at a time", "[mentoring]")
{
    Fixture f;
    const qint64 first = f.person("Белов", "Иван", QDate(2024, 9, 1), f.schoolA);
    const qint64 second = f.person("Волкова", "Анна", QDate(2024, 9, 1), f.schoolA);
    const qint64 one = f.stored(f.programme(QStringLiteral("traditional"), QDate(2024, 9, 1)), {first}, QStringLiteral("active"));
    refused(f.mentoring.addMentee(one, second, QDate(2024, 10, 1)).status(), {f.name(first), f.name(second)});
    // Once the first has left, the second may join (the day after, not the same day).
    REQUIRE(f.mentoring.endMentee(one, first, QDate(2024, 12, 31)).ok());
    refused(f.mentoring.addMentee(one, second, QDate(2024, 12, 31)).status(), {f.name(first)});
    REQUIRE(f.mentoring.addMentee(one, second, QDate(2025, 1, 10)).ok());
    CHECK(f.mentoring.mentees(one).size() == 2);

    // A group programme takes both at once, and cannot then become one-to-one.
    const qint64 group = f.stored(f.programme(QStringLiteral("group"), QDate(2024, 9, 1)), {first, second});
    MentoringProgramme p = *f.mentoring.find(group);
    p.typeCode = QStringLiteral("traditional");
    refused(f.mentoring.update(p), {f.name(first)});
}

TEST_CASE("nobody is a mentee of two overlapping programmes of one type under way", "[mentoring]")
{
    Fixture f;
    const qint64 other = f.person("Смирнова", "Нина", QDate(2001, 9, 1), f.schoolA);
    const qint64 novice = f.person("Белов", "Иван", QDate(2024, 9, 1), f.schoolA);
    const qint64 first = f.stored(f.programme(QStringLiteral("traditional"), QDate(2024, 9, 1), QDate(2025, 5, 31)), {novice},
                                  QStringLiteral("active"));
    // A draft of the same type may list him; it cannot start while the first runs.
    const qint64 second = f.stored(f.programme(QStringLiteral("traditional"), QDate(2025, 1, 10), {}, other), {novice});
    refused(f.mentoring.setStatus(second, QStringLiteral("active"), QDate(2025, 1, 10)),
            {f.name(novice), f.name(f.mentor), QStringLiteral("01.09.2024"), QStringLiteral("31.05.2025")});
    // Nor can he join it later while both run.
    const qint64 third = f.stored(f.programme(QStringLiteral("traditional"), QDate(2025, 1, 10), {}, other), {}, QStringLiteral("active"));
    refused(f.mentoring.addMentee(third, novice, QDate(2025, 2, 1)).status(), {f.name(f.mentor)});
    // Another type is fine.
    const qint64 virtualOne = f.stored(f.programme(QStringLiteral("virtual"), QDate(2025, 1, 10), {}, other), {}, QStringLiteral("active"));
    CHECK(f.mentoring.addMentee(virtualOne, novice, QDate(2025, 2, 1)).ok());
    // Once he left the first, the second can start.
    REQUIRE(f.mentoring.endMentee(first, novice, QDate(2025, 1, 9)).ok());
    CHECK(f.mentoring.setStatus(second, QStringLiteral("active"), QDate(2025, 1, 10)).ok());
}

TEST_CASE("the lifecycle of a mentoring programme", "[mentoring]")
{
    Fixture f;
    const qint64 novice = f.person("Белов", "Иван", QDate(2024, 9, 1), f.schoolA);
    const QString active = QStringLiteral("active"), draft = QStringLiteral("draft");
    const QString success = QStringLiteral("completed_successfully"), failure = QStringLiteral("completed_unsuccessfully");
    const QString abandoned = QStringLiteral("abandoned");

    const qint64 id = f.stored(f.programme(QStringLiteral("group"), QDate(2024, 9, 1)), {novice});
    refused(f.mentoring.setStatus(id, success, QDate(2025, 1, 1)), {});  // draft → completed: not allowed
    refused(f.mentoring.setStatus(id, QStringLiteral("paused"), QDate(2025, 1, 1)), {QStringLiteral("paused")});
    refused(f.mentoring.setStatus(id, active, QDate()), {});
    REQUIRE(f.mentoring.setStatus(id, active, QDate(2024, 9, 1)).ok());
    CHECK(f.mentoring.find(id)->statusDate == QDate(2024, 9, 1));
    CHECK(f.mentoring.setStatus(id, active, QDate(2024, 9, 5)).ok()); // the same status: nothing changes
    CHECK(f.mentoring.find(id)->statusDate == QDate(2024, 9, 1));
    refused(f.mentoring.setStatus(id, draft, QDate(2024, 10, 1)), {});
    // Completing before a mentee joined or before the start is refused.
    refused(f.mentoring.setStatus(id, success, QDate(2024, 8, 1)), {QStringLiteral("01.08.2024")});
    // Completing sets the empty end to the status date.
    REQUIRE(f.mentoring.setStatus(id, success, QDate(2025, 2, 28)).ok());
    CHECK(f.mentoring.find(id)->end == QDate(2025, 2, 28));
    CHECK(f.mentoring.find(id)->status == success);
    // Final statuses are final.
    for (const QString& to : {draft, active, failure, abandoned})
        refused(f.mentoring.setStatus(id, to, QDate(2025, 3, 1)), {});

    // Completed unsuccessfully before the planned end: the end becomes that date, and a mentee
    // who was to leave later leaves then.
    const qint64 second = f.person("Волкова", "Анна", QDate(2024, 9, 1), f.schoolA);
    const qint64 early = f.stored(f.programme(QStringLiteral("group"), QDate(2024, 9, 1), QDate(2025, 5, 31)), {second}, active);
    REQUIRE(f.mentoring.endMentee(early, second, QDate(2025, 5, 1)).ok());
    REQUIRE(f.mentoring.setStatus(early, failure, QDate(2025, 3, 10)).ok());
    CHECK(f.mentoring.find(early)->end == QDate(2025, 3, 10));
    CHECK(f.mentoring.mentees(early).first().leftOn == QDate(2025, 3, 10));
    // Completed after the planned end: the planned end stays.
    const qint64 late = f.stored(f.programme(QStringLiteral("virtual"), QDate(2024, 9, 1), QDate(2024, 12, 31)), {second}, active);
    REQUIRE(f.mentoring.setStatus(late, success, QDate(2025, 1, 15)).ok());
    CHECK(f.mentoring.find(late)->end == QDate(2024, 12, 31));

    // Abandoned from a draft and from active.
    const qint64 planned = f.stored(f.programme(QStringLiteral("group"), QDate(2024, 9, 1)));
    REQUIRE(f.mentoring.setStatus(planned, abandoned, QDate(2024, 10, 1)).ok());
    CHECK(f.mentoring.find(planned)->end == QDate(2024, 10, 1));
    refused(f.mentoring.setStatus(planned, active, QDate(2024, 10, 2)), {});
    const qint64 running = f.stored(f.programme(QStringLiteral("short_term"), QDate(2024, 9, 1)), {second}, active);
    REQUIRE(f.mentoring.setStatus(running, abandoned, QDate(2024, 11, 1)).ok());
    CHECK(f.mentoring.find(running)->status == abandoned);
}

TEST_CASE("a programme with mentees is not deleted", "[mentoring]")
{
    Fixture f;
    const qint64 novice = f.person("Белов", "Иван", QDate(2024, 9, 1), f.schoolA);
    const qint64 id = f.stored(f.programme(QStringLiteral("group"), QDate(2024, 9, 1)), {novice});
    refused(f.mentoring.remove(id), {f.name(novice)});
    refused(f.mentoring.removeMentee(id, f.mentor), {f.name(f.mentor)});
    REQUIRE(f.mentoring.removeMentee(id, novice).ok());
    REQUIRE(f.mentoring.remove(id).ok());
    CHECK_FALSE(f.mentoring.find(id));
    refused(f.mentoring.remove(id), {QString::number(id)});
}
