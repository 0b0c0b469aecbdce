// Mentoring read side: who has an active mentor, novices without one, lists and history.
#include "recordtree.h"
#include "storage/mentoringrepository.h"
#include "storage/rulebook.h"

namespace {

struct Mentoring : RecordTree {
    MentoringRepository mentoring{*db};
    qint64 mentor = person("Орлова", "Вера", QDate(2005, 9, 1), schoolA, QDate(2005, 9, 1));

    // A programme of the mentor, its mentees joining on its start; activated on its start unless a draft.
    qint64 programme(const char* type, const QDate& start, const QDate& end, const QVector<qint64>& mentees,
                     bool draft = false, qint64 mentorId = 0)
    {
        MentoringProgramme p{.mentorId = mentorId ? mentorId : mentor, .formCode = QStringLiteral("teacher_teacher"),
                             .typeCode = QString::fromLatin1(type), .start = start, .end = end};
        QVector<MentoringMentee> list;
        for (qint64 m : mentees)
            list.append({.personId = m, .joinedOn = start});
        const auto id = mentoring.insert(p, list);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
        if (!draft)
            REQUIRE(mentoring.setStatus(*id, QStringLiteral("active"), start).ok());
        return *id;
    }
};

QVector<qint64> ids(const QVector<MentoringProgramme>& programmes)
{
    QVector<qint64> result;
    for (const MentoringProgramme& p : programmes)
        result.append(p.id);
    return result;
}

} // namespace

