// RouteRepository: a route's problems, items and intermediate reviews.
#include "storage/database.h"
#include "storage/routerepository.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

namespace {
QString ru(const QDate& date)
{
    return date.toString(QStringLiteral("dd.MM.yyyy"));
}
} // namespace

Status RouteRepository::validateItem(RouteItem& item, const Route& route)
{
    const auto direction = references().find(ReferenceList::RouteDirection, item.directionCode);
    if (!direction)
        return Status::failure(tr("Unknown route direction «%1».").arg(item.directionCode));
    item.directionCode = direction->code;
    item.title = item.title.simplified();
    if (item.title.isEmpty())
        return Status::failure(tr("A route item needs a title."));
    if (!item.dueDate.isValid())
        return Status::failure(tr("The item «%1» needs a due date.").arg(item.title));
    if (!route.covers(item.dueDate))
        return Status::failure(tr("The item «%1» is due on %2, outside the route's period %3.")
                                   .arg(item.title, ru(item.dueDate), route.periodText()));
    const auto status = RouteItemStatuses::parse(item.status);
    if (!status)
        return Status::failure(tr("Unknown item status «%1».").arg(item.status));
    item.status = *status;
    if (item.completedOn.isValid() && item.status != u"done")
        return Status::failure(tr("The item «%1» is not done and cannot have a completion date.").arg(item.title));
    item.evidence = item.evidence.trimmed();
    return Status::success();
}

Result<qint64> RouteRepository::addItem(RouteItem& item)
{
    QVector<RouteItem> items{item};
    if (Status s = addItems(item.routeId, items); !s)
        return Result<qint64>(s);
    item = items.first();
    return item.id;
}

Status RouteRepository::addItems(qint64 routeId, QVector<RouteItem>& items)
{
    const auto route = routeOf(routeId);
    if (!route)
        return route.status();
    for (RouteItem& item : items) {
        item.routeId = routeId;
        if (Status s = validateItem(item, *route); !s)
            return s;
    }
    Database& db = database();
    WriteTransaction tx(db, items.size() == 1 ? WriteTransaction::Nesting::Join : WriteTransaction::Nesting::Savepoint);
    if (!tx.isActive())
        return tx.status();
    const QString now = db.timestamp();
    for (RouteItem& item : items) {
        if (item.uuid.isEmpty())
            item.uuid = db.newUuid();
        QSqlQuery& q = prepared(QStringLiteral(
            "INSERT INTO route_item (route_id, direction_code, title, due_date, status, evidence, completed_on, uuid, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant& v : {QVariant(item.routeId), QVariant(item.directionCode), QVariant(item.title), sqlDate(item.dueDate),
                                  QVariant(item.status), QVariant(sqlNotNull(item.evidence)), sqlDate(item.completedOn),
                                  QVariant(item.uuid), QVariant(now), QVariant(now)})
            q.addBindValue(v);
        if (!q.exec())
            return Status::failure(sqlError(tr("adding the item «%1»").arg(item.title), q));
        item.id = q.lastInsertId().toLongLong();
        q.finish();
        item.createdAt = item.updatedAt = QDateTime::fromString(now, Qt::ISODate);
    }
    db.markChanged(Change::Routes);
    return tx.commit();
}

Status RouteRepository::updateItem(const RouteItem& input)
{
    const auto old = findItem(input.id);
    if (!old)
        return Status::failure(tr("The route item (id %1) does not exist.").arg(input.id));
    const auto route = routeOf(input.routeId);
    if (!route)
        return route.status();
    if (input.routeId != old->routeId) {
        const auto oldRoute = routeOf(old->routeId);
        if (!oldRoute || oldRoute->personId != route->personId)
            return Status::failure(tr("The item «%1» can move only to another route of the same person.").arg(old->title));
    }
    RouteItem item = input;
    if (Status s = validateItem(item, *route); !s)
        return s;
    Database& db = database();
    WriteTransaction tx(db, WriteTransaction::Nesting::Join); // one statement
    if (!tx.isActive())
        return tx.status();
    QSqlQuery& q = prepared(QStringLiteral(
        "UPDATE route_item SET route_id = ?, direction_code = ?, title = ?, due_date = ?, status = ?, evidence = ?, "
        "completed_on = ?, updated_at = ? WHERE id = ?"));
    for (const QVariant& v : {QVariant(item.routeId), QVariant(item.directionCode), QVariant(item.title), sqlDate(item.dueDate),
                              QVariant(item.status), QVariant(sqlNotNull(item.evidence)), sqlDate(item.completedOn),
                              QVariant(db.timestamp()), QVariant(item.id)})
        q.addBindValue(v);
    if (Status s = exec(q, tr("saving the item «%1»").arg(item.title)); !s)
        return s;
    db.markChanged(Change::Routes);
    return tx.commit();
}

