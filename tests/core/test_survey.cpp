// Surveys of needs and satisfaction: the rules of a response, satisfaction (K22) and needs by
// topic for a subtree and period worked out by hand, a named respondent's history.
#include "recordtree.h"
#include "storage/personhistory.h"
#include "storage/surveyrepository.h"

namespace {

Survey response(qint64 personId, const QDate& date, int satisfaction, const QVector<SurveyNeed>& needs = {})
{
    Survey s;
    s.personId = personId;
    s.date = date;
    s.satisfaction = satisfaction;
    s.needs = needs;
    return s;
}

Survey anonymous(qint64 unitId, const QDate& date, int satisfaction, const QVector<SurveyNeed>& needs = {})
{
    Survey s = response(0, date, satisfaction, needs);
    s.orgUnitId = unitId;
    return s;
}

SurveyNeed need(const char* topic, const char* form = "")
{
    return {0, QString::fromUtf8(topic), QString::fromUtf8(form)};
}

} // namespace

TEST_CASE("a survey response is checked, stored with its needs, updated and deleted", "[survey]")
{
    RecordTree t;
    SurveyRepository surveys(*t.db);
    const qint64 orlova = t.person("Орлова", "Анна", QDate(2010, 9, 1), t.schoolA);
    const qint64 left = t.person("Ушедшая", "Вера", QDate(2010, 9, 1), t.schoolB, QDate(2020, 9, 1), QDate(2024, 6, 30));

    Changes seen;
    QObject::connect(t.db.get(), &Database::changed, [&](Changes what) { seen |= what; });
    Survey s = response(orlova, QDate(2024, 10, 10), 4,
                        {need("  Формирующее   оценивание ", "Семинар"), need("Функциональная грамотность")});
    REQUIRE(surveys.insert(s).ok());
    CHECK(seen.testFlag(Change::Surveys));
    auto back = surveys.find(s.id);
    REQUIRE(back);
    CHECK(back->orgUnitId == t.schoolA); // filled in: Орлова works at Школа А on the date
    CHECK(back->satisfaction == 4);
    REQUIRE(back->needs.size() == 2);
    CHECK(back->needs.at(0).topic == QStringLiteral("Формирующее оценивание"));
    CHECK(back->needs.at(0).preferredForm == QStringLiteral("seminar")); // a name is taken for its code
    CHECK(back->needs.at(1).preferredForm.isEmpty());
    CHECK(!back->uuid.isEmpty());

    Survey undated = response(orlova, QDate(), 4);
    refused(surveys.insert(undated).status(), {});
    Survey future = response(orlova, QDate(2025, 3, 16), 4);
    refused(surveys.insert(future).status(), {QStringLiteral("16.03.2025")});
    Survey tooHigh = response(orlova, QDate(2024, 11, 1), 6);
    refused(surveys.insert(tooHigh).status(), {QStringLiteral("6")});
    Survey negative = response(orlova, QDate(2024, 11, 1), -1);
    refused(surveys.insert(negative).status(), {QStringLiteral("-1")});
    Survey empty = response(orlova, QDate(2024, 11, 1), 0);
    refused(surveys.insert(empty).status(), {});
    Survey blankTopic = response(orlova, QDate(2024, 11, 1), 3, {need("   ")});
    refused(surveys.insert(blankTopic).status(), {});
    Survey twice = response(orlova, QDate(2024, 11, 1), 3, {need("Проектная деятельность"), need("проектная  ДЕЯТЕЛЬНОСТЬ")});
    refused(surveys.insert(twice).status(), {QStringLiteral("ДЕЯТЕЛЬНОСТЬ")});
    Survey badForm = response(orlova, QDate(2024, 11, 1), 3, {need("Проектная деятельность", "кружок")});
    refused(surveys.insert(badForm).status(), {QStringLiteral("кружок")});
    Survey nobody = anonymous(0, QDate(2024, 11, 1), 3);
    refused(surveys.insert(nobody).status(), {});
    Survey nowhere = anonymous(4242, QDate(2024, 11, 1), 3);
    refused(surveys.insert(nowhere).status(), {QStringLiteral("4242")});
    Survey stranger = response(4242, QDate(2024, 11, 1), 3);
    refused(surveys.insert(stranger).status(), {QStringLiteral("4242")});
    Survey afterLeaving = response(left, QDate(2024, 11, 1), 3);
    refused(surveys.insert(afterLeaving).status(), {QStringLiteral("Ушедшая"), QStringLiteral("01.11.2024")});
    Survey elsewhere = response(orlova, QDate(2024, 11, 1), 3);
    elsewhere.orgUnitId = t.schoolB;
    refused(surveys.insert(elsewhere).status(), {QStringLiteral("Орлова"), QStringLiteral("Школа Б")});
    Survey again = response(orlova, QDate(2024, 10, 10), 5);
    refused(surveys.insert(again).status(), {QStringLiteral("Орлова"), QStringLiteral("10.10.2024")});

    // Passing cases of the same rules.
    Survey beforeLeaving = response(left, QDate(2024, 5, 10), 0, {need("Инклюзивное образование", "consultation")});
    REQUIRE(surveys.insert(beforeLeaving).ok()); // needs only
    CHECK(beforeLeaving.orgUnitId == t.schoolB);
    Survey scoreOnly = response(orlova, QDate(2025, 3, 15), 5); // today, another date
    REQUIRE(surveys.insert(scoreOnly).ok());
    Survey municipal = anonymous(t.municipality, QDate(2024, 12, 1), 1); // any level for an anonymous one
    REQUIRE(surveys.insert(municipal).ok());
    Survey given = response(orlova, QDate(2024, 12, 2), 2);
    given.orgUnitId = t.schoolA;
    REQUIRE(surveys.insert(given).ok());

    // An update replaces the needs; saving unchanged is not a repeat of itself.
    REQUIRE(surveys.update(s).ok());
    s.needs = {need("Наставничество", "наставничество")};
    s.satisfaction = 0;
    REQUIRE(surveys.update(s).ok());
    back = surveys.find(s.id);
    REQUIRE(back->needs.size() == 1);
    CHECK(back->needs.first().preferredForm == QStringLiteral("mentoring"));
    CHECK(back->satisfaction == 0);
    Survey moved = s;
    moved.date = QDate(2025, 3, 15); // the date of Орлова's other response
    refused(surveys.update(moved), {QStringLiteral("15.03.2025")});
    moved.needs.clear();
    moved.date = QDate(2024, 10, 10);
    refused(surveys.update(moved), {}); // neither a score nor a need
    Survey missing = response(orlova, QDate(2024, 9, 20), 3);
    missing.id = 4242;
    refused(surveys.update(missing), {QStringLiteral("4242")});
    CHECK(surveys.surveysOf(orlova).size() == 3);

    REQUIRE(surveys.remove(s.id).ok());
    CHECK_FALSE(surveys.find(s.id));
    refused(surveys.remove(s.id), {QString::number(s.id)});
    CHECK(surveys.surveysOf(orlova).size() == 2);
}

