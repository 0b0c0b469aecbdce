#include "storage/orgunitrepository.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QSqlError>

namespace {
const QString selectColumns = QStringLiteral(
    "SELECT id, uuid, parent_id, level, code, name, short_name, kind, low_results, unfavourable, "
    "small_school, rural, growth_point, innovation_level, innovation_topic, created_at, updated_at FROM org_unit ");
}

OrgUnit OrgUnitRepository::read(const QSqlQuery& q) const
{
    OrgUnit u;
    u.id = q.value(0).toLongLong();
    u.uuid = q.value(1).toString();
    u.parentId = q.value(2).toLongLong();
    u.level = UnitLevel(q.value(3).toInt());
    u.code = q.value(4).toString();
    u.name = q.value(5).toString();
    u.shortName = q.value(6).toString();
    u.kind = q.value(7).toString();
    u.lowResults = q.value(8).toBool();
    u.unfavourable = q.value(9).toBool();
    u.smallSchool = q.value(10).toBool();
    u.rural = q.value(11).toBool();
    u.growthPoint = q.value(12).toBool();
    u.innovationLevel = q.value(13).toString();
    u.innovationTopic = q.value(14).toString();
    u.createdAt = timeFromSql(q.value(15));
    u.updatedAt = timeFromSql(q.value(16));
    return u;
}

QVector<OrgUnit> OrgUnitRepository::list(const QString& sql, qint64 id)
{
    QSqlQuery& q = prepared(sql);
    if (id)
        q.bindValue(0, id);
    QVector<OrgUnit> units;
    if (q.exec())
        while (q.next())
            units.append(read(q));
    q.finish();
    return units;
}

std::optional<OrgUnit> OrgUnitRepository::find(qint64 id)
{
    const auto units = list(selectColumns + QStringLiteral("WHERE id = ?"), id);
    return units.isEmpty() ? std::nullopt : std::optional(units.first());
}

std::optional<OrgUnit> OrgUnitRepository::findByCode(const QString& code)
{
    QSqlQuery& q = prepared(selectColumns + QStringLiteral("WHERE code = ?"));
    q.bindValue(0, code.trimmed());
    std::optional<OrgUnit> unit;
    if (q.exec() && q.next())
        unit = read(q);
    q.finish();
    return unit;
}

std::optional<OrgUnit> OrgUnitRepository::region()
{
    const auto units = list(selectColumns + QStringLiteral("WHERE level = 0"), 0);
    return units.isEmpty() ? std::nullopt : std::optional(units.first());
}

QVector<OrgUnit> OrgUnitRepository::all()
{
    return list(selectColumns + QStringLiteral("ORDER BY level, name, id"), 0);
}

QVector<OrgUnit> OrgUnitRepository::children(qint64 id)
{
    return list(selectColumns + QStringLiteral("WHERE parent_id = ? ORDER BY name, id"), id);
}

QVector<qint64> OrgUnitRepository::subtreeIds(qint64 id)
{
    QSqlQuery& q = prepared(QStringLiteral("SELECT descendant_id FROM org_unit_closure WHERE ancestor_id = ? ORDER BY depth, descendant_id"));
    q.bindValue(0, id);
    QVector<qint64> ids;
    if (q.exec())
        while (q.next())
            ids.append(q.value(0).toLongLong());
    q.finish();
    return ids;
}

