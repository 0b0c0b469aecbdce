#include "reports/annualanalysis.h"
#include "domain/period.h"
#include "domain/academicyear.h"
#include "domain/checklist.h"
#include "domain/person.h"
#include "reports/indicatorfindings.h"
#include "reports/staffplace.h"
#include "storage/attestationrepository.h"
#include "storage/checklistrepository.h"
#include "storage/clock.h"
#include "storage/courserepository.h"
#include "storage/referencerepository.h"
#include "storage/sqlvalues.h"
#include "storage/staffsql.h"

#include <QMap>

namespace {

// One member of the staff with the facts the composition tables count.
struct Member {
    QString position;
    Person person; // category, birth date and experience start only
};

// A count by key: key, count.
using Counts = QVector<QPair<QString, int>>;

// The queries of the analysis that no repository answers: the staff's facts, deficits by area,
// attestations and competitions of the staff. All bind :root and :on (mainStaffCte()).
class AnalysisQueries : public Repository {
public:
    using Repository::Repository;

    Result<QVector<Member>> staff(qint64 root, const QDate& on)
    {
        QSqlQuery& q = prepared(QStringLiteral("WITH ") + mainStaffCte() +
                                QStringLiteral(" SELECT e.position_code, p.category, p.birth_date, p.experience_start FROM staff s "
                                               "JOIN person p ON p.id = s.person_id JOIN employment e ON e.id = s.employment_id"));
        bind(q, root, on);
        if (!q.exec())
            return Result<QList<Member>>::failure(sqlError(AnnualAnalysis::tr("reading the staff"), q));
        QVector<Member> result;
        while (q.next())
        {
            Member m{q.value(0).toString(), {}};
            m.person.category = q.value(1).toString();
            m.person.birthDate = dateFromSql(q.value(2));
            m.person.experienceStart = dateFromSql(q.value(3));
            result.append(m);
        }
        q.finish();
        return result;
    }

    // Staff with a deficit diagnosed from `from` to the date, by competence area (most first).
    Result<Counts> deficits(qint64 root, const QDate& from, const QDate& on)
    {
        QSqlQuery& q = prepared(QStringLiteral("WITH ") + mainStaffCte() +
                                QStringLiteral(" SELECT r.area_code, COUNT(DISTINCT s.person_id) AS n FROM staff s "
                                               "JOIN diagnostic d ON d.person_id = s.person_id "
                                               "JOIN diagnostic_result r ON r.diagnostic_id = d.id "
                                               "WHERE r.deficit = 1 AND d.diagnosed_on >= :from AND d.diagnosed_on <= :on "
                                               "GROUP BY r.area_code ORDER BY n DESC, r.area_code"));
        bind(q, root, on);
        q.bindValue(QStringLiteral(":from"), sqlDate(from));
        return counts(q, AnnualAnalysis::tr("reading deficits"));
    }

    // Attestations of the staff from `from` to the date, by "category|outcome".
    Result<Counts> attestations(qint64 root, const QDate& from, const QDate& on)
    {
        QSqlQuery& q = prepared(QStringLiteral("WITH ") + mainStaffCte() +
                                QStringLiteral(" SELECT a.category || '|' || a.outcome, COUNT(*) FROM staff s "
                                               "JOIN attestation a ON a.person_id = s.person_id "
                                               "WHERE a.attestation_date >= :from AND a.attestation_date <= :on "
                                               "GROUP BY a.category, a.outcome ORDER BY a.category, a.outcome"));
        bind(q, root, on);
        q.bindValue(QStringLiteral(":from"), sqlDate(from));
        return counts(q, AnnualAnalysis::tr("reading attestations"));
    }

