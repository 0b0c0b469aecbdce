// The support cycle end to end in core, as a methodist works it: a teacher with a methodical
// deficit gets a route with a course and a seminar; the seminar's twenty participants are
// recorded in one go; the route is completed; the person's card shows all of it in date order.
#include "recordtree.h"
#include "storage/courserepository.h"
#include "storage/diagnosticrepository.h"
#include "storage/eventrepository.h"
#include "storage/personhistory.h"
#include "storage/routerepository.h"

TEST_CASE("a deficit, a route with a course and a seminar, twenty participants, the card", "[history]")
{
    RecordTree t;
    const qint64 teacher = t.person("Волкова", "Ирина", QDate(2015, 9, 1), t.schoolA, QDate(2015, 9, 1));
    QVector<qint64> colleagues{teacher};
    for (int i = 1; i < 20; ++i)
        colleagues << t.person("Коллега", QString::number(i).toUtf8().constData(), QDate(2010, 9, 1), i % 2 ? t.schoolA : t.schoolB);

    // The diagnostic of 10.09.2024 finds a methodical deficit.
    Diagnostic d{.personId = teacher, .date = QDate(2024, 9, 10), .sourceCode = QStringLiteral("cnppm")};
    d.results = {{.areaCode = QStringLiteral("methodical"), .score = 35, .level = QStringLiteral("low")},
                 {.areaCode = QStringLiteral("subject"), .score = 80, .level = QStringLiteral("high")}};
    DiagnosticRepository diagnostics(*t.db);
    REQUIRE(diagnostics.insert(d).ok());
    REQUIRE(diagnostics.deficitsWithoutRoute(t.region, QDate(2024, 9, 1), QDate(2025, 8, 31)).size() == 1);

    // The route built from it, with a course and a seminar.
    RouteRepository routes(*t.db);
    const auto route = routes.createFromDiagnostic(d.id, QDate(2024, 10, 1), QDate(2025, 5, 31));
    REQUIRE(route.ok());
    CHECK(routes.problems(*route).size() == 1);
    CHECK(diagnostics.deficitsWithoutRoute(t.region, QDate(2024, 9, 1), QDate(2025, 8, 31)).isEmpty());
    RouteItem course{.routeId = *route, .directionCode = QStringLiteral("courses"),
                     .title = QStringLiteral("КПК «Современный урок», 36 ч"), .dueDate = QDate(2024, 12, 20)};
    RouteItem seminar{.routeId = *route, .directionCode = QStringLiteral("community"),
                      .title = QStringLiteral("Семинар «Формирующее оценивание»"), .dueDate = QDate(2025, 2, 14)};
    REQUIRE(routes.addItem(course).ok());
    REQUIRE(routes.addItem(seminar).ok());
    REQUIRE(routes.setStatus(*route, QStringLiteral("active"), QDate(2024, 10, 1)).ok());

    CourseRepository courses(*t.db);
    CourseProgramme programme{.orgUnitId = t.region, .title = QStringLiteral("Современный урок"), .provider = QStringLiteral("ТОИПКРО"),
                              .hours = 36, .inFederalRegistry = true, .competenceArea = QStringLiteral("methodical"),
                              .form = QStringLiteral("distance")};
    REQUIRE(courses.insertProgramme(programme).ok());
    CourseCompletion done{.programmeId = programme.id, .personId = teacher, .start = QDate(2024, 12, 2), .end = QDate(2024, 12, 13)};
    REQUIRE(courses.insertCompletion(done).ok());

    EventRepository events(*t.db);
    MethodicalEvent event{.orgUnitId = t.municipality, .kind = QStringLiteral("seminar"), .level = QStringLiteral("municipal"),
                          .date = QDate(2025, 2, 14), .topic = QStringLiteral("Формирующее оценивание"),
                          .competenceArea = QStringLiteral("methodical")};
    REQUIRE(events.insert(event).ok());
    const auto added = events.addParticipants(event.id, colleagues, QStringLiteral("participant"));
    REQUIRE(added.ok());
    CHECK(*added == 20);
    CHECK(events.participants(event.id).size() == 20);

    REQUIRE(routes.setStatus(*route, QStringLiteral("completed_successfully"), QDate(2025, 3, 1)).ok());
    CHECK(routes.find(*route)->status == QStringLiteral("completed_successfully"));

    // The card: employment, diagnostic, route, course, seminar, route end — in date order.
    const QVector<HistoryEntry> card = PersonHistory::of(*t.db, teacher);
    QVector<QDate> dates;
    for (const HistoryEntry& h : card)
        dates << h.date;
    CHECK(std::is_sorted(dates.begin(), dates.end()));
    QStringList kinds;
    for (const HistoryEntry& h : card)
        kinds << h.kind;
    CHECK(kinds.size() == 6);
    CHECK(card.first().date == QDate(2015, 9, 1));
    CHECK(card.at(1).date == QDate(2024, 9, 10));
    CHECK(card.at(2).date == QDate(2024, 10, 1));
    CHECK(card.at(3).date == QDate(2024, 12, 13));
    CHECK(card.at(4).date == QDate(2025, 2, 14));
    CHECK(card.at(5).date == QDate(2025, 3, 1));
    CHECK(card.at(4).summary.contains(QStringLiteral("Формирующее оценивание")));
    // A colleague's card has only the job and the seminar.
    CHECK(PersonHistory::of(*t.db, colleagues.at(5)).size() == 2);
}
