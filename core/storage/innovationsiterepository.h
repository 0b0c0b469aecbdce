#pragma once
// Stores innovation sites. Rules: the unit is an organisation; the level is municipal, regional
// or federal (a code or its name); a topic; the period is ordered; one organisation is not two
// sites of the same level at once (periods of one level do not overlap). A site belongs to a
// unit, not a person, so it has no place in a person's history.
#include "domain/innovationsite.h"
#include "status.h"
#include "storage/recordchecks.h"
#include "storage/repository.h"

#include <QVector>
#include <optional>

class InnovationSiteRepository : public Repository {
    Q_DECLARE_TR_FUNCTIONS(InnovationSiteRepository)
public:
    explicit InnovationSiteRepository(Database& db) : Repository(db), m_checks(db) {}

    Result<qint64> insert(InnovationSite& site); // sets id, uuid (if empty) and times
    Status update(const InnovationSite& site);
    Status remove(qint64 id);
    Status validate(InnovationSite& site); // normalises (trims, the level's code) and checks
    std::optional<InnovationSite> find(qint64 id);
    // Sites of the subtree's organisations working on the date (an invalid date: all), by start.
    QVector<InnovationSite> list(qint64 rootUnitId, const QDate& on = {});
    QVector<InnovationSite> sitesOf(qint64 unitId); // by start date

private:
    QVector<InnovationSite> sites(const QString& sql, const QVariantList& values);
    RecordChecks m_checks;
};
