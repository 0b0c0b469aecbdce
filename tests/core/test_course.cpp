// Further training (ДПО): programmes, completions and their rules, the "ДПО overdue" list under
// the rules in force, and the person's history. On the staff fixture (today is 15.03.2025).
#include "stafffixture.h"
#include "storage/courserepository.h"
#include "storage/rulebook.h"

namespace {

CourseProgramme programme(qint64 unitId, const QString& title, int hours)
{
    CourseProgramme p;
    p.orgUnitId = unitId;
    p.title = title;
    p.provider = QStringLiteral("ТОИПКРО");
    p.hours = hours;
    p.form = QStringLiteral("in_person");
    return p;
}

CourseCompletion completion(qint64 programmeId, qint64 personId, const QDate& start, const QDate& end)
{
    CourseCompletion c;
    c.programmeId = programmeId;
    c.personId = personId;
    c.start = start;
    c.end = end;
    return c;
}

} // namespace

TEST_CASE("a programme is checked, stored, found by title or provider and updated", "[course]")
{
    StaffFixture f;
    CourseRepository courses(*f.db);
    CourseProgramme p = programme(f.unit("R"), QStringLiteral("  Функциональная   грамотность "), 72);
    p.inFederalRegistry = true;
    p.competenceArea = QStringLiteral("Методические"); // a name is taken for its code
    p.form = QStringLiteral("дистанционная");
    REQUIRE(courses.insertProgramme(p).ok());
    const auto back = courses.findProgramme(p.id);
    REQUIRE(back);
    CHECK(back->title == QStringLiteral("Функциональная грамотность"));
    CHECK(back->competenceArea == QStringLiteral("methodical"));
    CHECK(back->form == QStringLiteral("distance"));
    CHECK(back->inFederalRegistry);
    CHECK(back->hours == 72);
    CHECK(!back->uuid.isEmpty());

    auto refused = [&](CourseProgramme candidate, const QString& mentioned) {
        const auto r = courses.insertProgramme(candidate);
        INFO(r.error().toStdString());
        CHECK_FALSE(r.ok());
        CHECK(!r.error().isEmpty());
        CHECK(r.error().contains(mentioned));
    };
    refused(programme(f.unit("R"), QStringLiteral("  "), 72), QString());
    refused(programme(f.unit("R"), QStringLiteral("Курс"), 0), QStringLiteral("0"));
    refused(programme(f.unit("R"), QStringLiteral("Курс"), -8), QStringLiteral("-8"));
    CourseProgramme badForm = programme(f.unit("R"), QStringLiteral("Курс"), 16);
    badForm.form = QStringLiteral("вечерняя");
    refused(badForm, QStringLiteral("вечерняя"));
    CourseProgramme badArea = programme(f.unit("R"), QStringLiteral("Курс"), 16);
    badArea.competenceArea = QStringLiteral("кулинарные");
    refused(badArea, QStringLiteral("кулинарные"));
    refused(programme(0, QStringLiteral("Курс"), 16), QString());
    refused(programme(4242, QStringLiteral("Курс"), 16), QStringLiteral("4242"));
    // Any level registers a programme: a school's own course.
    CourseProgramme school = programme(f.unit("S1"), QStringLiteral("Учёт достижений обучающихся"), 16);
    school.provider = QStringLiteral("СОШ № 1");
    REQUIRE(courses.insertProgramme(school).ok());
    CHECK(courses.programmes().size() == 2);

    // Filtering ignores case and ё/е (SQL LIKE would not for Cyrillic).
    CHECK(courses.programmes(QStringLiteral("ГРАМОТНОСТЬ")).size() == 1);
    CHECK(courses.programmes(QStringLiteral("учет")).size() == 1);
    CHECK(courses.programmes(QStringLiteral("тоипкро")).first().id == p.id);
    CHECK(courses.programmes(QStringLiteral("робототехника")).isEmpty());

    p.hours = 36;
    p.competenceArea.clear();
    REQUIRE(courses.updateProgramme(p).ok());
    CHECK(courses.findProgramme(p.id)->hours == 36);
    CHECK(courses.findProgramme(p.id)->competenceArea.isEmpty());
    p.hours = 0;
    CHECK_FALSE(courses.updateProgramme(p).ok());
    CHECK(courses.findProgramme(p.id)->hours == 36);
    CourseProgramme missing = programme(f.unit("R"), QStringLiteral("Курс"), 16);
    missing.id = 4242;
    CHECK(courses.updateProgramme(missing).error().contains(QStringLiteral("4242")));
}

