// DiagnosticRepository: the rules and the writes (reading is in diagnosticqueries.cpp).
#include "storage/diagnosticrepository.h"
#include "domain/route.h"
#include "storage/clock.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QSet>

namespace {
QString ru(const QDate& date)
{
    return date.toString(QStringLiteral("dd.MM.yyyy"));
}
} // namespace

Status DiagnosticRepository::validate(Diagnostic& d)
{
    const auto person = m_checks.personName(d.personId);
    if (!person)
        return person.status();
    if (!d.date.isValid())
        return Status::failure(tr("The date of the diagnostic is required."));
    if (d.date > database().clock().today())
        return Status::failure(tr("The date of the diagnostic %1 is in the future.").arg(ru(d.date)));
    if (d.unitId == 0) {
        d.unitId = m_checks.mainOrganisation(d.personId, d.date);
        if (d.unitId == 0)
            return Status::failure(tr("%1 works nowhere on %2: a diagnostic belongs to the person's organisation.")
                                       .arg(*person, ru(d.date)));
    } else if (Status s = m_checks.worksAt(d.personId, d.unitId, d.date); !s) {
        return s;
    }
    const auto source = m_references.find(ReferenceList::DiagnosticSource, d.sourceCode);
    if (!source)
        return Status::failure(tr("Unknown diagnostic source «%1».").arg(d.sourceCode));
    d.sourceCode = source->code;
    d.notes = d.notes.trimmed();
    if (d.results.isEmpty())
        return Status::failure(tr("A diagnostic needs a result in at least one competence area."));
    QSet<QString> seen;
    for (DiagnosticResult& r : d.results) {
        const auto area = m_references.find(ReferenceList::CompetenceArea, r.areaCode);
        if (!area)
            return Status::failure(tr("Unknown competence area «%1».").arg(r.areaCode));
        r.areaCode = area->code;
        if (seen.contains(r.areaCode))
            return Status::failure(tr("The competence area «%1» has more than one result.").arg(area->name));
        seen.insert(r.areaCode);
        if (r.score && (*r.score < 0 || *r.score > 100))
            return Status::failure(tr("The score %1 in «%2» is outside 0–100.").arg(*r.score).arg(area->name));
        const auto level = CompetenceLevels::parse(r.level);
        if (!level)
            return Status::failure(tr("Unknown competence level «%1» in «%2».").arg(r.level, area->name));
        r.level = *level;
        r.deficit = r.isDeficit();
    }
    return Status::success();
}