TEST_CASE("novices without a mentor and who has an active mentor", "[mentoring]")
{
    Mentoring f;
    const QDate today(2025, 3, 15);
    // Novice period 3 years: on 15.03.2025 a novice's experience started after 15.03.2022.
    const qint64 belov = f.person("Белов", "Иван", QDate(2023, 9, 1), f.schoolA, QDate(2023, 9, 1));     // novice, mentee of G
    const qint64 volkova = f.person("Волкова", "Анна", QDate(2022, 9, 1), f.schoolA, QDate(2022, 9, 1)); // novice, no mentor: listed
    const qint64 gusev = f.person("Гусев", "Олег", QDate(2022, 3, 15), f.schoolB, QDate(2022, 3, 15));   // exactly 3 years: not a novice
    const qint64 demina = f.person("Дёмина", "Юлия", QDate(2022, 3, 16), f.schoolB, QDate(2022, 3, 16)); // a day short of 3 years: listed
    const qint64 egorov = f.person("Егоров", "Лев", QDate(2024, 9, 1), f.schoolB, QDate(2024, 9, 1));    // mentee of a draft only: listed
    const qint64 zhukova = f.person("Жукова", "Ия", QDate(2024, 9, 1), f.schoolA, QDate(2024, 9, 1));    // her programme ended 28.02: listed
    const qint64 zaitsev = f.person("Зайцев", "Ян", QDate(2024, 9, 1), f.schoolA, QDate(2024, 9, 1));    // left G on 31.01: listed
    const qint64 ilyina = f.person("Ильина", "Ева", QDate(2024, 9, 1), f.schoolA, QDate(2024, 9, 1), QDate(2024, 12, 31)); // left the school
    const qint64 kozlov = f.person("Козлов", "Ефим", QDate(2024, 9, 1), f.schoolC, QDate(2024, 9, 1));   // another municipality
    const qint64 lebedeva = f.person("Лебедева", "Ада", QDate(), f.schoolA);                              // experience unknown
    const qint64 morozov = f.person("Морозов", "Илья", QDate(2024, 9, 1), f.schoolA, QDate(2024, 9, 1)); // his programme starts 01.04
    Q_UNUSED(ilyina);
    Q_UNUSED(lebedeva);

    const qint64 g = f.programme("group", QDate(2024, 9, 1), {}, {belov, zaitsev});
    REQUIRE(f.mentoring.endMentee(g, zaitsev, QDate(2025, 1, 31)).ok());
    const qint64 q = f.programme("traditional", QDate(2024, 9, 1), {}, {zhukova});
    REQUIRE(f.mentoring.setStatus(q, QStringLiteral("completed_successfully"), QDate(2025, 2, 28)).ok());
    const qint64 e = f.programme("traditional", QDate(2024, 9, 1), {}, {egorov}, true);
    const qint64 later = f.programme("traditional", QDate(2025, 4, 1), {}, {morozov});

    CHECK(f.mentoring.activeMentorOn(belov, today) == g);
    CHECK(f.mentoring.activeMentorOn(belov, QDate(2024, 8, 31)) == 0);
    CHECK(f.mentoring.activeMentorOn(zaitsev, QDate(2025, 1, 31)) == g);
    CHECK(f.mentoring.activeMentorOn(zaitsev, QDate(2025, 2, 1)) == 0);
    CHECK(f.mentoring.activeMentorOn(zhukova, QDate(2025, 2, 28)) == q);
    CHECK(f.mentoring.activeMentorOn(zhukova, QDate(2025, 3, 1)) == 0);
    CHECK(f.mentoring.activeMentorOn(egorov, today) == 0);
    CHECK(f.mentoring.activeMentorOn(morozov, today) == 0);
    CHECK(f.mentoring.activeMentorOn(morozov, QDate(2025, 4, 1)) == later);
    CHECK(e > 0);

    // By name: Волкова, Дёмина, Егоров, Жукова, Зайцев, Морозов (Белов has a mentor; Гусев is no
    // novice; Ильина left; Козлов works elsewhere; Лебедева's experience is unknown).
    CHECK(f.mentoring.noviceWithoutMentor(f.municipality, today) == QVector<qint64>{volkova, demina, egorov, zhukova, zaitsev, morozov});
    // The region adds Козлов; school Б has Дёмина and Егоров.
    CHECK(f.mentoring.noviceWithoutMentor(f.region, today)
          == QVector<qint64>{volkova, demina, egorov, zhukova, zaitsev, kozlov, morozov});
    CHECK(f.mentoring.noviceWithoutMentor(f.schoolB, today) == QVector<qint64>{demina, egorov});
    // On 15.04.2025 Морозов has his mentor and Дёмина has 3 years (from 16.03.2025).
    CHECK(f.mentoring.noviceWithoutMentor(f.municipality, QDate(2025, 4, 15)) == QVector<qint64>{volkova, egorov, zhukova, zaitsev});

    // A new order shortens the novice period to 2 years from 01.01.2025: on 15.03.2025 a novice
    // started after 15.03.2023, so Волкова and Дёмина are no longer novices; a date before the
    // order still uses 3 years (and on 31.12.2024 Гусев, with 2 years, is a novice too).
    REQUIRE(RuleBook(*f.db).add({Rule::NoviceYears, QDate(2025, 1, 1), 2, QStringLiteral("приказ № 1")}).ok());
    CHECK(f.mentoring.noviceWithoutMentor(f.municipality, today) == QVector<qint64>{egorov, zhukova, zaitsev, morozov});
    CHECK(f.mentoring.noviceWithoutMentor(f.schoolB, QDate(2024, 12, 31)) == QVector<qint64>{gusev, demina, egorov});
}

