// The routes step: every planned route is built from its diagnostic (its deficits become its
// problems), filled with items from the courses and events of the deficit areas, reviewed and
// brought to its outcome. A done course item is a completed course, a done event item a
// participation in that event.
#include "demo/democalendar.h"
#include "demo/democontext.h"
#include "demo/demosupportcycle.h"
#include "storage/courserepository.h"
#include "storage/eventrepository.h"
#include "storage/routerepository.h"

#include <algorithm>

namespace {

using Outcome = DemoPlannedRoute::Outcome;

const char* skillsOf(const QString& area)
{
    if (area == u"subject") return "владение содержанием предмета, подготовка обучающихся к оценочным процедурам";
    if (area == u"methodical") return "проектирование урока, применение современных образовательных технологий";
    if (area == u"psychological") return "учёт индивидуальных особенностей обучающихся, работа с детьми с ОВЗ";
    if (area == u"communicative") return "конструктивное взаимодействие с родителями и коллегами";
    if (area == u"digital") return "использование цифровых образовательных ресурсов";
    if (area == u"project") return "анализ результатов и проектирование изменений";
    return "планирование, контроль, управление командой";
}

// Days a course of so many hours takes, ending on its last day.
int courseDays(int hours)
{
    return hours <= 16 ? 2 : hours <= 24 ? 4 : hours <= 36 ? 9 : hours <= 72 ? 25 : 55;
}

class RouteBuilder {
public:
    explicit RouteBuilder(DemoContext& context)
        : m_context(context), m_routes(context.db), m_courses(context.db), m_events(context.db), m_calendar(context.options.referenceDate)
    {
    }

    Status build(int index)
    {
        const DemoPlannedRoute& plan = m_context.cycle.routes.at(index);
        m_random = m_context.random("routes", quint64(index));
        const DemoStaffMember& member = m_context.staff.at(plan.staff);
        // The route with its facts, built from the diagnostic (its deficits become its problems).
        Route route{.start = plan.start, .end = plan.end, .diagnosticId = plan.diagnosticId};
        QStringList names;
        QStringList skills;
        for (const QString& area : plan.areas) {
            names.append(m_routes.references().name(ReferenceList::CompetenceArea, area));
            skills.append(QString::fromUtf8(skillsOf(area)));
        }
        route.goals = QStringLiteral("Устранить профессиональные дефициты (%1)").arg(names.join(QStringLiteral(", ")));
        route.skills = skills.join(QStringLiteral("; "));
        route.responsibleId = responsibleFor(member, plan.start);
        if (plan.start <= m_calendar.today()) {
            route.status = QStringLiteral("active");
            route.statusDate = plan.start;
        }
        const auto created = m_routes.createFromDiagnostic(route);
        if (!created)
            return created.status();
        m_routeId = *created;
        m_context.records += 1 + int(plan.areas.size());
        // What was done is known up to the outcome, or today for an open route.
        const QDate known = plan.outcomeDate.isValid() ? plan.outcomeDate : std::min(plan.end, m_calendar.today().addDays(-1));
        int done = 0, total = 0;
        m_items.clear();
        if (Status s = addItems(plan, member, known, &done, &total); !s)
            return s;
        if (Status s = m_routes.addItems(m_routeId, m_items); !s)
            return s;
        if (Status s = addReviews(plan, known, done, total); !s)
            return s;
        if (plan.outcome == Outcome::Open)
            return Status::success();
        // The outcome: a status change along the lifecycle, which update() checks as setStatus() would.
        static const char* const codes[] = {"active", "completed_successfully", "completed_unsuccessfully", "abandoned"};
        route.status = QString::fromLatin1(codes[int(plan.outcome)]);
        route.statusDate = plan.outcomeDate;
        return m_routes.update(route);
    }

private:
    // The deputy head or a methodist of the person's organisation, else a methodist of the
    // municipality's methodical service; 0 when nobody fits.
    qint64 responsibleFor(const DemoStaffMember& member, const QDate& date)
    {
        const int organisation = member.organisationOn(date);
        const int service = m_context.tree.municipalities.at(m_context.tree.organisations.at(organisation).municipality).firstOrganisation;
        for (int o : {organisation, service})
            for (int i : m_context.staffOf(o)) {
                const DemoStaffMember& other = m_context.staff.at(i);
                if (other.personId != member.personId && (other.position == u"deputy_head" || other.position == u"methodist")
                    && other.worksAt(o, date))
                    return other.personId;
            }
        return 0;
    }

    // The unit ids of the organisation and the units above it.
    QVector<qint64> unitsAbove(int organisation) const
    {
        const DemoTree& tree = m_context.tree;
        const DemoMunicipality& municipality = tree.municipalities.at(tree.organisations.at(organisation).municipality);
        return {tree.organisations.at(organisation).unit.id, municipality.unit.id, tree.hubs.at(municipality.hub).id, tree.region.id};
    }