    // Participations of the staff in competitions of the year, by "level|result".
    Result<Counts> competitions(qint64 root, const QDate& on, int year)
    {
        QSqlQuery& q = prepared(QStringLiteral("WITH ") + mainStaffCte() +
                                QStringLiteral(" SELECT c.level || '|' || cp.result, COUNT(*) FROM staff s "
                                               "JOIN competition_participation cp ON cp.person_id = s.person_id "
                                               "JOIN competition c ON c.id = cp.competition_id WHERE c.year = :year "
                                               "GROUP BY c.level, cp.result ORDER BY c.level, cp.result"));
        bind(q, root, on);
        q.bindValue(QStringLiteral(":year"), year);
        return counts(q, AnnualAnalysis::tr("reading competitions"));
    }

private:
    static void bind(QSqlQuery& q, qint64 root, const QDate& on)
    {
        q.bindValue(QStringLiteral(":root"), root);
        q.bindValue(QStringLiteral(":on"), sqlDate(on));
    }
    Result<Counts> counts(QSqlQuery& q, const QString& what)
    {
        if (!q.exec())
            return Result<QList<std::pair<QString, int>> >::failure(sqlError(what, q));
        Counts result;
        while (q.next())
            result.append({q.value(0).toString(), q.value(1).toInt()});
        q.finish();
        return result;
    }
};

struct Analysis {
    Database& db;
    qint64 root;
    QDate on;
    IndicatorPeriod period;
    int staff;
    ReferenceRepository references;
    IndicatorBoardData board;
    ReportDocument& document;
    QStringList conclusions; // generated, in the order of the sections

    const IndicatorReading* reading(const QString& code) const { return board.unit.find(code); }

    // A count table (name, number, share of all staff) and its rows in a pie chart's series.
    ReportTable countTable(const QString& caption, const QString& what, const QVector<QPair<QString, int>>& rows, int whole)
    {
        ReportTable t{caption, {ReportColumn::text(what), ReportColumn::number(AnnualAnalysis::tr("Teachers")),
                                ReportColumn::percent(AnnualAnalysis::tr("Share"))}, {}, false};
        for (const auto& [name, n] : rows)
            t.addRow({name, n, whole > 0 ? QVariant(100.0 * n / whole) : QVariant()});
        t.addRow({AnnualAnalysis::tr("Total"), whole, whole > 0 ? QVariant(100.0) : QVariant()});
        return t;
    }
    static ReportChart pie(const QString& title, const QVector<QPair<QString, int>>& rows)
    {
        ReportChart c{ChartKind::Pie, title, {}, {ChartSeries{title, {}}}, std::nullopt, QString()};
        for (const auto& [name, n] : rows) {
            c.categories.append(name);
            c.series[0].values.append(n);
        }
        return c;
    }
    // The reading's sentence into the section and the conclusions (when it has a target).
    void state(ReportSection& s, const QString& code, const QString& subject = {}, const QString& tail = {})
    {
        const IndicatorReading* r = reading(code);
        if (!r)
            return;
        QString text = IndicatorFindings::sentence(*r, subject);
        if (!tail.isEmpty())
            text.chop(1), text += tail;
        s.paragraph(text);
        if (r->target.status == TargetStatus::Behind || r->target.status == TargetStatus::Close)
            conclusions.append(text);
    }

    void composition(const QVector<Member>& members)
    {
        ReportSection& s = document.addSection(AnnualAnalysis::tr("Staff composition"));
        s.paragraph(AnnualAnalysis::tr("On %1 the staff numbers %n teacher(s) (each counted once, at the main place of work).", nullptr, staff)
                        .arg(shownDate(on)));
        QMap<QString, int> positions, categories;
        // Experience and age bands: under 3, 3–5, 5–10, 10–20, 20 and more years; under 35, 35–44, 45–54, 55 and more.
        QVector<int> experience(6, 0), age(5, 0);
        for (const Member& m : members) {
            ++positions[references.positionName(m.position)];
            ++categories[references.categoryName(m.person.category)];
            const int e = m.person.experienceYearsOn(on);
            ++experience[e < 0 ? 5 : e < 3 ? 0 : e < 5 ? 1 : e < 10 ? 2 : e < 20 ? 3 : 4];
            const int a = m.person.ageOn(on);
            ++age[a < 0 ? 4 : a < 35 ? 0 : a < 45 ? 1 : a < 55 ? 2 : 3];
        }
        auto sorted = [](const QMap<QString, int>& map) {
            QVector<QPair<QString, int>> rows;
            for (auto it = map.begin(); it != map.end(); ++it)
                rows.append({it.key(), it.value()});
            std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
            return rows;
        };
        auto banded = [](const QStringList& names, const QVector<int>& n) {
            QVector<QPair<QString, int>> rows;
            for (int i = 0; i < names.size(); ++i)
                if (i < names.size() - 1 || n[i] > 0) // "unknown" only when someone is
                    rows.append({names[i], n[i]});
            return rows;
        };
        const auto positionRows = sorted(positions);
        const auto categoryRows = sorted(categories);
        s.table(countTable(AnnualAnalysis::tr("Staff by position"), AnnualAnalysis::tr("Position"), positionRows, staff));
        s.table(countTable(AnnualAnalysis::tr("Staff by category"), AnnualAnalysis::tr("Category"), categoryRows, staff));
        s.chart(pie(AnnualAnalysis::tr("Qualification categories"), categoryRows));
        const auto experienceRows = banded({AnnualAnalysis::tr("under 3 years"), AnnualAnalysis::tr("3 to 5 years"), AnnualAnalysis::tr("5 to 10 years"),
                                            AnnualAnalysis::tr("10 to 20 years"), AnnualAnalysis::tr("20 years and more"), AnnualAnalysis::tr("not known")},
                                           experience);
        s.table(countTable(AnnualAnalysis::tr("Staff by teaching experience"), AnnualAnalysis::tr("Experience"), experienceRows, staff));
        s.chart(pie(AnnualAnalysis::tr("Teaching experience"), experienceRows));
        const auto ageRows = banded({AnnualAnalysis::tr("under 35"), AnnualAnalysis::tr("35 to 44"), AnnualAnalysis::tr("45 to 54"),
                                     AnnualAnalysis::tr("55 and older"), AnnualAnalysis::tr("not known")},
                                    age);
        s.table(countTable(AnnualAnalysis::tr("Staff by age"), AnnualAnalysis::tr("Age"), ageRows, staff));
    }

