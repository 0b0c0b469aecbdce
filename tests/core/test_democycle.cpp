// The demo generator's support cycle, on one generated M database (a municipality of about
// 5,000 staff, seed 1, reference date 2026-09-01): every kind of record in plausible amounts,
// and the records agree with each other and with the persons.
#include "demofixture.h"
#include "storage/associationrepository.h"
#include "storage/checklistrepository.h"
#include "storage/consultationrepository.h"
#include "storage/integritycheck.h"
#include "storage/mentoringrepository.h"
#include "storage/studentresultrepository.h"
#include "storage/surveyrepository.h"

namespace {

double share(int part, int whole)
{
    return whole > 0 ? double(part) / whole : 0;
}

// Persons employed on the reference date (the staff of the indicators' snapshot).
const QString staffNow = QStringLiteral(
    "SELECT DISTINCT person_id FROM employment WHERE start_date <= '2026-09-01' AND (end_date IS NULL OR end_date >= '2026-09-01')");

int count(const QString& sql)
{
    return number(*demoM().db, sql);
}

} // namespace

TEST_CASE("demo cycle on M: every kind of record, in plausible amounts", "[demo]")
{
    Generated& g = demoM();
    const int staff = count(QStringLiteral("SELECT COUNT(*) FROM (%1)").arg(staffNow));
    REQUIRE(staff > 4500);

    // The summary counts every row of the support cycle's tables.
    int rowsWritten = 0;
    for (const QString& table : demoCycleTables()) {
        const int n = count(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        INFO(table.toStdString() << " has " << n << " rows");
        CHECK(n > 0);
        rowsWritten += n;
    }
    CHECK(g.summary.records == rowsWritten);

    // The catalogue: about 40 programmes, long and short ones, some in the federal registry, each with an area.
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM course_programme")) == 41);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM course_programme WHERE hours >= 16")) >= 25);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM course_programme WHERE hours < 16")) >= 8);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM course_programme WHERE in_federal_registry = 1")) >= 10);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM course_programme WHERE competence_area IS NULL")) == 0);

    // K01 about 60 %: each year a person is diagnosed with a chance of 0.28–0.32, so 1 − 0.7³ ≈ 0.66
    // of those who worked all three years, fewer among newcomers.
    const double diagnosed = share(count(QStringLiteral("SELECT COUNT(*) FROM (%1) s WHERE EXISTS (SELECT 1 FROM diagnostic d "
                                                        "WHERE d.person_id = s.person_id AND d.diagnosed_on >= '2023-09-01')")
                                             .arg(staffNow)),
                                   staff);
    CHECK(diagnosed > 0.52);
    CHECK(diagnosed < 0.68);
    // About 35 % of those diagnosed have had a subject or methodical deficit.
    const double withDeficit = share(count(QStringLiteral("SELECT COUNT(DISTINCT d.person_id) FROM diagnostic d JOIN diagnostic_result r "
                                                          "ON r.diagnostic_id = d.id WHERE r.deficit = 1 AND r.area_code IN ('subject', 'methodical')")),
                                     count(QStringLiteral("SELECT COUNT(DISTINCT person_id) FROM diagnostic")));
    CHECK(withDeficit > 0.28);
    CHECK(withDeficit < 0.42);
    // Three in four diagnostics with deficits lead to a route (fewer: not while another route runs,
    // nor for someone who left).
    const double routed = share(count(QStringLiteral("SELECT COUNT(*) FROM route WHERE diagnostic_id IS NOT NULL")),
                                count(QStringLiteral("SELECT COUNT(DISTINCT diagnostic_id) FROM diagnostic_result WHERE deficit = 1")));
    CHECK(routed > 0.6);
    CHECK(routed < 0.8);
    // Of the routes that ended, about 85 % were completed successfully; some were abandoned; those
    // planned after spring diagnostics run now.
    const int ended = count(QStringLiteral("SELECT COUNT(*) FROM route WHERE status NOT IN ('draft', 'active')"));
    const double success = share(count(QStringLiteral("SELECT COUNT(*) FROM route WHERE status = 'completed_successfully'")), ended);
    CHECK(success > 0.75);
    CHECK(success < 0.9);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM route WHERE status = 'abandoned'")) > 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM route WHERE status = 'active' AND start_date <= '2026-09-01' "
                               "AND end_date > '2026-09-01'")) > 0);
    // 2–4 items each, reviewed (an intermediate review, and a final one for those completed).
    CHECK(rows(*g.db, QStringLiteral("SELECT MIN(n), MAX(n) FROM (SELECT COUNT(i.id) AS n FROM route r "
                                     "LEFT JOIN route_item i ON i.route_id = r.id GROUP BY r.id)"))
          == QList<QStringList>{{QStringLiteral("2"), QStringLiteral("4")}});
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM route r WHERE r.status LIKE 'completed%' "
                               "AND NOT EXISTS (SELECT 1 FROM route_review v WHERE v.route_id = r.id)")) == 0);

    // K03 75–85 %: half keep a two-to-three-year rhythm of long courses, the others take 40–72 months.
    const double dpo = share(count(QStringLiteral("SELECT COUNT(*) FROM (%1) s WHERE EXISTS (SELECT 1 FROM course_completion c "
                                                  "JOIN course_programme p ON p.id = c.programme_id WHERE c.person_id = s.person_id "
                                                  "AND p.hours >= 16 AND c.end_date > '2023-09-01')")
                                       .arg(staffNow)),
                             staff);
    CHECK(dpo > 0.75);
    CHECK(dpo < 0.85);

    // K17 about 80 %: 0.9 of novices' organisations mentor, 0.9 in a given year, when a mentor is there.
    const qint64 root = count(QStringLiteral("SELECT id FROM org_unit WHERE level = 0"));
    const int novices = count(QStringLiteral("SELECT COUNT(*) FROM person p WHERE p.experience_start > '2023-09-01' "
                                             "AND p.id IN (%1)").arg(staffNow));
    const double mentored = 1 - share(int(MentoringRepository(*g.db).noviceWithoutMentor(root, QDate(2026, 9, 1)).size()), novices);
    CHECK(novices > 150);
    CHECK(mentored > 0.65);
    CHECK(mentored < 0.9);

    // Events at each level every year, 10–60 participants each.
    for (int year = 2021; year <= 2025; ++year) {
        INFO("academic year from " << year);
        const auto levels = rows(*g.db, QStringLiteral("SELECT DISTINCT level FROM methodical_event WHERE start_date >= '%1-09-01' "
                                                       "AND start_date < '%2-09-01' ORDER BY level").arg(year).arg(year + 1));
        CHECK(levels == QList<QStringList>{{QStringLiteral("hub")}, {QStringLiteral("municipal")},
                                           {QStringLiteral("regional")}, {QStringLiteral("school")}});
    }
    CHECK(rows(*g.db, QStringLiteral("SELECT MIN(n) >= 10, MAX(n) <= 60 FROM (SELECT COUNT(*) AS n FROM event_participation "
                                     "GROUP BY event_id)")) == QList<QStringList>{{QStringLiteral("1"), QStringLiteral("1")}});
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM event_participation WHERE role = 'speaker'")) > 0);

    // Competitions every year at both levels, each with one winner.
    CHECK(count(QStringLiteral("SELECT COUNT(DISTINCT year || level) FROM competition")) == 10);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM competition c WHERE (SELECT COUNT(*) FROM competition_participation p "
                               "WHERE p.competition_id = c.id AND p.result = 'winner') <> 1")) == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM competition_participation WHERE result = 'prize_winner'")) > 0);

    // Attestations: granted ones behind most categories, a few refused.
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM attestation WHERE outcome = 'granted'"))
          > count(QStringLiteral("SELECT COUNT(*) FROM person WHERE category <> 'none'")) * 0.75);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM attestation WHERE outcome = 'refused'")) > 0);
}

