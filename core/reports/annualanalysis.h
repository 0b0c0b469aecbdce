#pragma once
// The annual analysis of methodical work of an organisation (DOMAIN.md §6), for the deputy head:
// staff composition (positions, categories, experience, age), ДПО and who is overdue,
// attestation of the year and expiring categories, deficits by competence area, routes and
// mentoring, competitions, the unit's indicators against targets and the year before (the
// checklist items not among them: the unit's own checklist answers counted yes/partly/no), generated
// conclusions, and the author's own blocks (conclusions, tasks for next year). Staff are those
// of the unit's subtree on the report's date, each once at the main employment; every percentage
// of a conclusion is the indicator's own figure (IndicatorBoard), printed by IndicatorFindings.
#include "reports/reportkinds.h"

#include <QCoreApplication>

class AnnualAnalysis {
    Q_DECLARE_TR_FUNCTIONS(AnnualAnalysis)
public:
    static Result<ReportDocument> build(Database& db, const ReportRequest& request);
};
