#pragma once
// Lists for action (DOMAIN.md §6) of a unit's subtree on a date: ДПО overdue, categories
// expiring within N months, novices without a mentor, deficits of the academic year without a
// route, routes overdue. Each list is a table with a sentence giving its size; an empty list
// says there is nobody on it, and a unit with nobody working on the date says there is no data.
#include "reports/reportkinds.h"

#include <QCoreApplication>

class ActionLists {
    Q_DECLARE_TR_FUNCTIONS(ActionLists)
public:
    static Result<ReportDocument> build(Database& db, const ReportRequest& request);
};