TEST_CASE("demo cycle on M: the records agree with each other and with the persons", "[demo]")
{
    Database& db = *demoM().db;

    // Every route is built from a diagnostic after it, and its problems are exactly that diagnostic's deficits.
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM route WHERE diagnostic_id IS NULL")) == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM route r JOIN diagnostic d ON d.id = r.diagnostic_id "
                               "WHERE r.start_date <= d.diagnosed_on OR d.person_id <> r.person_id")) == 0);
    CHECK(count(QStringLiteral(
              "SELECT COUNT(*) FROM route r WHERE EXISTS (SELECT 1 FROM diagnostic_result d WHERE d.diagnostic_id = r.diagnostic_id "
              "  AND d.deficit = 1 AND NOT EXISTS (SELECT 1 FROM route_problem p WHERE p.route_id = r.id "
              "  AND p.diagnostic_result_id = d.id AND p.area_code = d.area_code)) "
              "OR EXISTS (SELECT 1 FROM route_problem p LEFT JOIN diagnostic_result d ON d.id = p.diagnostic_result_id "
              "  WHERE p.route_id = r.id AND (d.id IS NULL OR d.diagnostic_id <> r.diagnostic_id OR d.deficit = 0))"))
          == 0);
    // A done course item is a completed course of the person that day; a done event item a participation then.
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM route_item i JOIN route r ON r.id = i.route_id "
                               "WHERE i.direction_code = 'courses' AND i.status = 'done' AND NOT EXISTS (SELECT 1 FROM course_completion c "
                               "WHERE c.person_id = r.person_id AND c.end_date = i.completed_on)")) == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM route_item i JOIN route r ON r.id = i.route_id "
                               "WHERE i.title LIKE 'Участие:%' AND i.status = 'done' AND NOT EXISTS (SELECT 1 FROM event_participation ep "
                               "JOIN methodical_event ev ON ev.id = ep.event_id WHERE ep.person_id = r.person_id "
                               "AND ev.start_date = i.due_date)")) == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM route_item WHERE title LIKE 'Участие:%' AND status = 'done'")) > 0);

    // Every mentee is a novice (experience shorter than three years) when the programme starts; the
    // mentor is an experienced colleague with the mentor role or a high category, working there then.
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT p.experience_start, g.start_date, m.joined_on FROM mentoring_mentee m "
                                  "JOIN mentoring_programme g ON g.id = m.programme_id JOIN person p ON p.id = m.person_id")));
    int mentees = 0;
    while (q.next()) {
        ++mentees;
        const QDate experience = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        const QDate start = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        INFO("experience from " << q.value(0).toString().toStdString() << ", programme from " << q.value(1).toString().toStdString());
        REQUIRE(experience > start.addMonths(-36));
        REQUIRE(q.value(2).toString() == q.value(1).toString());
    }
    CHECK(mentees > 100);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM mentoring_programme g JOIN person p ON p.id = g.mentor_id "
                               "WHERE NOT (p.is_mentor = 1 OR p.category IN ('highest', 'mentor', 'methodist')) "
                               "OR NOT EXISTS (SELECT 1 FROM employment e WHERE e.person_id = g.mentor_id AND e.org_unit_id = g.org_unit_id "
                               "AND e.start_date <= g.start_date AND (e.end_date IS NULL OR e.end_date >= g.start_date))")) == 0);

    // Every completion's person works on its end date, at the completion's organisation.
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM course_completion c WHERE NOT EXISTS (SELECT 1 FROM employment e "
                               "WHERE e.person_id = c.person_id AND e.org_unit_id = c.org_unit_id AND e.start_date <= c.end_date "
                               "AND (e.end_date IS NULL OR e.end_date >= c.end_date))")) == 0);

    // Attestations match the categories: a person's category granted on a day they worked here has
    // its granted attestation that day; the latest granted attestation is the person's category;
    // a refusal sought another category than the one the person holds.
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM person p WHERE p.category <> 'none' AND EXISTS (SELECT 1 FROM employment e "
                               "WHERE e.person_id = p.id AND e.start_date <= p.category_granted AND (e.end_date IS NULL "
                               "OR e.end_date >= p.category_granted)) AND NOT EXISTS (SELECT 1 FROM attestation a WHERE a.person_id = p.id "
                               "AND a.outcome = 'granted' AND a.attestation_date = p.category_granted AND a.category = p.category "
                               "AND a.valid_until = p.category_expires)")) == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM person p JOIN attestation a ON a.person_id = p.id AND a.outcome = 'granted' "
                               "WHERE a.attestation_date = (SELECT MAX(attestation_date) FROM attestation b WHERE b.person_id = p.id "
                               "AND b.outcome = 'granted') AND (a.category <> p.category OR a.attestation_date <> p.category_granted "
                               "OR a.valid_until <> p.category_expires)")) == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM attestation a JOIN person p ON p.id = a.person_id WHERE a.outcome = 'refused' "
                               "AND (a.category = p.category OR a.attestation_date <= COALESCE(p.category_granted, '0000'))")) == 0);

    // Participants come from the organiser's subtree.
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM event_participation ep JOIN methodical_event ev ON ev.id = ep.event_id "
                               "WHERE NOT EXISTS (SELECT 1 FROM org_unit_closure c WHERE c.ancestor_id = ev.org_unit_id "
                               "AND c.descendant_id = ep.org_unit_id)")) == 0);
    // Nothing is dated after the reference date but what is planned.
    CHECK(count(QStringLiteral("SELECT (SELECT COUNT(*) FROM diagnostic WHERE diagnosed_on > '2026-09-01') "
                               "+ (SELECT COUNT(*) FROM methodical_event WHERE start_date > '2026-09-01') "
                               "+ (SELECT COUNT(*) FROM attestation WHERE attestation_date > '2026-09-01') "
                               "+ (SELECT COUNT(*) FROM route_item WHERE status = 'done' AND completed_on > '2026-09-01')")) == 0);

    const auto problems = IntegrityCheck::run(db);
    for (const IntegrityProblem& p : problems)
        UNSCOPED_INFO(p.message.toStdString());
    CHECK_FALSE(IntegrityCheck::hasErrors(problems));
}

