#include "forms/recordremoval.h"
#include "domain/academicyear.h"
#include "storage/associationrepository.h"
#include "storage/attestationrepository.h"
#include "storage/checklistrepository.h"
#include "storage/competitionrepository.h"
#include "storage/consultationrepository.h"
#include "storage/courserepository.h"
#include "storage/diagnosticrepository.h"
#include "storage/eventrepository.h"
#include "storage/innovationsiterepository.h"
#include "storage/materialrepository.h"
#include "storage/mentoringrepository.h"
#include "storage/orgunitrepository.h"
#include "storage/personrepository.h"
#include "storage/planrepository.h"
#include "storage/riskrepository.h"
#include "storage/routerepository.h"
#include "storage/studentresultrepository.h"
#include "storage/surveyrepository.h"

namespace {

QString shown(const QDate& date)
{
    return date.toString(QStringLiteral("dd.MM.yyyy"));
}

QString firstLine(const QString& text)
{
    const QString line = text.section(u'\n', 0, 0).simplified();
    return line.size() > 80 ? line.left(79) + u'…' : line;
}

// "Маршрут: Иванова М. П., с 01.09.2024": the kind, then what tells the record apart.
QString named(RecordKind kind, const QStringList& parts)
{
    QString singular = RecordKinds::info(kind).singular;
    if (!singular.isEmpty())
        singular[0] = singular.at(0).toUpper();
    QStringList given = parts;
    given.removeAll(QString());
    return singular + QStringLiteral(": ") + given.join(QStringLiteral(", "));
}

} // namespace

