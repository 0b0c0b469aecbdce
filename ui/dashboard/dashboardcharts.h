#pragma once
// The dashboard's charts: the children of a unit for one indicator as bars with the unit's
// target as a line, and one unit's values over the years with the targets in force.
#include "indicators/indicatorboard.h"

class QChart;

namespace DashboardCharts {
QChart* children(const IndicatorBoardData& board, const QString& code);
QChart* years(const Indicator& indicator, const QVector<IndicatorYear>& years);
} // namespace DashboardCharts
