#include "storage/innovationsiterepository.h"
#include "domain/orgunit.h"
#include "domain/period.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

namespace {
const QString siteColumns = QStringLiteral(
    "SELECT s.id, s.uuid, s.org_unit_id, s.level, s.topic, s.start_date, s.end_date, s.created_at, s.updated_at "
    "FROM innovation_site s ");
} // namespace

QVector<InnovationSite> InnovationSiteRepository::sites(const QString& sql, const QVariantList& values)
{
    QSqlQuery& q = prepared(siteColumns + sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    QVector<InnovationSite> result;
    if (q.exec())
        while (q.next())
            result.append({.id = q.value(0).toLongLong(), .uuid = q.value(1).toString(), .orgUnitId = q.value(2).toLongLong(),
                           .level = q.value(3).toString(), .topic = q.value(4).toString(), .start = dateFromSql(q.value(5)),
                           .end = dateFromSql(q.value(6)), .createdAt = timeFromSql(q.value(7)),
                           .updatedAt = timeFromSql(q.value(8))});
    q.finish();
    return result;
}

Status InnovationSiteRepository::validate(InnovationSite& s)
{
    if (s.orgUnitId == 0)
        return Status::failure(tr("Choose the organisation that is the innovation site."));
    const auto unit = m_checks.unitName(s.orgUnitId);
    if (!unit)
        return unit.status();
    QSqlQuery& q = prepared(QStringLiteral("SELECT level FROM org_unit WHERE id = ?"));
    q.bindValue(0, s.orgUnitId);
    const int level = q.exec() && q.next() ? q.value(0).toInt() : -1;
    q.finish();
    if (level != int(UnitLevel::Organisation))
        return Status::failure(tr("«%1» is not an organisation: only an organisation can be an innovation site.").arg(*unit));
    const auto code = UnitLevels::parseInnovationLevel(s.level);
    if (!code || code->isEmpty())
        return Status::failure(tr("Unknown level of an innovation site «%1»: municipal, regional or federal.").arg(s.level));
    s.level = *code;
    s.topic = s.topic.simplified();
    if (s.topic.isEmpty())
        return Status::failure(tr("The topic of the innovation site must not be empty."));
    if (Status st = RecordChecks::period(s.start, s.end); !st)
        return st;
    // Another site of the same organisation and level whose period meets this one.
    const auto others = sites(QStringLiteral("WHERE s.org_unit_id = ? AND s.level = ? AND s.id <> ? "
                                             "AND s.start_date <= ? AND (s.end_date IS NULL OR s.end_date >= ?) "
                                             "ORDER BY s.start_date LIMIT 1"),
                              {s.orgUnitId, s.level, s.id, s.end.isValid() ? sqlDate(s.end) : QVariant(QStringLiteral("9999-12-31")),
                               sqlDate(s.start)});
    if (!others.isEmpty())
        return Status::failure(tr("«%1» is already a %2 innovation site in %3 («%4»).")
                                   .arg(*unit, UnitLevels::innovationLevelName(s.level),
                                        periodText(others.first().start, others.first().end), others.first().topic));
    return Status::success();
}

Result<qint64> InnovationSiteRepository::insert(InnovationSite& site)
{
    InnovationSite s = site;
    s.id = 0;
    if (Status st = validate(s); !st)
        return Result<qint64>(st);
    Database& db = database();
    WriteTransaction tx(db, WriteTransaction::Nesting::Join); // one statement
    if (!tx.isActive())
        return Result<qint64>(tx.status());
    if (s.uuid.isEmpty())
        s.uuid = db.newUuid();
    const QString now = db.timestamp();
    QSqlQuery& q = prepared(QStringLiteral(
        "INSERT INTO innovation_site (uuid, org_unit_id, level, topic, start_date, end_date, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(s.uuid);
    q.addBindValue(s.orgUnitId);
    q.addBindValue(s.level);
    q.addBindValue(s.topic);
    q.addBindValue(sqlDate(s.start));
    q.addBindValue(sqlDate(s.end));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return Result<qint64>::failure(sqlError(tr("adding the innovation site «%1»").arg(s.topic), q));
    s.id = q.lastInsertId().toLongLong();
    q.finish();
    s.createdAt = s.updatedAt = QDateTime::fromString(now, Qt::ISODate);
    db.markChanged(Change::InnovationSites);
    if (Status st = tx.commit(); !st)
        return Result<qint64>(st);
    site = s;
    return s.id;
}

Status InnovationSiteRepository::update(const InnovationSite& input)
{
    if (!find(input.id))
        return Status::failure(tr("The innovation site (id %1) does not exist.").arg(input.id));
    InnovationSite s = input;
    if (Status st = validate(s); !st)
        return st;
    Database& db = database();
    QSqlQuery& q = prepared(QStringLiteral(
        "UPDATE innovation_site SET org_unit_id = ?, level = ?, topic = ?, start_date = ?, end_date = ?, updated_at = ? "
        "WHERE id = ?"));
    q.addBindValue(s.orgUnitId);
    q.addBindValue(s.level);
    q.addBindValue(s.topic);
    q.addBindValue(sqlDate(s.start));
    q.addBindValue(sqlDate(s.end));
    q.addBindValue(db.timestamp());
    q.addBindValue(s.id);
    return execWrite(q, tr("saving the innovation site «%1»").arg(s.topic), Change::InnovationSites);
}

Status InnovationSiteRepository::remove(qint64 id)
{
    const auto s = find(id);
    if (!s)
        return Status::failure(tr("The innovation site (id %1) does not exist.").arg(id));
    QSqlQuery& q = prepared(QStringLiteral("DELETE FROM innovation_site WHERE id = ?"));
    q.addBindValue(id);
    return execWrite(q, tr("deleting the innovation site «%1»").arg(s->topic), Change::InnovationSites);
}

std::optional<InnovationSite> InnovationSiteRepository::find(qint64 id)
{
    const auto found = sites(QStringLiteral("WHERE s.id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QVector<InnovationSite> InnovationSiteRepository::list(qint64 rootUnitId, const QDate& on)
{
    return sites(QStringLiteral("JOIN org_unit_closure c ON c.descendant_id = s.org_unit_id AND c.ancestor_id = ? "
                                "WHERE s.start_date <= ? AND (s.end_date IS NULL OR s.end_date >= ?) "
                                "ORDER BY s.start_date, s.id"),
                 {rootUnitId, on.isValid() ? sqlDate(on) : QVariant(QStringLiteral("9999-12-31")),
                  on.isValid() ? sqlDate(on) : QVariant(QStringLiteral("0001-01-01"))});
}

QVector<InnovationSite> InnovationSiteRepository::sitesOf(qint64 unitId)
{
    return sites(QStringLiteral("WHERE s.org_unit_id = ? ORDER BY s.start_date, s.id"), {unitId});
}