std::optional<Removal> RecordRemoval::of(Database& db, RecordKind kind, qint64 id)
{
    PersonRepository persons(db);
    const auto personName = [&](qint64 personId) {
        const auto p = persons.find(personId);
        return p ? p->shortName() : QString();
    };
    switch (kind) {
    case RecordKind::Person: {
        const auto p = persons.find(id);
        if (!p)
            return std::nullopt;
        return Removal{named(kind, {p->fullName()}), {}, [] {
                           return Status::failure(tr("A person is not deleted: their records stay in their history. "
                                                     "When a person leaves, set the end of their employment in their form."));
                       }};
    }
    case RecordKind::Diagnostic: {
        const auto d = DiagnosticRepository(db).find(id);
        if (!d)
            return std::nullopt;
        QStringList with;
        if (!d->results.isEmpty())
            with.append(tr("%n result(s) by competence area", nullptr, int(d->results.size())));
        return Removal{named(kind, {personName(d->personId), shown(d->date)}), with,
                       [&db, id] { return DiagnosticRepository(db).remove(id); }};
    }
    case RecordKind::Route: {
        RouteRepository routes(db);
        const auto r = routes.find(id);
        if (!r)
            return std::nullopt;
        QStringList with;
        if (const int n = int(routes.items(id).size()))
            with.append(tr("%n route item(s)", nullptr, n));
        if (const int n = int(routes.problems(id).size()))
            with.append(tr("%n problem(s)", nullptr, n));
        if (const int n = int(routes.reviews(id).size()))
            with.append(tr("%n intermediate review(s)", nullptr, n));
        return Removal{named(kind, {personName(r->personId), r->periodText()}), with,
                       [&db, id] { return RouteRepository(db).remove(id); }};
    }
    case RecordKind::Mentoring: {
        MentoringRepository programmes(db);
        const auto p = programmes.find(id);
        if (!p)
            return std::nullopt;
        const QVector<MentoringMentee> mentees = programmes.mentees(id);
        QStringList with;
        if (!mentees.isEmpty()) {
            QStringList names;
            for (const MentoringMentee& m : mentees)
                names.append(personName(m.personId));
            with.append(tr("the entries of %n mentee(s) (%1)", nullptr, int(mentees.size())).arg(names.join(QStringLiteral(", "))));
        }
        return Removal{named(kind, {tr("mentor %1").arg(personName(p->mentorId)), p->periodText()}), with, [&db, id] {
                           MentoringRepository programmes(db);
                           for (const MentoringMentee& m : programmes.mentees(id))
                               if (Status s = programmes.removeMentee(id, m.personId); !s)
                                   return s;
                           return programmes.remove(id);
                       }};
    }
    case RecordKind::CourseProgramme: {
        const auto p = CourseRepository(db).findProgramme(id);
        if (!p)
            return std::nullopt;
        return Removal{named(kind, {QStringLiteral("«%1»").arg(p->title), p->provider}), {},
                       [&db, id] { return CourseRepository(db).removeProgramme(id); }};
    }
    case RecordKind::CourseCompletion: {
        CourseRepository courses(db);
        const auto x = courses.findCompletion(id);
        if (!x)
            return std::nullopt;
        const auto p = courses.findProgramme(x->programmeId);
        return Removal{named(kind, {personName(x->personId), p ? QStringLiteral("«%1»").arg(p->title) : QString(), shown(x->end)}),
                       {}, [&db, id] { return CourseRepository(db).removeCompletion(id); }};
    }
    case RecordKind::Attestation: {
        const auto a = AttestationRepository(db).find(id);
        if (!a)
            return std::nullopt;
        return Removal{named(kind, {personName(a->personId), shown(a->date), persons.references().categoryName(a->category),
                                    AttestationOutcome::name(a->outcome)}),
                       {}, [&db, id] { return AttestationRepository(db).remove(id); }};
    }
    case RecordKind::Event: {
        const auto e = EventRepository(db).find(id);
        if (!e)
            return std::nullopt;
        return Removal{named(kind, {QStringLiteral("«%1»").arg(firstLine(e->topic)), shown(e->date)}), {},
                       [&db, id] { return EventRepository(db).remove(id); }};
    }
    case RecordKind::Competition: {
        const auto x = CompetitionRepository(db).find(id);
        if (!x)
            return std::nullopt;
        return Removal{named(kind, {QStringLiteral("«%1»").arg(x->title), QString::number(x->year)}), {},
                       [&db, id] { return CompetitionRepository(db).remove(id); }};
    }
    case RecordKind::Association: {
        const auto a = AssociationRepository(db).find(id);
        if (!a)
            return std::nullopt;
        const auto unit = OrgUnitRepository(db).find(a->orgUnitId);
        return Removal{named(kind, {a->subject, unit ? unit->displayName() : QString()}), {},
                       [&db, id] { return AssociationRepository(db).remove(id); }};
    }
    case RecordKind::Consultation: {
        const auto x = ConsultationRepository(db).find(id);
        if (!x)
            return std::nullopt;
        return Removal{named(kind, {QStringLiteral("«%1»").arg(x->topic), shown(x->date), personName(x->methodistId)}), {},
                       [&db, id] { return ConsultationRepository(db).remove(id); }};
    }
    case RecordKind::InnovationSite: {
        const auto s = InnovationSiteRepository(db).find(id);
        if (!s)
            return std::nullopt;
        const auto unit = OrgUnitRepository(db).find(s->orgUnitId);
        return Removal{named(kind, {unit ? unit->displayName() : QString(), QStringLiteral("«%1»").arg(firstLine(s->topic))}),
                       {}, [&db, id] { return InnovationSiteRepository(db).remove(id); }};
    }
    case RecordKind::Material: {
        const auto m = MaterialRepository(db).find(id);
        if (!m)
            return std::nullopt;
        return Removal{named(kind, {QStringLiteral("«%1»").arg(m->title), personName(m->authorIds.value(0))}), {},
                       [&db, id] { return MaterialRepository(db).remove(id); }};
    }
    case RecordKind::Survey: {
        const auto s = SurveyRepository(db).find(id);
        if (!s)
            return std::nullopt;
        QStringList with;
        if (!s->needs.isEmpty())
            with.append(tr("%n need(s) named", nullptr, int(s->needs.size())));
        return Removal{named(kind, {s->anonymous() ? tr("anonymous") : personName(s->personId), shown(s->date)}), with,
                       [&db, id] { return SurveyRepository(db).remove(id); }};
    }
    case RecordKind::StudentResult: {
        const auto r = StudentResultRepository(db).find(id);
        if (!r)
            return std::nullopt;
        return Removal{named(kind, {personName(r->personId), AcademicYear::text(r->year), r->measure}), {},
                       [&db, id] { return StudentResultRepository(db).remove(id); }};
    }
    case RecordKind::PlanItem: {
        const auto p = PlanRepository(db).find(id);
        if (!p)
            return std::nullopt;
        return Removal{named(kind, {QStringLiteral("«%1»").arg(firstLine(p->title)), AcademicYear::text(p->year)}), {},
                       [&db, id] { return PlanRepository(db).remove(id); }};
    }
    case RecordKind::Risk: {
        const auto r = RiskRepository(db).find(id);
        if (!r)
            return std::nullopt;
        return Removal{named(kind, {QStringLiteral("«%1»").arg(firstLine(r->description))}), {},
                       [&db, id] { return RiskRepository(db).remove(id); }};
    }
    case RecordKind::Checklist: {
        const auto a = ChecklistRepository(db).findAnswer(id);
        if (!a)
            return std::nullopt;
        const auto unit = OrgUnitRepository(db).find(a->orgUnitId);
        const ChecklistAnswer answer = *a;
        return Removal{named(kind, {unit ? unit->displayName() : QString(), AcademicYear::text(a->year), a->itemCode}), {},
                       [&db, answer] { return ChecklistRepository(db).removeAnswer(answer.orgUnitId, answer.year, answer.itemCode); }};
    }
    }
    return std::nullopt;
}
