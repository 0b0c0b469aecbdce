#include "io/csvkinds.h"
#include "io/associationcsv.h"
#include "io/attestationcsv.h"
#include "io/checklistcsv.h"
#include "io/competitioncsv.h"
#include "io/consultationcsv.h"
#include "io/coursecsv.h"
#include "io/diagnosticcsv.h"
#include "io/innovationsitecsv.h"
#include "io/materialcsv.h"
#include "io/mentoringcsv.h"
#include "io/participationcsv.h"
#include "io/personcsv.h"
#include "io/plancsv.h"
#include "io/riskcsv.h"
#include "io/routecsv.h"
#include "io/routeitemcsv.h"
#include "io/routereviewcsv.h"
#include "io/studentresultcsv.h"
#include "io/surveycsv.h"
#include "io/unitcsv.h"

const QVector<CsvKind>& csvKinds()
{
    static const QVector<CsvKind> kinds = {
        {"units", &UnitCsv::importFrom, &UnitCsv::exportTo},
        {"persons", &PersonCsv::importFrom, &PersonCsv::exportTo},
        {"participations", &ParticipationCsv::importFrom, &ParticipationCsv::exportTo},
        {"courses", &CourseCsv::importFrom, &CourseCsv::exportTo},
        {"diagnostics", &DiagnosticCsv::importFrom, &DiagnosticCsv::exportTo},
        {"attestation", &AttestationCsv::importFrom, &AttestationCsv::exportTo},
        {"competitions", &CompetitionCsv::importFrom, &CompetitionCsv::exportTo},
        {"mentoring", &MentoringCsv::importFrom, &MentoringCsv::exportTo},
        {"routes", &RouteCsv::importFrom, &RouteCsv::exportTo},
        {"route-items", &RouteItemCsv::importFrom, &RouteItemCsv::exportTo},
        {"route-reviews", &RouteReviewCsv::importFrom, &RouteReviewCsv::exportTo},
        {"associations", &AssociationCsv::importFrom, &AssociationCsv::exportTo},
        {"consultations", &ConsultationCsv::importFrom, &ConsultationCsv::exportTo},
        {"innovation-sites", &InnovationSiteCsv::importFrom, &InnovationSiteCsv::exportTo},
        {"materials", &MaterialCsv::importFrom, &MaterialCsv::exportTo},
        {"surveys", &SurveyCsv::importFrom, &SurveyCsv::exportTo},
        {"student-results", &StudentResultCsv::importFrom, &StudentResultCsv::exportTo},
        {"plan", &PlanCsv::importFrom, &PlanCsv::exportTo},
        {"risks", &RiskCsv::importFrom, &RiskCsv::exportTo},
        {"checklist", &ChecklistCsv::importFrom, &ChecklistCsv::exportTo},
    };
    return kinds;
}

const CsvKind* findCsvKind(const QString& name)
{
    for (const CsvKind& kind : csvKinds())
        if (name == QLatin1String(kind.name))
            return &kind;
    return nullptr;
}

QString csvKindNames()
{
    QStringList names;
    for (const CsvKind& kind : csvKinds())
        names << QLatin1String(kind.name);
    return names.join(u'|');
}
