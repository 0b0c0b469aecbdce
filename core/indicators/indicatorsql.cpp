// The SQL of each indicator (DOMAIN.md §4). Decisions where the definition leaves room, also in
// docs/indicators.md:
//  - "in the period" = from the period's first day to the snapshot (records dated later do not
//    count yet); "on the snapshot" for memberships, mentors and categories;
//  - an ИОМ or a mentee's programme is active in the period when it is not a draft, started by
//    the snapshot and had not ended before the period (its end, or the day of its final status);
//  - "route participants" (K06, K07, K10, K11) = staff with such an ИОМ or programme;
//  - a route or programme "ended in the period" (K09) has a final status set in the period;
//  - competitions count by their year: the calendar year the period ends in;
//  - young = under YoungAge on the snapshot, novice = experience shorter than NoviceYears full
//    years on the snapshot (RuleBook), K16 at the period's start;
//  - K17's "has an active mentor": a mentee of a programme active in the period (programmes
//    mostly end in May, so "on 31 August" would leave every past year at 0 %).
#include "indicators/indicatorsql.h"
#include "indicators/indicatorperiod.h"
#include "storage/rulebook.h"
#include "storage/sqlvalues.h"

namespace {

const QString finalStatus = QStringLiteral("('completed_successfully', 'completed_unsuccessfully', 'abandoned')");

// The last day of an ИОМ or programme `a` (open: far future).
QString endOf(const QString& a)
{
    return QStringLiteral("COALESCE(%1.end_date, CASE WHEN %1.status IN %2 THEN %1.status_date END, '9999-12-31')")
        .arg(a, finalStatus);
}

QString routeActive(const QString& r)
{
    return QStringLiteral("%1.status <> 'draft' AND %1.start_date <= :on AND %2 >= :from").arg(r, endOf(r));
}

// The person p is in a set of persons: "p.id IN (SELECT person_id ...)". The set does not
// depend on p, so SQLite builds it once per query and each person is one lookup — far cheaper
// than a correlated EXISTS per person and indicator (BENCHMARKS.md).
QString personIn(const QString& select)
{
    return QStringLiteral("p.id IN (") + select + u')';
}

QString within(const QString& column)
{
    return QStringLiteral("%1 >= :from AND %1 <= :on").arg(column);
}

const QString routeParticipants = QStringLiteral("SELECT r.person_id FROM route r WHERE %1").arg(routeActive(QStringLiteral("r")));

const QString mentees = QStringLiteral(
    "SELECT m.person_id FROM mentoring_mentee m JOIN mentoring_programme g ON g.id = m.programme_id "
    "WHERE g.status <> 'draft' AND g.start_date <= :on AND %1 >= :from "
    "AND m.joined_on <= :on AND (m.left_on IS NULL OR m.left_on >= :from)").arg(endOf(QStringLiteral("g")));

const QString hasRoute = personIn(routeParticipants);
const QString isMentee = personIn(mentees);
const QString participant = personIn(routeParticipants + QStringLiteral(" UNION ALL ") + mentees);

const QString granted = personIn(QStringLiteral("SELECT a.person_id FROM attestation a WHERE a.outcome = 'granted' AND %1")
                                     .arg(within(QStringLiteral("a.attestation_date"))));

const QString attended = personIn(QStringLiteral("SELECT ep.person_id FROM event_participation ep JOIN methodical_event ev ON ev.id = ep.event_id WHERE %1")
                                      .arg(within(QStringLiteral("ev.start_date"))));

const QString consulted = personIn(QStringLiteral("SELECT cp.person_id FROM consultation_person cp JOIN consultation c ON c.id = cp.consultation_id WHERE %1")
                                       .arg(within(QStringLiteral("c.consultation_date"))));

const QString young = QStringLiteral("p.birth_date > :young_after");
const QString novice = QStringLiteral("p.experience_start > :novice_after");

QString latestLevel(const char* area)
{
    return QStringLiteral("(SELECT dr.level FROM diagnostic d JOIN diagnostic_result dr ON dr.diagnostic_id = d.id "
                          "WHERE d.person_id = p.id AND dr.area_code = '%1' AND %2 "
                          "ORDER BY d.diagnosed_on DESC, d.id DESC LIMIT 1)").arg(QLatin1String(area), within(QStringLiteral("d.diagnosed_on")));
}

QString rank(const QString& level)
{
    return QStringLiteral("CASE %1 WHEN 'low' THEN 1 WHEN 'medium' THEN 2 WHEN 'high' THEN 3 END").arg(level);
}

// A share: who is in the denominator (empty: every person of the staff), who in the numerator.
PersonMeasure share(const QString& denominator, const QString& numerator, const QString& fact = {}, const QString& factLabel = {})
{
    PersonMeasure m;
    const QString inDenominator = denominator.isEmpty() ? QStringLiteral("1 = 1") : denominator;
    m.denominator = denominator.isEmpty() ? QStringLiteral("1") : QStringLiteral("CASE WHEN %1 THEN 1 ELSE 0 END").arg(denominator);
    m.numerator = QStringLiteral("CASE WHEN (%1) AND (%2) THEN 1 ELSE 0 END").arg(inDenominator, numerator);
    m.fact = fact;
    m.factLabel = factLabel;
    return m;
}

// A user's record kind as a FROM ... WHERE over the person p, in the period, narrowed to an area.
QString recordsOfKind(const QString& kind, const QString& area)
{
    const bool narrowed = !area.isEmpty();
    if (kind == QLatin1String("course"))
        return QStringLiteral("FROM course_completion cc JOIN course_programme cpg ON cpg.id = cc.programme_id WHERE cc.person_id = p.id AND %1%2")
            .arg(within(QStringLiteral("cc.end_date")), narrowed ? QStringLiteral(" AND cpg.competence_area = ") + area : QString());
    if (kind == QLatin1String("event"))
        return QStringLiteral("FROM event_participation ep JOIN methodical_event ev ON ev.id = ep.event_id WHERE ep.person_id = p.id AND %1%2")
            .arg(within(QStringLiteral("ev.start_date")), narrowed ? QStringLiteral(" AND ev.competence_area = ") + area : QString());
    if (kind == QLatin1String("diagnostic") || kind == QLatin1String("deficit")) {
        QString sql = QStringLiteral("FROM diagnostic d WHERE d.person_id = p.id AND %1").arg(within(QStringLiteral("d.diagnosed_on")));
        if (narrowed || kind == QLatin1String("deficit"))
            sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM diagnostic_result dr WHERE dr.diagnostic_id = d.id%1%2)")
                       .arg(kind == QLatin1String("deficit") ? QStringLiteral(" AND dr.deficit = 1") : QString(),
                            narrowed ? QStringLiteral(" AND dr.area_code = ") + area : QString());
        return sql;
    }
    if (kind == QLatin1String("route"))
        return QStringLiteral("FROM route r WHERE r.person_id = p.id AND %1%2")
            .arg(routeActive(QStringLiteral("r")),
                 narrowed ? QStringLiteral(" AND EXISTS (SELECT 1 FROM route_problem rp WHERE rp.route_id = r.id AND rp.area_code = ") + area + u')'
                          : QString());
    if (kind == QLatin1String("mentoring"))
        return QStringLiteral("FROM mentoring_mentee m JOIN mentoring_programme g ON g.id = m.programme_id "
                              "WHERE m.person_id = p.id AND g.status <> 'draft' AND g.start_date <= :on AND %1 >= :from "
                              "AND m.joined_on <= :on AND (m.left_on IS NULL OR m.left_on >= :from)").arg(endOf(QStringLiteral("g")));
    if (kind == QLatin1String("attestation"))
        return QStringLiteral("FROM attestation a WHERE a.person_id = p.id AND a.outcome = 'granted' AND %1").arg(within(QStringLiteral("a.attestation_date")));
    if (kind == QLatin1String("competition"))
        return QStringLiteral("FROM competition_participation cq JOIN competition k ON k.id = cq.competition_id "
                              "WHERE cq.person_id = p.id AND k.year = :comp_year");
    if (kind == QLatin1String("consultation"))
        return QStringLiteral("FROM consultation_person cp JOIN consultation c ON c.id = cp.consultation_id WHERE cp.person_id = p.id AND %1%2")
            .arg(within(QStringLiteral("c.consultation_date")), narrowed ? QStringLiteral(" AND c.competence_area = ") + area : QString());
    if (kind == QLatin1String("association"))
        return QStringLiteral("FROM association_member am JOIN methodical_association ma ON ma.id = am.association_id "
                              "WHERE am.person_id = p.id AND am.joined_on <= :on AND (am.left_on IS NULL OR am.left_on >= :on) "
                              "AND ma.start_date <= :on AND (ma.end_date IS NULL OR ma.end_date >= :on)");
    return {};
}