    // An event of the area within [from, to] with room for one more, organised by the
    // organisation the person works at on its day or by a unit above it; -1 when none.
    int eventFor(const QString& area, const DemoStaffMember& member, const QDate& from, const QDate& to)
    {
        const DemoCycle& cycle = m_context.cycle;
        const QVector<int>& list = cycle.eventsByArea.value(area);
        const auto first = std::lower_bound(list.cbegin(), list.cend(), from,
                                            [&cycle](int e, const QDate& d) { return cycle.events.at(e).date < d; });
        QVector<qint64> organisers = unitsAbove(member.organisationOn(from));
        QVector<int> fitting;
        for (auto it = first; it != list.cend() && cycle.events.at(*it).date <= to; ++it)
            if (organisers.contains(cycle.events.at(*it).organiser) && cycle.events.at(*it).participants < 60)
                fitting.append(*it);
        if (fitting.isEmpty())
            return -1;
        const int chosen = fitting.at(int(m_random.below(quint64(fitting.size()))));
        const int organisation = member.organisationOn(cycle.events.at(chosen).date);
        return organisation >= 0 && unitsAbove(organisation).contains(cycle.events.at(chosen).organiser) ? chosen : -1;
    }

    // Whether a planned item due on the date got done, given the route's outcome.
    bool doneBy(const DemoPlannedRoute& plan, const QDate& due, const QDate& known)
    {
        if (due > known)
            return false;
        switch (plan.outcome) {
        case Outcome::Succeeded: return m_random.chance(0.95);
        case Outcome::Failed: return m_random.chance(0.4);
        case Outcome::Abandoned: return m_random.chance(0.7);
        case Outcome::Open: return m_random.chance(0.8);
        }
        return false;
    }

    Status addItems(const DemoPlannedRoute& plan, const DemoStaffMember& member, const QDate& known, int* done, int* total);
    // `possible`: the person could do it (works on the day, has not done that course that day).
    Status addItem(RouteItem& item, const DemoPlannedRoute& plan, const QDate& known, bool possible, int* done, int* total);
    Status addReviews(const DemoPlannedRoute& plan, const QDate& known, int done, int total);

