// `metodist-cli check`, the support cycle's records (the tables of schemas 4–8): what the
// repositories enforce on every write, checked again over the whole file — a file edited by
// another program, restored from an old copy or changed underneath (an employment shortened
// after the records of its days were entered) shows here what no longer holds.
//
// Each rule is one query returning the offending rows as short descriptions (who, what, when);
// a problem names how many rows break the rule and the first of them.
#include "storage/integrityrecords.h"
#include "storage/database.h"
#include "storage/clock.h"
#include "storage/sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

const char* const ctx = "IntegrityCheck";

struct Rule {
    const char* message; // %1: how many rows, %2: the first of them
    QString sql;         // one column: a description of each offending row; `?` is today
};

// "Иванова Мария" of the person row p.
QString who(const char* alias = "p")
{
    return QStringLiteral("%1.last_name || ' ' || %1.first_name").arg(QLatin1String(alias));
}

// Rows of `table` (alias t) whose `column` is not a code of the reference list (NULL passes).
Rule unknownCode(const char* message, const char* table, const char* column, const char* list)
{
    return {message, QStringLiteral("SELECT t.%2 FROM %1 t WHERE t.%2 IS NOT NULL AND t.%2 <> '' AND NOT EXISTS "
                                    "(SELECT 1 FROM reference_item r WHERE r.list = '%3' AND r.code = t.%2)")
                         .arg(QLatin1String(table), QLatin1String(column), QLatin1String(list))};
}

// Rows whose person did not work at the row's unit on the row's date (`date` an SQL expression).
QString notWorkingThere(const QString& date)
{
    return QStringLiteral("NOT EXISTS (SELECT 1 FROM employment e WHERE e.person_id = t.person_id AND e.org_unit_id = t.org_unit_id "
                          "AND e.start_date <= %1 AND (e.end_date IS NULL OR e.end_date >= %1))")
        .arg(date);
}

