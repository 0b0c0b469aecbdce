// The course completions step: each person completes a course of 16 hours or more every few
// years (some keep to the three years the law asks, others let it slip), newcomers within their
// first year or so, and now and then a short course; courses done on a route count.
#include "demo/democalendar.h"
#include "demo/democontext.h"
#include "demo/demosupportcycle.h"
#include "storage/courserepository.h"

namespace {

constexpr double regularShare = 0.5;     // complete a long course every 2–3 years
constexpr double shortCourseChance = 0.1; // a short course in a given academic year

int courseDays(int hours)
{
    return hours <= 8 ? 1 : hours <= 16 ? 2 : hours <= 24 ? 4 : hours <= 36 ? 9 : hours <= 72 ? 25 : 55;
}

class Completions {
public:
    explicit Completions(DemoContext& context)
        : m_context(context), m_courses(context.db), m_calendar(context.options.referenceDate)
    {
    }

    Status complete(int index)
    {
        DemoRandom random = m_context.random("completions", quint64(index));
        const DemoStaffMember& member = m_context.staff.at(index);
        const unsigned audience = demoAudienceOf(m_context, member);
        const QDate firstDay = member.jobs.first().start;
        const QDate yesterday = m_calendar.today().addDays(-1);

        // Long courses: a rhythm of `interval` months, the last one before the window somewhere in it.
        const bool regular = random.chance(regularShare);
        const int interval = regular ? random.between(24, 36) : random.between(40, 72);
        QDate due = m_calendar.first().addMonths(-random.between(0, interval - 1));
        if (firstDay > m_calendar.first() && random.chance(0.8)) // a newcomer's first course: within 1.5 years
            due = firstDay.addDays(random.between(120, 500)).addMonths(-interval);
        for (int guard = 0; guard < 10; ++guard) {
            due = due.addMonths(interval + random.between(-interval / 8, interval / 8));
            if (due > yesterday)
                break;
            const QDate end = courseEnd(due);
            if (end < m_calendar.first() || !member.worksOn(end) || routeCourseNear(index, end))
                continue;
            if (Status s = add(random, index, audience, end, true); !s)
                return s;
        }
        for (int year = 0; year <= DemoCalendar::years; ++year) {
            if (!random.chance(shortCourseChance))
                continue;
            const QDate end = DemoCalendar::workday(DemoCalendar::between(random, m_calendar.start(year).addDays(14), m_calendar.teachingEnd(year)));
            if (end <= yesterday && member.worksOn(end))
                if (Status s = add(random, index, audience, end, false); !s)
                    return s;
        }
        return Status::success();
    }

private:
    // Courses end on a workday, and not in the New Year holidays.
    static QDate courseEnd(const QDate& due)
    {
        if ((due.month() == 12 && due.day() > 27) || (due.month() == 1 && due.day() < 11))
            return DemoCalendar::workday(QDate(due.month() == 12 ? due.year() : due.year() - 1, 12, 25));
        return DemoCalendar::workday(due);
    }

    // A long course done on a route within a year of the date replaces the one due then.
    bool routeCourseNear(int index, const QDate& date) const
    {
        for (const DemoCompletion& c : m_context.cycle.completions.value(index))
            if (c.hours >= 16 && qAbs(c.end.daysTo(date)) < 365)
                return true;
        return false;
    }

    Status add(DemoRandom& random, int index, unsigned audience, const QDate& end, bool isLong)
    {
        int course = -1;
        for (int attempt = 0; attempt < 6; ++attempt) {
            const int pick = demoCourseFor(m_context, random, audience, QString(), isLong);
            if (pick < 0)
                break;
            const DemoCourse& c = m_context.cycle.courses.at(pick);
            if ((isLong || c.hours < 16) && !m_context.cycle.completed(index, c.id, QDate())) {
                course = pick;
                break;
            }
        }
        if (course < 0)
            return Status::success();
        const DemoCourse& c = m_context.cycle.courses.at(course);
        CourseCompletion completion;
        completion.programmeId = c.id;
        completion.personId = m_context.staff.at(index).personId;
        completion.end = end;
        completion.start = end.addDays(-courseDays(c.hours));
        completion.certificate = m_context.cycle.nextCertificate(end);
        if (auto r = m_courses.insertCompletion(completion); !r)
            return r.status();
        m_context.cycle.completions[index].append({c.id, end, c.hours});
        ++m_context.records;
        return Status::success();
    }

    DemoContext& m_context;
    CourseRepository m_courses;
    const DemoCalendar m_calendar;
};

} // namespace

Status generateDemoCourseCompletions(DemoContext& context)
{
    Completions completions(context);
    DemoTicker ticker(context.progress, demoPersonStepWork(context), int(context.staff.size()));
    for (int i = 0; i < context.staff.size(); ++i) {
        if (Status s = completions.complete(i); !s)
            return s;
        if (!ticker.tick())
            return Status::failure(QString());
    }
    return ticker.finish() ? Status::success() : Status::failure(QString());
}
