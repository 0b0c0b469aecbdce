// RouteRepository: the route's rules and writes, its lifecycle, building it from a diagnostic.
// Problems, items and reviews are in routeparts.cpp, reading in routequeries.cpp.
#include "storage/routerepository.h"
#include "io/fieldparsing.h"
#include "storage/clock.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

namespace {
const QDate openEnd(9999, 12, 31); // an open-ended period, for comparisons in SQL

QString ru(const QDate& date)
{
    return date.toString(QStringLiteral("dd.MM.yyyy"));
}
} // namespace

Status RouteRepository::exec(QSqlQuery& q, const QString& what)
{
    if (!q.exec())
        return Status::failure(sqlError(what, q));
    q.finish();
    return Status::success();
}

Result<Route> RouteRepository::routeOf(qint64 routeId)
{
    auto route = find(routeId);
    if (!route)
        return Result<Route>::failure(tr("The route (id %1) does not exist.").arg(routeId));
    return *route;
}

Status RouteRepository::validate(Route& r)
{
    const auto person = m_checks.personName(r.personId);
    if (!person)
        return person.status();
    const auto status = RouteStatuses::parse(r.status);
    if (!status)
        return Status::failure(tr("Unknown route status «%1».").arg(r.status));
    r.status = *status;
    if (!r.start.isValid())
        return Status::failure(tr("The route needs a start date."));
    if (r.end.isValid() && r.end < r.start)
        return Status::failure(tr("The route ends (%1) before it starts (%2).").arg(ru(r.end), ru(r.start)));
    if (RouteStatuses::isCompleted(r.status) && !r.end.isValid())
        return Status::failure(tr("A completed route needs an end date."));
    if (r.unitId == 0) {
        r.unitId = m_checks.mainOrganisation(r.personId, r.start);
        if (r.unitId == 0)
            return Status::failure(tr("%1 works nowhere on %2: a route belongs to the person's organisation.")
                                       .arg(*person, ru(r.start)));
    } else if (Status s = m_checks.worksAt(r.personId, r.unitId, r.start); !s) {
        return s;
    }
    r.goals = r.goals.trimmed();
    r.skills = r.skills.trimmed();
    if (r.responsibleId != 0) {
        if (const auto responsible = m_checks.personName(r.responsibleId); !responsible)
            return Status::failure(tr("The responsible person (id %1) does not exist.").arg(r.responsibleId));
    }
    if (r.diagnosticId != 0) {
        QSqlQuery& q = prepared(QStringLiteral("SELECT person_id, diagnosed_on FROM diagnostic WHERE id = ?"));
        q.addBindValue(r.diagnosticId);
        const bool found = q.exec() && q.next();
        const qint64 diagnosed = found ? q.value(0).toLongLong() : 0;
        const QDate date = found ? dateFromSql(q.value(1)) : QDate();
        q.finish();
        if (!found)
            return Status::failure(tr("The diagnostic (id %1) does not exist.").arg(r.diagnosticId));
        if (diagnosed != r.personId)
            return Status::failure(tr("The diagnostic of %1 is not a diagnostic of %2.").arg(ru(date), *person));
        if (r.start < date)
            return Status::failure(tr("The route starts on %1, before its diagnostic of %2.")
                                       .arg(ru(r.start), ru(date)));
    }
    if (!RouteStatuses::isFinal(r.status)) {
        // At most one draft or active route of a person at any time.
        QSqlQuery& q = prepared(QStringLiteral(
            "SELECT start_date, end_date FROM route WHERE person_id = ? AND id <> ? "
            "AND status IN ('draft', 'active') AND start_date <= ? AND (end_date IS NULL OR end_date >= ?) "
            "ORDER BY start_date LIMIT 1"));
        q.addBindValue(r.personId);
        q.addBindValue(r.id);
        q.addBindValue(sqlDate(r.end.isValid() ? r.end : openEnd));
        q.addBindValue(sqlDate(r.start));
        const bool overlaps = q.exec() && q.next();
        const QString other = overlaps ? Route::periodText(dateFromSql(q.value(0)), dateFromSql(q.value(1))) : QString();
        q.finish();
        if (overlaps)
            return Status::failure(tr("%1 already has an unfinished route for %2, which overlaps this one.")
                                       .arg(*person, other));
    }
    return r.id ? validatePartsFit(r) : Status::success();
}

