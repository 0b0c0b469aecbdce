#pragma once
// The trend of one indicator over several academic years (DOMAIN.md §6 report 6) for a unit and
// its direct children: the unit's numerator, denominator, value and target per year, a table of
// units × years ("78,3 % (47 из 60)"), a line chart of the unit with its target, a bar chart of
// the children in the last year, and sentences:
// how the value changed from the first year with data to the last, the year the target was first
// reached, the years without data and the children furthest behind in the last year. A year
// without a denominator reads «нет данных», never 0 %. Figures come from IndicatorEngine (one
// call per year gives the unit and its children) and targets from IndicatorTargets.
#include "reports/reportkinds.h"

#include <QCoreApplication>

class TrendReport {
    Q_DECLARE_TR_FUNCTIONS(TrendReport)
public:
    static Result<ReportDocument> build(Database& db, const ReportRequest& request);
    static constexpr int MinYears = 2;
    static constexpr int MaxYears = 10;
    // How many children furthest behind the last year's sentence names.
    static constexpr int BehindNamed = 3;
    // The table of units × years goes on landscape pages for more years than this.
    static constexpr int WideFrom = 3;
    // The bar chart of the children in the last year, when there are at most this many with data.
    static constexpr int BarsUpTo = 15;
};