    void dpo(StaffPlaces& places)
    {
        ReportSection& s = document.addSection(AnnualAnalysis::tr("Further training (ДПО)"));
        const QVector<DpoGap> gaps = CourseRepository(db).dpoOverdue(root, on);
        QStringList names;
        for (const DpoGap& g : gaps)
            names.append(places.of(g.personId).fullName);
        state(s, QStringLiteral("K03"), AnnualAnalysis::tr("The share of teachers who completed courses in the last three years was"),
              names.isEmpty() ? QString() : AnnualAnalysis::tr("; not completed: %1.").arg(names.join(QStringLiteral(", "))));
        state(s, QStringLiteral("K02"));
        if (gaps.isEmpty())
            return;
        ReportTable t{AnnualAnalysis::tr("ДПО overdue"), {ReportColumn::number(AnnualAnalysis::tr("No.")), ReportColumn::text(AnnualAnalysis::tr("Full name")),
                                                          ReportColumn::text(AnnualAnalysis::tr("Position")), ReportColumn::date(AnnualAnalysis::tr("Last course ended"))},
                      {}, false};
        int n = 0;
        for (const DpoGap& g : gaps) {
            const StaffPlace& p = places.of(g.personId);
            t.addRow({++n, p.fullName, p.position, g.lastCompletion.isValid() ? QVariant(g.lastCompletion) : QVariant(AnnualAnalysis::tr("none"))});
        }
        s.table(t);
    }

    void attestation(const Counts& done, StaffPlaces& places)
    {
        ReportSection& s = document.addSection(AnnualAnalysis::tr("Attestation"));
        state(s, QStringLiteral("K04"));
        if (!done.isEmpty()) {
            ReportTable t{AnnualAnalysis::tr("Attestations of the year"), {ReportColumn::text(AnnualAnalysis::tr("Category")), ReportColumn::text(AnnualAnalysis::tr("Outcome")),
                                                                          ReportColumn::number(AnnualAnalysis::tr("Teachers"))}, {}, false};
            for (const auto& [key, n] : done) {
                const QStringList parts = key.split(u'|');
                t.addRow({references.categoryName(parts.value(0)),
                          parts.value(1) == u"granted" ? AnnualAnalysis::tr("granted") : AnnualAnalysis::tr("refused"), n});
            }
            s.table(t);
        } else {
            s.paragraph(AnnualAnalysis::tr("No attestation took place from %1 to %2.").arg(shownDate(period.from()), shownDate(on)));
        }
        const QVector<ExpiringCategory> expiring = AttestationRepository(db).expiringWithin(root, on, 12);
        if (expiring.isEmpty()) {
            s.paragraph(AnnualAnalysis::tr("No category expires within the next 12 months."));
            return;
        }
        s.paragraph(AnnualAnalysis::tr("Categories expiring within 12 months: %1 of %n teacher(s) (%2).", nullptr, staff)
                        .arg(expiring.size()).arg(percentText(int(expiring.size()), staff)));
        ReportTable t{AnnualAnalysis::tr("Categories expiring"), {ReportColumn::number(AnnualAnalysis::tr("No.")), ReportColumn::text(AnnualAnalysis::tr("Full name")),
                                                                 ReportColumn::text(AnnualAnalysis::tr("Category")), ReportColumn::date(AnnualAnalysis::tr("Valid until"))},
                      {}, false};
        int n = 0;
        for (const ExpiringCategory& e : expiring)
            t.addRow({++n, places.of(e.personId).fullName, references.categoryName(e.category), e.expires});
        s.table(t);
    }

