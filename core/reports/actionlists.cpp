#include "reports/actionlists.h"
#include "domain/period.h"
#include "domain/academicyear.h"
#include "domain/route.h"
#include "reports/staffplace.h"
#include "storage/clock.h"
#include "storage/attestationrepository.h"
#include "storage/courserepository.h"
#include "storage/diagnosticrepository.h"
#include "storage/mentoringrepository.h"
#include "storage/orgunitrepository.h"
#include "storage/routerepository.h"
#include "storage/rulebook.h"

#include <QSet>

namespace {

using Column = ReportColumn;

struct Lists {
    Database& db;
    qint64 root;
    QDate on;
    int staff;
    StaffPlaces places;
    ReportDocument& document;

    bool oneOrganisation; // the unit is an organisation: its lists need no organisation column

    // A list's table: number, full name, organisation (column 2), then its own columns.
    static ReportTable listTable(const QString& caption, const QVector<ReportColumn>& own)
    {
        ReportTable t{caption, {Column::number(ActionLists::tr("No.")), Column::text(ActionLists::tr("Full name")),
                                Column::text(ActionLists::tr("Organisation"))}, {}, false};
        t.columns += own;
        return t;
    }

    void add(ReportSection& section, ReportTable table)
    {
        if (table.isEmpty())
            return;
        if (oneOrganisation)
            table.removeColumn(2);
        section.table(std::move(table));
    }

    // The sentence under a list's heading: how many are on it, of how many staff (a %n sentence
    // with %1 the count and %2 the percentage), or that nobody is.
    void sized(ReportSection& section, int count, const char* sentence, const QString& none)
    {
        section.paragraph(count == 0 ? none : ActionLists::tr(sentence, nullptr, staff).arg(count).arg(percentText(count, staff)));
    }

    void dpo()
    {
        RuleBook rules(db);
        const int years = qRound(rules.valueOn(Rule::DpoIntervalYears, on));
        const int hours = qRound(rules.valueOn(Rule::DpoMinHours, on));
        const QVector<DpoGap> gaps = CourseRepository(db).dpoOverdue(root, on);
        ReportSection& s = document.addSection(ActionLists::tr("Further training (ДПО) overdue"));
        sized(s, int(gaps.size()), QT_TRANSLATE_N_NOOP("ActionLists", "Further training is overdue for %1 of %n teacher(s) (%2)."),
              ActionLists::tr("Everyone has completed further training in time."));
        ReportTable t = listTable(ActionLists::tr("ДПО overdue"),
                                  {Column::text(ActionLists::tr("Position")), Column::date(ActionLists::tr("Last course ended"))});
        int n = 0;
        for (const DpoGap& g : gaps) {
            const StaffPlace& p = places.of(g.personId);
            t.addRow({++n, p.fullName, p.organisation, p.position,
                      g.lastCompletion.isValid() ? QVariant(g.lastCompletion) : QVariant(ActionLists::tr("none"))});
        }
        add(s, t);
        s.note(ActionLists::tr("A course counts from %1 hours; it is due once in %2 years.").arg(hours).arg(years));
    }

    void categories(int months)
    {
        AttestationRepository attestations(db);
        const QVector<ExpiringCategory> expiring = attestations.expiringWithin(root, on, months);
        ReportSection& s = document.addSection(ActionLists::tr("Categories expiring within %n month(s)", nullptr, months));
        s.paragraph(expiring.isEmpty()
                        ? ActionLists::tr("No category expires by %1.").arg(shownDate(on.addMonths(months)))
                        : ActionLists::tr("The category expires by %3 for %1 of %n teacher(s) (%2).", nullptr, staff)
                              .arg(expiring.size()).arg(percentText(int(expiring.size()), staff), shownDate(on.addMonths(months))));
        ReportTable t = listTable(ActionLists::tr("Categories expiring"),
                                  {Column::text(ActionLists::tr("Category")), Column::date(ActionLists::tr("Valid until"))});
        int n = 0;
        for (const ExpiringCategory& e : expiring) {
            const StaffPlace& p = places.of(e.personId);
            t.addRow({++n, p.fullName, p.organisation, places.persons().references().categoryName(e.category), e.expires});
        }
        add(s, t);
    }

