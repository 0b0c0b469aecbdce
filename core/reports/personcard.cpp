#include "reports/personcard.h"
#include "domain/attestation.h"
#include "domain/period.h"
#include "domain/route.h"
#include "reports/staffplace.h"
#include "storage/clock.h"
#include "storage/attestationrepository.h"
#include "storage/competitionrepository.h"
#include "storage/courserepository.h"
#include "storage/diagnosticrepository.h"
#include "storage/eventrepository.h"
#include "storage/mentoringrepository.h"
#include "storage/orgunitrepository.h"
#include "storage/personhistory.h"
#include "storage/routerepository.h"

namespace {

using Column = ReportColumn;

QVariant dateOrEmpty(const QDate& d)
{
    return d.isValid() ? QVariant(d) : QVariant();
}

struct Card {
    Database& db;
    const Person& person;
    QDate on;
    StaffPlaces places;
    ReferenceRepository references;
    ReportDocument& document;

    QString ref(ReferenceList list, const QString& code) { return code.isEmpty() ? QString() : references.name(list, code); }

    // The table, or a sentence saying there are no such records.
    static void tableOrNone(ReportSection& s, ReportTable t)
    {
        if (t.isEmpty())
            s.paragraph(PersonCard::tr("No records."));
        else
            s.table(std::move(t));
    }

    void facts()
    {
        ReportSection& s = document.addSection(PersonCard::tr("About the teacher"));
        ReportTable t{PersonCard::tr("About the teacher"), {Column::text(PersonCard::tr("Fact")), Column::text(PersonCard::tr("Value"))}, {}, false};
        auto fact = [&t](const QString& name, const QString& value) { // a fact not known is left out
            if (!value.isEmpty())
                t.addRow({name, value});
        };
        fact(PersonCard::tr("Full name"), person.fullName());
        const int age = person.ageOn(on);
        fact(PersonCard::tr("Date of birth"), person.birthDate.isValid()
                                                   ? PersonCard::tr("%1 (%n year(s) old)", nullptr, age).arg(shownDate(person.birthDate))
                                                   : QString());
        fact(PersonCard::tr("SNILS"), person.snils);
        QStringList work;
        PersonRepository persons(db);
        for (const Employment& e : persons.employments(person.id))
            if (e.activeOn(on))
                work.append(PersonCard::tr("%1, %2, rate %3")
                                .arg(places.unitName(e.unitId), persons.references().positionName(e.positionCode),
                                     QLocale(QLocale::Russian).toString(e.rate)));
        fact(PersonCard::tr("Works at"), work.isEmpty() ? PersonCard::tr("works nowhere on %1").arg(shownDate(on)) : work.join(u"; "));
        const int experience = person.experienceYearsOn(on);
        fact(PersonCard::tr("Pedagogical experience"),
             experience < 0 ? QString() : PersonCard::tr("%n year(s), since %1", nullptr, experience).arg(shownDate(person.experienceStart)));
        QString category = references.categoryName(person.category);
        if (person.categoryExpires.isValid())
            category = PersonCard::tr("%1, granted %2, valid until %3")
                           .arg(category, shownDate(person.categoryGranted), shownDate(person.categoryExpires));
        fact(PersonCard::tr("Qualification category"), category);
        fact(PersonCard::tr("Subjects"), person.subjects.join(u", "));
        QStringList roles;
        if (person.mentor)
            roles.append(PersonCard::tr("mentor"));
        if (person.tutor)
            roles.append(PersonCard::tr("tutor"));
        if (person.methodist)
            roles.append(PersonCard::tr("methodist"));
        if (person.expert)
            roles.append(PersonCard::tr("expert"));
        fact(PersonCard::tr("Roles"), roles.join(u", "));
        s.table(t);
    }

