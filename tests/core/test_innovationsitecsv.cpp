// Innovation sites as CSV: the round trip, a site ended by a later file without UUIDs, bad rows
// with line and column.
#include "csvrecordfixture.h"
#include "io/innovationsitecsv.h"
#include "storage/innovationsiterepository.h"

namespace {

const char* const siteRows =
    "SELECT s.uuid, u.code, s.level, s.topic, s.start_date, s.end_date FROM innovation_site s JOIN org_unit u ON u.id = s.org_unit_id";

void addSite(Database& db, InnovationSite s)
{
    requireInserted(InnovationSiteRepository(db).insert(s));
}

const QString header = QStringLiteral("Код организации;Уровень;Тема;Начало;Окончание");

} // namespace

TEST_CASE("innovation sites: export, import into an empty copy, export again gives the same", "[innovationsitecsv]")
{
    StaffFixture source;
    StaffFixture copy;
    Database& db = *source.db;
    addSite(db, {.orgUnitId = source.unit("S1"), .level = QStringLiteral("regional"), .topic = QStringLiteral("Цифровая школа"),
                 .start = QDate(2023, 9, 1)});
    addSite(db, {.orgUnitId = source.unit("K2"), .level = QStringLiteral("municipal"), .topic = QStringLiteral("Наставничество"),
                 .start = QDate(2022, 1, 10), .end = QDate(2024, 12, 31)});
    checkRoundTrip(db, *copy.db, &InnovationSiteCsv::exportTo, &InnovationSiteCsv::importFrom, siteRows, 2);
}

TEST_CASE("innovation sites: without UUIDs a site is matched by organisation, level and start", "[innovationsitecsv]")
{
    StaffFixture f;
    const QString row = QStringLiteral("S1;региональная;Цифровая школа;01.09.2023;%1");
    requireWritten(importCsv(*f.db, &InnovationSiteCsv::importFrom, csvLines({header, row.arg(QString())})));
    CHECK(importCsv(*f.db, &InnovationSiteCsv::importFrom, csvLines({header, row.arg(QString())})).unchanged == 1);
    const ImportReport ended = importCsv(*f.db, &InnovationSiteCsv::importFrom, csvLines({header, row.arg(QStringLiteral("31.08.2024"))}));
    requireWritten(ended);
    CHECK(ended.updated == 1);
    const auto sites = InnovationSiteRepository(*f.db).sitesOf(f.unit("S1"));
    REQUIRE(sites.size() == 1);
    CHECK(sites.first().end == QDate(2024, 8, 31));
}

TEST_CASE("innovation sites: bad rows are refused whole with line and column", "[innovationsitecsv]")
{
    StaffFixture f;
    const QStringList lines{
        header,
        QStringLiteral("S1;региональная;Цифровая школа;01.09.2023;"),      // 2: fine
        QStringLiteral("S4;школьная;Цифровая школа;01.09.2023;"),          // 3: level
        QStringLiteral("MA;региональная;Цифровая школа;01.09.2023;"),      // 4: not an organisation
        QStringLiteral("S1;региональная;Другая тема;01.09.2024;"),         // 5: overlaps line 2's site
        QStringLiteral("S4;муниципальная;;01.09.2023;"),                   // 6: no topic
        QStringLiteral("S4;муниципальная;Тема;01.09.2023;01.09.2022"),     // 7: ends before it starts
    };
    const ImportReport report = importCsv(*f.db, &InnovationSiteCsv::importFrom, csvLines(lines));
    CHECK_FALSE(report.written);
    CHECK(issueAt(report, 3).column == QStringLiteral("Уровень"));
    CHECK(issueAt(report, 4).message.contains(QStringLiteral("Асиновский район")));
    CHECK(issueAt(report, 5).message.contains(QStringLiteral("Цифровая школа")));
    CHECK(issueAt(report, 6).column == QStringLiteral("Тема"));
    CHECK_FALSE(issueAt(report, 7).message.isEmpty());
    CHECK(report.issues.size() == 5);
    CHECK(countRows(*f.db, "innovation_site") == 0);
}