// The stored items, reviews and problems still fit the route's period and diagnostic.
Status RouteRepository::validatePartsFit(const Route& r)
{
    const QVariant end = sqlDate(r.end.isValid() ? r.end : openEnd);
    QSqlQuery& item = prepared(QStringLiteral(
        "SELECT title, due_date FROM route_item WHERE route_id = ? AND (due_date < ? OR due_date > ?) "
        "ORDER BY due_date LIMIT 1"));
    item.addBindValue(r.id);
    item.addBindValue(sqlDate(r.start));
    item.addBindValue(end);
    const bool itemOutside = item.exec() && item.next();
    const QString title = itemOutside ? item.value(0).toString() : QString();
    const QDate due = itemOutside ? dateFromSql(item.value(1)) : QDate();
    item.finish();
    if (itemOutside)
        return Status::failure(tr("The item «%1» is due on %2, outside the route's period %3.")
                                   .arg(title, ru(due), r.periodText()));
    QSqlQuery& review = prepared(QStringLiteral(
        "SELECT review_date FROM route_review WHERE route_id = ? AND (review_date < ? OR review_date > ?) "
        "ORDER BY review_date LIMIT 1"));
    review.addBindValue(r.id);
    review.addBindValue(sqlDate(r.start));
    review.addBindValue(end);
    const bool reviewOutside = review.exec() && review.next();
    const QDate reviewDate = reviewOutside ? dateFromSql(review.value(0)) : QDate();
    review.finish();
    if (reviewOutside)
        return Status::failure(tr("The review of %1 falls outside the route's period %2.").arg(ru(reviewDate), r.periodText()));
    QSqlQuery& problem = prepared(QStringLiteral(
        "SELECT p.description FROM route_problem p JOIN diagnostic_result d ON d.id = p.diagnostic_result_id "
        "WHERE p.route_id = ? AND d.diagnostic_id <> ? LIMIT 1"));
    problem.addBindValue(r.id);
    problem.addBindValue(r.diagnosticId);
    const bool foreign = problem.exec() && problem.next();
    const QString description = foreign ? problem.value(0).toString() : QString();
    problem.finish();
    if (foreign)
        return Status::failure(tr("The problem «%1» is linked to a result of another diagnostic.").arg(description));
    return Status::success();
}

