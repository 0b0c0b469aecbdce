#include "domain/recordkind.h"

const QVector<RecordKindInfo>& RecordKinds::all()
{
    // Built on first use, after the translator is installed.
    static const QVector<RecordKindInfo> kinds = {
        {RecordKind::Person, "person", tr("Staff"), tr("person"), Change::Persons},
        {RecordKind::Diagnostic, "diagnostic", tr("Diagnostics"), tr("diagnostic"), Change::Diagnostics},
        {RecordKind::Route, "route", tr("Individual routes (IEM)"), tr("route"), Change::Routes},
        {RecordKind::Mentoring, "mentoring", tr("Mentoring"), tr("mentoring programme"), Change::Mentoring},
        {RecordKind::CourseProgramme, "course-programme", tr("CPD programmes"), tr("programme"), Change::Courses},
        {RecordKind::CourseCompletion, "course-completion", tr("CPD completions"), tr("completion"),
         Change::Courses},
        {RecordKind::Attestation, "attestation", tr("Attestation"), tr("attestation"), Change::Attestation},
        {RecordKind::Event, "event", tr("Methodical events"), tr("event"), Change::Events},
        {RecordKind::Competition, "competition", tr("Competitions"), tr("competition"), Change::Competitions},
        {RecordKind::Association, "association", tr("Methodical associations"), tr("association"),
         Change::Associations},
        {RecordKind::Consultation, "consultation", tr("Consultations"), tr("consultation"), Change::Consultations},
        {RecordKind::InnovationSite, "innovation-site", tr("Innovation sites"), tr("innovation site"),
         Change::InnovationSites},
        {RecordKind::Material, "material", tr("Methodical materials"), tr("material"), Change::Materials},
        {RecordKind::Survey, "survey", tr("Surveys"), tr("survey"), Change::Surveys},
        {RecordKind::StudentResult, "student-result", tr("Student results"), tr("measure"),
         Change::StudentResults},
        {RecordKind::PlanItem, "plan", tr("Annual plan"), tr("plan item"), Change::Plan},
        {RecordKind::Risk, "risk", tr("Risks"), tr("risk"), Change::Risks},
        {RecordKind::Checklist, "checklist", tr("Presence checklist"), tr("checklist answer"), Change::Checklist},
    };
    return kinds;
}

const RecordKindInfo& RecordKinds::info(RecordKind kind)
{
    for (const RecordKindInfo& info : all())
        if (info.kind == kind)
            return info;
    Q_UNREACHABLE();
}

const RecordKindInfo* RecordKinds::byCode(const QString& code)
{
    for (const RecordKindInfo& info : all())
        if (code == QLatin1String(info.code))
            return &info;
    return nullptr;
}
