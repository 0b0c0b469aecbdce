#pragma once
// Rules that change with the law, as dated rows (table `rule`): the value in force on a date is
// the row with the latest start not after it. A new order is a new row, not a new release.
#include "status.h"
#include "storage/repository.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>
#include <optional>

enum class Rule {
    CategoryValidityYears, // a qualification category is valid this many years
    DpoIntervalYears,      // ДПО at least once in this many years (273-ФЗ, art. 47)
    DpoMinHours,           // a course counts for that interval from this many hours
    NoviceYears,           // the first N years of pedagogical experience are a novice's
    YoungAge,              // a young teacher is under this age
    TargetClosePercent,    // a figure short of its target by at most this % of it is «close»
};

struct RuleValue {
    Rule rule = Rule::CategoryValidityYears;
    QDate validFrom;
    double value = 0;
    QString basis; // the order or law, as users cite it
};

class RuleBook : public Repository {
    Q_DECLARE_TR_FUNCTIONS(RuleBook)
public:
    using Repository::Repository;

    // The value in force on the date; before the first row, the first row's value.
    double valueOn(Rule rule, const QDate& date);
    QVector<RuleValue> history(Rule rule); // by start date
    Status add(const RuleValue& value);

    // The novice period (DOMAIN.md §2 "first three years", seed 002 «в первые три года работы»;
    // K17's "≤ 3 years" read the same way): a person is a novice on a date while their
    // experience is shorter than NoviceYears full years, i.e. it started after the returned date.
    QDate noviceExperienceAfter(const QDate& date);
    // Young (DOMAIN.md §2 "under 35"): born after the returned date.
    QDate youngBornAfter(const QDate& date);

    static QList<Rule> all();
    static QString code(Rule rule);  // as stored: "category_validity_years", ...
    static QString name(Rule rule);  // translated
    static std::optional<Rule> parse(const QString& code);

private:
    const QVector<RuleValue>& rows();
    QVector<RuleValue> m_rows;
    bool m_loaded = false;
};