const QVector<Rule>& rules()
{
    static const QVector<Rule> list = [] {
        const QString person = who();
        QVector<Rule> r;
        // Codes of the reference lists.
        r += unknownCode(QT_TRANSLATE_NOOP("IntegrityCheck", "Diagnostics with an unknown source: %1 (for example «%2»)."),
                         "diagnostic", "source_code", "diagnostic_source");
        r += unknownCode(QT_TRANSLATE_NOOP("IntegrityCheck", "Diagnostic results in an unknown competence area: %1 (for example «%2»)."),
                         "diagnostic_result", "area_code", "competence_area");
        r += unknownCode(QT_TRANSLATE_NOOP("IntegrityCheck", "Route problems in an unknown competence area: %1 (for example «%2»)."),
                         "route_problem", "area_code", "competence_area");
        r += unknownCode(QT_TRANSLATE_NOOP("IntegrityCheck", "Route items of an unknown direction: %1 (for example «%2»)."),
                         "route_item", "direction_code", "route_direction");
        r += unknownCode(QT_TRANSLATE_NOOP("IntegrityCheck", "Mentoring programmes of an unknown form: %1 (for example «%2»)."),
                         "mentoring_programme", "form_code", "mentoring_form");
        r += unknownCode(QT_TRANSLATE_NOOP("IntegrityCheck", "Mentoring programmes of an unknown type: %1 (for example «%2»)."),
                         "mentoring_programme", "type_code", "mentoring_type");
        r.append(Rule{QT_TRANSLATE_NOOP("IntegrityCheck", "Attestations for an unknown category: %1 (for example «%2»)."),
              QStringLiteral("SELECT t.category FROM attestation t WHERE NOT EXISTS (SELECT 1 FROM qualification_category c "
                             "WHERE c.code = t.category)")});
        r += unknownCode(QT_TRANSLATE_NOOP("IntegrityCheck", "Course programmes in an unknown competence area: %1 (for example «%2»)."),
                         "course_programme", "competence_area", "competence_area");
        r += unknownCode(QT_TRANSLATE_NOOP("IntegrityCheck", "Course programmes of an unknown form: %1 (for example «%2»)."),
                         "course_programme", "form", "course_form");
        r += unknownCode(QT_TRANSLATE_NOOP("IntegrityCheck", "Events of an unknown kind: %1 (for example «%2»)."),
                         "methodical_event", "kind", "event_kind");
        r += unknownCode(QT_TRANSLATE_NOOP("IntegrityCheck", "Events of an unknown level: %1 (for example «%2»)."),
                         "methodical_event", "level", "event_level");
        r += unknownCode(QT_TRANSLATE_NOOP("IntegrityCheck", "Events in an unknown competence area: %1 (for example «%2»)."),
                         "methodical_event", "competence_area", "competence_area");
        r += unknownCode(QT_TRANSLATE_NOOP("IntegrityCheck", "Event participations in an unknown role: %1 (for example «%2»)."),
                         "event_participation", "role", "participation_role");
        r += unknownCode(QT_TRANSLATE_NOOP("IntegrityCheck", "Competitions of an unknown level: %1 (for example «%2»)."),
                         "competition", "level", "event_level");
        r += unknownCode(QT_TRANSLATE_NOOP("IntegrityCheck", "Competition participations with an unknown result: %1 (for example «%2»)."),
                         "competition_participation", "result", "competition_result");
        r += unknownCode(QT_TRANSLATE_NOOP("IntegrityCheck", "Methodical associations of an unknown level: %1 (for example «%2»)."),
                         "methodical_association", "level", "association_level");
        r += unknownCode(QT_TRANSLATE_NOOP("IntegrityCheck", "Consultations of an unknown form: %1 (for example «%2»)."),
                         "consultation", "form", "consultation_form");
        r += unknownCode(QT_TRANSLATE_NOOP("IntegrityCheck", "Consultations in an unknown competence area: %1 (for example «%2»)."),
                         "consultation", "competence_area", "competence_area");
        r += unknownCode(QT_TRANSLATE_NOOP("IntegrityCheck", "Methodical materials of an unknown type: %1 (for example «%2»)."),
                         "methodical_material", "type", "material_type");
        r += unknownCode(QT_TRANSLATE_NOOP("IntegrityCheck", "Methodical materials in an unknown competence area: %1 (for example «%2»)."),
                         "methodical_material", "competence_area", "competence_area");
        r += unknownCode(QT_TRANSLATE_NOOP("IntegrityCheck", "Methodical materials of an unknown approval level: %1 (for example «%2»)."),
                         "methodical_material", "approval_level", "approval_level");
        r += unknownCode(QT_TRANSLATE_NOOP("IntegrityCheck", "Survey needs with an unknown form of support: %1 (for example «%2»)."),
                         "survey_need", "preferred_form", "support_form");

        // Records that lost what they belong to or are made of.
        r.append(Rule{QT_TRANSLATE_NOOP("IntegrityCheck", "Consultations without any person consulted: %1 (for example «%2»)."),
              QStringLiteral("SELECT t.topic || ', ' || t.consultation_date FROM consultation t WHERE NOT EXISTS "
                             "(SELECT 1 FROM consultation_person c WHERE c.consultation_id = t.id)")});
        r.append(Rule{QT_TRANSLATE_NOOP("IntegrityCheck", "Consultations whose methodist is among the persons consulted: %1 (for example «%2»)."),
              QStringLiteral("SELECT t.topic || ', ' || t.consultation_date FROM consultation t JOIN consultation_person c "
                             "ON c.consultation_id = t.id AND c.person_id = t.methodist_id")});
        r.append(Rule{QT_TRANSLATE_NOOP("IntegrityCheck", "Methodical materials without an author: %1 (for example «%2»)."),
              QStringLiteral("SELECT t.title FROM methodical_material t WHERE NOT EXISTS "
                             "(SELECT 1 FROM material_author a WHERE a.material_id = t.id)")});
        r.append(Rule{QT_TRANSLATE_NOOP("IntegrityCheck", "Routes built from a diagnostic of another person: %1 (for example «%2»)."),
              QStringLiteral("SELECT %1 || ', ' || t.start_date FROM route t JOIN person p ON p.id = t.person_id "
                             "JOIN diagnostic d ON d.id = t.diagnostic_id WHERE d.person_id <> t.person_id").arg(person)});
        r.append(Rule{QT_TRANSLATE_NOOP("IntegrityCheck", "Route problems linked to a result of another diagnostic than their route's: %1 (for example «%2»)."),
              QStringLiteral("SELECT t.description FROM route_problem t JOIN route rt ON rt.id = t.route_id "
                             "JOIN diagnostic_result d ON d.id = t.diagnostic_result_id "
                             "WHERE rt.diagnostic_id IS NULL OR d.diagnostic_id <> rt.diagnostic_id OR d.area_code <> t.area_code")});
        r.append(Rule{QT_TRANSLATE_NOOP("IntegrityCheck", "Mentoring programmes whose mentor is their own mentee: %1 (for example «%2»)."),
              QStringLiteral("SELECT %1 || ', ' || g.start_date FROM mentoring_mentee t JOIN mentoring_programme g "
                             "ON g.id = t.programme_id JOIN person p ON p.id = t.person_id WHERE t.person_id = g.mentor_id").arg(person)});
        r.append(Rule{QT_TRANSLATE_NOOP("IntegrityCheck", "Plan items carried out by an event of another year: %1 (for example «%2»)."),
              QStringLiteral("SELECT t.title FROM plan_item t JOIN methodical_event e ON e.id = t.event_id "
                             "WHERE e.start_date < (t.academic_year || '-09-01') OR e.start_date > ((t.academic_year + 1) || '-08-31')")});

        // Units of the wrong level.
        r.append(Rule{QT_TRANSLATE_NOOP("IntegrityCheck", "Innovation sites at a unit that is not an organisation: %1 (for example «%2»)."),
              QStringLiteral("SELECT u.name || ': ' || t.topic FROM innovation_site t JOIN org_unit u ON u.id = t.org_unit_id "
                             "WHERE u.level <> 3")});
        r.append(Rule{QT_TRANSLATE_NOOP("IntegrityCheck", "Checklist answers of a unit that is neither a municipality nor an organisation: %1 (for example «%2»)."),
              QStringLiteral("SELECT u.name || ', ' || t.item_code FROM checklist_answer t JOIN org_unit u ON u.id = t.org_unit_id "
                             "WHERE u.level NOT IN (2, 3)")});
        r.append(Rule{QT_TRANSLATE_NOOP("IntegrityCheck", "Methodical associations at a unit of another level than theirs: %1 (for example «%2»)."),
              QStringLiteral("SELECT t.subject FROM methodical_association t JOIN org_unit u ON u.id = t.org_unit_id WHERE u.level <> "
                             "CASE t.level WHEN 'school' THEN 3 WHEN 'municipal' THEN 2 WHEN 'hub' THEN 1 WHEN 'regional' THEN 0 "
                             "ELSE u.level END")});

        // Dates in order and within the periods they belong to.
        r.append(Rule{QT_TRANSLATE_NOOP("IntegrityCheck", "Route items due outside their route's period: %1 (for example «%2»)."),
              QStringLiteral("SELECT t.title || ', ' || t.due_date FROM route_item t JOIN route rt ON rt.id = t.route_id "
                             "WHERE t.due_date < rt.start_date OR t.due_date > COALESCE(rt.end_date, '9999-12-31')")});
        r.append(Rule{QT_TRANSLATE_NOOP("IntegrityCheck", "Route reviews outside their route's period: %1 (for example «%2»)."),
              QStringLiteral("SELECT %1 || ', ' || t.review_date FROM route_review t JOIN route rt ON rt.id = t.route_id "
                             "JOIN person p ON p.id = rt.person_id "
                             "WHERE t.review_date < rt.start_date OR t.review_date > COALESCE(rt.end_date, '9999-12-31')").arg(person)});
        r.append(Rule{QT_TRANSLATE_NOOP("IntegrityCheck", "Routes whose status changed before they started: %1 (for example «%2»)."),
              QStringLiteral("SELECT %1 || ', ' || t.start_date FROM route t JOIN person p ON p.id = t.person_id "
                             "WHERE t.status_date < t.start_date").arg(person)});
        r.append(Rule{QT_TRANSLATE_NOOP("IntegrityCheck", "Mentees who join outside their programme's period: %1 (for example «%2»)."),
              QStringLiteral("SELECT %1 || ', ' || t.joined_on FROM mentoring_mentee t JOIN mentoring_programme g ON g.id = t.programme_id "
                             "JOIN person p ON p.id = t.person_id WHERE t.joined_on < g.start_date "
                             "OR t.joined_on > COALESCE(g.end_date, '9999-12-31') OR t.left_on > COALESCE(g.end_date, '9999-12-31')")
                  .arg(person)});
        r.append(Rule{QT_TRANSLATE_NOOP("IntegrityCheck", "Association members who join or leave outside the association's period: %1 (for example «%2»)."),
              QStringLiteral("SELECT %1 || ', ' || a.subject FROM association_member t JOIN methodical_association a "
                             "ON a.id = t.association_id JOIN person p ON p.id = t.person_id WHERE t.joined_on < a.start_date "
                             "OR t.joined_on > COALESCE(a.end_date, '9999-12-31') OR t.left_on > COALESCE(a.end_date, '9999-12-31')")
                  .arg(person)});
        r.append(Rule{QT_TRANSLATE_NOOP("IntegrityCheck", "Overlapping memberships of one person in one association: %1 (for example «%2»)."),
              QStringLiteral("SELECT %1 || ', ' || a.subject FROM association_member t JOIN association_member o "
                             "ON o.association_id = t.association_id AND o.person_id = t.person_id AND o.id > t.id "
                             "JOIN methodical_association a ON a.id = t.association_id JOIN person p ON p.id = t.person_id "
                             "WHERE t.joined_on <= COALESCE(o.left_on, a.end_date, '9999-12-31') "
                             "AND o.joined_on <= COALESCE(t.left_on, a.end_date, '9999-12-31')")
                  .arg(person)});
        r.append(Rule{QT_TRANSLATE_NOOP("IntegrityCheck", "Overlapping innovation sites of one level at one organisation: %1 (for example «%2»)."),
              QStringLiteral("SELECT u.name || ', ' || t.level FROM innovation_site t JOIN innovation_site o ON o.org_unit_id = t.org_unit_id "
                             "AND o.level = t.level AND o.id > t.id JOIN org_unit u ON u.id = t.org_unit_id "
                             "WHERE t.start_date <= COALESCE(o.end_date, '9999-12-31') AND o.start_date <= COALESCE(t.end_date, '9999-12-31')")});
        r.append(Rule{QT_TRANSLATE_NOOP("IntegrityCheck", "Course completions outside the period the person worked at their organisation: %1 (for example «%2»)."),
              QStringLiteral("SELECT %1 || ', ' || t.end_date FROM course_completion t JOIN person p ON p.id = t.person_id WHERE %2")
                  .arg(person, notWorkingThere(QStringLiteral("t.end_date")))});
        r.append(Rule{QT_TRANSLATE_NOOP("IntegrityCheck", "Diagnostics of a person who did not work at the diagnostic's organisation on its date: %1 (for example «%2»)."),
              QStringLiteral("SELECT %1 || ', ' || t.diagnosed_on FROM diagnostic t JOIN person p ON p.id = t.person_id WHERE %2")
                  .arg(person, notWorkingThere(QStringLiteral("t.diagnosed_on")))});
        r.append(Rule{QT_TRANSLATE_NOOP("IntegrityCheck", "Routes of a person who did not work at the route's organisation when it started: %1 (for example «%2»)."),
              QStringLiteral("SELECT %1 || ', ' || t.start_date FROM route t JOIN person p ON p.id = t.person_id WHERE %2")
                  .arg(person, notWorkingThere(QStringLiteral("t.start_date")))});
        r.append(Rule{QT_TRANSLATE_NOOP("IntegrityCheck", "Event participations of a person who did not work at their organisation on the event's date: %1 (for example «%2»)."),
              QStringLiteral("SELECT %1 || ', ' || ev.start_date FROM event_participation t JOIN methodical_event ev ON ev.id = t.event_id "
                             "JOIN person p ON p.id = t.person_id WHERE %2")
                  .arg(person, notWorkingThere(QStringLiteral("ev.start_date")))});

        // Statuses that need their dates, and what cannot have happened yet.
        r.append(Rule{QT_TRANSLATE_NOOP("IntegrityCheck", "Completed routes without an end date: %1 (for example «%2»)."),
              QStringLiteral("SELECT %1 || ', ' || t.start_date FROM route t JOIN person p ON p.id = t.person_id "
                             "WHERE t.status LIKE 'completed%' AND t.end_date IS NULL").arg(person)});
        r.append(Rule{QT_TRANSLATE_NOOP("IntegrityCheck", "Route items with a completion date that are not done: %1 (for example «%2»)."),
              QStringLiteral("SELECT t.title FROM route_item t WHERE t.completed_on IS NOT NULL AND t.status <> 'done'")});
        r.append(Rule{QT_TRANSLATE_NOOP("IntegrityCheck", "Plan items held before their month: %1 (for example «%2»)."),
              QStringLiteral("SELECT t.title FROM plan_item t WHERE t.status = 'held' AND printf('%04d-%02d-01', "
                             "CASE WHEN t.month >= 9 THEN t.academic_year ELSE t.academic_year + 1 END, t.month) > ?")});
        const auto future = [&](const char* message, const char* table, const char* column, const QString& what) {
            r.append(Rule{message, QStringLiteral("SELECT %3 || ', ' || t.%2 FROM %1 t JOIN person p ON p.id = t.%4 WHERE t.%2 > ?")
                                       .arg(QLatin1String(table), QLatin1String(column), what,
                                            QLatin1String(qstrcmp(table, "consultation") == 0 ? "methodist_id" : "person_id"))});
        };
        future(QT_TRANSLATE_NOOP("IntegrityCheck", "Diagnostics dated in the future: %1 (for example «%2»)."), "diagnostic", "diagnosed_on", person);
        future(QT_TRANSLATE_NOOP("IntegrityCheck", "Consultations dated in the future: %1 (for example «%2»)."), "consultation",
               "consultation_date", person);
        future(QT_TRANSLATE_NOOP("IntegrityCheck", "Attestations dated in the future: %1 (for example «%2»)."), "attestation",
               "attestation_date", person);
        r.append(Rule{QT_TRANSLATE_NOOP("IntegrityCheck", "Survey responses dated in the future: %1 (for example «%2»)."),
                      QStringLiteral("SELECT t.survey_date FROM survey t WHERE t.survey_date > ?")});
        r.append(Rule{QT_TRANSLATE_NOOP("IntegrityCheck", "Student results of a person who worked nowhere in that academic year: %1 (for example «%2»)."),
              QStringLiteral("SELECT %1 || ', ' || t.academic_year FROM student_result t JOIN person p ON p.id = t.person_id "
                             "WHERE NOT EXISTS (SELECT 1 FROM employment e WHERE e.person_id = t.person_id "
                             "AND e.start_date <= ((t.academic_year + 1) || '-08-31') "
                             "AND (e.end_date IS NULL OR e.end_date >= (t.academic_year || '-09-01')))").arg(person)});
        return r;
    }();
    return list;
}

} // namespace

void checkRecords(Database& db, const std::function<void(const QString&)>& error)
{
    const QVariant today = sqlDate(db.clock().today());
    for (const Rule& rule : rules()) {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (!q.prepare(QStringLiteral("WITH found(x) AS (%1) SELECT COUNT(*), MIN(x) FROM found").arg(rule.sql))) {
            error(QCoreApplication::translate(ctx, "The check could not run: %1").arg(StorageText::reason(q.lastError())));
            continue;
        }
        for (qsizetype i = 0; i < rule.sql.count(QLatin1Char('?')); ++i)
            q.addBindValue(today);
        if (!q.exec() || !q.next()) {
            error(QCoreApplication::translate(ctx, "The check could not run: %1").arg(StorageText::reason(q.lastError())));
            continue;
        }
        if (const int count = q.value(0).toInt(); count > 0)
            error(QCoreApplication::translate(ctx, rule.message).arg(count).arg(q.value(1).toString()));
    }
}
