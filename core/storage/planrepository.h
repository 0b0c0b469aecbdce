#pragma once
// Stores the annual plan (план, циклограмма) of any unit: items by month of an academic year
// with the responsible, and their execution (held, moved to a date, cancelled).
#include "domain/plan.h"
#include "status.h"
#include "storage/recordchecks.h"
#include "storage/repository.h"

#include <QVector>
#include <optional>

class PlanRepository : public Repository {
    Q_DECLARE_TR_FUNCTIONS(PlanRepository)
public:
    explicit PlanRepository(Database& db) : Repository(db), m_checks(db) {}

    // Validate, then write; insert sets id, uuid (if empty) and times. A status is a code or
    // a name; an update changes it only along the lifecycle (PlanStatuses).
    Result<qint64> insert(PlanItem& item);
    Status update(const PlanItem& item);
    Status remove(qint64 id);
    // Records the execution: held, moved (to the given date), cancelled.
    Status setExecution(qint64 id, const QString& status, const QDate& movedTo = {});
    Status validate(PlanItem& item); // normalises (trims, codes) and checks
    std::optional<PlanItem> find(qint64 id);
    // Items of the subtree's units for the academic year, September to August, then by title.
    QVector<PlanItem> list(qint64 rootUnitId, int year);
    // Items of the subtree's units for the academic year per status.
    PlanExecution executionSummary(qint64 rootUnitId, int year);
    int itemsLinkedTo(qint64 eventId); // plan items carried out by the event

private:
    QVector<PlanItem> items(const QString& sql, const QVariantList& values);
    RecordChecks m_checks;
};
