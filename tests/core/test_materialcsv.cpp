// Methodical materials as CSV: one row per author; the round trip, a co-author added by a later
// file without UUIDs, bad rows with line and column, an unknown author.
#include "csvrecordfixture.h"
#include "io/materialcsv.h"
#include "storage/materialrepository.h"

namespace {

const char* const authorRows =
    "SELECT m.uuid, m.title, m.type, m.competence_area, m.location, m.approval_level, m.approved_on, u.code, a.sort_order, "
    "p.name_key FROM material_author a JOIN methodical_material m ON m.id = a.material_id "
    "JOIN org_unit u ON u.id = m.org_unit_id JOIN person p ON p.id = a.person_id";

void addMaterial(Database& db, MethodicalMaterial m)
{
    requireInserted(MaterialRepository(db).insert(m));
}

const QString header = QStringLiteral("Название;Вид;ФИО;Дата рождения");

} // namespace

TEST_CASE("materials: export, import into an empty copy, export again gives the same", "[materialcsv]")
{
    StaffFixture source;
    StaffFixture copy;
    Database& db = *source.db;
    addMaterial(db, {.title = QStringLiteral("Рабочая программа «Робототехника»"), .authorIds = {source.person(13), source.person(12)},
                     .type = QStringLiteral("programme"), .competenceArea = QStringLiteral("digital"),
                     .location = QStringLiteral("https://example.ru/robot"), .approvalLevel = QStringLiteral("municipal"),
                     .approvedOn = QDate(2024, 12, 20)});
    addMaterial(db, {.orgUnitId = source.unit("K2"), .title = QStringLiteral("Конспект урока"), .authorIds = {source.person(11)},
                     .type = QStringLiteral("lesson_plan")});
    checkRoundTrip(db, *copy.db, &MaterialCsv::exportTo, &MaterialCsv::importFrom, authorRows, 3);
}

TEST_CASE("materials: without UUIDs a material is matched by title and type — a new author is added after the others",
          "[materialcsv]")
{
    StaffFixture f;
    const QString title = QStringLiteral("Кейсы по функциональной грамотности;методическая разработка;");
    requireWritten(importCsv(*f.db, &MaterialCsv::importFrom, csvLines({header, title + QStringLiteral("Лебедева Наталья Андреевна;10.10.1970")})));
    const ImportReport again = importCsv(*f.db, &MaterialCsv::importFrom,
                                         csvLines({header, title + QStringLiteral("Лебедева Наталья Андреевна;10.10.1970"),
                                                   title + QStringLiteral("Орлов Павел Дмитриевич;05.01.1990")}));
    requireWritten(again);
    CHECK(again.unchanged == 1);
    CHECK(again.created == 1);
    const auto list = MaterialRepository(*f.db).materialsOf(f.person(13));
    REQUIRE(list.size() == 1);
    CHECK(list.first().authorIds == QVector<qint64>{f.person(12), f.person(13)});
}

TEST_CASE("materials: bad rows are refused whole with line and column, an unknown author too", "[materialcsv]")
{
    StaffFixture f;
    const QString author = QStringLiteral(";Лебедева Наталья Андреевна;10.10.1970");
    const QStringList lines{
        header,
        QStringLiteral("Кейсы;методическая разработка") + author,   // 2: fine
        QStringLiteral("Кейсы;стенгазета") + author,                // 3: type
        QStringLiteral("Кейсы 2;") + author,                        // 4: no type, no UUID
        QStringLiteral("Кейсы 3;статья;Никто Никто Никтович;01.01.1990"), // 5: nobody
        QStringLiteral(";статья") + author,                         // 6: no title
    };
    const ImportReport report = importCsv(*f.db, &MaterialCsv::importFrom, csvLines(lines));
    CHECK_FALSE(report.written);
    CHECK(issueAt(report, 3).column == QStringLiteral("Вид"));
    CHECK(issueAt(report, 4).column == QStringLiteral("Вид"));
    CHECK(issueAt(report, 5).column == QStringLiteral("ФИО"));
    CHECK(issueAt(report, 6).column == QStringLiteral("Название"));
    CHECK(report.issues.size() == 4);
    CHECK(countRows(*f.db, "methodical_material") == 0);
}