Result<qint64> RouteRepository::insert(Route& r)
{
    r.id = 0;
    if (Status s = validate(r); !s)
        return Result<qint64>(s);
    Database& db = database();
    WriteTransaction tx(db, WriteTransaction::Nesting::Join); // one statement
    if (!tx.isActive())
        return Result<qint64>(tx.status());
    if (r.uuid.isEmpty())
        r.uuid = db.newUuid();
    const QString now = db.timestamp();
    QSqlQuery& q = prepared(QStringLiteral(
        "INSERT INTO route (org_unit_id, person_id, start_date, end_date, status, goals, skills, responsible_id, "
        "diagnostic_id, status_date, uuid, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(r.unitId);
    q.addBindValue(r.personId);
    q.addBindValue(sqlDate(r.start));
    q.addBindValue(sqlDate(r.end));
    q.addBindValue(r.status);
    q.addBindValue(sqlNotNull(r.goals));
    q.addBindValue(sqlNotNull(r.skills));
    q.addBindValue(r.responsibleId ? QVariant(r.responsibleId) : QVariant(QMetaType::fromType<qlonglong>()));
    q.addBindValue(r.diagnosticId ? QVariant(r.diagnosticId) : QVariant(QMetaType::fromType<qlonglong>()));
    q.addBindValue(sqlDate(r.statusDate));
    q.addBindValue(r.uuid);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return Result<qint64>::failure(sqlError(tr("adding a route"), q));
    r.id = q.lastInsertId().toLongLong();
    q.finish();
    r.createdAt = r.updatedAt = QDateTime::fromString(now, Qt::ISODate);
    db.markChanged(Change::Routes);
    if (Status s = tx.commit(); !s)
        return Result<qint64>(s);
    return r.id;
}

Status RouteRepository::update(const Route& input)
{
    const auto old = routeOf(input.id);
    if (!old)
        return old.status();
    Route r = input;
    if (Status s = validate(r); !s)
        return s;
    if (Status s = RecordChecks::transition(old->status, r.status, RouteStatuses::lifecycle(), &RouteStatuses::name); !s)
        return s;
    if (r.status != old->status && r.statusDate == old->statusDate)
        r.statusDate = database().clock().today(); // a status changed in a form: changed today
    Database& db = database();
    WriteTransaction tx(db, WriteTransaction::Nesting::Join); // one statement
    if (!tx.isActive())
        return tx.status();
    QSqlQuery& q = prepared(QStringLiteral(
        "UPDATE route SET org_unit_id = ?, person_id = ?, start_date = ?, end_date = ?, status = ?, goals = ?, "
        "skills = ?, responsible_id = ?, diagnostic_id = ?, status_date = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(r.unitId);
    q.addBindValue(r.personId);
    q.addBindValue(sqlDate(r.start));
    q.addBindValue(sqlDate(r.end));
    q.addBindValue(r.status);
    q.addBindValue(sqlNotNull(r.goals));
    q.addBindValue(sqlNotNull(r.skills));
    q.addBindValue(r.responsibleId ? QVariant(r.responsibleId) : QVariant(QMetaType::fromType<qlonglong>()));
    q.addBindValue(r.diagnosticId ? QVariant(r.diagnosticId) : QVariant(QMetaType::fromType<qlonglong>()));
    q.addBindValue(sqlDate(r.statusDate));
    q.addBindValue(db.timestamp());
    q.addBindValue(r.id);
    if (Status s = exec(q, tr("saving a route")); !s)
        return s;
    db.markChanged(Change::Routes);
    return tx.commit();
}

Status RouteRepository::setStatus(qint64 routeId, const QString& statusText, const QDate& date)
{
    auto r = routeOf(routeId);
    if (!r)
        return r.status();
    const auto status = RouteStatuses::parse(statusText);
    if (!status)
        return Status::failure(tr("Unknown route status «%1».").arg(statusText));
    if (Status s = RecordChecks::transition(r->status, *status, RouteStatuses::lifecycle(), &RouteStatuses::name); !s)
        return s;
    Route changed = r.value();
    changed.status = *status;
    if (RouteStatuses::isCompleted(*status) && !changed.end.isValid() && !date.isValid())
        return Status::failure(tr("The date the route is completed is required."));
    changed.statusDate = date.isValid() ? date : database().clock().today();
    if (changed.statusDate < changed.start)
        return Status::failure(tr("The status of the route cannot change on %1, before the route starts on %2.")
                                   .arg(formatDateRu(changed.statusDate), formatDateRu(changed.start)));
    if (changed.statusDate > database().clock().today())
        return Status::failure(tr("The date of the status change %1 is in the future.").arg(formatDateRu(changed.statusDate)));
    if (RouteStatuses::isCompleted(*status) && !changed.end.isValid()) {
        if (!date.isValid())
            return Status::failure(tr("The date the route is completed is required."));
        changed.end = date;
    }
    return update(changed);
}

Status RouteRepository::remove(qint64 routeId)
{
    const auto r = routeOf(routeId);
    if (!r)
        return r.status();
    Database& db = database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return tx.status();
    for (const QString& sql : {QStringLiteral("DELETE FROM route_problem WHERE route_id = ?"),
                               QStringLiteral("DELETE FROM route_item WHERE route_id = ?"),
                               QStringLiteral("DELETE FROM route_review WHERE route_id = ?"),
                               QStringLiteral("DELETE FROM route WHERE id = ?")}) {
        QSqlQuery& del = prepared(sql);
        del.addBindValue(routeId);
        if (Status s = exec(del, tr("deleting the route %1").arg(r->periodText())); !s)
            return s;
    }
    db.markChanged(Change::Routes);
    return tx.commit();
}

Result<qint64> RouteRepository::createFromDiagnostic(qint64 diagnosticId, const QDate& start, const QDate& end)
{
    Route route{.start = start, .end = end, .diagnosticId = diagnosticId};
    return createFromDiagnostic(route);
}

Result<qint64> RouteRepository::createFromDiagnostic(Route& route)
{
    const auto diagnostic = m_diagnostics.find(route.diagnosticId);
    if (!diagnostic)
        return Result<qint64>::failure(tr("The diagnostic (id %1) does not exist.").arg(route.diagnosticId));
    if (diagnostic->deficitAreas().isEmpty())
        return Result<qint64>::failure(tr("The diagnostic of %1 shows no deficits to build a route on.").arg(ru(diagnostic->date)));
    Database& db = database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return Result<qint64>(tx.status());
    route.personId = diagnostic->personId;
    const auto routeId = insert(route);
    if (!routeId)
        return routeId;
    for (const DiagnosticResult& result : diagnostic->results) {
        if (!result.isDeficit())
            continue;
        RouteProblem problem{.routeId = route.id, .areaCode = result.areaCode, .diagnosticResultId = result.id,
                             .description = references().name(ReferenceList::CompetenceArea, result.areaCode)};
        if (const auto added = insertProblem(problem, route); !added)
            return added;
    }
    if (Status s = tx.commit(); !s)
        return Result<qint64>(s);
    return route.id;
}