TEST_CASE("demo cycle on M: the methodical network's records, with meaningful indicators", "[demo]")
{
    Database& db = *demoM().db;
    const qint64 root = count(QStringLiteral("SELECT id FROM org_unit WHERE level = 0"));
    const int staff = count(QStringLiteral("SELECT COUNT(*) FROM (%1)").arg(staffNow));

    // K15: most teachers are members of their school's ШМО, many of an РМО; not everyone.
    const double members = share(int(AssociationRepository(db).membersOn(root, QDate(2026, 9, 1)).size()), staff);
    CHECK(members > 0.45);
    CHECK(members < 0.85);
    CHECK(count(QStringLiteral("SELECT COUNT(DISTINCT level) FROM methodical_association")) == 4);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM association_member WHERE left_on IS NOT NULL")) > 0);
    // Members leave when they leave their job: nobody is a member after their last employment.
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM association_member m JOIN methodical_association a ON a.id = m.association_id "
                               "WHERE m.left_on IS NULL AND a.end_date IS NULL AND NOT EXISTS "
                               "(SELECT 1 FROM employment e WHERE e.person_id = m.person_id AND e.end_date IS NULL)")) == 0);

    // K19 in 2025/26: 5–45 consultations per 100 staff a year (one municipality draws one rate);
    // those with routes, novices and staff of flagged schools are consulted more often than others.
    const int consultations = ConsultationRepository(db).count(root, QDate(2025, 9, 1), QDate(2026, 8, 31));
    CHECK(consultations * 100.0 / staff > 3);
    CHECK(consultations * 100.0 / staff < 65);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM consultation WHERE form = 'group'")) > 0);
    const double routedConsulted = share(count(QStringLiteral("SELECT COUNT(DISTINCT c.person_id) FROM consultation_person c "
                                                              "WHERE c.person_id IN (SELECT person_id FROM route)")),
                                         count(QStringLiteral("SELECT COUNT(DISTINCT person_id) FROM route")));
    const double othersConsulted = share(count(QStringLiteral("SELECT COUNT(DISTINCT c.person_id) FROM consultation_person c "
                                                              "WHERE c.person_id NOT IN (SELECT person_id FROM route)")),
                                         count(QStringLiteral("SELECT COUNT(*) FROM person WHERE id NOT IN (SELECT person_id FROM route)")));
    CHECK(routedConsulted > othersConsulted);

    // K22 in 2024/25: most responses score 4 or 5, not all; some are anonymous; needs are named.
    const SatisfactionCounts satisfaction = SurveyRepository(db).satisfactionCounts(root, QDate(2024, 9, 1), QDate(2025, 8, 31));
    CHECK(satisfaction.responses > staff / 6);
    CHECK(share(satisfaction.satisfied, satisfaction.responses) > 0.4);
    CHECK(share(satisfaction.satisfied, satisfaction.responses) < 0.97);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM survey WHERE person_id IS NULL")) > 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM survey_need")) > count(QStringLiteral("SELECT COUNT(*) FROM survey")));

    // K11: of those whose route succeeded before 2024/25, more have results that rose against
    // 2022/23 than of those who had no route.
    QVector<qint64> succeeded, without;
    for (const QStringList& row : rows(db, QStringLiteral("SELECT DISTINCT person_id FROM route WHERE status = 'completed_successfully' "
                                                          "AND status_date < '2024-09-01'")))
        succeeded.append(row.first().toLongLong());
    for (const QStringList& row : rows(db, QStringLiteral("SELECT DISTINCT person_id FROM student_result WHERE person_id NOT IN "
                                                          "(SELECT person_id FROM route)")))
        without.append(row.first().toLongLong());
    const auto rose = [&](const QVector<qint64>& persons) {
        const auto dynamics = StudentResultRepository(db).positiveDynamics(persons, 2024);
        return share(int(std::count_if(dynamics.cbegin(), dynamics.cend(), [](const ResultDynamics& d) { return d.rose; })),
                     int(dynamics.size()));
    };
    CHECK(rose(succeeded) > rose(without) + 0.1);
    CHECK(rose(without) > 0.3);

    // The checklist: answered by the municipality and its organisations from 2023/24, «yes» more often each year.
    CHECK(count(QStringLiteral("SELECT MIN(academic_year) FROM checklist_answer")) == 2023);
    const auto yes = [&](int year) {
        const YesShare s = ChecklistRepository(db).yesShare(root, year, QStringLiteral("C01"));
        return share(s.yes, s.answered);
    };
    CHECK(yes(2023) > 0.05);
    CHECK(yes(2026) > yes(2023));
    CHECK(count(QStringLiteral("SELECT COUNT(DISTINCT answer) FROM checklist_answer")) == 3);

    // The plan: every event the municipality organised is a held item linked to it; other items
    // were mostly held, some moved or cancelled; the current year's are planned.
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM methodical_event e WHERE e.org_unit_id IN (SELECT id FROM org_unit WHERE level < 3) "
                               "AND NOT EXISTS (SELECT 1 FROM plan_item p WHERE p.event_id = e.id)")) == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(DISTINCT status) FROM plan_item")) == 4);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM plan_item WHERE academic_year = 2026 AND status <> 'planned'")) == 0);

    // Risks of the region and the municipality, in every status; sites; materials by their authors.
    CHECK(count(QStringLiteral("SELECT COUNT(DISTINCT org_unit_id) FROM risk")) == 2);
    CHECK(count(QStringLiteral("SELECT COUNT(DISTINCT status) FROM risk")) >= 3);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM innovation_site")) > 0);
    CHECK(count(QStringLiteral("SELECT COUNT(DISTINCT approval_level) FROM methodical_material")) == 4);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM methodical_material WHERE approval_level IS NULL")) > 0);
}
