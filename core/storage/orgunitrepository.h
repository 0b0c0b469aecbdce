#pragma once
// Stores the four-level tree and enforces its rules: one region; hubs under the region;
// municipalities under a hub; organisations under a municipality.
#include "domain/orgunit.h"
#include "status.h"
#include "storage/repository.h"

#include <QDate>
#include <QHash>
#include <QVector>

class OrgUnitRepository : public Repository {
    Q_DECLARE_TR_FUNCTIONS(OrgUnitRepository)
public:
    using Repository::Repository;

    // Validates and inserts; sets unit.id, uuid (if empty) and times.
    Result<qint64> insert(OrgUnit& unit);
    // Saves the unit's own facts (name, code, kind, flags...). The parent changes only by move().
    Status update(const OrgUnit& unit);
    // Places a unit (with its whole subtree) under another parent of the right level.
    Status move(qint64 unitId, qint64 newParentId);
    // Deletes a unit that has no subordinate units and no employments.
    Status remove(qint64 unitId);

    std::optional<OrgUnit> find(qint64 id);
    std::optional<OrgUnit> findByCode(const QString& code);
    std::optional<OrgUnit> region();
    QVector<OrgUnit> all();               // ordered by level, then name
    QVector<OrgUnit> children(qint64 id); // ordered by name
    QVector<qint64> subtreeIds(qint64 id);
    int count();
    QHash<int, int> countsByLevel();
    // Persons employed on the date in each unit's subtree, each counted once at their main
    // employment, for all units at once.
    QHash<qint64, int> staffCounts(const QDate& on);

    // Why a unit of this level cannot be placed under this parent (empty status = it can).
    Status checkPlacement(UnitLevel level, qint64 parentId, qint64 unitId = 0);

private:
    Status validate(const OrgUnit& unit);
    OrgUnit read(const QSqlQuery& q) const;
    QVector<OrgUnit> list(const QString& sql, qint64 id);
};
