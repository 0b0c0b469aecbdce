// The student-results step: for about three in four school teachers, each academic year they
// worked to its end, the mean percentage of their students' ВПР tasks done in their subject;
// for teachers of additional education the retention of their groups (%). A teacher's value
// wanders around their own level from year to year; after a route completed successfully it
// rises by a few points, after one that failed it tends to fall — so that "positive dynamics
// over two years" (K11) is more often true for those whose route succeeded.
#include "demo/democalendar.h"
#include "demo/democontext.h"
#include "demo/demosupportcycle.h"
#include "storage/studentresultrepository.h"

#include <QHash>

Status generateDemoStudentResults(DemoContext& context)
{
    const DemoCalendar calendar(context.options.referenceDate);
    StudentResultRepository results(context.db);
    // The change a route brings from the year after it ended on: by staff index, the routes' outcomes.
    QHash<int, QVector<const DemoPlannedRoute*>> routes;
    for (const DemoPlannedRoute& route : context.cycle.routes)
        if (route.outcome != DemoPlannedRoute::Outcome::Open)
            routes[route.staff].append(&route);

    DemoTicker ticker(context.progress, demoPersonStepWork(context), int(context.staff.size()));
    for (int i = 0; i < context.staff.size(); ++i) {
        const DemoStaffMember& person = context.staff.at(i);
        DemoRandom random = context.random("student-results", quint64(i));
        const bool school = person.position == u"teacher";
        const bool additional = person.position == u"additional_teacher";
        if ((school || additional) && random.chance(school ? 0.75 : 0.6)) {
            const QString measure = school ? QStringLiteral("ВПР (%1): средний процент выполнения")
                                                 .arg(person.subject.isEmpty() ? QStringLiteral("предмет") : person.subject.toLower())
                                           : QStringLiteral("Сохранность контингента, %");
            double level = school ? 48 + random.unit() * 30 : 70 + random.unit() * 25;
            for (int year = 0; year < DemoCalendar::years; ++year) {
                const QDate end = calendar.teachingEnd(year);
                for (const DemoPlannedRoute* route : routes.value(i))
                    if (calendar.yearOf(route->outcomeDate) == year - 1)
                        level += route->outcome == DemoPlannedRoute::Outcome::Succeeded ? 2.0 + random.unit() * 5
                                 : route->outcome == DemoPlannedRoute::Outcome::Failed ? -random.unit() * 3
                                                                                       : 0.0;
                level += (random.unit() - 0.5) * 4; // drifts slowly
                if (!person.worksOn(end) || end >= calendar.today())
                    continue;
                StudentResult r;
                r.personId = person.personId;
                r.year = calendar.start(year).year();
                r.measure = measure;
                r.value = std::round(std::clamp(level + (random.unit() - 0.5) * 8, 5.0, 100.0) * 10) / 10;
                if (auto inserted = results.insert(r); !inserted)
                    return inserted.status();
                ++context.records;
            }
        }
        if (!ticker.tick())
            return Status::failure(QString());
    }
    return ticker.finish() ? Status::success() : Status::failure(QString());
}