TEST_CASE("a completion refers to a person and a programme, is dated and belongs to the person's school", "[course]")
{
    StaffFixture f;
    CourseRepository courses(*f.db);
    CourseProgramme p = programme(f.unit("R"), QStringLiteral("Формирующее оценивание"), 72);
    REQUIRE(courses.insertProgramme(p).ok());

    Changes seen;
    QObject::connect(f.db.get(), &Database::changed, [&](Changes what) { seen |= what; });
    CourseCompletion c = completion(p.id, f.person(1), QDate(2024, 2, 1), QDate(2024, 2, 20));
    c.certificate = QStringLiteral(" 702400012345 ");
    const auto id = courses.insertCompletion(c);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    CHECK(seen.testFlag(Change::Courses));
    const auto back = courses.findCompletion(c.id);
    REQUIRE(back);
    CHECK(back->orgUnitId == f.unit("S1")); // filled in: Иванова works at СОШ № 1 on the end date
    CHECK(back->certificate == QStringLiteral("702400012345"));
    CHECK(back->end == QDate(2024, 2, 20));

    auto refused = [&](CourseCompletion candidate, const QStringList& mentioned) {
        const auto r = courses.insertCompletion(candidate);
        INFO(r.error().toStdString());
        CHECK_FALSE(r.ok());
        CHECK(!r.error().isEmpty());
        for (const QString& text : mentioned)
            CHECK(r.error().contains(text));
    };
    refused(completion(4242, f.person(1), QDate(2024, 3, 1), QDate(2024, 3, 2)), {QStringLiteral("4242")});
    refused(completion(p.id, 4242, QDate(2024, 3, 1), QDate(2024, 3, 2)), {QStringLiteral("4242")});
    refused(completion(p.id, f.person(1), QDate(), QDate(2024, 3, 2)), {});
    refused(completion(p.id, f.person(1), QDate(2024, 3, 1), QDate()), {});
    refused(completion(p.id, f.person(1), QDate(2024, 3, 10), QDate(2024, 3, 2)),
            {QStringLiteral("10.03.2024"), QStringLiteral("02.03.2024")});
    refused(completion(p.id, f.person(1), QDate(2025, 3, 1), QDate(2025, 3, 16)), {QStringLiteral("16.03.2025")});
    // Ёлкина left on 30.06.2024: a course ending after it has no organisation.
    refused(completion(p.id, f.person(5), QDate(2024, 9, 1), QDate(2024, 9, 10)),
            {QStringLiteral("Ёлкина"), QStringLiteral("10.09.2024")});
    // A unit given by the caller must be one where the person works on the end date.
    CourseCompletion elsewhere = completion(p.id, f.person(1), QDate(2024, 3, 1), QDate(2024, 3, 2));
    elsewhere.orgUnitId = f.unit("S4");
    refused(elsewhere, {QStringLiteral("Иванова")});
    // The same person, programme and end date once; the message names the earlier record.
    refused(completion(p.id, f.person(1), QDate(2024, 2, 10), QDate(2024, 2, 20)),
            {QStringLiteral("Иванова"), QStringLiteral("Формирующее оценивание"), QStringLiteral("01.02.2024"),
             QStringLiteral("702400012345")});

    // Passing cases of the same rules.
    CourseCompletion today = completion(p.id, f.person(1), QDate(2025, 3, 1), QDate(2025, 3, 15));
    REQUIRE(courses.insertCompletion(today).ok());                       // ends today
    CourseCompletion beforeLeaving = completion(p.id, f.person(5), QDate(2024, 5, 1), QDate(2024, 5, 10));
    REQUIRE(courses.insertCompletion(beforeLeaving).ok());
    CHECK(beforeLeaving.orgUnitId == f.unit("S1"));
    CourseCompletion secondJob = completion(p.id, f.person(11), QDate(2024, 5, 1), QDate(2024, 5, 10));
    secondJob.orgUnitId = f.unit("K2"); // Никитина's half-time job, given explicitly
    REQUIRE(courses.insertCompletion(secondJob).ok());
    CourseCompletion oneDay = completion(p.id, f.person(2), QDate(2024, 5, 10), QDate(2024, 5, 10));
    REQUIRE(courses.insertCompletion(oneDay).ok());
    CHECK(courses.findCompletion(secondJob.id)->orgUnitId == f.unit("K2"));

    // Updates keep the rules; saving a record unchanged is not a repeat of itself.
    REQUIRE(courses.updateCompletion(c).ok());
    CourseCompletion moved = c;
    moved.end = QDate(2024, 1, 20);
    CHECK(courses.updateCompletion(moved).error().contains(QStringLiteral("20.01.2024")));
    moved = today;
    moved.end = QDate(2024, 2, 20);
    moved.start = QDate(2024, 2, 1);
    CHECK_FALSE(courses.updateCompletion(moved).ok()); // would repeat the first one
    moved.end = QDate(2024, 2, 21);
    REQUIRE(courses.updateCompletion(moved).ok());
    CHECK(courses.findCompletion(today.id)->end == QDate(2024, 2, 21));
    CHECK(courses.completionsOf(f.person(1)).size() == 2);

    // A programme with completions is not deleted; the message says how many.
    const Status removal = courses.removeProgramme(p.id);
    INFO(removal.error().toStdString());
    CHECK_FALSE(removal.ok());
    CHECK(removal.error().contains(QStringLiteral("5")));
    CHECK(removal.error().contains(QStringLiteral("Формирующее оценивание")));
    for (const qint64 completionId : {c.id, today.id, beforeLeaving.id, secondJob.id, oneDay.id})
        REQUIRE(courses.removeCompletion(completionId).ok());
    CHECK_FALSE(courses.removeCompletion(c.id).ok());
    REQUIRE(courses.removeProgramme(p.id).ok());
    CHECK_FALSE(courses.findProgramme(p.id));
    CHECK(courses.removeProgramme(p.id).error().contains(QString::number(p.id)));
}