TEST_CASE("satisfaction and needs of a subtree in a period, worked out by hand", "[survey]")
{
    RecordTree t;
    SurveyRepository surveys(*t.db);
    const qint64 first = t.person("Первая", "Анна", QDate(2010, 9, 1), t.schoolA);
    const qint64 second = t.person("Вторая", "Бэла", QDate(2010, 9, 1), t.schoolA);
    const qint64 third = t.person("Третья", "Вера", QDate(2010, 9, 1), t.schoolC);
    QVector<Survey> all{
        // a: Школа А, scores 5; two needs
        response(first, QDate(2024, 10, 10), 5, {need("Формирующее оценивание", "seminar"), need("Функциональная грамотность", "course")}),
        // b: Школа А, scores 3
        response(second, QDate(2024, 11, 12), 3, {need("формирующее  оценивание", "course")}),
        // c: anonymous, Школа Б, scores 4
        anonymous(t.schoolB, QDate(2024, 12, 1), 4, {need("ФУНКЦИОНАЛЬНАЯ грамотность", "course")}),
        // d: anonymous, Школа Б, no score
        anonymous(t.schoolB, QDate(2024, 12, 1), 0, {need("Формирующее оценивание")}),
        // e: Школа В in the other district, scores 2
        response(third, QDate(2025, 1, 15), 2),
        // f: Школа А the year before, scores 1
        response(first, QDate(2024, 5, 20), 1, {need("Цифровые инструменты", "webinar")}),
        // g: anonymous, the district itself, scores 4
        anonymous(t.municipality, QDate(2025, 2, 1), 4),
    };
    for (Survey& s : all)
        REQUIRE(surveys.insert(s).ok());
    const QDate from(2024, 9, 1), to(2025, 8, 31);

    // The district in 2024/25: scored a(5), b(3), c(4), g(4) = 4; of them 4 or 5: a, c, g = 3.
    // d has no score; e is in the other district; f is the year before.
    SatisfactionCounts k22 = surveys.satisfactionCounts(t.municipality, from, to);
    CHECK(k22.responses == 4);
    CHECK(k22.satisfied == 3);
    // The region in 2024/25: a, b, c, e, g = 5 scored; a, c, g = 3 satisfied.
    k22 = surveys.satisfactionCounts(t.region, from, to);
    CHECK(k22.responses == 5);
    CHECK(k22.satisfied == 3);
    // Школа А at any time: a, b, f = 3 scored; a = 1 satisfied.
    k22 = surveys.satisfactionCounts(t.schoolA, QDate(), QDate());
    CHECK(k22.responses == 3);
    CHECK(k22.satisfied == 1);
    k22 = surveys.satisfactionCounts(t.otherMunicipality, from, QDate(2025, 1, 14)); // e is a day later
    CHECK(k22.responses == 0);
    CHECK(k22.satisfied == 0);

    // Needs in the district in 2024/25: «формирующее оценивание» in a, b, d = 3 (семинар 1,
    // курсы 1, none 1); «функциональная грамотность» in a, c = 2 (курсы 2). f is the year before.
    const QVector<NeedCount> needs = surveys.needsSummary(t.municipality, from, to);
    REQUIRE(needs.size() == 2);
    CHECK(needs.at(0).topic.startsWith(QStringLiteral("Формирующее")));
    CHECK(needs.at(0).count == 3);
    CHECK(needs.at(0).forms.value(QStringLiteral("seminar")) == 1);
    CHECK(needs.at(0).forms.value(QStringLiteral("course")) == 1);
    CHECK(needs.at(0).forms.value(QString()) == 1);
    CHECK(needs.at(1).count == 2);
    CHECK(needs.at(1).forms.value(QStringLiteral("course")) == 2);
    CHECK(surveys.needsSummary(t.schoolA, QDate(2024, 5, 1), QDate(2024, 5, 31)).size() == 1);

    // The list: the district's responses of the year by date.
    QVector<QDate> dates;
    for (const Survey& s : surveys.list(t.municipality, from, to))
        dates << s.date;
    CHECK(dates == QVector<QDate>{QDate(2024, 10, 10), QDate(2024, 11, 12), QDate(2024, 12, 1), QDate(2024, 12, 1),
                                  QDate(2025, 2, 1)});
}

