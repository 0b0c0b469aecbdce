#include "reports/planreport.h"
#include "domain/period.h"
#include "domain/academicyear.h"
#include "domain/person.h"
#include "domain/plan.h"
#include "io/plancsv.h"
#include "reports/staffplace.h"
#include "storage/clock.h"
#include "storage/sqlvalues.h"

namespace {

// A plan item with what the report prints of it.
struct PlanRow {
    int month = 0;
    QString title;
    QString unitName;
    QString responsible;
    QString status;
    QDate due;
    QDate heldOn;         // the linked event's date
    QString eventTopic;   // empty without a linked event
    int participants = 0; // of the linked event
    PlanOutcome outcome = PlanOutcome::Upcoming;
};

class PlanQueries : public Repository {
public:
    using Repository::Repository;

    // The subtree's items of the year, September to August, then by title.
    Result<QVector<PlanRow>> rows(qint64 root, int year)
    {
        QSqlQuery& q = prepared(QStringLiteral(
            "SELECT p.month, p.title, u.name, p.status, p.moved_to, p.responsible_text, r.last_name, r.first_name, r.middle_name, "
            "e.start_date, e.topic, (SELECT COUNT(*) FROM event_participation ep WHERE ep.event_id = e.id) "
            "FROM plan_item p JOIN org_unit_closure c ON c.descendant_id = p.org_unit_id JOIN org_unit u ON u.id = p.org_unit_id "
            "LEFT JOIN person r ON r.id = p.responsible_id LEFT JOIN methodical_event e ON e.id = p.event_id "
            "WHERE c.ancestor_id = :root AND p.academic_year = :year "
            "ORDER BY CASE WHEN p.month >= 9 THEN p.month - 9 ELSE p.month + 3 END, p.title, p.id"));
        q.bindValue(QStringLiteral(":root"), root);
        q.bindValue(QStringLiteral(":year"), year);
        if (!q.exec())
            return Result<QList<PlanRow>>::failure(sqlError(PlanReport::tr("reading the plan"), q));
        QVector<PlanRow> result;
        while (q.next()) {
            PlanRow r;
            r.month = q.value(0).toInt();
            r.title = q.value(1).toString();
            r.unitName = q.value(2).toString();
            r.status = q.value(3).toString();
            const QDate movedTo = dateFromSql(q.value(4));
            const QDate monthStart = AcademicYear::monthStart(year, r.month);
            r.due = movedTo.isValid() ? movedTo : monthStart.addDays(monthStart.daysInMonth() - 1);
            r.responsible = q.value(5).toString();
            if (!q.value(6).isNull()) {
                Person p;
                p.lastName = q.value(6).toString();
                p.firstName = q.value(7).toString();
                p.middleName = q.value(8).toString();
                r.responsible = p.fullName();
            }
            r.heldOn = dateFromSql(q.value(9));
            r.eventTopic = q.value(10).toString();
            r.participants = q.value(11).toInt();
            result.append(r);
        }
        q.finish();
        return result;
    }
};

// Items per outcome.
struct Tally {
    QHash<PlanOutcome, int> n;
    int total = 0;
    int of(PlanOutcome o) const { return n.value(o); }
    int held() const { return of(PlanOutcome::HeldOnTime) + of(PlanOutcome::HeldLate); }
    int notHeld() const { return of(PlanOutcome::Overdue) + of(PlanOutcome::Cancelled); }
    int due() const { return total - of(PlanOutcome::Moved) - of(PlanOutcome::Upcoming); }
};

} // namespace

PlanOutcome PlanReport::outcome(const QString& status, const QDate& due, const QDate& heldOn, const QDate& on)
{
    if (status == u"held")
        return heldOn.isValid() && heldOn > due ? PlanOutcome::HeldLate : PlanOutcome::HeldOnTime;
    if (status == u"cancelled")
        return PlanOutcome::Cancelled;
    if (due < on)
        return PlanOutcome::Overdue;
    return status == u"moved" ? PlanOutcome::Moved : PlanOutcome::Upcoming;
}

QString PlanReport::outcomeName(PlanOutcome o)
{
    switch (o) {
    case PlanOutcome::HeldOnTime: return tr("held on time");
    case PlanOutcome::HeldLate: return tr("held late");
    case PlanOutcome::Moved: return tr("moved, not yet due");
    case PlanOutcome::Cancelled: return tr("cancelled");
    case PlanOutcome::Overdue: return tr("overdue");
    case PlanOutcome::Upcoming: return tr("not yet due");
    }
    return {};
}

