#include "storage/rulebook.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

namespace {
const char* const codes[] = {"category_validity_years", "dpo_interval_years", "dpo_min_hours", "novice_years", "young_age", "target_close_percent"};
}

QList<Rule> RuleBook::all()
{
    return {Rule::CategoryValidityYears, Rule::DpoIntervalYears, Rule::DpoMinHours, Rule::NoviceYears, Rule::YoungAge, Rule::TargetClosePercent};
}

QString RuleBook::code(Rule rule)
{
    return QString::fromLatin1(codes[int(rule)]);
}

std::optional<Rule> RuleBook::parse(const QString& text)
{
    for (Rule r : all())
        if (code(r) == text)
            return r;
    return std::nullopt;
}

QString RuleBook::name(Rule rule)
{
    switch (rule) {
    case Rule::CategoryValidityYears: return tr("validity of a qualification category, years");
    case Rule::DpoIntervalYears: return tr("further training (ДПО) at least once in, years");
    case Rule::DpoMinHours: return tr("least hours of a course that counts for further training");
    case Rule::NoviceYears: return tr("novice period, years of experience");
    case Rule::YoungAge: return tr("young teacher: younger than, years");
    case Rule::TargetClosePercent: return tr("a figure is close to its target when short of it by at most, % of the target");
    }
    return {};
}

const QVector<RuleValue>& RuleBook::rows()
{
    if (m_loaded)
        return m_rows;
    QSqlQuery& q = prepared(QStringLiteral("SELECT code, valid_from, value, basis FROM rule ORDER BY code, valid_from"));
    if (q.exec())
        while (q.next())
            if (const auto rule = parse(q.value(0).toString()))
                m_rows.append({*rule, dateFromSql(q.value(1)), q.value(2).toDouble(), q.value(3).toString()});
    q.finish();
    m_loaded = true;
    return m_rows;
}

QVector<RuleValue> RuleBook::history(Rule rule)
{
    QVector<RuleValue> result;
    for (const RuleValue& v : rows())
        if (v.rule == rule)
            result.append(v);
    return result;
}

double RuleBook::valueOn(Rule rule, const QDate& date)
{
    const QVector<RuleValue> values = history(rule);
    if (values.isEmpty())
        return 0;
    double value = values.first().value;
    for (const RuleValue& v : values)
        if (v.validFrom <= date)
            value = v.value;
    return value;
}

QDate RuleBook::noviceExperienceAfter(const QDate& date)
{
    return date.addMonths(-qRound(valueOn(Rule::NoviceYears, date) * 12));
}

QDate RuleBook::youngBornAfter(const QDate& date)
{
    return date.addMonths(-qRound(valueOn(Rule::YoungAge, date) * 12));
}

Status RuleBook::add(const RuleValue& v)
{
    if (!v.validFrom.isValid())
        return Status::failure(tr("The date from which the rule applies is required."));
    if (!(v.value > 0))
        return Status::failure(tr("The value of «%1» must be greater than zero.").arg(name(v.rule)));
    for (const RuleValue& other : history(v.rule))
        if (other.validFrom == v.validFrom)
            return Status::failure(tr("«%1» already has a value from %2.").arg(name(v.rule), v.validFrom.toString(QStringLiteral("dd.MM.yyyy"))));
    Database& db = database();
    WriteTransaction tx(db, WriteTransaction::Nesting::Join); // one statement
    if (!tx.isActive())
        return tx.status();
    QSqlQuery& q = prepared(QStringLiteral("INSERT INTO rule (code, valid_from, value, basis) VALUES (?, ?, ?, ?)"));
    q.addBindValue(code(v.rule));
    q.addBindValue(sqlDate(v.validFrom));
    q.addBindValue(v.value);
    q.addBindValue(sqlNotNull(v.basis.simplified()));
    if (!q.exec())
        return Status::failure(sqlError(tr("adding a rule"), q));
    q.finish();
    m_loaded = false;
    m_rows.clear();
    db.markChanged(Change::References);
    return tx.commit();
}
