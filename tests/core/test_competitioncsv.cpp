// Competition participations as CSV: the round trip, idempotent re-import, bad rows with line and column.
#include "csvrecordfixture.h"
#include "io/competitioncsv.h"
#include "storage/competitionrepository.h"

namespace {

const char* const competitionRows =
    "SELECT co.title, co.level, co.year, o.code, p.name_key, p.birth_date, u.code, cp.stage, cp.result "
    "FROM competition_participation cp JOIN competition co ON co.id = cp.competition_id "
    "JOIN org_unit o ON o.id = co.org_unit_id JOIN org_unit u ON u.id = cp.org_unit_id JOIN person p ON p.id = cp.person_id";

qint64 addCompetition(Database& db, qint64 organiser, const char* title, const char* level, int year)
{
    Competition c{.orgUnitId = organiser, .title = QString::fromUtf8(title), .level = QString::fromLatin1(level), .year = year};
    const auto id = CompetitionRepository(db).insert(c);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return *id;
}

void enter(Database& db, qint64 competition, qint64 person, const char* stage, const char* result, qint64 unit = 0)
{
    CompetitionParticipation p{.orgUnitId = unit, .competitionId = competition, .personId = person,
                               .stage = QString::fromUtf8(stage), .result = QString::fromLatin1(result)};
    const auto id = CompetitionRepository(db).addParticipant(p);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
}

const QString header = QStringLiteral("Конкурс;Уровень;Год;Организатор;Этап;Результат;ФИО;Дата рождения");

} // namespace

TEST_CASE("competitions: export, import into an empty copy, export again gives the same", "[competitioncsv]")
{
    StaffFixture source;
    StaffFixture copy;
    Database& db = *source.db;
    const qint64 teacherOfYear = addCompetition(db, source.unit("MA"), "Учитель года", "municipal", 2024);
    enter(db, teacherOfYear, source.person(3), "муниципальный этап", "winner");
    enter(db, teacherOfYear, source.person(6), "", "participant");
    const qint64 debut = addCompetition(db, source.unit("R"), "Педагогический дебют", "regional", 2025);
    enter(db, debut, source.person(8), "заочный этап", "participant");
    enter(db, debut, source.person(11), "очный этап", "prize_winner", source.unit("K2"));
    checkRoundTrip(db, *copy.db, &CompetitionCsv::exportTo, &CompetitionCsv::importFrom, competitionRows, 4);
    CHECK(countRows(*copy.db, "competition") == 2);
}

TEST_CASE("competitions: a result list creates the competition once and updates results", "[competitioncsv]")
{
    StaffFixture f;
    const QString row = QStringLiteral("Сердце отдаю детям;региональный;2024;R;%1;%2;%3");
    const QStringList list{header, row.arg(QStringLiteral("заочный этап"), QStringLiteral("участник"),
                                           QStringLiteral("Волкова Татьяна Михайловна;18.06.1978")),
                           row.arg(QString(), QString(), QStringLiteral("Морозов Алексей Павлович;04.04.1996"))};
    const ImportReport report = importCsv(*f.db, &CompetitionCsv::importFrom, csvLines(list));
    requireWritten(report);
    CHECK(report.created == 2);
    CHECK(countRows(*f.db, "competition") == 1);

    // The final: one becomes a winner; the other's empty cells keep what is stored.
    const QStringList final{header, row.arg(QStringLiteral("очный этап"), QStringLiteral("победитель"),
                                            QStringLiteral("Волкова Татьяна Михайловна;18.06.1978")),
                            row.arg(QString(), QString(), QStringLiteral("Морозов Алексей Павлович;04.04.1996"))};
    const ImportReport updated = importCsv(*f.db, &CompetitionCsv::importFrom, csvLines(final));
    requireWritten(updated);
    CHECK(updated.updated == 1);
    CHECK(updated.unchanged == 1);
    const auto entries = CompetitionRepository(*f.db).competitionsOf(f.person(9));
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().participation.result == QStringLiteral("winner"));
    CHECK(entries.first().participation.stage == QStringLiteral("очный этап"));
    CHECK(CompetitionRepository(*f.db).competitionsOf(f.person(10)).first().participation.result == QStringLiteral("participant"));
}

TEST_CASE("competitions: bad cells are reported with line and column, nothing is written", "[competitioncsv]")
{
    StaffFixture f;
    const QString person = QStringLiteral("Волкова Татьяна Михайловна;18.06.1978");
    const QStringList lines{
        header,
        QStringLiteral("Учитель года;муниципальный;2024;MP;;участник;") + person,    // 2: fine
        QStringLiteral("Учитель года;муниципальный;двадцать;MP;;участник;") + person, // 3: year
        QStringLiteral("Учитель года;галактический;2024;MP;;участник;") + person,   // 4: level
        QStringLiteral("Методист года;муниципальный;2024;MP;;чемпион;") + person,   // 5: result
        QStringLiteral("Методист года;муниципальный;1990;MP;;участник;") + person,  // 6: year out of range
        QStringLiteral("Методист года;муниципальный;2024;MP;;участник;Волкова Татьяна") // 7: no birth date
    };
    const ImportReport report = importCsv(*f.db, &CompetitionCsv::importFrom, csvLines(lines));
    CHECK_FALSE(report.written);
    CHECK(issueAt(report, 3).column == QStringLiteral("Год"));
    CHECK(issueAt(report, 3).message.contains(QStringLiteral("двадцать")));
    CHECK(issueAt(report, 4).column == QStringLiteral("Уровень"));
    CHECK(issueAt(report, 5).column == QStringLiteral("Результат"));
    CHECK(issueAt(report, 6).message.contains(QStringLiteral("1990")));
    CHECK(issueAt(report, 7).column == QStringLiteral("Дата рождения"));
    CHECK(report.issues.size() == 5);
    CHECK(countRows(*f.db, "competition") == 0);
}
