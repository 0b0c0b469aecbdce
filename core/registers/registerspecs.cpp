// The register of every record kind (DOMAIN.md §3) as data. Reference codes are shown by their
// names from reference_item, fixed codes (statuses) by their translated names; statuses sort
// in lifecycle order. Counts of parts are correlated subqueries on indexed columns.
#include "registers/registerspec.h"
#include "domain/attestation.h"
#include "domain/checklist.h"
#include "domain/mentoring.h"
#include "domain/orgunit.h"
#include "domain/plan.h"
#include "domain/risk.h"
#include "domain/route.h"

#include <QHash>

namespace {

using Format = ColumnFormat;

RegisterColumn column(const char* id, const QString& header, const QString& expression, Format format = Format::Text)
{
    RegisterColumn c;
    c.id = QString::fromLatin1(id);
    c.header = header;
    c.values = {expression};
    c.sortKey = expression;
    c.format = format;
    return c;
}

RegisterColumn date(const char* id, const QString& header, const QString& expression)
{
    return column(id, header, expression, Format::Date);
}

RegisterColumn count(const char* id, const QString& header, const QString& subquery)
{
    return column(id, header, QStringLiteral("(%1)").arg(subquery), Format::Integer);
}

// A person joined as `alias`, shown "Иванова М. П.", sorted and searched by the name key;
// `fallback`: an SQL text shown when no person is linked.
RegisterColumn person(const char* id, const QString& header, const QString& alias, bool searched = true,
                      const QString& fallback = {})
{
    RegisterColumn c = column(id, header, alias + QStringLiteral(".last_name"), Format::PersonName);
    c.values << alias + QStringLiteral(".first_name") << alias + QStringLiteral(".middle_name");
    c.sortKey = alias + QStringLiteral(".name_key");
    if (!fallback.isEmpty()) {
        c.values << fallback;
        c.sortKey = QStringLiteral("COALESCE(%1, NULLIF(%2, ''))").arg(c.sortKey, fallback);
    }
    if (searched) {
        c.search = alias + QStringLiteral(".name_key");
        c.searchIsKey = true;
    }
    return c;
}

// The unit joined as `u`: its short name, else its name.
RegisterColumn unit(const char* id, const QString& header)
{
    return column(id, header, QStringLiteral("COALESCE(NULLIF(u.short_name, ''), u.name)")).searched();
}

// A code of a reference list, shown (and sorted) by its name.
RegisterColumn reference(const char* id, const QString& header, const char* list, const QString& code)
{
    return column(id, header,
                  QStringLiteral("COALESCE((SELECT ri.name FROM reference_item ri WHERE ri.list = '%1' AND ri.code = %2), %2)")
                      .arg(QString::fromLatin1(list), code));
}

// A fixed code, shown by its translated name and sorted in the order of `codes`.
RegisterColumn code(const char* id, const QString& header, const QString& expression, const QStringList& codes,
                    std::function<QString(const QString&)> name)
{
    RegisterColumn c = column(id, header, expression, Format::Code);
    QString order = QStringLiteral("CASE %1").arg(expression);
    for (int i = 0; i < codes.size(); ++i)
        order += QStringLiteral(" WHEN '%1' THEN %2").arg(codes.at(i)).arg(i);
    c.sortKey = order + QStringLiteral(" ELSE %1 END").arg(codes.size());
    c.codeName = std::move(name);
    return c;
}

RegisterStatus status(const QString& column, const QString& anyText, const QStringList& codes,
                      std::function<QString(const QString&)> name)
{
    return {column, anyText, codes, std::move(name)};
}

PeriodRule onDate(const QString& date)
{
    return {PeriodRule::Type::Dates, date, {}};
}

PeriodRule running(const QString& start, const QString& end)
{
    return {PeriodRule::Type::Dates, start, end};
}

PeriodRule inAcademicYear(const QString& year)
{
    return {PeriodRule::Type::AcademicYears, year, {}};
}


RegisterSpec diagnostics()
{
    RegisterSpec s;
    s.kind = RecordKind::Diagnostic;
    s.idColumn = QStringLiteral("d.id");
    s.from = QStringLiteral("diagnostic d JOIN person p ON p.id = d.person_id JOIN org_unit u ON u.id = d.org_unit_id");
    s.unitColumn = QStringLiteral("d.org_unit_id");
    s.period = onDate(QStringLiteral("d.diagnosed_on"));
    s.columns = {
        date("date", RegisterSpecs::tr("Date"), QStringLiteral("d.diagnosed_on")),
        person("person", RegisterSpecs::tr("Teacher"), QStringLiteral("p")),
        unit("unit", RegisterSpecs::tr("Organisation")),
        reference("source", RegisterSpecs::tr("Source"), "diagnostic_source", QStringLiteral("d.source_code")),
        count("deficits", RegisterSpecs::tr("Deficits"),
              QStringLiteral("SELECT COUNT(*) FROM diagnostic_result dr WHERE dr.diagnostic_id = d.id AND dr.deficit <> 0")),
        column("notes", RegisterSpecs::tr("Notes"), QStringLiteral("d.notes")).searched().hidden(),
    };
    s.descending = true;
    return s;
}

RegisterSpec routes()
{
    RegisterSpec s;
    s.kind = RecordKind::Route;
    s.idColumn = QStringLiteral("r.id");
    s.from = QStringLiteral("route r JOIN person p ON p.id = r.person_id JOIN org_unit u ON u.id = r.org_unit_id "
                            "LEFT JOIN person rp ON rp.id = r.responsible_id");
    s.unitColumn = QStringLiteral("r.org_unit_id");
    s.period = running(QStringLiteral("r.start_date"), QStringLiteral("r.end_date"));
    s.status = status(QStringLiteral("r.status"), RegisterSpecs::tr("All statuses"), RouteStatuses::codes(), &RouteStatuses::name);
    s.columns = {
        person("person", RegisterSpecs::tr("Teacher"), QStringLiteral("p")),
        unit("unit", RegisterSpecs::tr("Organisation")),
        date("start", RegisterSpecs::tr("Start"), QStringLiteral("r.start_date")),
        date("end", RegisterSpecs::tr("End"), QStringLiteral("r.end_date")),
        code("status", RegisterSpecs::tr("Status"), QStringLiteral("r.status"), RouteStatuses::codes(), &RouteStatuses::name),
        date("statusDate", RegisterSpecs::tr("Status date"), QStringLiteral("r.status_date")).hidden(),
        column("goals", RegisterSpecs::tr("Goals"), QStringLiteral("r.goals")).searched(),
        count("items", RegisterSpecs::tr("Items"), QStringLiteral("SELECT COUNT(*) FROM route_item i WHERE i.route_id = r.id")),
        count("done", RegisterSpecs::tr("Done"),
              QStringLiteral("SELECT COUNT(*) FROM route_item i WHERE i.route_id = r.id AND i.status = 'done'")).hidden(),
        person("responsible", RegisterSpecs::tr("Responsible"), QStringLiteral("rp"), false).hidden(),
    };
    return s;
}

RegisterSpec mentoring()
{
    RegisterSpec s;
    s.kind = RecordKind::Mentoring;
    s.idColumn = QStringLiteral("m.id");
    s.from = QStringLiteral("mentoring_programme m JOIN person p ON p.id = m.mentor_id JOIN org_unit u ON u.id = m.org_unit_id");
    s.unitColumn = QStringLiteral("m.org_unit_id");
    s.period = running(QStringLiteral("m.start_date"), QStringLiteral("m.end_date"));
    s.status = status(QStringLiteral("m.status"), RegisterSpecs::tr("All statuses"), MentoringStatus::codes(), &MentoringStatus::name);
    s.columns = {
        person("mentor", RegisterSpecs::tr("Mentor"), QStringLiteral("p")),
        unit("unit", RegisterSpecs::tr("Organisation")),
        reference("form", RegisterSpecs::tr("Form"), "mentoring_form", QStringLiteral("m.form_code")),
        reference("type", RegisterSpecs::tr("Type"), "mentoring_type", QStringLiteral("m.type_code")).hidden(),
        date("start", RegisterSpecs::tr("Start"), QStringLiteral("m.start_date")),
        date("end", RegisterSpecs::tr("End"), QStringLiteral("m.end_date")),
        code("status", RegisterSpecs::tr("Status"), QStringLiteral("m.status"), MentoringStatus::codes(), &MentoringStatus::name),
        count("mentees", RegisterSpecs::tr("Mentees"),
              QStringLiteral("SELECT COUNT(*) FROM mentoring_mentee mm WHERE mm.programme_id = m.id")),
        column("programme", RegisterSpecs::tr("Programme"), QStringLiteral("m.programme")).searched().hidden(),
    };
    return s;
}

RegisterSpec coursePrograms()
{
    RegisterSpec s;
    s.kind = RecordKind::CourseProgramme;
    s.idColumn = QStringLiteral("c.id");
    s.from = QStringLiteral("course_programme c JOIN org_unit u ON u.id = c.org_unit_id");
    s.unitColumn = QStringLiteral("c.org_unit_id");
    s.columns = {
        column("title", RegisterSpecs::tr("Programme"), QStringLiteral("c.title")).searched(),
        column("provider", RegisterSpecs::tr("Provider"), QStringLiteral("c.provider")).searched(),
        column("hours", RegisterSpecs::tr("Hours"), QStringLiteral("c.hours"), Format::Integer),
        reference("form", RegisterSpecs::tr("Form"), "course_form", QStringLiteral("c.form")),
        reference("area", RegisterSpecs::tr("Competence area"), "competence_area", QStringLiteral("c.competence_area")),
        column("federal", RegisterSpecs::tr("Federal registry"), QStringLiteral("c.in_federal_registry"), Format::Flag),
        count("completions", RegisterSpecs::tr("Completions"),
              QStringLiteral("SELECT COUNT(*) FROM course_completion cc WHERE cc.programme_id = c.id")),
        unit("unit", RegisterSpecs::tr("Registered by")).hidden(),
    };
    return s;
}

RegisterSpec courseCompletions()
{
    RegisterSpec s;
    s.kind = RecordKind::CourseCompletion;
    s.idColumn = QStringLiteral("cc.id");
    s.from = QStringLiteral("course_completion cc JOIN person p ON p.id = cc.person_id "
                            "JOIN course_programme c ON c.id = cc.programme_id JOIN org_unit u ON u.id = cc.org_unit_id");
    s.unitColumn = QStringLiteral("cc.org_unit_id");
    s.period = onDate(QStringLiteral("cc.end_date")); // a course counts when it is completed
    s.columns = {
        person("person", RegisterSpecs::tr("Teacher"), QStringLiteral("p")),
        unit("unit", RegisterSpecs::tr("Organisation")),
        column("programme", RegisterSpecs::tr("Programme"), QStringLiteral("c.title")).searched(),
        column("hours", RegisterSpecs::tr("Hours"), QStringLiteral("c.hours"), Format::Integer),
        date("start", RegisterSpecs::tr("Start"), QStringLiteral("cc.start_date")).hidden(),
        date("end", RegisterSpecs::tr("Completed"), QStringLiteral("cc.end_date")),
        column("certificate", RegisterSpecs::tr("Certificate"), QStringLiteral("cc.certificate")).searched(),
    };
    s.sortColumn = 5;
    s.descending = true;
    return s;
}

RegisterSpec attestations()
{
    RegisterSpec s;
    s.kind = RecordKind::Attestation;
    s.idColumn = QStringLiteral("a.id");
    s.from = QStringLiteral("attestation a JOIN person p ON p.id = a.person_id JOIN org_unit u ON u.id = a.org_unit_id "
                            "LEFT JOIN qualification_category cat ON cat.code = a.category");
    s.unitColumn = QStringLiteral("a.org_unit_id");
    s.period = onDate(QStringLiteral("a.attestation_date"));
    s.status = status(QStringLiteral("a.outcome"), RegisterSpecs::tr("All outcomes"), AttestationOutcome::codes(),
                      &AttestationOutcome::name);
    RegisterColumn category = column("category", RegisterSpecs::tr("Category"), QStringLiteral("COALESCE(cat.name, a.category)"));
    category.sortKey = QStringLiteral("cat.sort_order");
    s.columns = {
        date("date", RegisterSpecs::tr("Date"), QStringLiteral("a.attestation_date")),
        person("person", RegisterSpecs::tr("Teacher"), QStringLiteral("p")),
        unit("unit", RegisterSpecs::tr("Organisation")),
        category,
        code("outcome", RegisterSpecs::tr("Outcome"), QStringLiteral("a.outcome"), AttestationOutcome::codes(), &AttestationOutcome::name),
        date("validUntil", RegisterSpecs::tr("Valid until"), QStringLiteral("a.valid_until")),
    };
    s.descending = true;
    return s;
}

RegisterSpec events()
{
    RegisterSpec s;
    s.kind = RecordKind::Event;
    s.idColumn = QStringLiteral("e.id");
    s.from = QStringLiteral("methodical_event e JOIN org_unit u ON u.id = e.org_unit_id");
    s.unitColumn = QStringLiteral("e.org_unit_id");
    s.period = running(QStringLiteral("e.start_date"), QStringLiteral("COALESCE(e.end_date, e.start_date)"));
    s.columns = {
        date("start", RegisterSpecs::tr("Date"), QStringLiteral("e.start_date")),
        date("end", RegisterSpecs::tr("End"), QStringLiteral("e.end_date")).hidden(),
        column("topic", RegisterSpecs::tr("Topic"), QStringLiteral("e.topic")).searched(),
        reference("kind", RegisterSpecs::tr("Kind"), "event_kind", QStringLiteral("e.kind")),
        reference("level", RegisterSpecs::tr("Level"), "event_level", QStringLiteral("e.level")),
        reference("area", RegisterSpecs::tr("Competence area"), "competence_area", QStringLiteral("e.competence_area")).hidden(),
        unit("unit", RegisterSpecs::tr("Organiser")),
        count("participants", RegisterSpecs::tr("Participants"),
              QStringLiteral("SELECT COUNT(*) FROM event_participation ep WHERE ep.event_id = e.id")),
    };
    s.descending = true;
    return s;
}

RegisterSpec competitions()
{
    RegisterSpec s;
    s.kind = RecordKind::Competition;
    s.idColumn = QStringLiteral("k.id");
    s.from = QStringLiteral("competition k JOIN org_unit u ON u.id = k.org_unit_id");
    s.unitColumn = QStringLiteral("k.org_unit_id");
    s.period = {PeriodRule::Type::CalendarYears, QStringLiteral("k.year"), {}};
    s.columns = {
        column("year", RegisterSpecs::tr("Year"), QStringLiteral("k.year")),
        column("title", RegisterSpecs::tr("Competition"), QStringLiteral("k.title")).searched(),
        reference("level", RegisterSpecs::tr("Level"), "event_level", QStringLiteral("k.level")),
        unit("unit", RegisterSpecs::tr("Organiser")),
        count("participants", RegisterSpecs::tr("Participants"),
              QStringLiteral("SELECT COUNT(*) FROM competition_participation cp WHERE cp.competition_id = k.id")),
        count("winners", RegisterSpecs::tr("Winners and prize-winners"),
              QStringLiteral("SELECT COUNT(*) FROM competition_participation cp WHERE cp.competition_id = k.id "
                             "AND cp.result IN ('winner', 'prize_winner')")),
    };
    s.descending = true;
    return s;
}

RegisterSpec associations()
{
    RegisterSpec s;
    s.kind = RecordKind::Association;
    s.idColumn = QStringLiteral("a.id");
    s.from = QStringLiteral("methodical_association a JOIN org_unit u ON u.id = a.org_unit_id "
                            "LEFT JOIN person h ON h.id = a.head_id");
    s.unitColumn = QStringLiteral("a.org_unit_id");
    s.period = running(QStringLiteral("a.start_date"), QStringLiteral("a.end_date"));
    s.columns = {
        column("subject", RegisterSpecs::tr("Subject"), QStringLiteral("a.subject")).searched(),
        reference("level", RegisterSpecs::tr("Level"), "association_level", QStringLiteral("a.level")),
        unit("unit", RegisterSpecs::tr("Unit")),
        person("head", RegisterSpecs::tr("Head"), QStringLiteral("h")),
        date("start", RegisterSpecs::tr("Start"), QStringLiteral("a.start_date")),
        date("end", RegisterSpecs::tr("End"), QStringLiteral("a.end_date")).hidden(),
        count("members", RegisterSpecs::tr("Members now"),
              QStringLiteral("SELECT COUNT(*) FROM association_member am WHERE am.association_id = a.id AND am.left_on IS NULL")),
    };
    return s;
}

RegisterSpec consultations()
{
    RegisterSpec s;
    s.kind = RecordKind::Consultation;
    s.idColumn = QStringLiteral("c.id");
    s.from = QStringLiteral("consultation c JOIN person p ON p.id = c.methodist_id JOIN org_unit u ON u.id = c.org_unit_id");
    s.unitColumn = QStringLiteral("c.org_unit_id");
    s.period = onDate(QStringLiteral("c.consultation_date"));
    s.columns = {
        date("date", RegisterSpecs::tr("Date"), QStringLiteral("c.consultation_date")),
        column("topic", RegisterSpecs::tr("Topic"), QStringLiteral("c.topic")).searched(),
        reference("form", RegisterSpecs::tr("Form"), "consultation_form", QStringLiteral("c.form")),
        person("methodist", RegisterSpecs::tr("Methodist"), QStringLiteral("p")),
        unit("unit", RegisterSpecs::tr("Organisation")),
        reference("area", RegisterSpecs::tr("Competence area"), "competence_area", QStringLiteral("c.competence_area")).hidden(),
        count("persons", RegisterSpecs::tr("Consulted"),
              QStringLiteral("SELECT COUNT(*) FROM consultation_person cp WHERE cp.consultation_id = c.id")),
    };
    s.descending = true;
    return s;
}

RegisterSpec innovationSites()
{
    RegisterSpec s;
    s.kind = RecordKind::InnovationSite;
    s.idColumn = QStringLiteral("s.id");
    s.from = QStringLiteral("innovation_site s JOIN org_unit u ON u.id = s.org_unit_id");
    s.unitColumn = QStringLiteral("s.org_unit_id");
    s.period = running(QStringLiteral("s.start_date"), QStringLiteral("s.end_date"));
    const QStringList levels = {QStringLiteral("municipal"), QStringLiteral("regional"), QStringLiteral("federal")};
    s.columns = {
        unit("unit", RegisterSpecs::tr("Organisation")),
        code("level", RegisterSpecs::tr("Level"), QStringLiteral("s.level"), levels, &UnitLevels::innovationLevelName),
        column("topic", RegisterSpecs::tr("Topic"), QStringLiteral("s.topic")).searched(),
        date("start", RegisterSpecs::tr("Start"), QStringLiteral("s.start_date")),
        date("end", RegisterSpecs::tr("End"), QStringLiteral("s.end_date")),
    };
    return s;
}

RegisterSpec materials()
{
    RegisterSpec s;
    s.kind = RecordKind::Material;
    s.idColumn = QStringLiteral("m.id");
    // The first author (lowest sort order) joined as p.
    s.from = QStringLiteral("methodical_material m JOIN org_unit u ON u.id = m.org_unit_id "
                            "LEFT JOIN material_author ma ON ma.material_id = m.id AND ma.sort_order = "
                            "(SELECT MIN(x.sort_order) FROM material_author x WHERE x.material_id = m.id) "
                            "LEFT JOIN person p ON p.id = ma.person_id");
    s.unitColumn = QStringLiteral("m.org_unit_id");
    // The material's date: its approval, else the day it was recorded (Material::date()).
    const QString materialDate = QStringLiteral("COALESCE(m.approved_on, SUBSTR(m.created_at, 1, 10))");
    s.period = onDate(materialDate);
    s.columns = {
        date("date", RegisterSpecs::tr("Date"), materialDate),
        column("title", RegisterSpecs::tr("Title"), QStringLiteral("m.title")).searched(),
        reference("type", RegisterSpecs::tr("Type"), "material_type", QStringLiteral("m.type")),
        person("author", RegisterSpecs::tr("Author"), QStringLiteral("p")),
        count("authors", RegisterSpecs::tr("Authors"),
              QStringLiteral("SELECT COUNT(*) FROM material_author x WHERE x.material_id = m.id")).hidden(),
        unit("unit", RegisterSpecs::tr("Organisation")),
        reference("area", RegisterSpecs::tr("Competence area"), "competence_area", QStringLiteral("m.competence_area")).hidden(),
        reference("approval", RegisterSpecs::tr("Approved at level"), "approval_level", QStringLiteral("m.approval_level")),
        column("location", RegisterSpecs::tr("Location"), QStringLiteral("m.location")).searched().hidden(),
    };
    s.descending = true;
    return s;
}

RegisterSpec surveys()
{
    RegisterSpec s;
    s.kind = RecordKind::Survey;
    s.idColumn = QStringLiteral("s.id");
    s.from = QStringLiteral("survey s JOIN org_unit u ON u.id = s.org_unit_id LEFT JOIN person p ON p.id = s.person_id");
    s.unitColumn = QStringLiteral("s.org_unit_id");
    s.period = onDate(QStringLiteral("s.survey_date"));
    s.columns = {
        date("date", RegisterSpecs::tr("Date"), QStringLiteral("s.survey_date")),
        person("respondent", RegisterSpecs::tr("Respondent"), QStringLiteral("p")).whenEmpty(RegisterSpecs::tr("anonymous")),
        unit("unit", RegisterSpecs::tr("Organisation")),
        column("satisfaction", RegisterSpecs::tr("Satisfaction (1–5)"), QStringLiteral("s.satisfaction"), Format::Integer),
        count("needs", RegisterSpecs::tr("Needs named"), QStringLiteral("SELECT COUNT(*) FROM survey_need sn WHERE sn.survey_id = s.id")),
    };
    s.descending = true;
    return s;
}

RegisterSpec studentResults()
{
    RegisterSpec s;
    s.kind = RecordKind::StudentResult;
    s.idColumn = QStringLiteral("sr.id");
    s.from = QStringLiteral("student_result sr JOIN person p ON p.id = sr.person_id JOIN org_unit u ON u.id = sr.org_unit_id");
    s.unitColumn = QStringLiteral("sr.org_unit_id");
    s.period = inAcademicYear(QStringLiteral("sr.academic_year"));
    s.columns = {
        column("year", RegisterSpecs::tr("Academic year"), QStringLiteral("sr.academic_year"), Format::AcademicYear),
        person("person", RegisterSpecs::tr("Teacher"), QStringLiteral("p")),
        unit("unit", RegisterSpecs::tr("Organisation")),
        column("measure", RegisterSpecs::tr("Measure"), QStringLiteral("sr.measure")).searched(),
        column("value", RegisterSpecs::tr("Value"), QStringLiteral("sr.value"), Format::Number),
    };
    s.sortColumn = 1;
    return s;
}

RegisterSpec planItems()
{
    RegisterSpec s;
    s.kind = RecordKind::PlanItem;
    s.idColumn = QStringLiteral("pi.id");
    s.from = QStringLiteral("plan_item pi JOIN org_unit u ON u.id = pi.org_unit_id "
                            "LEFT JOIN person rp ON rp.id = pi.responsible_id");
    s.unitColumn = QStringLiteral("pi.org_unit_id");
    s.period = inAcademicYear(QStringLiteral("pi.academic_year"));
    s.status = status(QStringLiteral("pi.status"), RegisterSpecs::tr("All statuses"), PlanStatuses::codes(), &PlanStatuses::name);
    RegisterColumn month = column("month", RegisterSpecs::tr("Month"), QStringLiteral("pi.month"), Format::Month);
    // September first: months in the order of the academic year.
    month.sortKey = QStringLiteral("pi.academic_year * 12 + CASE WHEN pi.month >= 9 THEN pi.month - 9 ELSE pi.month + 3 END");
    s.columns = {
        column("year", RegisterSpecs::tr("Academic year"), QStringLiteral("pi.academic_year"), Format::AcademicYear).hidden(),
        month,
        column("title", RegisterSpecs::tr("Activity"), QStringLiteral("pi.title")).searched(),
        person("responsible", RegisterSpecs::tr("Responsible"), QStringLiteral("rp"), true, QStringLiteral("pi.responsible_text")),
        code("status", RegisterSpecs::tr("Status"), QStringLiteral("pi.status"), PlanStatuses::codes(), &PlanStatuses::name),
        date("movedTo", RegisterSpecs::tr("Moved to"), QStringLiteral("pi.moved_to")).hidden(),
        unit("unit", RegisterSpecs::tr("Unit")),
        column("notes", RegisterSpecs::tr("Notes"), QStringLiteral("pi.notes")).searched().hidden(),
    };
    s.sortColumn = 1;
    return s;
}

RegisterSpec risks()
{
    RegisterSpec s;
    s.kind = RecordKind::Risk;
    s.idColumn = QStringLiteral("r.id");
    s.from = QStringLiteral("risk r JOIN org_unit u ON u.id = r.org_unit_id LEFT JOIN person o ON o.id = r.owner_id");
    s.unitColumn = QStringLiteral("r.org_unit_id");
    // A risk stays in the register from the day it is identified until it is closed (a closed
    // risk shows in the period it was identified in: its closing day is not recorded).
    s.period = running(QStringLiteral("r.identified_on"), QStringLiteral("CASE WHEN r.status = 'closed' THEN r.identified_on END"));
    s.status = status(QStringLiteral("r.status"), RegisterSpecs::tr("All statuses"), RiskStatuses::codes(), &RiskStatuses::name);
    s.columns = {
        date("identified", RegisterSpecs::tr("Identified"), QStringLiteral("r.identified_on")),
        column("description", RegisterSpecs::tr("Risk"), QStringLiteral("r.description")).searched(),
        column("prevention", RegisterSpecs::tr("Prevention"), QStringLiteral("r.prevention")).searched(),
        person("owner", RegisterSpecs::tr("Responsible"), QStringLiteral("o"), true, QStringLiteral("r.owner_text")),
        code("status", RegisterSpecs::tr("Status"), QStringLiteral("r.status"), RiskStatuses::codes(), &RiskStatuses::name),
        unit("unit", RegisterSpecs::tr("Unit")),
    };
    s.descending = true;
    return s;
}

RegisterSpec checklist()
{
    RegisterSpec s;
    s.kind = RecordKind::Checklist;
    s.idColumn = QStringLiteral("ca.id");
    s.from = QStringLiteral("checklist_answer ca JOIN checklist_item ci ON ci.code = ca.item_code "
                            "JOIN org_unit u ON u.id = ca.org_unit_id");
    s.unitColumn = QStringLiteral("ca.org_unit_id");
    s.period = inAcademicYear(QStringLiteral("ca.academic_year"));
    s.status = status(QStringLiteral("ca.answer"), RegisterSpecs::tr("All answers"), ChecklistCodes::answers(), &ChecklistCodes::answerName);
    RegisterColumn item = column("item", RegisterSpecs::tr("Indicator"), QStringLiteral("ci.name")).searched();
    item.sortKey = QStringLiteral("ci.sort_order");
    const QStringList groups = {QStringLiteral("general"), QStringLiteral("additional")};
    s.columns = {
        column("year", RegisterSpecs::tr("Academic year"), QStringLiteral("ca.academic_year"), Format::AcademicYear),
        unit("unit", RegisterSpecs::tr("Unit")),
        item,
        code("group", RegisterSpecs::tr("Group"), QStringLiteral("ci.item_group"), groups, &ChecklistCodes::groupName).hidden(),
        code("answer", RegisterSpecs::tr("Answer"), QStringLiteral("ca.answer"), ChecklistCodes::answers(), &ChecklistCodes::answerName),
        column("evidence", RegisterSpecs::tr("Evidence"), QStringLiteral("ca.evidence")).searched(),
    };
    s.sortColumn = 2;
    return s;
}

} // namespace

const RegisterSpec& RegisterSpecs::of(RecordKind kind)
{
    static const QHash<int, RegisterSpec> specs = [] {
        QHash<int, RegisterSpec> all;
        for (const RegisterSpec& s : {diagnostics(), routes(), mentoring(), coursePrograms(), courseCompletions(),
                                      attestations(), events(), competitions(), associations(), consultations(),
                                      innovationSites(), materials(), surveys(), studentResults(), planItems(),
                                      risks(), checklist()})
            all.insert(int(s.kind), s);
        return all;
    }();
    Q_ASSERT(specs.contains(int(kind)));
    return *specs.find(int(kind));
}
