#pragma once
// Stores the risk register of any unit: risks, their prevention, owner and status.
#include "domain/risk.h"
#include "status.h"
#include "storage/recordchecks.h"
#include "storage/repository.h"

#include <QVector>
#include <optional>

class RiskRepository : public Repository {
    Q_DECLARE_TR_FUNCTIONS(RiskRepository)
public:
    explicit RiskRepository(Database& db) : Repository(db), m_checks(db) {}

    // Validate, then write; insert sets id, uuid (if empty) and times. A status is a code or a
    // name; an update changes it only along the lifecycle (RiskStatuses).
    Result<qint64> insert(Risk& risk);
    Status update(const Risk& risk);
    Status setStatus(qint64 id, const QString& status);
    Status remove(qint64 id);
    Status validate(Risk& risk); // normalises (trims, codes) and checks
    std::optional<Risk> find(qint64 id);
    // Risks of the subtree's units with one of the statuses (codes or names; empty: all), by the
    // date identified.
    QVector<Risk> list(qint64 rootUnitId, const QStringList& statuses = {});

private:
    QVector<Risk> risks(const QString& sql, const QVariantList& values);
    RecordChecks m_checks;
};
