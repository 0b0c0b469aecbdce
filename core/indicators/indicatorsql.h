#pragma once
// What each indicator counts, as SQL fragments the engine puts into one query over a subtree
// (see indicatorengine.cpp). Two shapes, which an indicator may combine:
//
//  - per person of the staff (main employment, storage/staffsql.h): numeric expressions over the
//    person row `p` and the staff row `s` (s.org_unit_id: the main organisation) summed into the
//    numerator and the denominator — for a share, 1 when the person is in the denominator and
//    meets the numerator's condition;
//  - per record of a unit (routes ended, consultations, survey answers, checklist answers,
//    methodists' rates): rows (unit_id, code, num, den, kind, record_id) summed by the subtree
//    part of unit_id; kind is the record's table (route, mentoring_programme, employment,
//    consultation, survey, checklist_answer), record_id its id — for the lists behind a figure.
//
// Parameters (bound by name, only those a query uses): :root, :on (snapshot), :from (period
// start), :snap (K16: the snapshot while :on is the period's start), :diag_since, :dpo_since,
// :dpo_hours, :young_after, :novice_after, :deficit_since, :base, :comp_year, :measure_year,
// and :area_<code> for a user's indicator narrowed to a competence area.
#include "indicators/indicator.h"

#include <QString>
#include <QVariantMap>
#include <optional>

class RuleBook;
struct IndicatorPeriod;

struct PersonMeasure {
    bool atPeriodStart = false; // K16: the staff on the period's first day, not on the snapshot
    QString numerator;          // numeric SQL per person
    QString denominator;        // numeric SQL per person
    QString fact;      // an SQL value shown beside each person in the lists, or empty (per 100: the count)
    QString factLabel; // its heading, translated
};

class IndicatorSql {
    Q_DECLARE_TR_FUNCTIONS(IndicatorSql)
public:
    static std::optional<PersonMeasure> person(const Indicator& indicator);
    // SELECT unit_id, code, num, den, kind, record_id rows, or empty. Checklist indicators share one part.
    static QString records(const Indicator& indicator);
    static QString checklistRecords();
    // The values of every parameter for a period and snapshot (K12's base date from `base`).
    static QVariantMap parameters(RuleBook& rules, const IndicatorPeriod& period, const QDate& snapshot,
                                  const QDate& base);
    // The parameter of a user's indicator narrowed to an area: ":area_u01".
    static QString areaParameter(const Indicator& indicator);
};
