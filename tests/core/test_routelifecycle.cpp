// The route's status lifecycle: draft → active → completed successfully / unsuccessfully /
// abandoned; draft → abandoned; nothing leaves a final status. Completing sets the end date.
#include "cyclefixture.h"
#include "storage/routerepository.h"

namespace {

struct Lifecycle : CycleFixture {
    RouteRepository routes{*db};
    qint64 person = teacher("Орлова", schoolA);
    int year = 2015; // employed from 01.09.2015

    // A route in the given status, each in a year of its own so that none overlap.
    qint64 routeIn(const QString& status)
    {
        Route r{.personId = person, .start = QDate(++year, 9, 1), .end = QDate(year + 1, 5, 31), .status = status};
        const auto id = routes.insert(r);
        REQUIRE(id.ok());
        return *id;
    }
};

} // namespace

TEST_CASE("every allowed route transition", "[route]")
{
    Lifecycle f;
    const QVector<QPair<QString, QString>> allowed = {
        {QStringLiteral("draft"), QStringLiteral("active")},
        {QStringLiteral("draft"), QStringLiteral("abandoned")},
        {QStringLiteral("active"), QStringLiteral("completed_successfully")},
        {QStringLiteral("active"), QStringLiteral("completed_unsuccessfully")},
        {QStringLiteral("active"), QStringLiteral("abandoned")},
    };
    CHECK(RouteStatuses::lifecycle() == allowed);
    for (const auto& [from, to] : allowed) {
        INFO(from.toStdString() << " -> " << to.toStdString());
        const qint64 id = f.routeIn(from);
        REQUIRE(f.routes.setStatus(id, to, QDate(2025, 1, 1)).ok());
        CHECK(f.routes.find(id)->status == to);
    }
    // The whole way through, with Russian status names as users type them.
    const qint64 id = f.routeIn(QStringLiteral("draft"));
    REQUIRE(f.routes.setStatus(id, QStringLiteral("действует"), {}).ok());
    REQUIRE(f.routes.setStatus(id, QStringLiteral("завершён успешно"), {}).ok());
    CHECK(f.routes.find(id)->status == QStringLiteral("completed_successfully"));
}

TEST_CASE("forbidden route transitions — final statuses are final", "[route]")
{
    Lifecycle f;
    const QVector<QPair<QString, QString>> forbidden = {
        {QStringLiteral("draft"), QStringLiteral("completed_successfully")},
        {QStringLiteral("draft"), QStringLiteral("completed_unsuccessfully")},
        {QStringLiteral("active"), QStringLiteral("draft")},
    };
    for (const auto& [from, to] : forbidden) {
        INFO(from.toStdString() << " -> " << to.toStdString());
        const qint64 id = f.routeIn(from);
        const Status s = f.routes.setStatus(id, to, QDate(2025, 1, 1));
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().contains(RouteStatuses::name(to)));
        CHECK(f.routes.find(id)->status == from);
    }
    for (const QString& final : {QStringLiteral("completed_successfully"), QStringLiteral("completed_unsuccessfully"),
                                 QStringLiteral("abandoned")}) {
        const qint64 id = f.routeIn(final);
        for (const QString& to : RouteStatuses::codes()) {
            INFO(final.toStdString() << " -> " << to.toStdString());
            const Status s = f.routes.setStatus(id, to, QDate(2025, 1, 1));
            CHECK(s.ok() == (to == final)); // staying is no change
            CHECK(f.routes.find(id)->status == final);
        }
        // update() follows the same lifecycle.
        Route r = *f.routes.find(id);
        r.status = QStringLiteral("active");
        CHECK_FALSE(f.routes.update(r).ok());
        r.status = final;
        r.goals = QStringLiteral("Итоги подведены");
        CHECK(f.routes.update(r).ok()); // other facts of a finished route can still be corrected
    }
    CHECK_FALSE(f.routes.setStatus(f.routeIn(QStringLiteral("draft")), QStringLiteral("забыт"), {}).error().isEmpty());
    CHECK(f.routes.setStatus(4242, QStringLiteral("active"), {}).error().contains(QStringLiteral("4242")));
}