TEST_CASE("a named respondent's responses are in their history in date order", "[survey][history]")
{
    RecordTree t;
    SurveyRepository surveys(*t.db);
    const qint64 orlova = t.person("Орлова", "Анна", QDate(2010, 9, 1), t.schoolA, QDate(2021, 9, 1));
    Survey later = response(orlova, QDate(2025, 1, 20), 5, {need("Функциональная грамотность", "course")});
    Survey earlier = response(orlova, QDate(2024, 1, 20), 2);
    Survey nameless = anonymous(t.schoolA, QDate(2024, 6, 1), 3);
    for (Survey* s : {&later, &earlier, &nameless})
        REQUIRE(surveys.insert(*s).ok());

    const QVector<HistoryEntry> own = surveys.historyOf(orlova);
    REQUIRE(own.size() == 2);
    CHECK(own.at(0).date == QDate(2024, 1, 20));
    CHECK(own.at(0).summary.contains(QStringLiteral("2")));
    CHECK(own.at(1).summary.contains(QStringLiteral("Функциональная грамотность")));
    CHECK(own.at(1).uuid == later.uuid);

    // The card: the job (01.09.2021), then the two responses; the anonymous one is nobody's.
    const QVector<HistoryEntry> card = PersonHistory::of(*t.db, orlova);
    REQUIRE(card.size() == 3);
    CHECK(card.at(0).date == QDate(2021, 9, 1));
    CHECK(card.at(1).uuid == earlier.uuid);
    CHECK(card.at(2).uuid == later.uuid);
}