Result<qint64> DiagnosticRepository::insert(Diagnostic& d)
{
    if (Status s = validate(d); !s)
        return Result<qint64>(s);
    Database& db = database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return Result<qint64>(tx.status());
    if (d.uuid.isEmpty())
        d.uuid = db.newUuid();
    const QString now = db.timestamp();
    QSqlQuery& q = prepared(QStringLiteral(
        "INSERT INTO diagnostic (uuid, org_unit_id, person_id, diagnosed_on, source_code, notes, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(d.uuid);
    q.addBindValue(d.unitId);
    q.addBindValue(d.personId);
    q.addBindValue(sqlDate(d.date));
    q.addBindValue(d.sourceCode);
    q.addBindValue(sqlNotNull(d.notes));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return Result<qint64>::failure(sqlError(tr("adding a diagnostic"), q));
    d.id = q.lastInsertId().toLongLong();
    q.finish();
    if (Status s = writeResults(d, false); !s)
        return Result<qint64>(s);
    d.createdAt = d.updatedAt = QDateTime::fromString(now, Qt::ISODate);
    db.markChanged(Change::Diagnostics);
    if (Status s = tx.commit(); !s)
        return Result<qint64>(s);
    const auto stored = find(d.id); // result ids
    if (stored)
        d.results = stored->results;
    return d.id;
}

// Inserts the results, or (replacing) updates kept areas in place, deletes dropped ones and
// inserts new ones. Runs inside the caller's transaction.
Status DiagnosticRepository::writeResults(const Diagnostic& d, bool replacing)
{
    QHash<QString, qint64> existing;
    if (replacing) {
        QSqlQuery& old = prepared(QStringLiteral("SELECT area_code, id FROM diagnostic_result WHERE diagnostic_id = ?"));
        old.addBindValue(d.id);
        if (old.exec())
            while (old.next())
                existing.insert(old.value(0).toString(), old.value(1).toLongLong());
        old.finish();
    }
    for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
        if (d.result(it.key()))
            continue;
        QSqlQuery& linked = prepared(QStringLiteral(
            "SELECT r.start_date, r.end_date FROM route_problem p JOIN route r ON r.id = p.route_id "
            "WHERE p.diagnostic_result_id = ? ORDER BY r.start_date LIMIT 1"));
        linked.addBindValue(it.value());
        const bool isLinked = linked.exec() && linked.next();
        const QDate start = isLinked ? dateFromSql(linked.value(0)) : QDate();
        const QDate end = isLinked ? dateFromSql(linked.value(1)) : QDate();
        linked.finish();
        if (isLinked)
            return Status::failure(tr("The result in «%1» is a problem of the route %2; it cannot be removed.")
                                       .arg(m_references.name(ReferenceList::CompetenceArea, it.key()),
                                            Route::periodText(start, end)));
        QSqlQuery& del = prepared(QStringLiteral("DELETE FROM diagnostic_result WHERE id = ?"));
        del.addBindValue(it.value());
        if (!del.exec())
            return Status::failure(sqlError(tr("saving a diagnostic"), del));
        del.finish();
    }
    for (const DiagnosticResult& r : d.results) {
        const qint64 id = existing.value(r.areaCode, 0);
        QSqlQuery& q = prepared(id ? QStringLiteral("UPDATE diagnostic_result SET score = ?, level = ?, deficit = ? WHERE id = ?")
                                   : QStringLiteral("INSERT INTO diagnostic_result (score, level, deficit, diagnostic_id, area_code) "
                                                    "VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(r.score ? QVariant(*r.score) : QVariant(QMetaType::fromType<int>()));
        q.addBindValue(r.level);
        q.addBindValue(int(r.isDeficit()));
        if (id) {
            q.addBindValue(id);
        } else {
            q.addBindValue(d.id);
            q.addBindValue(r.areaCode);
        }
        if (!q.exec())
            return Status::failure(sqlError(tr("saving a diagnostic"), q));
        q.finish();
    }
    return Status::success();
}

Status DiagnosticRepository::update(const Diagnostic& input)
{
    const auto old = find(input.id);
    if (!old)
        return Status::failure(tr("The diagnostic (id %1) does not exist.").arg(input.id));
    Diagnostic d = input;
    if (Status s = validate(d); !s)
        return s;
    if (d.personId != old->personId) {
        QSqlQuery& routes = prepared(QStringLiteral("SELECT COUNT(*) FROM route WHERE diagnostic_id = ?"));
        routes.addBindValue(d.id);
        const int n = routes.exec() && routes.next() ? routes.value(0).toInt() : 0;
        routes.finish();
        if (n > 0)
            return Status::failure(tr("The diagnostic is the basis of %n route(s) of its person; it cannot pass to another person.",
                                      nullptr, n));
    }
    Database& db = database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return tx.status();
    QSqlQuery& q = prepared(QStringLiteral(
        "UPDATE diagnostic SET org_unit_id = ?, person_id = ?, diagnosed_on = ?, source_code = ?, notes = ?, "
        "updated_at = ? WHERE id = ?"));
    q.addBindValue(d.unitId);
    q.addBindValue(d.personId);
    q.addBindValue(sqlDate(d.date));
    q.addBindValue(d.sourceCode);
    q.addBindValue(sqlNotNull(d.notes));
    q.addBindValue(db.timestamp());
    q.addBindValue(d.id);
    if (!q.exec())
        return Status::failure(sqlError(tr("saving a diagnostic"), q));
    q.finish();
    if (Status s = writeResults(d, true); !s)
        return s;
    db.markChanged(Change::Diagnostics);
    return tx.commit();
}

Status DiagnosticRepository::remove(qint64 diagnosticId)
{
    const auto d = find(diagnosticId);
    if (!d)
        return Status::failure(tr("The diagnostic (id %1) does not exist.").arg(diagnosticId));
    QSqlQuery& routes = prepared(QStringLiteral(
        "SELECT start_date, end_date, COUNT(*) OVER () FROM route WHERE diagnostic_id = ? ORDER BY start_date"));
    routes.addBindValue(diagnosticId);
    const bool referred = routes.exec() && routes.next();
    const QDate start = referred ? dateFromSql(routes.value(0)) : QDate();
    const QDate end = referred ? dateFromSql(routes.value(1)) : QDate();
    const int count = referred ? routes.value(2).toInt() : 0;
    routes.finish();
    if (referred)
        return Status::failure(tr("The diagnostic of %1 is the basis of %n route(s) (the first: %2); delete them first.",
                                  nullptr, count)
                                   .arg(m_checks.personName(d->personId).value(), Route::periodText(start, end)));
    Database& db = database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return tx.status();
    for (const QString& sql : {QStringLiteral("DELETE FROM diagnostic_result WHERE diagnostic_id = ?"),
                               QStringLiteral("DELETE FROM diagnostic WHERE id = ?")}) {
        QSqlQuery& del = prepared(sql);
        del.addBindValue(diagnosticId);
        if (!del.exec())
            return Status::failure(sqlError(tr("deleting a diagnostic"), del));
        del.finish();
    }
    db.markChanged(Change::Diagnostics);
    return tx.commit();
}
