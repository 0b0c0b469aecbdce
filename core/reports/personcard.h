#pragma once
// The card of a person's professional development (DOMAIN.md §6): the facts about them on the
// report's date, then their diagnostics, routes with items, courses, attestations, mentoring,
// events and competitions, and the chronology of all their records. A section with no records
// says so.
#include "reports/reportkinds.h"

#include <QCoreApplication>

class PersonCard {
    Q_DECLARE_TR_FUNCTIONS(PersonCard)
public:
    static Result<ReportDocument> build(Database& db, const ReportRequest& request);
};
