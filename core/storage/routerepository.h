#pragma once
// Stores individual educational routes (ИОМ) with their problems, items and reviews, and
// builds a draft route from a diagnostic's deficits.
#include "domain/route.h"
#include "status.h"
#include "storage/diagnosticrepository.h"
#include "storage/recordchecks.h"
#include "storage/repository.h"

#include <QVector>

class RouteRepository : public Repository {
    Q_DECLARE_TR_FUNCTIONS(RouteRepository)
public:
    explicit RouteRepository(Database& db) : Repository(db), m_diagnostics(db), m_checks(db) {}

    // Validates and inserts; sets id, uuid (if empty), unit (if 0) and times.
    Result<qint64> insert(Route& route);
    // Saves the route's facts; a status change must follow the lifecycle.
    Status update(const Route& route);
    // Deletes the route with its problems, items and reviews.
    Status remove(qint64 routeId);
    // Moves the route along its lifecycle. Completing a route without an end date ends it on `date`.
    Status setStatus(qint64 routeId, const QString& status, const QDate& date);
    // Normalises (codes from names, trims, fills the unit) and checks the route and its parts.
    Status validate(Route& route);
    // A draft route of the diagnostic's person for [start, end], with one problem per deficit
    // area linked to its result and described by the area's name; one transaction.
    Result<qint64> createFromDiagnostic(qint64 diagnosticId, const QDate& start, const QDate& end);
    // The same for a route given whole (its diagnosticId, period, goals, status, ...): inserted as
    // insert() would, with the problems of the diagnostic's deficits; sets its id, person and times.
    Result<qint64> createFromDiagnostic(Route& route);

    // Normalises and checks an item of the route (as it would be saved); writes nothing.
    Status validateItem(RouteItem& item, const Route& route);
    Result<qint64> addItem(RouteItem& item);
    // Several items of one route at once, all or nothing (the route is read once); sets their
    // route, ids, uuids (if empty) and times.
    Status addItems(qint64 routeId, QVector<RouteItem>& items);
    Status updateItem(const RouteItem& item);
    Status removeItem(qint64 itemId);
    Result<qint64> addProblem(RouteProblem& problem);
    Status removeProblem(qint64 problemId);
    // Normalises and checks a review of the route (as it would be saved); writes nothing.
    Status validateReview(RouteReview& review, const Route& route);
    Result<qint64> addReview(RouteReview& review);
    Status addReviews(qint64 routeId, QVector<RouteReview>& reviews); // as addItems
    Status updateReview(const RouteReview& review);
    Status removeReview(qint64 reviewId);

    std::optional<Route> find(qint64 id);
    QVector<Route> routesOf(qint64 personId); // by start date
    // Routes of the units in the subtree of root whose period meets [periodStart, periodEnd],
    // in any status, by start date.
    QVector<Route> list(qint64 rootUnitId, const QDate& periodStart, const QDate& periodEnd);
    // Routes of the subtree's units still open (draft or active) on the date whose planned end is
    // before it, or that have a planned item due before it (a list for action, DOMAIN.md §6);
    // by start date.
    QVector<Route> overdue(qint64 rootUnitId, const QDate& date);
    QVector<RouteItem> items(qint64 routeId);       // by due date
    QVector<RouteProblem> problems(qint64 routeId); // as added
    QVector<RouteReview> reviews(qint64 routeId);   // by date
    std::optional<RouteItem> findItem(qint64 id);
    std::optional<RouteReview> findReview(qint64 id);
    // The person's routes (at their start), reviews and endings, by date.
    QVector<HistoryEntry> historyOf(qint64 personId);

    ReferenceRepository& references() { return m_diagnostics.references(); }

private:
    Status validatePartsFit(const Route& route);
    Result<qint64> insertProblem(RouteProblem& problem, const Route& route);
    Result<Route> routeOf(qint64 routeId);
    QVector<Route> readRoutes(const QString& joinAndWhere, const QVariantList& values);
    QVector<RouteItem> readItems(const QString& where, const QVariantList& values);
    QVector<RouteReview> readReviews(const QString& where, const QVariantList& values);
    Status removePart(const QString& table, qint64 id);
    Status exec(QSqlQuery& q, const QString& what);
    DiagnosticRepository m_diagnostics;
    RecordChecks m_checks;
};