    void novices()
    {
        const QVector<qint64> novices = MentoringRepository(db).noviceWithoutMentor(root, on);
        ReportSection& s = document.addSection(ActionLists::tr("Novices without a mentor"));
        sized(s, int(novices.size()), QT_TRANSLATE_N_NOOP("ActionLists", "Novices without a mentor: %1 of %n teacher(s) (%2)."),
              ActionLists::tr("Every novice teacher has a mentor."));
        ReportTable t = listTable(ActionLists::tr("Novices without a mentor"),
                                  {Column::date(ActionLists::tr("Experience since")), Column::number(ActionLists::tr("Experience, years"))});
        int n = 0;
        for (qint64 id : novices) {
            const StaffPlace& p = places.of(id);
            const auto person = places.persons().find(id);
            t.addRow({++n, p.fullName, p.organisation, person->experienceStart, person->experienceYearsOn(on)});
        }
        add(s, t);
    }

    void deficits(int year)
    {
        DiagnosticRepository diagnostics(db);
        const QDate from = AcademicYear::firstDay(year);
        const QVector<UnaddressedDeficit> deficits = diagnostics.deficitsWithoutRoute(root, from, on);
        ReportSection& s = document.addSection(ActionLists::tr("Deficits without a route"));
        QSet<qint64> persons;
        for (const UnaddressedDeficit& d : deficits)
            persons.insert(d.personId);
        s.paragraph(deficits.isEmpty()
                        ? ActionLists::tr("Every deficit diagnosed from %1 to %2 is addressed by a route.").arg(shownDate(from), shownDate(on))
                        : ActionLists::tr("Deficits diagnosed from %1 to %2 and addressed by no route: %3; teachers with them: %4.")
                              .arg(shownDate(from), shownDate(on)).arg(deficits.size()).arg(persons.size()));
        ReportTable t = listTable(ActionLists::tr("Deficits without a route"),
                                  {Column::date(ActionLists::tr("Diagnostic")), Column::text(ActionLists::tr("Competence area"))});
        int n = 0;
        for (const UnaddressedDeficit& d : deficits) {
            const auto diagnostic = diagnostics.find(d.diagnosticId);
            t.addRow({++n, places.of(d.personId).fullName, places.unitName(diagnostic->unitId), diagnostic->date,
                      diagnostics.references().name(ReferenceList::CompetenceArea, d.areaCode)});
        }
        add(s, t);
    }

    void routes()
    {
        RouteRepository repository(db);
        const QVector<Route> overdue = repository.overdue(root, on);
        ReportSection& s = document.addSection(ActionLists::tr("Routes overdue"));
        s.paragraph(overdue.isEmpty() ? ActionLists::tr("No route is overdue.")
                                      : ActionLists::tr("Routes overdue (past their end or with items past due): %1.").arg(overdue.size()));
        ReportTable t = listTable(ActionLists::tr("Routes overdue"),
                                  {Column::text(ActionLists::tr("Period")), Column::text(ActionLists::tr("Status")), Column::number(ActionLists::tr("Items past due"))});
        int n = 0;
        for (const Route& r : overdue) {
            int late = 0;
            for (const RouteItem& i : repository.items(r.id))
                if (i.status == u"planned" && i.dueDate < on)
                    ++late;
            t.addRow({++n, places.of(r.personId).fullName, places.unitName(r.unitId), r.periodText(), RouteStatuses::name(r.status), late});
        }
        add(s, t);
    }
};

} // namespace

Result<ReportDocument> ActionLists::build(Database& db, const ReportRequest& request)
{
    auto start = startUnitReport(db, request, tr("Lists for action"));
    if (!start)
        return Result<ReportDocument>::failure(start.error());
    const OrgUnit* unit = &start->unit;
    ReportDocument& document = start.value().document;
    const QDate on = reportDate(db, request);
    const int staff = OrgUnitRepository(db).staffCounts(on).value(unit->id);
    ReportSection& intro = document.addSection(QString());
    if (staff == 0) {
        intro.paragraph(tr("No data: nobody works in %1 on %2.").arg(unit->name, shownDate(on)));
        return std::move(document);
    }
    intro.paragraph(tr("The lists are drawn up on %1; %n teacher(s) work in the unit.", nullptr, staff).arg(shownDate(on)));
    Lists lists{db, unit->id, on, staff, StaffPlaces(db, on), document, unit->level == UnitLevel::Organisation};
    lists.dpo();
    lists.categories(request.months);
    lists.novices();
    lists.deficits(request.year);
    lists.routes();
    return std::move(document);
}