TEST_CASE("completions of a subtree in a period", "[course]")
{
    StaffFixture f;
    CourseRepository courses(*f.db);
    CourseProgramme p = programme(f.unit("R"), QStringLiteral("Цифровая образовательная среда"), 36);
    REQUIRE(courses.insertProgramme(p).ok());
    CourseCompletion ivanova = completion(p.id, f.person(1), QDate(2024, 10, 1), QDate(2024, 10, 12));  // S1, MA
    CourseCompletion kuznetsov = completion(p.id, f.person(6), QDate(2023, 10, 1), QDate(2023, 10, 12)); // S4, MA
    CourseCompletion lebedeva = completion(p.id, f.person(12), QDate(2024, 11, 1), QDate(2024, 11, 5)); // K2, MK
    for (CourseCompletion* c : {&ivanova, &kuznetsov, &lebedeva})
        REQUIRE(courses.insertCompletion(*c).ok());

    auto ids = [](const QVector<CourseCompletion>& list) {
        QVector<qint64> result;
        for (const CourseCompletion& c : list)
            result.append(c.id);
        return result;
    };
    // Academic year 2024/25 in the Asino district: Иванова only (Кузнецов's ended the year before).
    CHECK(ids(courses.list(f.unit("MA"), QDate(2024, 9, 1), QDate(2025, 8, 31))) == QVector<qint64>{ivanova.id});
    CHECK(ids(courses.list(f.unit("MA"), QDate(), QDate())) == QVector<qint64>{kuznetsov.id, ivanova.id});
    CHECK(ids(courses.list(f.unit("R"), QDate(2024, 9, 1), QDate(2025, 8, 31))) == QVector<qint64>{ivanova.id, lebedeva.id});
    CHECK(ids(courses.list(f.unit("MK"), QDate(2024, 11, 5), QDate(2024, 11, 5))) == QVector<qint64>{lebedeva.id});
    CHECK(courses.list(f.unit("S4"), QDate(2024, 1, 1), QDate(2024, 12, 31)).isEmpty());
}
