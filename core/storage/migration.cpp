#include "storage/migration.h"

QList<Migration> Migration::all()
{
    return {
        migration001TreeAndStaff(),
        migration002StaffRegisterIndexes(),
        migration003ReferenceListsAndRules(),
        migration004DiagnosticsAndRoutes(),
        migration005MentoringAndAttestation(),
        migration006CoursesEventsCompetitions(),
        migration007AssociationsConsultationsSitesMaterials(),
        migration008SurveysResultsPlanRisksChecklist(),
        migration009Indicators(),
        migration010AuthorTexts(),
    };
}
