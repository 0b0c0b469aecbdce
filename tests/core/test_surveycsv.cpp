// Survey responses as CSV: one row per response with its needs in one cell; the round trip with
// a named and an anonymous response, needs added by a later file, bad rows, an unknown person.
#include "csvrecordfixture.h"
#include "io/surveycsv.h"
#include "storage/surveyrepository.h"

namespace {

const char* const surveyRows =
    "SELECT s.uuid, u.code, p.name_key, s.survey_date, s.satisfaction, "
    "(SELECT group_concat(n.topic || '/' || COALESCE(n.preferred_form, ''), ';') FROM survey_need n WHERE n.survey_id = s.id) "
    "FROM survey s JOIN org_unit u ON u.id = s.org_unit_id LEFT JOIN person p ON p.id = s.person_id";

void addSurvey(Database& db, Survey s)
{
    requireInserted(SurveyRepository(db).insert(s));
}

const QString header = QStringLiteral("ФИО;Дата рождения;Код организации;Дата;Удовлетворённость;Потребности");

} // namespace

TEST_CASE("surveys: export, import into an empty copy, export again gives the same", "[surveycsv]")
{
    StaffFixture source;
    StaffFixture copy;
    Database& db = *source.db;
    addSurvey(db, {.personId = source.person(3), .date = QDate(2025, 2, 10), .satisfaction = 4,
                   .needs = {{0, QStringLiteral("формирующее оценивание"), QStringLiteral("seminar")},
                             {0, QStringLiteral("проектная деятельность (5–9 классы)"), QString()}}});
    addSurvey(db, {.orgUnitId = source.unit("K2"), .date = QDate(2025, 2, 10), .satisfaction = 2});
    addSurvey(db, {.orgUnitId = source.unit("K2"), .date = QDate(2025, 2, 10), .satisfaction = 5});
    checkRoundTrip(db, *copy.db, &SurveyCsv::exportTo, &SurveyCsv::importFrom, surveyRows, 3);
    CHECK(QString::fromUtf8(exportCsv(db, &SurveyCsv::exportTo))
              .contains(QStringLiteral("формирующее оценивание (семинар); проектная деятельность (5–9 классы)")));
}

TEST_CASE("surveys: a later file adds needs and keeps the ones it does not name", "[surveycsv]")
{
    StaffFixture f;
    const QString person = QStringLiteral("Соколова Анна Викторовна;02.11.1999;;10.02.2025;");
    requireWritten(importCsv(*f.db, &SurveyCsv::importFrom, csvLines({header, person + QStringLiteral("4;цифровые ресурсы")})));
    const ImportReport same = importCsv(*f.db, &SurveyCsv::importFrom, csvLines({header, person + QStringLiteral(";Цифровые  ресурсы")}));
    requireWritten(same);
    CHECK(same.unchanged == 1);
    const ImportReport more = importCsv(*f.db, &SurveyCsv::importFrom,
                                        csvLines({header, person + QStringLiteral(";наставничество молодых (курсы)")}));
    requireWritten(more);
    CHECK(more.updated == 1);
    const auto surveys = SurveyRepository(*f.db).surveysOf(f.person(3));
    REQUIRE(surveys.size() == 1);
    CHECK(surveys.first().satisfaction == 4);
    REQUIRE(surveys.first().needs.size() == 2);
    CHECK(surveys.first().needs.at(1).topic == QStringLiteral("наставничество молодых"));
    CHECK(surveys.first().needs.at(1).preferredForm == QStringLiteral("course"));
}

TEST_CASE("surveys: bad rows are refused whole with line and column, an unknown person too", "[surveycsv]")
{
    StaffFixture f;
    const QStringList lines{
        header,
        QStringLiteral(";;K2;10.02.2025;3;"),                                       // 2: fine, anonymous
        QStringLiteral(";;K2;10.02.2025;7;"),                                       // 3: score
        QStringLiteral(";;;10.02.2025;3;"),                                         // 4: anonymous without a unit
        QStringLiteral("Никто Никто Никтович;01.01.1990;;10.02.2025;3;"),           // 5: nobody
        QStringLiteral(";;K2;10.02.2030;3;"),                                       // 6: in the future
        QStringLiteral(";;K2;10.02.2025;3;"),                                       // 7: repeats line 2
    };
    const ImportReport report = importCsv(*f.db, &SurveyCsv::importFrom, csvLines(lines));
    CHECK_FALSE(report.written);
    CHECK(issueAt(report, 3).column == QStringLiteral("Удовлетворённость"));
    CHECK(issueAt(report, 4).column == QStringLiteral("Код организации"));
    CHECK(issueAt(report, 5).column == QStringLiteral("ФИО"));
    CHECK(issueAt(report, 6).message.contains(QStringLiteral("10.02.2030")));
    CHECK(issueAt(report, 7).message.contains(QStringLiteral("2")));
    CHECK(report.issues.size() == 5);
    CHECK(countRows(*f.db, "survey") == 0);
}
