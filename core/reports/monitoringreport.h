#pragma once
// The monitoring report of indicators for a municipality, hub or region (DOMAIN.md §6): the
// unit's figures against targets and the year before, a table of its child units × key
// indicators with targets, deviations and status (landscape), a bar chart per key indicator, the
// units furthest behind and generated conclusions. Key indicators: K03, K12, K13, K17 and every
// other indicator with a target for the unit. All figures come from IndicatorBoard.
#include "reports/reportkinds.h"

#include <QCoreApplication>

class MonitoringReport {
    Q_DECLARE_TR_FUNCTIONS(MonitoringReport)
public:
    static Result<ReportDocument> build(Database& db, const ReportRequest& request);
    // How many of the units furthest behind the report lists.
    static constexpr int BehindListed = 5;
};