std::optional<PersonMeasure> builtIn(const Indicator& indicator)
{
    const QString& code = indicator.code;
    const QString lastCourse = QStringLiteral(
        "(SELECT MAX(cc.end_date) FROM course_completion cc JOIN course_programme cpg ON cpg.id = cc.programme_id "
        "WHERE cc.person_id = p.id AND cpg.hours >= :dpo_hours AND cc.end_date <= :on)");
    const QString lastRoute = QStringLiteral("(SELECT MAX(r.start_date) FROM route r WHERE r.person_id = p.id AND r.status <> 'draft' AND r.start_date <= :on)");
    const QString lastGrant = QStringLiteral("(SELECT MAX(a.attestation_date) FROM attestation a WHERE a.person_id = p.id AND a.outcome = 'granted' AND a.attestation_date <= :on)");
    const QString competed = personIn(QStringLiteral("SELECT cq.person_id FROM competition_participation cq "
                                                     "WHERE cq.competition_id IN (SELECT k.id FROM competition k WHERE k.year = :comp_year)%1"));
    if (code == QLatin1String("K01"))
        return share({}, personIn(QStringLiteral("SELECT d.person_id FROM diagnostic d WHERE d.diagnosed_on >= :diag_since AND d.diagnosed_on <= :on")),
                     QStringLiteral("(SELECT MAX(d.diagnosed_on) FROM diagnostic d WHERE d.person_id = p.id AND d.diagnosed_on <= :on)"),
                     IndicatorSql::tr("last diagnostic"));
    if (code == QLatin1String("K02"))
        return share({}, personIn(QStringLiteral(
                         "SELECT cc.person_id FROM course_completion cc JOIN course_programme cpg ON cpg.id = cc.programme_id "
                         "WHERE %1 AND cpg.in_federal_registry = 1 AND EXISTS (SELECT 1 FROM diagnostic d "
                         "JOIN diagnostic_result dr ON dr.diagnostic_id = d.id WHERE d.person_id = cc.person_id AND dr.deficit = 1 "
                         "AND dr.area_code = cpg.competence_area AND d.diagnosed_on <= cc.start_date)").arg(within(QStringLiteral("cc.end_date")))),
                     QStringLiteral("(SELECT MAX(d.diagnosed_on) FROM diagnostic d JOIN diagnostic_result dr ON dr.diagnostic_id = d.id "
                                    "WHERE d.person_id = p.id AND dr.deficit = 1 AND d.diagnosed_on <= :on)"),
                     IndicatorSql::tr("last deficit found"));
    if (code == QLatin1String("K03"))
        return share({}, personIn(QStringLiteral("SELECT cc.person_id FROM course_completion cc JOIN course_programme cpg ON cpg.id = cc.programme_id "
                                                 "WHERE cpg.hours >= :dpo_hours AND cc.end_date >= :dpo_since AND cc.end_date <= :on")),
                     lastCourse, IndicatorSql::tr("last further training course"));
    if (code == QLatin1String("K04"))
        return share({}, granted, lastGrant, IndicatorSql::tr("last category granted"));
    if (code == QLatin1String("K05"))
        return share({}, competed.arg(QString()),
                     QStringLiteral("(SELECT MAX(k.year) FROM competition_participation cq JOIN competition k ON k.id = cq.competition_id WHERE cq.person_id = p.id)"),
                     IndicatorSql::tr("last competition year"));
    if (code == QLatin1String("K06"))
        return share(participant, competed.arg(QStringLiteral(" AND cq.result IN ('winner', 'prize_winner')")),
                     QStringLiteral("(SELECT MAX(k.year) FROM competition_participation cq JOIN competition k ON k.id = cq.competition_id "
                                    "WHERE cq.person_id = p.id AND cq.result IN ('winner', 'prize_winner'))"),
                     IndicatorSql::tr("last competition won"));
    if (code == QLatin1String("K07"))
        return share(participant, granted, lastGrant, IndicatorSql::tr("last category granted"));
    if (code == QLatin1String("K08"))
        return share({}, participant, lastRoute, IndicatorSql::tr("last route started"));
    if (code == QLatin1String("K10"))
        return share(QStringLiteral("%1 AND %2 IS NOT NULL AND %3 IS NOT NULL").arg(participant, latestLevel("subject"), latestLevel("methodical")),
                     QStringLiteral("%1 IN ('medium', 'high') AND %2 IN ('medium', 'high')").arg(latestLevel("subject"), latestLevel("methodical")),
                     QStringLiteral("%1 || ' / ' || %2").arg(latestLevel("subject"), latestLevel("methodical")),
                     IndicatorSql::tr("subject / methodical level"));
    if (code == QLatin1String("K11")) {
        const QString pairs = QStringLiteral("SELECT sa.person_id FROM student_result sa JOIN student_result sb ON sb.person_id = sa.person_id "
                                             "AND sb.measure_key = sa.measure_key AND sb.academic_year = :measure_year - 2 "
                                             "WHERE sa.academic_year = :measure_year");
        return share(QStringLiteral("%1 AND %2").arg(participant, personIn(pairs)),
                     QStringLiteral("NOT ") + personIn(pairs + QStringLiteral(" AND sa.value <= sb.value")));
    }
    if (code == QLatin1String("K12"))
        return share({}, personIn(QStringLiteral(
                         "SELECT cc.person_id FROM course_completion cc WHERE cc.end_date >= :base AND cc.end_date <= :on "
                         "UNION ALL SELECT ep.person_id FROM event_participation ep JOIN methodical_event ev ON ev.id = ep.event_id "
                         "  WHERE ev.start_date >= :base AND ev.start_date <= :on "
                         "UNION ALL SELECT m.person_id FROM mentoring_mentee m JOIN mentoring_programme g ON g.id = m.programme_id "
                         "  WHERE g.status <> 'draft' AND g.start_date <= :on AND %1 >= :base "
                         "  AND m.joined_on <= :on AND (m.left_on IS NULL OR m.left_on >= :base) "
                         "UNION ALL SELECT r.person_id FROM route r WHERE r.status <> 'draft' AND r.start_date <= :on AND %2 >= :base")
                                      .arg(endOf(QStringLiteral("g")), endOf(QStringLiteral("r")))),
                     lastCourse, IndicatorSql::tr("last further training course"));
    if (code == QLatin1String("K13"))
        return share(QStringLiteral("%1 AND %2").arg(young, novice), QStringLiteral("(%1 OR %2)").arg(participant, attended),
                     QStringLiteral("p.experience_start"), IndicatorSql::tr("experience since"));
    if (code == QLatin1String("K14")) {
        PersonMeasure m;
        m.numerator = QStringLiteral("1");
        m.denominator = QStringLiteral("0"); // methodists' rates: records()
        return m;
    }
    if (code == QLatin1String("K15"))
        return share({}, personIn(QStringLiteral("SELECT am.person_id FROM association_member am JOIN methodical_association ma ON ma.id = am.association_id "
                                                 "WHERE am.joined_on <= :on AND (am.left_on IS NULL OR am.left_on >= :on) "
                                                 "AND ma.start_date <= :on AND (ma.end_date IS NULL OR ma.end_date >= :on)")));
    if (code == QLatin1String("K16")) {
        PersonMeasure m = share(young, QStringLiteral("NOT ") + personIn(QStringLiteral("SELECT e.person_id FROM employment e "
                                                                                       "WHERE e.start_date <= :snap AND (e.end_date IS NULL OR e.end_date >= :snap)")),
                                QStringLiteral("(SELECT MAX(e.end_date) FROM employment e WHERE e.person_id = p.id AND e.end_date <= :snap)"),
                                IndicatorSql::tr("employment ended"));
        m.atPeriodStart = true;
        return m;
    }
    if (code == QLatin1String("K17"))
        return share(novice, isMentee, QStringLiteral("p.experience_start"), IndicatorSql::tr("experience since"));
    if (code == QLatin1String("K18"))
        return share(QStringLiteral("EXISTS (SELECT 1 FROM org_unit ou WHERE ou.id = s.org_unit_id AND (ou.low_results = 1 OR ou.unfavourable = 1))"),
                     QStringLiteral("(%1 OR %2 OR %3)").arg(consulted, hasRoute, isMentee));
    if (code == QLatin1String("K19")) {
        PersonMeasure m;
        m.numerator = QStringLiteral("0"); // consultations: records()
        m.denominator = QStringLiteral("1");
        return m;
    }
    if (code == QLatin1String("K20")) {
        const QString deficits = QStringLiteral("SELECT d.person_id FROM diagnostic d JOIN diagnostic_result dr ON dr.diagnostic_id = d.id "
                                                "WHERE dr.deficit = 1 AND d.diagnosed_on >= :deficit_since AND d.diagnosed_on <= :on");
        return share(personIn(deficits),
                     QStringLiteral("NOT ") + personIn(deficits + QStringLiteral(
                         " AND NOT EXISTS (SELECT 1 FROM route r JOIN route_problem rp ON rp.route_id = r.id "
                         "WHERE r.person_id = d.person_id AND rp.area_code = dr.area_code AND r.status <> 'draft' AND r.start_date <= :on "
                         "AND %1 >= d.diagnosed_on)").arg(endOf(QStringLiteral("r")))),
                     QStringLiteral("(SELECT MAX(d.diagnosed_on) FROM diagnostic d JOIN diagnostic_result dr ON dr.diagnostic_id = d.id "
                                    "WHERE d.person_id = p.id AND dr.deficit = 1 AND d.diagnosed_on >= :deficit_since AND d.diagnosed_on <= :on)"),
                     IndicatorSql::tr("last deficit found"));
    }
    if (code == QLatin1String("K21")) {
        const QString rediagnosed = QStringLiteral(
            "SELECT r.person_id FROM route r JOIN diagnostic d2 ON d2.person_id = r.person_id AND d2.diagnosed_on > COALESCE(r.end_date, r.status_date) "
            "AND d2.diagnosed_on >= :from AND d2.diagnosed_on <= :on "
            "WHERE r.status IN ('completed_successfully', 'completed_unsuccessfully')");
        const QString before = QStringLiteral("(SELECT dr.level FROM diagnostic d JOIN diagnostic_result dr ON dr.diagnostic_id = d.id "
                                              "WHERE d.person_id = r.person_id AND dr.area_code = rp.area_code AND d.diagnosed_on <= r.start_date "
                                              "ORDER BY d.diagnosed_on DESC, d.id DESC LIMIT 1)");
        return share(personIn(rediagnosed),
                     personIn(rediagnosed + QStringLiteral(" AND EXISTS (SELECT 1 FROM route_problem rp JOIN diagnostic_result r2 "
                                                           "ON r2.diagnostic_id = d2.id AND r2.area_code = rp.area_code WHERE rp.route_id = r.id AND %1 > %2)")
                                                .arg(rank(QStringLiteral("r2.level")), rank(before))));
    }
    return std::nullopt; // K09, K22: records only
}

} // namespace

