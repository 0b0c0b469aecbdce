#pragma once
// The plan of methodical events with its execution (DOMAIN.md §6 report 5): the plan items of a
// unit's subtree for an academic year, month by month, with the planning unit, the responsible,
// the due date (the month's last day, or the date it was moved to) and the execution as on the
// report's date — held on time or late (by the linked event's date), moved to a date not yet
// come, cancelled, overdue (still planned, or moved, past its due date) or not yet due — with the
// linked event and its participants. Then the summary figures in words, a chart of execution by
// month, the items not carried out and the author's conclusions ("plan.conclusions").
#include "reports/reportkinds.h"

#include <QCoreApplication>

// How a plan item was carried out, as on a date.
enum class PlanOutcome { HeldOnTime, HeldLate, Moved, Cancelled, Overdue, Upcoming };

class PlanReport {
    Q_DECLARE_TR_FUNCTIONS(PlanReport)
public:
    static Result<ReportDocument> build(Database& db, const ReportRequest& request);

    // An item's outcome on `on`: status a PlanStatuses code, due its due date (see above),
    // heldOn the linked event's date (invalid without one: held counts as on time).
    static PlanOutcome outcome(const QString& status, const QDate& due, const QDate& heldOn, const QDate& on);
    static QString outcomeName(PlanOutcome outcome); // translated
};