    void diagnostics(const Counts& deficits)
    {
        ReportSection& s = document.addSection(AnnualAnalysis::tr("Diagnostics and deficits"));
        state(s, QStringLiteral("K01"));
        if (deficits.isEmpty()) {
            s.paragraph(AnnualAnalysis::tr("No deficit was diagnosed from %1 to %2.").arg(shownDate(period.from()), shownDate(on)));
        } else {
            ReportTable t{AnnualAnalysis::tr("Deficits by competence area"), {ReportColumn::text(AnnualAnalysis::tr("Competence area")),
                                                                             ReportColumn::number(AnnualAnalysis::tr("Teachers with a deficit")),
                                                                             ReportColumn::percent(AnnualAnalysis::tr("Share of staff"))}, {}, false};
            ReportChart c{ChartKind::Bar, AnnualAnalysis::tr("Teachers with a deficit, by competence area"), {},
                          {ChartSeries{AnnualAnalysis::tr("Teachers"), {}}}, std::nullopt, QString()};
            for (const auto& [area, n] : deficits) {
                const QString name = references.name(ReferenceList::CompetenceArea, area);
                t.addRow({name, n, 100.0 * n / staff});
                c.categories.append(name);
                c.series[0].values.append(n);
            }
            s.paragraph(AnnualAnalysis::tr("Deficits diagnosed from %1 to %2, by competence area (a teacher counts once per area):")
                            .arg(shownDate(period.from()), shownDate(on)));
            s.table(t);
            s.chart(c);
        }
        state(s, QStringLiteral("K20"));
        state(s, QStringLiteral("K21"));
    }

    void routes()
    {
        ReportSection& s = document.addSection(AnnualAnalysis::tr("Routes and mentoring"));
        for (const char* code : {"K08", "K09", "K10", "K17", "K13"})
            state(s, QString::fromLatin1(code));
    }

    void competitions(const Counts& rows)
    {
        ReportSection& s = document.addSection(AnnualAnalysis::tr("Events and competitions"));
        state(s, QStringLiteral("K12"));
        state(s, QStringLiteral("K05"));
        state(s, QStringLiteral("K06"));
        if (rows.isEmpty()) {
            s.paragraph(AnnualAnalysis::tr("Nobody of the staff took part in a professional competition of %1.").arg(period.targetYear()));
            return;
        }
        ReportTable t{AnnualAnalysis::tr("Competitions by level"), {ReportColumn::text(AnnualAnalysis::tr("Level")), ReportColumn::text(AnnualAnalysis::tr("Result")),
                                                                   ReportColumn::number(AnnualAnalysis::tr("Participations"))}, {}, false};
        for (const auto& [key, n] : rows) {
            const QStringList parts = key.split(u'|');
            t.addRow({references.name(ReferenceList::EventLevel, parts.value(0)),
                      references.name(ReferenceList::CompetitionResult, parts.value(1)), n});
        }
        s.table(t);
    }

    // The figures (not the checklist's items) in the table; the checklist as a count of answers.
    void indicators()
    {
        ReportSection& s = document.addSection(AnnualAnalysis::tr("Indicators against targets and the year before"));
        QVector<IndicatorReading> figures;
        for (const IndicatorReading& r : board.unit.readings)
            if (r.indicator.form != IndicatorForm::Checklist)
                figures.append(r);
        ReportTable t = IndicatorFindings::table(AnnualAnalysis::tr("Indicators"), figures);
        if (t.isEmpty())
            s.paragraph(AnnualAnalysis::tr("No indicator has data for %1.").arg(period.text()));
        else
            s.table(t);
        checklist(s);
    }