std::optional<PersonMeasure> IndicatorSql::person(const Indicator& indicator)
{
    switch (indicator.form) {
    case IndicatorForm::BuiltIn:
        return builtIn(indicator);
    case IndicatorForm::Share:
        return share({}, QStringLiteral("EXISTS (SELECT 1 ") + recordsOfKind(indicator.recordKind, areaParameter(indicator)) + u')');
    case IndicatorForm::Per100: {
        PersonMeasure m;
        m.numerator = QStringLiteral("(SELECT COUNT(*) ") + recordsOfKind(indicator.recordKind, areaParameter(indicator)) + u')';
        m.denominator = QStringLiteral("1");
        m.fact = m.numerator;
        m.factLabel = tr("records: %1").arg(IndicatorRecordKinds::name(indicator.recordKind));
        return m;
    }
    case IndicatorForm::Checklist:
        return std::nullopt;
    }
    return std::nullopt;
}

QString IndicatorSql::areaParameter(const Indicator& indicator)
{
    return indicator.competenceArea.isEmpty() ? QString() : QStringLiteral(":area_") + indicator.code.toLower();
}

QString IndicatorSql::records(const Indicator& indicator)
{
    const QString& code = indicator.code;
    if (indicator.form == IndicatorForm::Checklist)
        return checklistRecords();
    if (code == QLatin1String("K09")) {
        const QString ended = QStringLiteral(
            "SELECT x.org_unit_id AS unit_id, 'K09' AS code, CASE WHEN x.status = 'completed_successfully' THEN 1 ELSE 0 END AS num, 1 AS den, "
            "'%1' AS kind, x.id AS record_id FROM %1 x WHERE x.status IN %2 AND COALESCE(x.status_date, x.end_date) >= :from AND COALESCE(x.status_date, x.end_date) <= :on");
        return ended.arg(QStringLiteral("route"), finalStatus) + QStringLiteral(" UNION ALL ") + ended.arg(QStringLiteral("mentoring_programme"), finalStatus);
    }
    if (code == QLatin1String("K14"))
        return QStringLiteral("SELECT e.org_unit_id AS unit_id, 'K14' AS code, 0 AS num, e.rate AS den, 'employment' AS kind, e.id AS record_id FROM employment e "
                              "WHERE e.position_code = 'methodist' AND e.start_date <= :on AND (e.end_date IS NULL OR e.end_date >= :on)");
    if (code == QLatin1String("K19"))
        return QStringLiteral("SELECT c.org_unit_id AS unit_id, 'K19' AS code, 1 AS num, 0 AS den, 'consultation' AS kind, c.id AS record_id "
                              "FROM consultation c WHERE ")
            + within(QStringLiteral("c.consultation_date"));
    if (code == QLatin1String("K22"))
        return QStringLiteral("SELECT v.org_unit_id AS unit_id, 'K22' AS code, CASE WHEN v.satisfaction >= 4 THEN 1 ELSE 0 END AS num, 1 AS den, "
                              "'survey' AS kind, v.id AS record_id FROM survey v WHERE v.satisfaction IS NOT NULL AND ") + within(QStringLiteral("v.survey_date"));
    return {};
}