    void diagnostics()
    {
        ReportSection& s = document.addSection(PersonCard::tr("Diagnostics of professional deficits"));
        ReportTable t{PersonCard::tr("Diagnostics", "the table of the report"),
                      {Column::date(PersonCard::tr("Date")), Column::text(PersonCard::tr("Source")), Column::text(PersonCard::tr("Results by area")),
                       Column::text(PersonCard::tr("Deficits"))}, {}, false};
        for (const Diagnostic& d : DiagnosticRepository(db).diagnosticsOf(person.id)) {
            QStringList results, deficits;
            for (const DiagnosticResult& r : d.results) {
                const QString area = ref(ReferenceList::CompetenceArea, r.areaCode);
                results.append(r.score ? PersonCard::tr("%1: %2 (%3)").arg(area, CompetenceLevels::name(r.level)).arg(*r.score)
                                       : PersonCard::tr("%1: %2").arg(area, CompetenceLevels::name(r.level)));
                if (r.isDeficit())
                    deficits.append(area);
            }
            t.addRow({d.date, ref(ReferenceList::DiagnosticSource, d.sourceCode), results.join(u"; "), deficits.join(u", ")});
        }
        tableOrNone(s, t);
    }

    void routes()
    {
        ReportSection& s = document.addSection(PersonCard::tr("Individual educational routes"));
        RouteRepository repository(db);
        const QVector<Route> routes = repository.routesOf(person.id);
        if (routes.isEmpty())
            s.paragraph(PersonCard::tr("No records."));
        for (const Route& r : routes) {
            const QVector<RouteItem> items = repository.items(r.id);
            int done = 0;
            ReportTable t{PersonCard::tr("Route %1").arg(r.periodText()),
                          {Column::text(PersonCard::tr("Direction")), Column::text(PersonCard::tr("Item")), Column::date(PersonCard::tr("Due")),
                           Column::text(PersonCard::tr("Status")), Column::date(PersonCard::tr("Done on"))}, {}, false};
            for (const RouteItem& i : items) {
                done += i.status == u"done" ? 1 : 0;
                t.addRow({ref(ReferenceList::RouteDirection, i.directionCode), i.title, i.dueDate,
                          RouteItemStatuses::name(i.status), dateOrEmpty(i.completedOn)});
            }
            // The items under the route's period; then its status, progress and goals.
            QString line = items.isEmpty() ? PersonCard::tr("Route %1, %2; no items.").arg(r.periodText(), RouteStatuses::name(r.status))
                                           : PersonCard::tr("Status: %1; items done: %2 of %3.")
                                                 .arg(RouteStatuses::name(r.status)).arg(done).arg(items.size());
            if (!r.goals.isEmpty())
                line += u' ' + PersonCard::tr("Goals: %1").arg(r.goals);
            if (!items.isEmpty())
                s.table(t);
            s.paragraph(line);
        }
    }

    void courses()
    {
        ReportSection& s = document.addSection(PersonCard::tr("Further training (ДПО)"));
        CourseRepository repository(db);
        ReportTable t{PersonCard::tr("Courses"),
                      {Column::text(PersonCard::tr("Programme")), Column::text(PersonCard::tr("Provider")), Column::number(PersonCard::tr("Hours")),
                       Column::date(PersonCard::tr("Start")), Column::date(PersonCard::tr("End")), Column::text(PersonCard::tr("Certificate"))}, {}, false};
        int hours = 0;
        for (const CourseCompletion& c : repository.completionsOf(person.id)) {
            const auto programme = repository.findProgramme(c.programmeId);
            hours += programme->hours;
            t.addRow({programme->title, programme->provider, programme->hours, c.start, c.end, c.certificate});
        }
        if (!t.isEmpty())
            s.paragraph(PersonCard::tr("%n course(s), %1 hours in all.", nullptr, int(t.rows.size())).arg(hours));
        tableOrNone(s, t);
    }

    void attestations()
    {
        ReportSection& s = document.addSection(PersonCard::tr("Attestation"));
        ReportTable t{PersonCard::tr("Attestation"),
                      {Column::date(PersonCard::tr("Date")), Column::text(PersonCard::tr("Category sought")), Column::text(PersonCard::tr("Outcome")),
                       Column::date(PersonCard::tr("Valid until"))}, {}, false};
        for (const Attestation& a : AttestationRepository(db).attestationsOf(person.id))
            t.addRow({a.date, references.categoryName(a.category), AttestationOutcome::name(a.outcome), dateOrEmpty(a.validUntil)});
        tableOrNone(s, t);
    }