TEST_CASE("programmes of a subtree and period, of a mentor, of a mentee", "[mentoring]")
{
    Mentoring f;
    const qint64 belov = f.person("Белов", "Иван", QDate(2023, 9, 1), f.schoolA);
    const qint64 zhukova = f.person("Жукова", "Ия", QDate(2024, 9, 1), f.schoolA);
    const qint64 sokolova = f.person("Соколова", "Нина", QDate(2000, 9, 1), f.schoolC);
    const qint64 g = f.programme("group", QDate(2024, 9, 1), {}, {belov});
    const qint64 q = f.programme("traditional", QDate(2024, 9, 1), QDate(2025, 2, 28), {zhukova});
    const qint64 e = f.programme("traditional", QDate(2024, 9, 1), {}, {}, true);
    const qint64 later = f.programme("virtual", QDate(2025, 4, 1), {}, {belov});
    const qint64 c = f.programme("group", QDate(2024, 10, 1), {}, {}, true, sokolova);

    CHECK(ids(f.mentoring.list(f.municipality, QDate(2025, 3, 1), QDate(2025, 3, 31))) == QVector<qint64>{g, e});
    CHECK(ids(f.mentoring.list(f.municipality, QDate(2025, 2, 28), QDate(2025, 3, 31))) == QVector<qint64>{g, q, e});
    CHECK(ids(f.mentoring.list(f.municipality, {}, {})) == QVector<qint64>{g, q, e, later});
    CHECK(ids(f.mentoring.list(f.region, QDate(2025, 4, 1), {})) == QVector<qint64>{g, e, c, later});
    CHECK(ids(f.mentoring.list(f.otherMunicipality, {}, {})) == QVector<qint64>{c});
    CHECK(ids(f.mentoring.list(f.schoolB, {}, {})).isEmpty());
    CHECK(ids(f.mentoring.programmesOfMentor(f.mentor)) == QVector<qint64>{g, q, e, later});
    CHECK(ids(f.mentoring.programmesOfMentee(belov)) == QVector<qint64>{g, later});
    CHECK(ids(f.mentoring.programmesOfMentee(zhukova)) == QVector<qint64>{q});
}

TEST_CASE("a person's mentoring history as mentor and mentee, in date order", "[mentoring]")
{
    Mentoring f;
    const qint64 belov = f.person("Белов", "Иван", QDate(2023, 9, 1), f.schoolA, QDate(2023, 9, 1));
    // Entered out of order: a group programme Белов joins on 01.10.2024, the reverse programme
    // in which he mentors Орлова from 01.11.2024, and his first programme of 2023/24.
    const qint64 g = f.programme("group", QDate(2024, 9, 1), QDate(2025, 5, 31), {});
    REQUIRE(f.mentoring.addMentee(g, belov, QDate(2024, 10, 1)).ok());
    const qint64 h = f.programme("reverse", QDate(2024, 11, 1), {}, {f.mentor}, true, belov);
    const qint64 first = f.programme("traditional", QDate(2023, 9, 1), QDate(2024, 6, 30), {belov});
    REQUIRE(f.mentoring.setStatus(first, QStringLiteral("completed_successfully"), QDate(2024, 6, 30)).ok());

    const QString orlova = f.name(f.mentor);
    const auto history = f.mentoring.historyOf(belov);
    REQUIRE(history.size() == 3);
    CHECK(history.at(0).date == QDate(2023, 9, 1));
    CHECK(history.at(0).uuid == f.mentoring.find(first)->uuid);
    CHECK(history.at(0).summary.contains(orlova));
    CHECK(history.at(0).summary.contains(QStringLiteral("01.09.2023 – 30.06.2024")));
    CHECK(history.at(0).summary.contains(MentoringStatus::name(QStringLiteral("completed_successfully"))));
    CHECK(history.at(1).date == QDate(2024, 10, 1));
    CHECK(history.at(1).uuid == f.mentoring.find(g)->uuid);
    CHECK(history.at(2).date == QDate(2024, 11, 1));
    CHECK(history.at(2).uuid == f.mentoring.find(h)->uuid);
    CHECK(history.at(2).summary.contains(orlova)); // his mentee
    for (const HistoryEntry& entry : history)
        CHECK_FALSE(entry.kind.isEmpty());

    const auto hers = f.mentoring.historyOf(f.mentor);
    REQUIRE(hers.size() == 3);
    CHECK(hers.at(0).date == QDate(2023, 9, 1));
    CHECK(hers.at(0).summary.contains(f.name(belov)));
    CHECK(hers.at(1).date == QDate(2024, 9, 1));
    CHECK(hers.at(2).date == QDate(2024, 11, 1));
    CHECK(hers.at(2).summary.contains(f.name(belov))); // her mentor
}
