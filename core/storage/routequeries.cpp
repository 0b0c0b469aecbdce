// RouteRepository: reading routes, their parts, and a person's route history.
#include "storage/database.h"
#include "storage/routerepository.h"
#include "storage/sqlvalues.h"

#include <algorithm>

namespace {
const QString routeColumns = QStringLiteral(
    "SELECT rt.id, rt.uuid, rt.org_unit_id, rt.person_id, rt.start_date, rt.end_date, rt.status, rt.goals, rt.skills, "
    "rt.responsible_id, rt.diagnostic_id, rt.created_at, rt.updated_at, rt.status_date FROM route rt ");
const QString itemColumns = QStringLiteral(
    "SELECT id, uuid, route_id, direction_code, title, due_date, status, evidence, completed_on, created_at, updated_at "
    "FROM route_item ");
// A route with a final status ended on the day that status was set (which may be before or after
// its planned end); an open route runs to its planned end, or on.
const QString endedOn = QStringLiteral(
    "CASE WHEN rt.status IN ('completed_successfully', 'completed_unsuccessfully', 'abandoned') "
    "THEN rt.status_date END");
const QString reviewColumns = QStringLiteral(
    "SELECT id, uuid, route_id, review_date, notes, created_at, updated_at FROM route_review ");
} // namespace

QVector<Route> RouteRepository::readRoutes(const QString& joinAndWhere, const QVariantList& values)
{
    QSqlQuery& q = prepared(routeColumns + joinAndWhere + QStringLiteral(" ORDER BY rt.start_date, rt.id"));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    QVector<Route> result;
    if (q.exec()) {
        while (q.next()) {
            Route r;
            r.id = q.value(0).toLongLong();
            r.uuid = q.value(1).toString();
            r.unitId = q.value(2).toLongLong();
            r.personId = q.value(3).toLongLong();
            r.start = dateFromSql(q.value(4));
            r.end = dateFromSql(q.value(5));
            r.status = q.value(6).toString();
            r.goals = q.value(7).toString();
            r.skills = q.value(8).toString();
            r.responsibleId = q.value(9).toLongLong(); // NULL reads as 0
            r.diagnosticId = q.value(10).toLongLong();
            r.createdAt = timeFromSql(q.value(11));
            r.updatedAt = timeFromSql(q.value(12));
            r.statusDate = dateFromSql(q.value(13));
            result.append(r);
        }
    }
    q.finish();
    return result;
}