TEST_CASE("completing a route ends it on the completion date when it has no end", "[route]")
{
    Lifecycle f;
    Route open{.personId = f.person, .start = QDate(2024, 9, 1), .status = QStringLiteral("active")};
    REQUIRE(f.routes.insert(open).ok());
    // No date to end it on; a date before the start.
    CHECK_FALSE(f.routes.setStatus(open.id, QStringLiteral("completed_successfully"), {}).error().isEmpty());
    const Status early = f.routes.setStatus(open.id, QStringLiteral("completed_successfully"), QDate(2024, 8, 1));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().contains(QStringLiteral("01.08.2024")));
    // An item due after the completion date would fall outside the period.
    RouteItem item{.routeId = open.id, .directionCode = QStringLiteral("courses"), .title = QStringLiteral("КПК"),
                   .dueDate = QDate(2025, 4, 1)};
    REQUIRE(f.routes.addItem(item).ok());
    const Status beforeItem = f.routes.setStatus(open.id, QStringLiteral("completed_successfully"), QDate(2025, 3, 1));
    REQUIRE_FALSE(beforeItem.ok());
    CHECK(beforeItem.error().contains(QStringLiteral("КПК")));
    CHECK(f.routes.find(open.id)->status == QStringLiteral("active"));
    CHECK_FALSE(f.routes.find(open.id)->end.isValid());

    REQUIRE(f.routes.setStatus(open.id, QStringLiteral("completed_successfully"), QDate(2025, 5, 20)).ok());
    CHECK(f.routes.find(open.id)->end == QDate(2025, 5, 20));

    // A route with an end keeps it; the day of the status change is recorded (today is 01.06.2025).
    Route planned{.personId = f.person, .start = QDate(2025, 5, 21), .end = QDate(2026, 5, 31), .status = QStringLiteral("active")};
    REQUIRE(f.routes.insert(planned).ok());
    const Status future = f.routes.setStatus(planned.id, QStringLiteral("completed_unsuccessfully"), QDate(2026, 1, 10));
    REQUIRE_FALSE(future.ok());
    CHECK(future.error().contains(QStringLiteral("10.01.2026")));
    REQUIRE(f.routes.setStatus(planned.id, QStringLiteral("completed_unsuccessfully"), QDate(2025, 5, 30)).ok());
    CHECK(f.routes.find(planned.id)->end == QDate(2026, 5, 31));
    CHECK(f.routes.find(planned.id)->statusDate == QDate(2025, 5, 30));
    // A route cannot end before it starts: one starting next year cannot be abandoned today.
    Route next{.personId = f.person, .start = QDate(2026, 6, 1)};
    REQUIRE(f.routes.insert(next).ok());
    CHECK_FALSE(f.routes.setStatus(next.id, QStringLiteral("abandoned"), {}).ok());
    REQUIRE(f.routes.remove(next.id).ok());
    // Abandoning needs no end; without a date it happens today, and the route ends then.
    Route other{.personId = f.person, .start = QDate(2025, 5, 25)};
    REQUIRE(f.routes.insert(other).ok());
    REQUIRE(f.routes.setStatus(other.id, QStringLiteral("abandoned"), {}).ok());
    CHECK_FALSE(f.routes.find(other.id)->end.isValid());
    CHECK(f.routes.find(other.id)->statusDate == QDate(2025, 6, 1));
    // An ended route is listed for periods up to the day it ended, not after: «open» ended on
    // 20.05, «planned» on 30.05 (before its planned end), «other» on 01.06.
    CHECK(f.routes.list(f.region, QDate(2025, 5, 21), QDate(2025, 5, 31)).size() == 2); // planned, other
    CHECK(f.routes.list(f.region, QDate(2025, 6, 1), QDate(2025, 6, 30)).size() == 1);  // other
    CHECK(f.routes.list(f.region, QDate(2025, 6, 2), QDate(2025, 6, 30)).isEmpty());
    CHECK(f.routes.list(f.region, {}, {}).size() == 3); // open bounds
}