Result<qint64> RouteRepository::addProblem(RouteProblem& problem)
{
    const auto route = routeOf(problem.routeId);
    if (!route)
        return Result<qint64>(route.status());
    return insertProblem(problem, *route);
}

Result<qint64> RouteRepository::insertProblem(RouteProblem& problem, const Route& route)
{
    QString resultArea;
    if (problem.diagnosticResultId != 0) {
        QSqlQuery& q = prepared(QStringLiteral("SELECT diagnostic_id, area_code FROM diagnostic_result WHERE id = ?"));
        q.addBindValue(problem.diagnosticResultId);
        const bool found = q.exec() && q.next();
        const qint64 diagnosticId = found ? q.value(0).toLongLong() : 0;
        resultArea = found ? q.value(1).toString() : QString();
        q.finish();
        if (!found)
            return Result<qint64>::failure(tr("The diagnostic result (id %1) does not exist.").arg(problem.diagnosticResultId));
        if (route.diagnosticId == 0 || diagnosticId != route.diagnosticId)
            return Result<qint64>::failure(tr("A problem can be linked only to a result of the route's own diagnostic."));
        if (problem.areaCode.trimmed().isEmpty())
            problem.areaCode = resultArea;
    }
    const auto area = references().find(ReferenceList::CompetenceArea, problem.areaCode);
    if (!area)
        return Result<qint64>::failure(tr("Unknown competence area «%1».").arg(problem.areaCode));
    problem.areaCode = area->code;
    if (!resultArea.isEmpty() && resultArea != area->code)
        return Result<qint64>::failure(tr("The problem's area «%1» is not the area «%2» of its diagnostic result.")
                                   .arg(area->name, references().name(ReferenceList::CompetenceArea, resultArea)));
    problem.description = problem.description.simplified();
    if (problem.description.isEmpty())
        problem.description = area->name;
    Database& db = database();
    WriteTransaction tx(db, WriteTransaction::Nesting::Join); // one statement
    if (!tx.isActive())
        return Result<qint64>(tx.status());
    if (problem.uuid.isEmpty())
        problem.uuid = db.newUuid();
    const QString now = db.timestamp();
    QSqlQuery& q = prepared(QStringLiteral(
        "INSERT INTO route_problem (route_id, area_code, diagnostic_result_id, description, uuid, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(problem.routeId);
    q.addBindValue(problem.areaCode);
    q.addBindValue(problem.diagnosticResultId ? QVariant(problem.diagnosticResultId) : QVariant(QMetaType::fromType<qlonglong>()));
    q.addBindValue(problem.description);
    q.addBindValue(problem.uuid);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return Result<qint64>::failure(sqlError(tr("adding the problem «%1»").arg(problem.description), q));
    problem.id = q.lastInsertId().toLongLong();
    q.finish();
    problem.createdAt = problem.updatedAt = QDateTime::fromString(now, Qt::ISODate);
    db.markChanged(Change::Routes);
    if (Status s = tx.commit(); !s)
        return Result<qint64>(s);
    return problem.id;
}

Status RouteRepository::validateReview(RouteReview& review, const Route& route)
{
    if (!review.date.isValid())
        return Status::failure(tr("A review needs a date."));
    if (!route.covers(review.date))
        return Status::failure(tr("The review of %1 falls outside the route's period %2.").arg(ru(review.date), route.periodText()));
    review.notes = review.notes.trimmed();
    if (review.notes.isEmpty())
        return Status::failure(tr("The review of %1 needs notes.").arg(ru(review.date)));
    return Status::success();
}

Result<qint64> RouteRepository::addReview(RouteReview& review)
{
    QVector<RouteReview> reviews{review};
    if (Status s = addReviews(review.routeId, reviews); !s)
        return Result<qint64>(s);
    review = reviews.first();
    return review.id;
}

Status RouteRepository::addReviews(qint64 routeId, QVector<RouteReview>& reviews)
{
    const auto route = routeOf(routeId);
    if (!route)
        return route.status();
    for (RouteReview& review : reviews) {
        review.routeId = routeId;
        if (Status s = validateReview(review, *route); !s)
            return s;
    }
    Database& db = database();
    WriteTransaction tx(db, reviews.size() == 1 ? WriteTransaction::Nesting::Join : WriteTransaction::Nesting::Savepoint);
    if (!tx.isActive())
        return tx.status();
    const QString now = db.timestamp();
    for (RouteReview& review : reviews) {
        if (review.uuid.isEmpty())
            review.uuid = db.newUuid();
        QSqlQuery& q = prepared(QStringLiteral(
            "INSERT INTO route_review (route_id, review_date, notes, uuid, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
        for (const QVariant& v : {QVariant(review.routeId), sqlDate(review.date), QVariant(review.notes), QVariant(review.uuid),
                                  QVariant(now), QVariant(now)})
            q.addBindValue(v);
        if (!q.exec())
            return Status::failure(sqlError(tr("adding a review"), q));
        review.id = q.lastInsertId().toLongLong();
        q.finish();
        review.createdAt = review.updatedAt = QDateTime::fromString(now, Qt::ISODate);
    }
    db.markChanged(Change::Routes);
    return tx.commit();
}

Status RouteRepository::updateReview(const RouteReview& input)
{
    const auto old = findReview(input.id);
    if (!old)
        return Status::failure(tr("The review (id %1) does not exist.").arg(input.id));
    if (input.routeId != old->routeId)
        return Status::failure(tr("A review cannot move to another route."));
    const auto route = routeOf(old->routeId);
    if (!route)
        return route.status();
    RouteReview review = input;
    if (Status s = validateReview(review, *route); !s)
        return s;
    Database& db = database();
    WriteTransaction tx(db, WriteTransaction::Nesting::Join); // one statement
    if (!tx.isActive())
        return tx.status();
    QSqlQuery& q = prepared(QStringLiteral("UPDATE route_review SET review_date = ?, notes = ?, updated_at = ? WHERE id = ?"));
    for (const QVariant& v : {sqlDate(review.date), QVariant(review.notes), QVariant(db.timestamp()), QVariant(review.id)})
        q.addBindValue(v);
    if (Status s = exec(q, tr("saving a review")); !s)
        return s;
    db.markChanged(Change::Routes);
    return tx.commit();
}

Status RouteRepository::removeItem(qint64 itemId)
{
    if (!findItem(itemId))
        return Status::failure(tr("The route item (id %1) does not exist.").arg(itemId));
    return removePart(QStringLiteral("route_item"), itemId);
}

Status RouteRepository::removeProblem(qint64 problemId)
{
    QSqlQuery& q = prepared(QStringLiteral("SELECT 1 FROM route_problem WHERE id = ?"));
    q.addBindValue(problemId);
    const bool found = q.exec() && q.next();
    q.finish();
    if (!found)
        return Status::failure(tr("The route problem (id %1) does not exist.").arg(problemId));
    return removePart(QStringLiteral("route_problem"), problemId);
}

Status RouteRepository::removeReview(qint64 reviewId)
{
    if (!findReview(reviewId))
        return Status::failure(tr("The review (id %1) does not exist.").arg(reviewId));
    return removePart(QStringLiteral("route_review"), reviewId);
}

// Deletes one row of a route's part table (the table name is ours, not a user's).
Status RouteRepository::removePart(const QString& table, qint64 id)
{
    Database& db = database();
    WriteTransaction tx(db, WriteTransaction::Nesting::Join); // one statement
    if (!tx.isActive())
        return tx.status();
    QSqlQuery& q = prepared(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (Status s = exec(q, tr("deleting from a route")); !s)
        return s;
    db.markChanged(Change::Routes);
    return tx.commit();
}
