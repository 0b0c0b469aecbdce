// Routes (ИОМ), their items and reviews as CSV: the round trips, a route completed by a later
// file, items and reviews named by their route's person and start, bad rows, an unknown person.
#include "csvrecordfixture.h"
#include "io/routecsv.h"
#include "io/routeitemcsv.h"
#include "io/routereviewcsv.h"
#include "storage/routerepository.h"

namespace {

const char* const routeRows =
    "SELECT r.uuid, p.name_key, u.code, r.start_date, r.end_date, r.status, r.status_date, r.goals, r.skills, rp.name_key "
    "FROM route r JOIN org_unit u ON u.id = r.org_unit_id JOIN person p ON p.id = r.person_id "
    "LEFT JOIN person rp ON rp.id = r.responsible_id";

const char* const itemRows =
    "SELECT i.uuid, r.uuid, i.direction_code, i.title, i.due_date, i.status, i.evidence, i.completed_on "
    "FROM route_item i JOIN route r ON r.id = i.route_id";

const char* const reviewRows =
    "SELECT v.uuid, r.uuid, v.review_date, v.notes FROM route_review v JOIN route r ON r.id = v.route_id";

qint64 addRoute(Database& db, Route r)
{
    return requireInserted(RouteRepository(db).insert(r));
}

void addItem(Database& db, RouteItem item)
{
    requireInserted(RouteRepository(db).addItem(item));
}

void addReview(Database& db, RouteReview review)
{
    requireInserted(RouteRepository(db).addReview(review));
}

// Two routes of person 3 (one completed) and an open one of person 11 at her second job, with items and reviews.
void addRoutes(StaffFixture& f)
{
    Database& db = *f.db;
    const qint64 done = addRoute(db, {.personId = f.person(3), .start = QDate(2023, 9, 1), .end = QDate(2024, 5, 31),
                                      .status = QStringLiteral("completed_successfully"), .statusDate = QDate(2024, 5, 31),
                                      .goals = QStringLiteral("Освоить формирующее оценивание"), .responsibleId = f.person(14)});
    addItem(db, {.routeId = done, .directionCode = QStringLiteral("courses"), .title = QStringLiteral("Курсы ФГОС"),
                 .dueDate = QDate(2023, 12, 1), .status = QStringLiteral("done"), .evidence = QStringLiteral("удостоверение № 7"),
                 .completedOn = QDate(2023, 11, 30)});
    // The same title twice in one route: told apart by their UUIDs.
    addItem(db, {.routeId = done, .directionCode = QStringLiteral("courses"), .title = QStringLiteral("Курсы ФГОС"),
                 .dueDate = QDate(2024, 3, 1)});
    addItem(db, {.routeId = done, .directionCode = QStringLiteral("self_education"), .title = QStringLiteral("Статья"),
                 .dueDate = QDate(2024, 4, 1), .status = QStringLiteral("not_done")});
    addReview(db, {.routeId = done, .date = QDate(2024, 1, 20), .notes = QStringLiteral("Курсы пройдены; статья отложена")});
    const qint64 open = addRoute(db, {.personId = f.person(3), .start = QDate(2024, 9, 1), .status = QStringLiteral("active"),
                                      .statusDate = QDate(2024, 9, 2), .skills = QStringLiteral("проектирование;\nрефлексия")});
    addReview(db, {.routeId = open, .date = QDate(2025, 1, 15), .notes = QStringLiteral("=в срок")});
    const qint64 second = addRoute(db, {.unitId = f.unit("K2"), .personId = f.person(11), .start = QDate(2024, 10, 1)});
    addItem(db, {.routeId = second, .directionCode = QStringLiteral("community"), .title = QStringLiteral("РМО химиков"),
                 .dueDate = QDate(2025, 3, 1)});
}

const QString itemHeader = QStringLiteral("ФИО;Дата рождения;Начало маршрута;Направление;Содержание;Срок;Статус");

} // namespace

TEST_CASE("routes: export, import into an empty copy, export again gives the same — then the items", "[routecsv]")
{
    StaffFixture source;
    StaffFixture copy;
    addRoutes(source);
    checkRoundTrip(*source.db, *copy.db, &RouteCsv::exportTo, &RouteCsv::importFrom, routeRows, 3);
    checkRoundTrip(*source.db, *copy.db, &RouteItemCsv::exportTo, &RouteItemCsv::importFrom, itemRows, 4);
    checkRoundTrip(*source.db, *copy.db, &RouteReviewCsv::exportTo, &RouteReviewCsv::importFrom, reviewRows, 2);
}

TEST_CASE("route reviews: matched by route and date — bad rows are refused whole with line and column", "[routecsv]")
{
    StaffFixture f;
    addRoute(*f.db, {.personId = f.person(3), .start = QDate(2024, 9, 1)});
    const QString header = QStringLiteral("ФИО;Дата рождения;Начало маршрута;Дата;Оценка");
    const QString sokolova = QStringLiteral("Соколова Анна Викторовна;02.11.1999;01.09.2024;");
    requireWritten(importCsv(*f.db, &RouteReviewCsv::importFrom, csvLines({header, sokolova + QStringLiteral("15.01.2025;Идёт по плану")})));
    const ImportReport same = importCsv(*f.db, &RouteReviewCsv::importFrom, csvLines({header, sokolova + QStringLiteral("15.01.2025;")}));
    requireWritten(same);
    CHECK(same.unchanged == 1); // an empty cell keeps the notes

    const QStringList lines{
        header,
        sokolova + QStringLiteral("01.02.2025;Отстаёт"),                                  // 2: fine
        sokolova + QStringLiteral("01.08.2024;Рано"),                                     // 3: before the route
        sokolova + QStringLiteral("31.02.2025;Нет такой даты"),                           // 4: date
        QStringLiteral("Никто Никто Никтович;01.01.1990;01.09.2024;01.02.2025;Кто это"),  // 5: nobody
        sokolova + QStringLiteral("02.02.2025;"),                                         // 6: a new review without notes
    };
    const ImportReport report = importCsv(*f.db, &RouteReviewCsv::importFrom, csvLines(lines));
    CHECK_FALSE(report.written);
    CHECK(issueAt(report, 3).message.contains(QStringLiteral("01.08.2024")));
    CHECK(issueAt(report, 4).column == QStringLiteral("Дата"));
    CHECK(issueAt(report, 5).column == QStringLiteral("ФИО"));
    CHECK(issueAt(report, 6).message.contains(QStringLiteral("02.02.2025")));
    CHECK(report.issues.size() == 4);
    CHECK(countRows(*f.db, "route_review") == 1);
}