    // The unit's own answers to the presence checklist of the year: items per answer.
    void checklist(ReportSection& s)
    {
        ChecklistRepository repository(db);
        const QVector<ChecklistAnswer> answers = repository.answers(root, period.endingAcademicYear());
        if (answers.isEmpty())
            return;
        QMap<QString, QStringList> byAnswer;
        for (const ChecklistAnswer& a : answers)
            byAnswer[a.answer].append(a.itemCode);
        QStringList unanswered;
        const QVector<ChecklistItem> items = repository.items();
        for (const ChecklistItem& i : items)
            if (std::none_of(answers.begin(), answers.end(), [&](const ChecklistAnswer& a) { return a.itemCode == i.code; }))
                unanswered.append(i.code);
        ReportTable t{AnnualAnalysis::tr("Checklist of the methodical system"), {ReportColumn::text(AnnualAnalysis::tr("Answer")),
                                                                                ReportColumn::number(AnnualAnalysis::tr("Items")),
                                                                                ReportColumn::text(AnnualAnalysis::tr("Codes"))}, {}, false};
        QStringList counts;
        for (const QString& code : ChecklistCodes::answers()) {
            const QStringList codes = byAnswer.value(code);
            t.addRow({ChecklistCodes::answerName(code), int(codes.size()), codes.join(QStringLiteral(", "))});
            counts.append(QStringLiteral("%1 — %2").arg(ChecklistCodes::answerName(code)).arg(codes.size()));
        }
        if (!unanswered.isEmpty())
            t.addRow({AnnualAnalysis::tr("no answer"), int(unanswered.size()), unanswered.join(QStringLiteral(", "))});
        s.paragraph(AnnualAnalysis::tr("The checklist of the methodical system for %1: %2 of %n item(s).", nullptr, int(items.size()))
                        .arg(AcademicYear::text(period.endingAcademicYear()), counts.join(QStringLiteral(", "))));
        s.table(t);
    }

    void close()
    {
        ReportSection& s = document.addSection(AnnualAnalysis::tr("Conclusions"));
        if (conclusions.isEmpty())
            s.paragraph(AnnualAnalysis::tr("Every indicator with a target has reached it."));
        else
            s.paragraph(AnnualAnalysis::tr("Short of their targets:"));
        for (const QString& c : conclusions)
            s.paragraph(c);
        s.blocks.append(AuthorText{QStringLiteral("analysis.conclusions"), AnnualAnalysis::tr("The author's conclusions"), QString()});
        s.blocks.append(AuthorText{QStringLiteral("analysis.tasks"), AnnualAnalysis::tr("Tasks for the next academic year"), QString()});
    }
};

} // namespace

Result<ReportDocument> AnnualAnalysis::build(Database& db, const ReportRequest& request)
{
    auto start = startUnitReport(db, request, tr("Analysis of methodical work"));
    if (!start)
        return Result<ReportDocument>::failure(start.error());
    const OrgUnit* unit = &start->unit;
    ReportDocument& document = start.value().document;
    const QDate on = reportDate(db, request);
    document.signature.position = tr("Deputy head");
    AnalysisQueries queries(db);
    const auto members = queries.staff(unit->id, on); // each person once, at their main employment
    if (!members)
        return Result<ReportDocument>::failure(members.error());
    const int staff = int(members->size());
    ReportSection& intro = document.addSection(QString());
    if (staff == 0) {
        intro.paragraph(tr("No data: nobody works in %1 on %2.").arg(unit->name, shownDate(on)));
        return std::move(document);
    }
    const IndicatorPeriod period{IndicatorPeriod::Kind::Academic, request.year};
    auto board = IndicatorBoard(db).read(unit->id, period);
    if (!board)
        return Result<ReportDocument>::failure(board.error());
    intro.paragraph(tr("The analysis covers %1 to %2; figures of staff are as on %2.").arg(shownDate(period.from()), shownDate(on)));
    // Read before anything is written: a failed query is an error, not "nothing took place".
    const auto attested = queries.attestations(unit->id, period.from(), on);
    const auto deficits = queries.deficits(unit->id, period.from(), on);
    const auto competed = queries.competitions(unit->id, on, period.targetYear());
    for (const Status& read : {attested.status(), deficits.status(), competed.status()})
        if (!read)
            return Result<ReportDocument>::failure(read.error());
    StaffPlaces places(db, on);
    Analysis a{db, unit->id, on, period, staff, ReferenceRepository(db), *board, document, {}};
    a.composition(*members);
    a.dpo(places);
    a.attestation(*attested, places);
    a.diagnostics(*deficits);
    a.routes();
    a.competitions(*competed);
    a.indicators();
    a.close();
    return std::move(document);
}
