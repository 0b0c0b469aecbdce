// The diagnostics step: each person's competence per area, diagnosed now and then (levels with
// some noise), and the routes those diagnostics lead to, planned with their outcome because a
// successful route raises the levels that later diagnostics find.
#include "demo/democalendar.h"
#include "demo/democontext.h"
#include "demo/demosupportcycle.h"
#include "storage/diagnosticrepository.h"

namespace {

const char* const areas[] = {"subject", "methodical", "psychological", "communicative", "digital", "project", "managerial"};
constexpr int areaCount = int(std::size(areas));

// Chance that a person working in the academic year is diagnosed in it: diagnostics spread over
// the years of the programme, so that about 60 % of the staff have one in any three years.
const double yearChance[] = {0.20, 0.24, 0.28, 0.30, 0.32, 0.32};
constexpr double routeChance = 0.75;     // a diagnostic with deficits leads to a route
constexpr double succeeded = 0.85, failed = 0.07; // outcomes of routes that end (the rest abandoned)

struct Gain {
    QDate from;
    int area;
    int points;
};

class PersonDiagnostics {
public:
    PersonDiagnostics(DemoContext& context, DiagnosticRepository& repository, int staffIndex)
        : m_context(context)
        , m_repository(repository)
        , m_calendar(context.options.referenceDate)
        , m_index(staffIndex)
        , m_member(context.staff.at(staffIndex))
        , m_random(context.random("diagnostics", quint64(staffIndex)))
    {
        const double base = 33 + (m_random.unit() + m_random.unit() + m_random.unit()) * 16;
        for (int a = 0; a < areaCount; ++a)
            m_ability[a] = base + m_random.between(-10, 10);
    }

    Status generate()
    {
        for (int year = 0; year <= DemoCalendar::years; ++year) {
            if (!m_random.chance(yearChance[year]))
                continue;
            const bool autumn = m_random.chance(0.55);
            QDate date = dateIn(year, autumn);
            if (!date.isValid() || !m_member.worksOn(date))
                date = dateIn(year, !autumn);
            if (!date.isValid() || !m_member.worksOn(date))
                continue;
            if (Status s = diagnose(date, year); !s)
                return s;
        }
        return Status::success();
    }

private:
    QDate dateIn(int year, bool autumn)
    {
        const QDate start = m_calendar.start(year);
        const QDate date = autumn ? DemoCalendar::between(m_random, start.addDays(19), QDate(start.year(), 11, 30))
                                  : DemoCalendar::between(m_random, QDate(start.year() + 1, 2, 1), QDate(start.year() + 1, 4, 30));
        const QDate day = DemoCalendar::workday(date);
        return day < m_calendar.today() ? day : QDate();
    }

    int level(int area, const QDate& date)
    {
        double value = m_ability[area] + m_random.between(-7, 7);
        const int experience = wholeYearsBetween(m_member.experienceStart, date);
        value += experience < 3 ? -10 : experience < 7 ? -4 : 0;
        if (m_member.category == u"highest" || m_member.category == u"methodist" || m_member.category == u"mentor")
            value += 6;
        else if (m_member.category == u"first")
            value += 3;
        for (const Gain& g : m_gains)
            if (g.area == area && g.from < date)
                value += g.points;
        return std::clamp(int(value + 0.5), 0, 100);
    }

    Status diagnose(const QDate& date, int year)
    {
        static const char* const sources[] = {"cnppm", "school", "self", "other"};
        Diagnostic d;
        d.personId = m_member.personId;
        d.date = date;
        d.sourceCode = QString::fromLatin1(sources[m_random.weighted({40, 35, 20, 5})]);
        const bool digital = m_random.chance(0.6), project = m_random.chance(0.3);
        for (int a = 0; a < areaCount; ++a) {
            if ((a == 4 && !digital) || (a == 5 && !project) || (a == 6 && !m_member.isManagement()))
                continue;
            DiagnosticResult r;
            r.areaCode = QString::fromLatin1(areas[a]);
            r.score = level(a, date);
            r.level = *r.score < 50 ? QStringLiteral("low") : *r.score < 75 ? QStringLiteral("medium") : QStringLiteral("high");
            d.results.append(r);
        }
        if (auto r = m_repository.insert(d); !r)
            return r.status();
        m_context.records += 1 + int(d.results.size());
        const QStringList deficits = d.deficitAreas();
        if (!deficits.isEmpty() && m_random.chance(routeChance))
            planRoute(d, deficits, year);
        return Status::success();
    }

    // A route for the rest of the academic year after an autumn diagnostic, for the next one after
    // a spring diagnostic; not while an earlier route of the person runs.
    void planRoute(const Diagnostic& d, const QStringList& deficits, int year)
    {
        DemoPlannedRoute route;
        route.staff = m_index;
        route.diagnosticId = d.id;
        route.areas = deficits;
        const bool autumn = d.date.month() >= 9;
        route.start = autumn ? d.date.addDays(m_random.between(7, 21)) : m_calendar.start(year + 1);
        route.end = m_calendar.teachingEnd(autumn ? year : year + 1);
        if (route.start <= m_busyUntil || route.start > m_calendar.today() || !m_member.worksOn(route.start))
            return;
        const QDate last = m_member.lastDay();
        if (last.isValid() && last < route.end) {
            route.outcome = DemoPlannedRoute::Outcome::Abandoned;
            route.outcomeDate = std::max(route.start, last.addDays(-m_random.between(0, 20)));
        } else if (route.end < m_calendar.today()) {
            const int pick = m_random.weighted({succeeded, failed, 1 - succeeded - failed});
            route.outcome = pick == 0 ? DemoPlannedRoute::Outcome::Succeeded
                            : pick == 1 ? DemoPlannedRoute::Outcome::Failed
                                        : DemoPlannedRoute::Outcome::Abandoned;
            route.outcomeDate = pick < 2 ? route.end
                                         : DemoCalendar::between(m_random, route.start.addDays(45), route.end.addDays(-30));
        }
        m_busyUntil = route.outcomeDate.isValid() ? route.outcomeDate : route.end;
        if (route.outcome == DemoPlannedRoute::Outcome::Succeeded || route.outcome == DemoPlannedRoute::Outcome::Failed) {
            const bool success = route.outcome == DemoPlannedRoute::Outcome::Succeeded;
            for (const QString& area : deficits)
                for (int a = 0; a < areaCount; ++a)
                    if (area == QLatin1String(areas[a]))
                        m_gains.append({route.end, a, success ? m_random.between(12, 20) : m_random.between(0, 6)});
        }
        m_context.cycle.routes.append(route);
    }

    DemoContext& m_context;
    DiagnosticRepository& m_repository;
    const DemoCalendar m_calendar;
    const int m_index;
    const DemoStaffMember& m_member;
    DemoRandom m_random;
    double m_ability[areaCount];
    QVector<Gain> m_gains;
    QDate m_busyUntil;
};

} // namespace

Status generateDemoDiagnostics(DemoContext& context)
{
    DiagnosticRepository diagnostics(context.db);
    DemoTicker ticker(context.progress, demoPersonStepWork(context), int(context.staff.size()));
    for (int i = 0; i < context.staff.size(); ++i) {
        if (Status s = PersonDiagnostics(context, diagnostics, i).generate(); !s)
            return s;
        if (!ticker.tick())
            return Status::failure(QString());
    }
    return ticker.finish() ? Status::success() : Status::failure(QString());
}