int OrgUnitRepository::count()
{
    QSqlQuery& q = prepared(QStringLiteral("SELECT COUNT(*) FROM org_unit"));
    const int n = q.exec() && q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

QHash<int, int> OrgUnitRepository::countsByLevel()
{
    QSqlQuery& q = prepared(QStringLiteral("SELECT level, COUNT(*) FROM org_unit GROUP BY level"));
    QHash<int, int> counts;
    if (q.exec())
        while (q.next())
            counts.insert(q.value(0).toInt(), q.value(1).toInt());
    q.finish();
    return counts;
}

QHash<qint64, int> OrgUnitRepository::staffCounts(const QDate& on)
{
    // Each person counts once, at their main employment (the highest rate, then the earliest
    // start), so the counts of children add up to their parent's (DOMAIN.md §4).
    QSqlQuery& q = prepared(QStringLiteral(
        "WITH main AS (SELECT org_unit_id, ROW_NUMBER() OVER "
        "(PARTITION BY person_id ORDER BY rate DESC, start_date, id) AS n FROM employment "
        "WHERE start_date <= :on AND (end_date IS NULL OR end_date >= :on)) "
        "SELECT c.ancestor_id, COUNT(*) FROM main m JOIN org_unit_closure c ON c.descendant_id = m.org_unit_id "
        "WHERE m.n = 1 GROUP BY c.ancestor_id"));
    q.bindValue(QStringLiteral(":on"), sqlDate(on));
    QHash<qint64, int> counts;
    if (q.exec())
        while (q.next())
            counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
    q.finish();
    return counts;
}

Status OrgUnitRepository::checkPlacement(UnitLevel level, qint64 parentId, qint64 unitId)
{
    if (level == UnitLevel::Region) {
        if (parentId != 0)
            return Status::failure(tr("The region is the root of the tree and has no parent unit."));
        const auto existing = region();
        if (existing && existing->id != unitId)
            return Status::failure(tr("The database already has a region (%1); it holds exactly one.").arg(existing->name));
        return Status::success();
    }
    static const char* const rules[] = {
        nullptr,
        QT_TR_NOOP("A hub must be placed directly under the region."),
        QT_TR_NOOP("A municipality must be placed under a hub."),
        QT_TR_NOOP("An organisation must be placed under a municipality."),
    };
    const QString rule = tr(rules[int(level)]);
    if (parentId == 0)
        return Status::failure(rule);
    const auto parent = find(parentId);
    if (!parent)
        return Status::failure(tr("The parent unit (id %1) does not exist.").arg(parentId));
    if (int(parent->level) != int(level) - 1)
        return Status::failure(rule + u' '
                               + tr("«%1» is a %2.").arg(parent->name, UnitLevels::name(parent->level)));
    return Status::success();
}

Status OrgUnitRepository::validate(const OrgUnit& unit)
{
    if (unit.code.trimmed().isEmpty())
        return Status::failure(tr("The unit code must not be empty."));
    if (unit.name.trimmed().isEmpty())
        return Status::failure(tr("The unit name must not be empty."));
    if (!unit.kind.isEmpty() && !UnitLevels::findKind(unit.level, unit.kind))
        return Status::failure(tr("«%1» is not a kind of %2.").arg(unit.kind, UnitLevels::name(unit.level)));
    if (!UnitLevels::innovationLevels().contains(unit.innovationLevel))
        return Status::failure(tr("Unknown innovation site level «%1».").arg(unit.innovationLevel));
    if (const auto other = findByCode(unit.code); other && other->id != unit.id)
        return Status::failure(tr("The code %1 is already used by «%2».").arg(unit.code, other->name));
    return Status::success();
}

Result<qint64> OrgUnitRepository::insert(OrgUnit& unit)
{
    Database& db = database();
    unit.code = unit.code.trimmed();
    unit.name = unit.name.trimmed();
    if (Status s = validate(unit); !s)
        return Result<qint64>(s);
    if (Status s = checkPlacement(unit.level, unit.parentId); !s)
        return Result<qint64>(s);
    WriteTransaction tx(db);
    if (!tx.isActive())
        return Result<qint64>(tx.status());
    if (unit.uuid.isEmpty())
        unit.uuid = db.newUuid();
    const QString now = db.timestamp();
    QSqlQuery& q = prepared(QStringLiteral(
        "INSERT INTO org_unit (uuid, parent_id, level, code, name, short_name, kind, low_results, unfavourable, "
        "small_school, rural, growth_point, innovation_level, innovation_topic, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(unit.uuid);
    q.addBindValue(unit.parentId ? QVariant(unit.parentId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(int(unit.level));
    q.addBindValue(unit.code);
    q.addBindValue(unit.name);
    q.addBindValue(sqlNotNull(unit.shortName.trimmed()));
    q.addBindValue(sqlNotNull(unit.kind));
    q.addBindValue(int(unit.lowResults));
    q.addBindValue(int(unit.unfavourable));
    q.addBindValue(int(unit.smallSchool));
    q.addBindValue(int(unit.rural));
    q.addBindValue(int(unit.growthPoint));
    q.addBindValue(sqlNotNull(unit.innovationLevel));
    q.addBindValue(sqlNotNull(unit.innovationTopic.trimmed()));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return Result<qint64>::failure(sqlError(tr("adding unit %1").arg(unit.code), q));
    unit.id = q.lastInsertId().toLongLong();
    q.finish();

    QSqlQuery& closure = prepared(QStringLiteral(
        "INSERT INTO org_unit_closure (ancestor_id, descendant_id, depth) "
        "SELECT ancestor_id, :id, depth + 1 FROM org_unit_closure WHERE descendant_id = :parent "
        "UNION ALL SELECT :id, :id, 0"));
    closure.bindValue(QStringLiteral(":id"), unit.id);
    closure.bindValue(QStringLiteral(":parent"), unit.parentId);
    if (!closure.exec())
        return Result<qint64>::failure(sqlError(tr("adding unit %1").arg(unit.code), closure));
    closure.finish();

    unit.createdAt = unit.updatedAt = QDateTime::fromString(now, Qt::ISODate);
    db.markChanged(Change::Units);
    if (Status s = tx.commit(); !s)
        return Result<qint64>(s);
    return unit.id;
}

Status OrgUnitRepository::update(const OrgUnit& input)
{
    OrgUnit unit = input;
    unit.code = unit.code.trimmed();
    unit.name = unit.name.trimmed();
    const auto stored = find(unit.id);
    if (!stored)
        return Status::failure(tr("The unit (id %1) does not exist.").arg(unit.id));
    if (stored->level != unit.level || stored->parentId != unit.parentId)
        return Status::failure(tr("The level and the parent of a unit change only by moving it."));
    if (Status s = validate(unit); !s)
        return s;
    Database& db = database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return tx.status();
    QSqlQuery& q = prepared(QStringLiteral(
        "UPDATE org_unit SET code = ?, name = ?, short_name = ?, kind = ?, low_results = ?, unfavourable = ?, "
        "small_school = ?, rural = ?, growth_point = ?, innovation_level = ?, innovation_topic = ?, updated_at = ? "
        "WHERE id = ?"));
    q.addBindValue(unit.code);
    q.addBindValue(unit.name);
    q.addBindValue(sqlNotNull(unit.shortName.trimmed()));
    q.addBindValue(sqlNotNull(unit.kind));
    q.addBindValue(int(unit.lowResults));
    q.addBindValue(int(unit.unfavourable));
    q.addBindValue(int(unit.smallSchool));
    q.addBindValue(int(unit.rural));
    q.addBindValue(int(unit.growthPoint));
    q.addBindValue(sqlNotNull(unit.innovationLevel));
    q.addBindValue(sqlNotNull(unit.innovationTopic.trimmed()));
    q.addBindValue(db.timestamp());
    q.addBindValue(unit.id);
    if (!q.exec())
        return Status::failure(sqlError(tr("saving unit %1").arg(unit.code), q));
    q.finish();
    db.markChanged(Change::Units);
    return tx.commit();
}

Status OrgUnitRepository::move(qint64 unitId, qint64 newParentId)
{
    const auto unit = find(unitId);
    if (!unit)
        return Status::failure(tr("The unit (id %1) does not exist.").arg(unitId));
    if (unit->level == UnitLevel::Region)
        return Status::failure(tr("The region is the root of the tree and cannot be moved."));
    if (Status s = checkPlacement(unit->level, newParentId, unitId); !s)
        return Status::failure(tr("«%1» cannot be moved: %2").arg(unit->name, s.error()));
    if (unit->parentId == newParentId)
        return Status::success();

    Database& db = database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return tx.status();
    // Detach the subtree from its old ancestors, then attach it under the new parent's.
    QSqlQuery& detach = prepared(QStringLiteral(
        "DELETE FROM org_unit_closure "
        "WHERE descendant_id IN (SELECT descendant_id FROM org_unit_closure WHERE ancestor_id = :id) "
        "AND ancestor_id NOT IN (SELECT descendant_id FROM org_unit_closure WHERE ancestor_id = :id)"));
    detach.bindValue(QStringLiteral(":id"), unitId);
    QSqlQuery& attach = prepared(QStringLiteral(
        "INSERT INTO org_unit_closure (ancestor_id, descendant_id, depth) "
        "SELECT a.ancestor_id, d.descendant_id, a.depth + d.depth + 1 "
        "FROM org_unit_closure a, org_unit_closure d WHERE a.descendant_id = :parent AND d.ancestor_id = :id"));
    attach.bindValue(QStringLiteral(":parent"), newParentId);
    attach.bindValue(QStringLiteral(":id"), unitId);
    QSqlQuery& reparent = prepared(QStringLiteral("UPDATE org_unit SET parent_id = ?, updated_at = ? WHERE id = ?"));
    reparent.addBindValue(newParentId);
    reparent.addBindValue(db.timestamp());
    reparent.addBindValue(unitId);
    for (QSqlQuery* q : {&detach, &attach, &reparent}) {
        if (!q->exec())
            return Status::failure(sqlError(tr("moving unit %1").arg(unit->code), *q));
        q->finish();
    }
    db.markChanged(Change::Units);
    return tx.commit();
}

Status OrgUnitRepository::remove(qint64 unitId)
{
    const auto unit = find(unitId);
    if (!unit)
        return Status::failure(tr("The unit (id %1) does not exist.").arg(unitId));
    if (!children(unitId).isEmpty())
        return Status::failure(tr("«%1» has subordinate units; move or delete them first.").arg(unit->name));
    QSqlQuery& staff = prepared(QStringLiteral("SELECT COUNT(*) FROM employment WHERE org_unit_id = ?"));
    staff.addBindValue(unitId);
    const int employments = staff.exec() && staff.next() ? staff.value(0).toInt() : 0;
    staff.finish();
    if (employments > 0)
        return Status::failure(tr("«%1» has %2 employment records; staff history is never deleted with a unit.")
                                   .arg(unit->name).arg(employments));
    Database& db = database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return tx.status();
    QSqlQuery& del = prepared(QStringLiteral("DELETE FROM org_unit WHERE id = ?"));
    del.addBindValue(unitId);
    if (!del.exec())
        return Status::failure(sqlError(tr("deleting unit %1").arg(unit->code), del));
    del.finish();
    db.markChanged(Change::Units);
    return tx.commit();
}
