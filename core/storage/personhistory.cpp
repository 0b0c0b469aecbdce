#include "storage/personhistory.h"
#include "storage/associationrepository.h"
#include "storage/attestationrepository.h"
#include "storage/competitionrepository.h"
#include "storage/consultationrepository.h"
#include "storage/courserepository.h"
#include "storage/diagnosticrepository.h"
#include "storage/eventrepository.h"
#include "storage/materialrepository.h"
#include "storage/mentoringrepository.h"
#include "storage/orgunitrepository.h"
#include "storage/personrepository.h"
#include "storage/routerepository.h"
#include "storage/studentresultrepository.h"
#include "storage/surveyrepository.h"

#include <QLocale>
#include <algorithm>

namespace {

QVector<HistoryEntry> employmentLines(Database& db, qint64 personId)
{
    PersonRepository persons(db);
    OrgUnitRepository units(db);
    QVector<HistoryEntry> lines;
    for (const Employment& e : persons.employments(personId)) {
        const auto unit = units.find(e.unitId);
        const QString where = unit ? unit->name : QString();
        const QString position = persons.references().positionName(e.positionCode);
        lines.append({e.start, PersonHistory::tr("Employment"),
                      PersonHistory::tr("%1, %2, rate %3").arg(where, position, QLocale().toString(e.rate)), e.uuid});
        if (e.end.isValid())
            lines.append({e.end, PersonHistory::tr("Leaving"), PersonHistory::tr("%1, %2").arg(where, position), e.uuid});
    }
    return lines;
}

} // namespace

QVector<HistoryEntry> PersonHistory::of(Database& db, qint64 personId)
{
    QVector<HistoryEntry> all = employmentLines(db, personId);
    all += DiagnosticRepository(db).historyOf(personId);
    all += RouteRepository(db).historyOf(personId);
    all += MentoringRepository(db).historyOf(personId);
    all += CourseRepository(db).historyOf(personId);
    all += AttestationRepository(db).historyOf(personId);
    all += EventRepository(db).historyOf(personId);
    all += CompetitionRepository(db).historyOf(personId);
    all += AssociationRepository(db).historyOf(personId);
    all += ConsultationRepository(db).historyOf(personId);
    all += MaterialRepository(db).historyOf(personId);
    all += SurveyRepository(db).historyOf(personId);
    all += StudentResultRepository(db).historyOf(personId);
    std::stable_sort(all.begin(), all.end(), [](const HistoryEntry& a, const HistoryEntry& b) { return a.date < b.date; });
    return all;
}