Result<ReportDocument> PlanReport::build(Database& db, const ReportRequest& request)
{
    auto start = startUnitReport(db, request, tr("Plan of methodical events with execution"));
    if (!start)
        return Result<ReportDocument>::failure(start.error());
    const OrgUnit* unit = &start->unit;
    ReportDocument& document = start.value().document;
    const QDate on = reportDate(db, request);
    ReportSection& intro = document.addSection(QString());
    Result<QVector<PlanRow>> read = PlanQueries(db).rows(unit->id, request.year);
    if (!read)
        return Result<ReportDocument>::failure(read.error());
    QVector<PlanRow>& rows = read.value();
    if (rows.isEmpty()) {
        intro.paragraph(tr("No data: the plan of %1 for %2 holds no item.").arg(unit->name, AcademicYear::text(request.year)));
        return std::move(document);
    }
    Tally tally;
    bool severalUnits = false;
    for (PlanRow& r : rows) {
        r.outcome = outcome(r.status, r.due, r.heldOn, on);
        ++tally.n[r.outcome];
        ++tally.total;
        severalUnits = severalUnits || r.unitName != rows.first().unitName;
    }

    // The figures in words.
    intro.paragraph(tr("The plan for %1 holds %n item(s); by %2 the due date of %3 of them has come.", nullptr, tally.total)
                        .arg(AcademicYear::text(request.year), shownDate(on))
                        .arg(tally.due()));
    if (tally.due() > 0)
        intro.paragraph(tr("Held: %1 of %2 (%3), on time %4, late %5. Not held: %6 (overdue %7, cancelled %8).")
                            .arg(tally.held())
                            .arg(tally.due())
                            .arg(percentText(tally.held(), tally.due()))
                            .arg(tally.of(PlanOutcome::HeldOnTime))
                            .arg(tally.of(PlanOutcome::HeldLate))
                            .arg(tally.notHeld())
                            .arg(tally.of(PlanOutcome::Overdue))
                            .arg(tally.of(PlanOutcome::Cancelled)));
    else
        intro.paragraph(tr("No item was due by %1.").arg(shownDate(on)));
    if (tally.of(PlanOutcome::Moved) + tally.of(PlanOutcome::Upcoming) > 0)
        intro.paragraph(tr("Moved to a date not yet come: %1; not yet due: %2.")
                            .arg(tally.of(PlanOutcome::Moved))
                            .arg(tally.of(PlanOutcome::Upcoming)));
    ReportTable summary{tr("Execution of the plan"), {ReportColumn::text(tr("Execution")), ReportColumn::number(tr("Items")),
                                                     ReportColumn::percent(tr("Share of all items"))}, {}, false};
    for (PlanOutcome o : {PlanOutcome::HeldOnTime, PlanOutcome::HeldLate, PlanOutcome::Overdue, PlanOutcome::Cancelled,
                          PlanOutcome::Moved, PlanOutcome::Upcoming})
        summary.addRow({outcomeName(o), tally.of(o), 100.0 * tally.of(o) / tally.total});
    summary.addRow({tr("Total"), tally.total, 100.0});
    intro.table(summary);

    // Execution by month.
    ReportChart chart{ChartKind::Bar, tr("Execution by month"), {}, {ChartSeries{tr("Planned"), {}}, ChartSeries{tr("Held"), {}}},
                      std::nullopt, QString()};
    for (const PlanRow& r : rows) {
        const QString month = PlanCsv::monthName(r.month);
        if (chart.categories.isEmpty() || chart.categories.last() != month) {
            chart.categories.append(month);
            chart.series[0].values.append(0);
            chart.series[1].values.append(0);
        }
        chart.series[0].values.last() += 1;
        if (r.outcome == PlanOutcome::HeldOnTime || r.outcome == PlanOutcome::HeldLate)
            chart.series[1].values.last() += 1;
    }
    intro.chart(chart);

    // The plan month by month (landscape).
    ReportSection& plan = document.addSection(tr("The plan and its execution"));
    ReportTable t{tr("Plan items"), {ReportColumn::number(tr("No.")), ReportColumn::text(tr("Month")), ReportColumn::text(tr("Item"))}, {}, true};
    if (severalUnits)
        t.columns.append(ReportColumn::text(tr("Unit")));
    t.columns += {ReportColumn::text(tr("Responsible")), ReportColumn::date(tr("Due")), ReportColumn::text(tr("Execution")),
                  ReportColumn::text(tr("Event held")), ReportColumn::date(tr("Held on")), ReportColumn::number(tr("Participants"))};
    int n = 0;
    for (const PlanRow& r : rows) {
        QVector<QVariant> cells{++n, PlanCsv::monthName(r.month), r.title};
        if (severalUnits)
            cells.append(r.unitName);
        const bool linked = !r.eventTopic.isEmpty();
        cells += {r.responsible, r.due, outcomeName(r.outcome), r.eventTopic, linked ? QVariant(r.heldOn) : QVariant(),
                  linked ? QVariant(r.participants) : QVariant()};
        t.addRow(cells);
    }
    plan.table(t);

    ReportSection& missed = document.addSection(tr("Items not held"));
    if (tally.notHeld() == 0) {
        missed.paragraph(tr("Every item due by %1 was held.").arg(shownDate(on)));
    } else {
        ReportTable m{tr("Items not held"), {ReportColumn::number(tr("No.")), ReportColumn::text(tr("Month")), ReportColumn::text(tr("Item"))}, {}, false};
        if (severalUnits)
            m.columns.append(ReportColumn::text(tr("Unit")));
        m.columns += {ReportColumn::text(tr("Responsible")), ReportColumn::date(tr("Due")), ReportColumn::text(tr("Execution"))};
        int k = 0;
        for (const PlanRow& r : rows) {
            if (r.outcome != PlanOutcome::Overdue && r.outcome != PlanOutcome::Cancelled)
                continue;
            QVector<QVariant> cells{++k, PlanCsv::monthName(r.month), r.title};
            if (severalUnits)
                cells.append(r.unitName);
            cells += {r.responsible, r.due, outcomeName(r.outcome)};
            m.addRow(cells);
        }
        m.wide = severalUnits;
        missed.table(m);
    }

    ReportSection& conclusions = document.addSection(tr("Conclusions"));
    conclusions.blocks.append(AuthorText{QStringLiteral("plan.conclusions"), tr("The author's conclusions"), QString()});
    return std::move(document);
}