QString IndicatorSql::checklistRecords()
{
    return QStringLiteral("SELECT a.org_unit_id AS unit_id, i.code AS code, CASE WHEN a.answer = 'yes' THEN 1 ELSE 0 END AS num, 1 AS den, "
                          "'checklist_answer' AS kind, a.id AS record_id FROM checklist_answer a JOIN indicator i ON i.checklist_item = a.item_code "
                          "WHERE i.form = 'checklist' AND a.academic_year = :measure_year");
}

QVariantMap IndicatorSql::parameters(RuleBook& rules, const IndicatorPeriod& period, const QDate& snapshot, const QDate& base)
{
    const QDate start = period.from();
    const int dpoMonths = qRound(rules.valueOn(Rule::DpoIntervalYears, snapshot) * 12);
    return {
        {QStringLiteral(":on"), sqlDate(snapshot)},
        {QStringLiteral(":from"), sqlDate(start)},
        {QStringLiteral(":snap"), sqlDate(snapshot)},
        {QStringLiteral(":diag_since"), sqlDate(snapshot.addYears(-3))},
        {QStringLiteral(":dpo_since"), sqlDate(snapshot.addMonths(-dpoMonths))},
        {QStringLiteral(":dpo_hours"), rules.valueOn(Rule::DpoMinHours, snapshot)},
        {QStringLiteral(":young_after"), sqlDate(rules.youngBornAfter(snapshot))},
        {QStringLiteral(":novice_after"), sqlDate(rules.noviceExperienceAfter(snapshot))},
        {QStringLiteral(":deficit_since"), sqlDate(start.addYears(-1))},
        {QStringLiteral(":base"), sqlDate(base.isValid() ? base : start)},
        {QStringLiteral(":comp_year"), period.targetYear()},
        {QStringLiteral(":measure_year"), period.endingAcademicYear()},
    };
}