std::optional<Route> RouteRepository::find(qint64 id)
{
    const auto found = readRoutes(QStringLiteral("WHERE rt.id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QVector<Route> RouteRepository::routesOf(qint64 personId)
{
    return readRoutes(QStringLiteral("WHERE rt.person_id = ?"), {personId});
}

QVector<Route> RouteRepository::list(qint64 rootUnitId, const QDate& periodStart, const QDate& periodEnd)
{
    return readRoutes(QStringLiteral("JOIN org_unit_closure c ON c.descendant_id = rt.org_unit_id AND c.ancestor_id = ? "
                                     "WHERE rt.start_date <= ? AND COALESCE(")
                          + endedOn + QStringLiteral(", rt.end_date, '9999-12-31') >= ?"),
        {rootUnitId, sqlUpperBound(periodEnd), sqlLowerBound(periodStart)});
}

QVector<Route> RouteRepository::overdue(qint64 rootUnitId, const QDate& date)
{
    return readRoutes(QStringLiteral("JOIN org_unit_closure c ON c.descendant_id = rt.org_unit_id AND c.ancestor_id = ? "
                                     "WHERE rt.status IN ('draft', 'active') AND (rt.end_date < ? OR EXISTS ("
                                     "  SELECT 1 FROM route_item i WHERE i.route_id = rt.id AND i.status = 'planned' "
                                     "  AND i.due_date < ?))"),
        {rootUnitId, sqlDate(date), sqlDate(date)});
}

QVector<RouteItem> RouteRepository::readItems(const QString& where, const QVariantList& values)
{
    QSqlQuery& q = prepared(itemColumns + where);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    QVector<RouteItem> result;
    if (q.exec()) {
        while (q.next()) {
            RouteItem item;
            item.id = q.value(0).toLongLong();
            item.uuid = q.value(1).toString();
            item.routeId = q.value(2).toLongLong();
            item.directionCode = q.value(3).toString();
            item.title = q.value(4).toString();
            item.dueDate = dateFromSql(q.value(5));
            item.status = q.value(6).toString();
            item.evidence = q.value(7).toString();
            item.completedOn = dateFromSql(q.value(8));
            item.createdAt = timeFromSql(q.value(9));
            item.updatedAt = timeFromSql(q.value(10));
            result.append(item);
        }
    }
    q.finish();
    return result;
}

QVector<RouteItem> RouteRepository::items(qint64 routeId)
{
    return readItems(QStringLiteral("WHERE route_id = ? ORDER BY due_date, id"), {routeId});
}

std::optional<RouteItem> RouteRepository::findItem(qint64 id)
{
    const auto found = readItems(QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QVector<RouteProblem> RouteRepository::problems(qint64 routeId)
{
    QSqlQuery& q = prepared(QStringLiteral(
        "SELECT id, uuid, route_id, area_code, diagnostic_result_id, description, created_at, updated_at "
        "FROM route_problem WHERE route_id = ? ORDER BY id"));
    q.bindValue(0, routeId);
    QVector<RouteProblem> result;
    if (q.exec()) {
        while (q.next()) {
            RouteProblem p;
            p.id = q.value(0).toLongLong();
            p.uuid = q.value(1).toString();
            p.routeId = q.value(2).toLongLong();
            p.areaCode = q.value(3).toString();
            p.diagnosticResultId = q.value(4).toLongLong();
            p.description = q.value(5).toString();
            p.createdAt = timeFromSql(q.value(6));
            p.updatedAt = timeFromSql(q.value(7));
            result.append(p);
        }
    }
    q.finish();
    return result;
}

QVector<RouteReview> RouteRepository::readReviews(const QString& where, const QVariantList& values)
{
    QSqlQuery& q = prepared(reviewColumns + where);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    QVector<RouteReview> result;
    if (q.exec()) {
        while (q.next()) {
            RouteReview r;
            r.id = q.value(0).toLongLong();
            r.uuid = q.value(1).toString();
            r.routeId = q.value(2).toLongLong();
            r.date = dateFromSql(q.value(3));
            r.notes = q.value(4).toString();
            r.createdAt = timeFromSql(q.value(5));
            r.updatedAt = timeFromSql(q.value(6));
            result.append(r);
        }
    }
    q.finish();
    return result;
}

QVector<RouteReview> RouteRepository::reviews(qint64 routeId)
{
    return readReviews(QStringLiteral("WHERE route_id = ? ORDER BY review_date, id"), {routeId});
}

std::optional<RouteReview> RouteRepository::findReview(qint64 id)
{
    const auto found = readReviews(QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QVector<HistoryEntry> RouteRepository::historyOf(qint64 personId)
{
    QVector<HistoryEntry> entries;
    for (const Route& r : routesOf(personId)) {
        QStringList problemTexts;
        for (const RouteProblem& p : problems(r.id))
            problemTexts.append(p.description);
        const auto routeItems = items(r.id);
        const auto done = std::count_if(routeItems.begin(), routeItems.end(), [](const RouteItem& i) { return i.status == u"done"; });
        QString summary = r.periodText() + QStringLiteral(", ") + RouteStatuses::name(r.status);
        if (!problemTexts.isEmpty())
            summary += QStringLiteral("; ") + tr("problems: %1").arg(problemTexts.join(QStringLiteral(", ")));
        if (!routeItems.isEmpty())
            summary += QStringLiteral("; ") + tr("items done: %1 of %2").arg(done).arg(routeItems.size());
        entries.append({r.start, tr("Individual educational route"), summary, r.uuid});
        for (const RouteReview& review : reviews(r.id))
            entries.append({review.date, tr("Route review"), review.notes, review.uuid});
        if (RouteStatuses::isFinal(r.status)) {
            const QDate ended = r.statusDate.isValid() ? r.statusDate : r.end;
            if (ended.isValid())
                entries.append({ended, tr("Route ended"), RouteStatuses::name(r.status), r.uuid});
        }
    }
    std::stable_sort(entries.begin(), entries.end(), [](const HistoryEntry& a, const HistoryEntry& b) { return a.date < b.date; });
    return entries;
}