    void mentoring()
    {
        ReportSection& s = document.addSection(PersonCard::tr("Mentoring"));
        MentoringRepository repository(db);
        ReportTable t{PersonCard::tr("Mentoring"),
                      {Column::text(PersonCard::tr("Role")), Column::text(PersonCard::tr("With")), Column::text(PersonCard::tr("Form")),
                       Column::text(PersonCard::tr("Period")), Column::text(PersonCard::tr("Status"))}, {}, false};
        auto row = [&](const MentoringProgramme& p, const QString& role, const QString& with) {
            t.addRow({role, with, ref(ReferenceList::MentoringForm, p.formCode) + QStringLiteral(", ") + ref(ReferenceList::MentoringType, p.typeCode),
                      p.periodText(), MentoringStatus::name(p.status)});
        };
        for (const MentoringProgramme& p : repository.programmesOfMentor(person.id)) {
            QStringList names;
            for (const MentoringMentee& m : repository.mentees(p.id))
                names.append(places.of(m.personId).fullName);
            row(p, PersonCard::tr("mentor"), names.join(u", "));
        }
        for (const MentoringProgramme& p : repository.programmesOfMentee(person.id))
            row(p, PersonCard::tr("mentee"), places.of(p.mentorId).fullName);
        tableOrNone(s, t);
    }

    void events()
    {
        ReportSection& s = document.addSection(PersonCard::tr("Methodical events"));
        ReportTable t{PersonCard::tr("Events"),
                      {Column::date(PersonCard::tr("Date")), Column::text(PersonCard::tr("Topic")), Column::text(PersonCard::tr("Kind")),
                       Column::text(PersonCard::tr("Level")), Column::text(PersonCard::tr("Role"))}, {}, false};
        for (const EventAttendance& a : EventRepository(db).eventsOf(person.id))
            t.addRow({a.event.date, a.event.topic, ref(ReferenceList::EventKind, a.event.kind), ref(ReferenceList::EventLevel, a.event.level),
                      ref(ReferenceList::ParticipationRole, a.participation.role)});
        tableOrNone(s, t);
    }

    void competitions()
    {
        ReportSection& s = document.addSection(PersonCard::tr("Professional competitions"));
        ReportTable t{PersonCard::tr("Competitions"),
                      {Column::number(PersonCard::tr("Year")), Column::text(PersonCard::tr("Competition")), Column::text(PersonCard::tr("Level")),
                       Column::text(PersonCard::tr("Stage")), Column::text(PersonCard::tr("Result"))}, {}, false};
        for (const CompetitionEntry& e : CompetitionRepository(db).competitionsOf(person.id))
            t.addRow({e.competition.year, e.competition.title, ref(ReferenceList::EventLevel, e.competition.level), e.participation.stage,
                      ref(ReferenceList::CompetitionResult, e.participation.result)});
        tableOrNone(s, t);
    }

    void chronology()
    {
        ReportSection& s = document.addSection(PersonCard::tr("All records in date order"));
        ReportTable t{PersonCard::tr("Chronology"),
                      {Column::date(PersonCard::tr("Date")), Column::text(PersonCard::tr("Record")), Column::text(PersonCard::tr("Content"))}, {}, false};
        for (const HistoryEntry& h : PersonHistory::of(db, person.id))
            t.addRow({h.date, h.kind, h.summary});
        tableOrNone(s, t);
    }
};

} // namespace

Result<ReportDocument> PersonCard::build(Database& db, const ReportRequest& request)
{
    const auto person = PersonRepository(db).find(request.personId);
    if (!person)
        return Result<ReportDocument>::failure(tr("There is no person with the id %1.").arg(request.personId));
    const QDate on = reportDate(db, request);
    ReportDocument document;
    document.title = tr("Card of professional development: %1").arg(person->fullName());
    StaffPlaces places(db, on);
    const auto unit = OrgUnitRepository(db).find(request.unitId);
    document.unitName = places.of(person->id).organisation.isEmpty() && unit ? unit->name : places.of(person->id).organisation;
    document.period = reportPeriodText(request.year);
    document.preparedOn = db.clock().today();
    Card card{db, *person, on, places, ReferenceRepository(db), document};
    card.facts();
    card.diagnostics();
    card.routes();
    card.courses();
    card.attestations();
    card.mentoring();
    card.events();
    card.competitions();
    card.chronology();
    return document;
}