    DemoContext& m_context;
    RouteRepository m_routes;
    CourseRepository m_courses;
    EventRepository m_events;
    const DemoCalendar m_calendar;
    DemoRandom m_random{0};
    qint64 m_routeId = 0;
    QVector<RouteItem> m_items; // the items of the route being built, added at once
};

Status RouteBuilder::addItem(RouteItem& item, const DemoPlannedRoute& plan, const QDate& known, bool possible, int* done,
                             int* total)
{
    const bool isDone = doneBy(plan, item.dueDate, known) && possible;
    item.routeId = m_routeId;
    item.status = isDone ? QStringLiteral("done") : item.dueDate <= known ? QStringLiteral("not_done") : QStringLiteral("planned");
    if (isDone)
        item.completedOn = item.dueDate;
    else
        item.evidence.clear();
    m_items.append(item);
    ++m_context.records;
    ++*total;
    *done += isDone;
    return Status::success();
}

Status RouteBuilder::addItems(const DemoPlannedRoute& plan, const DemoStaffMember& member, const QDate& known, int* done, int* total)
{
    const unsigned audience = demoAudienceOf(m_context, member);
    const int wanted = m_random.between(2, 4);
    for (int n = 0; n < wanted; ++n) {
        const QString& area = plan.areas.at(n % plan.areas.size());
        RouteItem item;
        const int kind = n < 2 ? n : m_random.weighted({3, 3, 2, 2});
        if (kind == 0) { // a course of the area
            int course = demoCourseFor(m_context, m_random, audience, area, false);
            if (course < 0)
                course = demoCourseFor(m_context, m_random, audience, QString(), false);
            const DemoCourse& c = m_context.cycle.courses.at(course);
            item.directionCode = QStringLiteral("courses");
            item.title = QStringLiteral("Курсы «%1» (%2 ч)").arg(c.title).arg(c.hours);
            item.dueDate = DemoCalendar::workday(DemoCalendar::between(m_random, plan.start.addDays(30), plan.end.addDays(-20)));
            const bool canComplete = item.dueDate <= known && member.worksOn(item.dueDate)
                                     && !m_context.cycle.completed(plan.staff, c.id, item.dueDate);
            item.evidence = QStringLiteral("удостоверение о повышении квалификации");
            const int before = *done;
            if (Status s = addItem(item, plan, known, canComplete, done, total); !s)
                return s;
            if (*done > before) {
                CourseCompletion completion;
                completion.programmeId = c.id;
                completion.personId = member.personId;
                completion.end = item.dueDate;
                completion.start = item.dueDate.addDays(-courseDays(c.hours));
                completion.certificate = m_context.cycle.nextCertificate(completion.end);
                if (auto r = m_courses.insertCompletion(completion); !r)
                    return r.status();
                m_context.cycle.completions[plan.staff].append({c.id, completion.end, c.hours});
                ++m_context.records;
            }
            continue;
        }
        if (kind == 1) { // an event of the area
            const int e = eventFor(area, member, plan.start, std::min(plan.end, m_calendar.today().addDays(-1)));
            if (e >= 0) {
                const DemoEvent& event = m_context.cycle.events.at(e);
                const bool community = event.kind != u"open_lesson" && event.kind != u"master_class" && event.kind != u"mo_meeting";
                item.directionCode = community ? QStringLiteral("community") : QStringLiteral("methodical");
                item.title = QStringLiteral("Участие: %1 «%2»")
                                 .arg(m_routes.references().name(ReferenceList::EventKind, event.kind), event.topic);
                item.dueDate = event.date;
                item.evidence = QStringLiteral("сертификат участника");
                const bool canAttend = member.worksOn(event.date);
                const int before = *done;
                if (Status s = addItem(item, plan, known, canAttend, done, total); !s)
                    return s;
                if (*done > before && !m_context.cycle.takesPart(event.id, member.personId)) {
                    EventParticipation p{.eventId = event.id, .personId = member.personId, .role = QStringLiteral("participant")};
                    if (auto r = m_events.addParticipant(p); !r)
                        return r.status();
                    m_context.cycle.eventParticipants.insert(DemoCycle::key(event.id, member.personId));
                    ++m_context.cycle.events[e].participants;
                    ++m_context.records;
                }
                continue;
            }
        }
        const QString areaName = m_routes.references().name(ReferenceList::CompetenceArea, area);
        if (kind == 2) {
            item.directionCode = QStringLiteral("methodical");
            item.title = QStringLiteral("Открытый урок (занятие) с применением освоенных приёмов: %1").arg(areaName);
            item.dueDate = DemoCalendar::between(m_random, plan.start.addDays(60), plan.end.addDays(-10));
            item.evidence = QStringLiteral("технологическая карта и анализ урока");
        } else {
            item.directionCode = QStringLiteral("self_education");
            item.title = QStringLiteral("Самообразование: изучение литературы и практик (%1)").arg(areaName);
            item.dueDate = plan.end.addDays(-m_random.between(0, 20));
            item.evidence = QStringLiteral("список литературы, конспекты");
        }
        if (Status s = addItem(item, plan, known, member.worksOn(item.dueDate), done, total); !s)
            return s;
    }
    return Status::success();
}

Status RouteBuilder::addReviews(const DemoPlannedRoute& plan, const QDate& known, int done, int total)
{
    const qint64 routeId = m_routeId;
    QVector<RouteReview> reviews;
    static const char* const progress[] = {
        "Маршрут выполняется по плану.",
        "Маршрут выполняется; сроки отдельных пунктов перенесены.",
        "Выполнение отстаёт от плана; согласованы меры поддержки.",
    };
    const QDate middle = DemoCalendar::workday(QDate(plan.end.year(), 1, 20).addDays(m_random.between(0, 25)));
    if (middle > plan.start && middle <= known)
        reviews.append({.routeId = routeId, .date = middle,
                        .notes = QString::fromUtf8(progress[m_random.weighted({6, 3, plan.outcome == Outcome::Failed ? 4.0 : 1.0})])});
    if (plan.outcome == Outcome::Succeeded || plan.outcome == Outcome::Failed)
        reviews.append({.routeId = routeId, .date = plan.outcomeDate,
                        .notes = QStringLiteral("Итог: выполнено пунктов %1 из %2; %3.")
                                     .arg(done)
                                     .arg(total)
                                     .arg(plan.outcome == Outcome::Succeeded ? QStringLiteral("дефициты преодолены")
                                                                              : QStringLiteral("дефициты сохраняются"))});
    if (reviews.isEmpty())
        return Status::success();
    m_context.records += int(reviews.size());
    return m_routes.addReviews(routeId, reviews);
}

} // namespace

Status generateDemoRoutes(DemoContext& context)
{
    RouteBuilder builder(context);
    const int count = int(context.cycle.routes.size());
    DemoTicker ticker(context.progress, demoSmallStepWork(context), count);
    for (int i = 0; i < count; ++i) {
        if (Status s = builder.build(i); !s)
            return s;
        if (!ticker.tick())
            return Status::failure(QString());
    }
    return ticker.finish() ? Status::success() : Status::failure(QString());
}
