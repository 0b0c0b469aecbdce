#include "indicators/indicatorpeople.h"
#include "domain/academicyear.h"
#include "domain/checklist.h"
#include "domain/diagnostic.h"
#include "domain/mentoring.h"
#include "domain/route.h"
#include "indicators/figuretext.h"
#include "indicators/indicatorcatalogue.h"
#include "indicators/indicatorsql.h"
#include "indicators/reportedfigures.h"
#include "indicators/sqlparameters.h"
#include "io/csvwriter.h"
#include "storage/clock.h"
#include "storage/rulebook.h"
#include "storage/sqlvalues.h"
#include "storage/staffsql.h"

namespace {

// The columns every list's query returns, in this order (a detail gives their values; empty or
// missing ones are NULL).
const QStringList columns{QStringLiteral("num"), QStringLiteral("den"), QStringLiteral("person_id"), QStringLiteral("record_id"),
                          QStringLiteral("record"), QStringLiteral("who"), QStringLiteral("unit_code"), QStringLiteral("unit_name"),
                          QStringLiteral("fact1"), QStringLiteral("fact2"), QStringLiteral("sort1"), QStringLiteral("sort2")};

QString detail(const QStringList& values, const QString& from)
{
    QStringList select;
    for (int i = 0; i < columns.size(); ++i)
        select << (values.value(i).isEmpty() ? QStringLiteral("NULL") : values.at(i)) + QStringLiteral(" AS ") + columns.at(i);
    return QStringLiteral("SELECT ") + select.join(QStringLiteral(", ")) + u' ' + from;
}

QString fullName(const QString& p)
{
    return QStringLiteral("TRIM(%1.last_name || ' ' || %1.first_name || ' ' || %1.middle_name)").arg(p);
}

// The names of a record's persons, joined: "(SELECT group_concat(...) FROM <from> WHERE ...)".
QString names(const QString& fromWhere)
{
    return QStringLiteral("(SELECT group_concat(%1, ', ') %2)").arg(fullName(QStringLiteral("q")), fromWhere);
}

// The query of a list: the rows of a detail (over `listed`, the counted records of the subtree,
// or the staff) beside the part no row shows (`whole`), one row with empty columns when there
// are no rows.
QString listQuery(const QString& ctes, const QString& rows)
{
    return QStringLiteral("WITH ") + ctes + QStringLiteral(
        " SELECT x.*, w.num AS whole_num, w.den AS whole_den FROM whole w LEFT JOIN (") + rows
        + QStringLiteral(") x ON 1 = 1 ORDER BY x.sort1, x.sort2, x.record_id, x.person_id");
}

QString shownDate(const QVariant& value)
{
    const QDate d = dateFromSql(value);
    return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

QString shownFact(const QVariant& value)
{
    if (value.isNull())
        return {};
    const QString text = value.toString();
    if (const QDate d = QDate::fromString(text, Qt::ISODate); d.isValid())
        return d.toString(QStringLiteral("dd.MM.yyyy"));
    if (text.contains(QLatin1String(" / "))) { // K10: subject / methodical levels
        QStringList levels = text.split(QStringLiteral(" / "));
        for (QString& l : levels)
            l = CompetenceLevels::name(l);
        return levels.join(QStringLiteral(" / "));
    }
    return text;
}

// The rows of an indicator that counts records, over `listed`, with the list's headings.
QString recordRows(const Indicator& indicator, PeopleBehind& result)
{
    const QString listed = QStringLiteral("FROM listed l JOIN org_unit ou ON ou.id = l.unit_id ");
    if (indicator.form == IndicatorForm::Checklist) {
        result.kind = RowsBehind::Units;
        result.unitLabel = IndicatorPeople::tr("Unit");
        result.factLabels = QStringList{IndicatorPeople::tr("Answer"), IndicatorPeople::tr("Evidence")};
        result.note = IndicatorPeople::tr("Units of the subtree that did not answer the item for %1 are not counted.")
                          .arg(AcademicYear::text(result.period.endingAcademicYear()));
        return detail({QStringLiteral("l.num"), QStringLiteral("l.den"), {}, QStringLiteral("l.record_id"), {}, {}, QStringLiteral("ou.code"),
                       QStringLiteral("ou.name"), QStringLiteral("a.answer"), QStringLiteral("a.evidence"), QStringLiteral("ou.name")},
                      listed + QStringLiteral("JOIN checklist_answer a ON a.id = l.record_id"));
    }
    if (indicator.code == QLatin1String("K09")) {
        const QString date = QStringLiteral("COALESCE(r.status_date, r.end_date, g.status_date, g.end_date)");
        result.recordLabel = IndicatorPeople::tr("Record");
        result.nameLabel = IndicatorPeople::tr("Teacher or mentees");
        result.factLabels = QStringList{IndicatorPeople::tr("Final status"), IndicatorPeople::tr("Date")};
        return detail({QStringLiteral("l.num"), QStringLiteral("l.den"), QStringLiteral("r.person_id"), QStringLiteral("l.record_id"),
                       QStringLiteral("l.kind"),
                       QStringLiteral("COALESCE(%1, %2)").arg(fullName(QStringLiteral("p")),
                                                             names(QStringLiteral("FROM mentoring_mentee mm JOIN person q ON q.id = mm.person_id "
                                                                                  "WHERE mm.programme_id = g.id"))),
                       QStringLiteral("ou.code"), QStringLiteral("ou.name"), QStringLiteral("COALESCE(r.status, g.status)"), date,
                       QStringLiteral("ou.name"), date},
                      listed + QStringLiteral("LEFT JOIN route r ON l.kind = 'route' AND r.id = l.record_id "
                                              "LEFT JOIN mentoring_programme g ON l.kind = 'mentoring_programme' AND g.id = l.record_id "
                                              "LEFT JOIN person p ON p.id = r.person_id"));
    }
    if (indicator.code == QLatin1String("K14")) {
        result.nameLabel = IndicatorPeople::tr("Methodist");
        result.factLabels = QStringList{IndicatorPeople::tr("Rate")};
        return detail({QStringLiteral("l.num"), QStringLiteral("l.den"), QStringLiteral("e.person_id"), QStringLiteral("l.record_id"), {},
                       fullName(QStringLiteral("p")), QStringLiteral("ou.code"), QStringLiteral("ou.name"), QStringLiteral("e.rate"), {},
                       QStringLiteral("p.name_key"), QStringLiteral("ou.name")},
                      listed + QStringLiteral("JOIN employment e ON e.id = l.record_id JOIN person p ON p.id = e.person_id"));
    }
    if (indicator.code == QLatin1String("K19")) {
        result.recordLabel = IndicatorPeople::tr("Consultation");
        result.nameLabel = IndicatorPeople::tr("Consulted");
        result.factLabels = QStringList{IndicatorPeople::tr("Date"), IndicatorPeople::tr("Consultant")};
        return detail({QStringLiteral("l.num"), QStringLiteral("l.den"), {}, QStringLiteral("l.record_id"), QStringLiteral("c.topic"),
                       names(QStringLiteral("FROM consultation_person cp JOIN person q ON q.id = cp.person_id WHERE cp.consultation_id = c.id")),
                       QStringLiteral("ou.code"), QStringLiteral("ou.name"), QStringLiteral("c.consultation_date"), fullName(QStringLiteral("m")),
                       QStringLiteral("ou.name"), QStringLiteral("c.consultation_date")},
                      listed + QStringLiteral("JOIN consultation c ON c.id = l.record_id JOIN person m ON m.id = c.methodist_id"));
    }
    if (indicator.code == QLatin1String("K22")) {
        result.nameLabel = IndicatorPeople::tr("Respondent");
        result.factLabels = QStringList{IndicatorPeople::tr("Date"), IndicatorPeople::tr("Score")};
        return detail({QStringLiteral("l.num"), QStringLiteral("l.den"), QStringLiteral("v.person_id"), QStringLiteral("l.record_id"), {},
                       fullName(QStringLiteral("p")), QStringLiteral("ou.code"), QStringLiteral("ou.name"), QStringLiteral("v.survey_date"),
                       QStringLiteral("v.satisfaction"), QStringLiteral("ou.name"), QStringLiteral("v.survey_date")},
                      listed + QStringLiteral("JOIN survey v ON v.id = l.record_id LEFT JOIN person p ON p.id = v.person_id"));
    }
    return {};
}

// A row's record and facts as shown, from the query's record (K09: the table; K19: the topic)
// and facts.
void shapeRow(const Indicator& indicator, const QString& record, const QVariant& fact1, const QVariant& fact2, RowBehind& r)
{
    if (indicator.form == IndicatorForm::Checklist) {
        r.facts = QStringList{ChecklistCodes::answerName(fact1.toString()), fact2.toString()};
    } else if (indicator.code == QLatin1String("K09")) {
        const bool route = record == QLatin1String("route");
        r.record = route ? IndicatorPeople::tr("individual educational route") : IndicatorPeople::tr("mentoring programme");
        r.facts = QStringList{route ? RouteStatuses::name(fact1.toString()) : MentoringStatus::name(fact1.toString()), shownDate(fact2)};
    } else if (indicator.code == QLatin1String("K14")) {
        r.facts = QStringList{FigureText::number(fact1.toDouble())};
    } else if (indicator.code == QLatin1String("K19")) {
        r.record = record;
        r.facts = QStringList{shownDate(fact1), fact2.toString()};
    } else if (indicator.code == QLatin1String("K22")) {
        if (r.name.isEmpty())
            r.name = IndicatorPeople::tr("anonymous");
        r.facts = QStringList{shownDate(fact1), fact2.toString()};
    } else {
        r.facts = QStringList{shownFact(fact1)};
    }
}

} // namespace

QVector<RowBehind> PeopleBehind::gaps() const
{
    QVector<RowBehind> result;
    for (const RowBehind& r : rows)
        if (!r.inNumerator() && r.denominator > 0)
            result.append(r);
    return result;
}

QVector<RowBehind> PeopleBehind::numerator() const
{
    QVector<RowBehind> result;
    for (const RowBehind& r : rows)
        if (r.inNumerator())
            result.append(r);
    return result;
}

QVector<RowBehind> PeopleBehind::shown(bool numeratorSide) const
{
    if (!divides)
        return rows;
    return numeratorSide ? numerator() : gaps();
}

double PeopleBehind::numeratorSum() const
{
    double sum = unlistedNumerator;
    for (const RowBehind& r : rows)
        sum += r.numerator;
    return sum;
}

double PeopleBehind::denominatorSum() const
{
    double sum = unlistedDenominator;
    for (const RowBehind& r : rows)
        sum += r.denominator;
    return sum;
}

QString PeopleBehind::countText(qsizetype n) const
{
    switch (kind) {
    case RowsBehind::Persons: return IndicatorPeople::tr("%n person(s)", nullptr, int(n));
    case RowsBehind::Records: return IndicatorPeople::tr("%n record(s)", nullptr, int(n));
    case RowsBehind::Units: return IndicatorPeople::tr("%n unit(s)", nullptr, int(n));
    }
    return QString::number(n);
}

QStringList PeopleBehind::headings(bool csv) const
{
    QStringList result;
    if (!recordLabel.isEmpty())
        result << recordLabel;
    if (!nameLabel.isEmpty())
        result << nameLabel;
    if (csv)
        result << (kind == RowsBehind::Units ? IndicatorPeople::tr("Unit code") : IndicatorPeople::tr("Organisation code"));
    result << unitLabel;
    if (csv && divides)
        result << IndicatorPeople::tr("In the numerator");
    return result + factLabels;
}

QStringList PeopleBehind::cells(const RowBehind& row, bool csv) const
{
    QStringList result;
    if (!recordLabel.isEmpty())
        result << row.record;
    if (!nameLabel.isEmpty())
        result << row.name;
    if (csv)
        result << row.unitCode;
    result << row.unitName;
    if (csv && divides)
        result << (row.inNumerator() ? IndicatorPeople::tr("yes") : IndicatorPeople::tr("no"));
    for (int i = 0; i < factLabels.size(); ++i)
        result << row.facts.value(i);
    return result;
}

Result<PeopleBehind> IndicatorPeople::list(const QString& code, qint64 unitId, const IndicatorPeriod& period)
{
    const auto indicator = IndicatorCatalogue(database()).find(code);
    if (!indicator)
        return Result<PeopleBehind>::failure(tr("Unknown indicator «%1».").arg(code));
    const auto measure = IndicatorSql::person(*indicator);
    const QString records = IndicatorSql::records(*indicator);

    PeopleBehind result;
    result.indicator = *indicator;
    result.period = period;
    result.snapshot = period.snapshot(database().clock().today());
    result.unitLabel = tr("Organisation");
    for (const ReportedPart& r : ReportedFigures(database()).within(unitId, period))
        if (r.code == indicator->code)
            result.reportedUnits.append(r.unitId);

    RuleBook rules(database());
    const QDate on = measure && measure->atPeriodStart ? period.from() : result.snapshot;
    QVariantMap values = IndicatorSql::parameters(rules, period, on, indicator->baseDate);
    values.insert(QStringLiteral(":snap"), sqlDate(result.snapshot));
    values.insert(QStringLiteral(":root"), unitId);
    values.insert(QStringLiteral(":code"), indicator->code);
    if (const QString area = IndicatorSql::areaParameter(*indicator); !area.isEmpty())
        values.insert(area, indicator->competenceArea);

    // The staff part: listed person by person, or — beside records (K14, K19) — summed in `whole`.
    const QString staff = QStringLiteral("FROM staff s JOIN person p ON p.id = s.person_id JOIN org_unit ou ON ou.id = s.org_unit_id ");
    QString ctes = mainStaffCte() + QStringLiteral(", ");
    QString rows;
    if (records.isEmpty()) {
        if (!measure)
            return Result<PeopleBehind>::failure(tr("The indicator %1 counts nothing.").arg(indicator->code));
        ctes += QStringLiteral("whole AS (SELECT 0 AS num, 0 AS den)");
        rows = detail({measure->numerator, measure->denominator, QStringLiteral("p.id"), {}, {}, fullName(QStringLiteral("p")),
                       QStringLiteral("ou.code"), QStringLiteral("ou.name"), measure->fact,
                       {}, QStringLiteral("p.name_key")},
                      staff + QStringLiteral("WHERE (%1) <> 0").arg(measure->denominator));
        result.nameLabel = tr("Full name");
        if (!measure->factLabel.isEmpty())
            result.factLabels << measure->factLabel;
        if (indicator->form == IndicatorForm::Per100)
            result.note = tr("Each person of the staff with their number of records; the figure is the records per 100 persons.");
    } else {
        result.divides = !measure; // K14, K19: records on one side, the staff on the other
        ctes += (measure ? QStringLiteral("whole AS (SELECT SUM(%1) AS num, SUM(%2) AS den FROM staff s JOIN person p ON p.id = s.person_id), ")
                               .arg(measure->numerator, measure->denominator)
                         : QStringLiteral("whole AS (SELECT 0 AS num, 0 AS den), "))
            + QStringLiteral("rec AS (") + records + QStringLiteral("), listed AS (SELECT rec.* FROM rec JOIN org_unit_closure c "
                                                                   "ON c.descendant_id = rec.unit_id AND c.ancestor_id = :root WHERE rec.code = :code)");
        result.kind = RowsBehind::Records;
        rows = recordRows(*indicator, result);
        if (rows.isEmpty())
            return Result<PeopleBehind>::failure(tr("The indicator %1 has no list of what it counts.").arg(indicator->code));
    }

    const QString sql = listQuery(ctes, rows);
    QSqlQuery& q = prepared(sql);
    bindUsed(q, sql, values);
    if (!q.exec())
        return Result<PeopleBehind>::failure(sqlError(tr("listing what is behind %1").arg(indicator->code), q));
    while (q.next()) {
        result.unlistedNumerator = q.value(12).toDouble();
        result.unlistedDenominator = q.value(13).toDouble();
        if (q.value(0).isNull())
            continue; // no rows: only the unlisted part
        RowBehind r;
        r.numerator = q.value(0).toDouble();
        r.denominator = q.value(1).toDouble();
        r.personId = q.value(2).toLongLong();
        r.recordId = q.value(3).toLongLong();
        r.name = q.value(5).toString();
        r.unitCode = q.value(6).toString();
        r.unitName = q.value(7).toString();
        shapeRow(*indicator, q.value(4).toString(), q.value(8), q.value(9), r);
        result.rows.append(r);
    }
    q.finish();

    const QString snapshot = result.snapshot.toString(QStringLiteral("dd.MM.yyyy"));
    if (indicator->code == QLatin1String("K14"))
        result.note = tr("The numerator is the whole staff of the subtree on %1: %2. Listed are the methodists' employments on that day; "
                         "their rates, %3 in all, are the denominator.")
                          .arg(snapshot, FigureText::number(result.unlistedNumerator), FigureText::number(result.denominatorSum()));
    else if (indicator->code == QLatin1String("K19"))
        result.note = tr("The denominator is the whole staff of the subtree on %1: %2. Listed are the consultations of the period, "
                         "the numerator: %3.")
                          .arg(snapshot, FigureText::number(result.unlistedDenominator), FigureText::number(result.numeratorSum()));
    return result;
}

Status IndicatorPeople::writeCsv(const PeopleBehind& list, const QVector<RowBehind>& rows, QIODevice& device)
{
    CsvWriter csv(device);
    csv.writeRow(list.headings(true));
    for (const RowBehind& r : rows)
        csv.writeRow(list.cells(r, true));
    if (!csv.ok())
        return Status::failure(tr("The list could not be written: %1").arg(csv.errorString()));
    return Status::success();
}