TEST_CASE("routes: without UUIDs a route is matched by person and start — a later file completes it", "[routecsv]")
{
    StaffFixture f;
    const QString header = QStringLiteral("ФИО;Дата рождения;Начало;Окончание;Статус");
    const QString row = QStringLiteral("Соколова Анна Викторовна;02.11.1999;01.09.2024;%1;%2");
    requireWritten(importCsv(*f.db, &RouteCsv::importFrom, csvLines({header, row.arg(QString(), QString())})));
    const ImportReport done = importCsv(*f.db, &RouteCsv::importFrom,
                                        csvLines({header, row.arg(QStringLiteral("28.02.2025"), QStringLiteral("завершён успешно"))}));
    requireWritten(done);
    CHECK(done.updated == 1);
    const auto routes = RouteRepository(*f.db).routesOf(f.person(3));
    REQUIRE(routes.size() == 1);
    CHECK(routes.first().status == QStringLiteral("completed_successfully"));
    CHECK(routes.first().end == QDate(2025, 2, 28));
    CHECK(routes.first().statusDate == QDate(2025, 2, 28));

    // Items name the route by its person and start; the same file again changes nothing.
    const QByteArray items = csvLines({itemHeader,
                                       QStringLiteral("Соколова Анна Викторовна;02.11.1999;01.09.2024;курсы повышения квалификации;"
                                                      "Курсы;01.12.2024;выполнено")});
    requireWritten(importCsv(*f.db, &RouteItemCsv::importFrom, items));
    CHECK(importCsv(*f.db, &RouteItemCsv::importFrom, items).unchanged == 1);
    CHECK(RouteRepository(*f.db).items(routes.first().id).size() == 1);
}

TEST_CASE("routes: bad rows are refused whole with line and column, an unknown person too", "[routecsv]")
{
    StaffFixture f;
    addRoute(*f.db, {.personId = f.person(3), .start = QDate(2024, 9, 1)});
    const QString header = QStringLiteral("ФИО;Дата рождения;Начало;Окончание;Статус");
    const QStringList routeLines{
        header,
        QStringLiteral("Орлов Павел Дмитриевич;05.01.1990;01.09.2024;;действует"),   // 2: fine
        QStringLiteral("Никто Никто Никтович;01.01.1990;01.09.2024;;"),             // 3: nobody
        QStringLiteral("Морозов Алексей Павлович;04.04.1996;01.09.2024;;в работе"), // 4: status
        QStringLiteral("Морозов Алексей Павлович;04.04.1996;;;"),                   // 5: no start
        QStringLiteral("Соколова Анна Викторовна;02.11.1999;01.10.2024;;"),         // 6: overlaps her open route
    };
    const ImportReport routes = importCsv(*f.db, &RouteCsv::importFrom, csvLines(routeLines));
    CHECK_FALSE(routes.written);
    CHECK(issueAt(routes, 3).column == QStringLiteral("ФИО"));
    CHECK(issueAt(routes, 4).column == QStringLiteral("Статус"));
    CHECK(issueAt(routes, 5).column == QStringLiteral("Начало"));
    CHECK(issueAt(routes, 6).message.contains(QStringLiteral("01.09.2024")));
    CHECK(routes.issues.size() == 4);
    CHECK(countRows(*f.db, "route") == 1);

    const QString sokolova = QStringLiteral("Соколова Анна Викторовна;02.11.1999;01.09.2024;");
    const QStringList itemLines{
        itemHeader,
        sokolova + QStringLiteral("самообразование;Статья;01.12.2024;"),                             // 2: fine
        sokolova + QStringLiteral("рыбалка;Статья 2;01.12.2024;"),                                   // 3: direction
        sokolova + QStringLiteral("самообразование;Статья 3;;"),                                     // 4: no due date
        QStringLiteral("Орлов Павел Дмитриевич;05.01.1990;01.09.2024;самообразование;Статья;01.12.2024;"), // 5: no such route
        sokolova + QStringLiteral("самообразование;Статья 4;01.12.2023;"),                           // 6: before the route
        sokolova + QStringLiteral("самообразование;Статья 5;01.12.2024;сделано"),                    // 7: status
    };
    const ImportReport items = importCsv(*f.db, &RouteItemCsv::importFrom, csvLines(itemLines));
    CHECK_FALSE(items.written);
    CHECK(issueAt(items, 3).column == QStringLiteral("Направление"));
    CHECK(issueAt(items, 4).column == QStringLiteral("Срок"));
    CHECK(issueAt(items, 5).column == QStringLiteral("Начало маршрута"));
    CHECK(issueAt(items, 6).message.contains(QStringLiteral("01.12.2023")));
    CHECK(issueAt(items, 7).column == QStringLiteral("Статус"));
    CHECK(items.issues.size() == 5);
    CHECK(countRows(*f.db, "route_item") == 0);
}
