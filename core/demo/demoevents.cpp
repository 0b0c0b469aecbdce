// The events step: methodical events of every level in each academic year, with participants
// drawn from the staff of the organiser's subtree who work there on the event's day.
#include "demo/democalendar.h"
#include "demo/democontext.h"
#include "demo/demosupportcycle.h"
#include "storage/eventrepository.h"

#include <QSet>
#include <algorithm>
#include <numeric>

namespace {

struct Topic {
    const char* area;
    const char* text;
};

const Topic topics[] = {
    {"subject", "Обновлённые ФГОС: содержание предметных результатов"},
    {"subject", "Трудные темы школьного курса и способы их объяснения"},
    {"subject", "Подготовка к ГИА: анализ типичных ошибок выпускников"},
    {"subject", "Федеральная образовательная программа: изменения в содержании"},
    {"subject", "Олимпиадное движение: подготовка обучающихся"},
    {"subject", "Естественнонаучная грамотность на уроках"},
    {"methodical", "Функциональная грамотность: читательская грамотность на всех уроках"},
    {"methodical", "Современный урок: приёмы активизации познавательной деятельности"},
    {"methodical", "Формирующее оценивание на уроке"},
    {"methodical", "Проектная и исследовательская деятельность обучающихся"},
    {"methodical", "Рабочая программа воспитания: от плана к делу"},
    {"methodical", "Наставничество как ресурс профессионального роста"},
    {"methodical", "Индивидуальный образовательный маршрут педагога"},
    {"methodical", "Игровые технологии в образовательном процессе"},
    {"psychological", "Инклюзивное образование: работа с детьми с ОВЗ"},
    {"psychological", "Профилактика буллинга в детском коллективе"},
    {"psychological", "Адаптация первоклассников и пятиклассников"},
    {"psychological", "Психологическое благополучие педагога"},
    {"psychological", "Сопровождение одарённых детей"},
    {"communicative", "Взаимодействие с родителями: формы и практики"},
    {"communicative", "Школьная служба медиации"},
    {"communicative", "Командная работа педагогического коллектива"},
    {"digital", "ФГИС «Моя школа» и цифровые ресурсы урока"},
    {"digital", "Искусственный интеллект в работе педагога"},
    {"digital", "Сферум: дистанционное взаимодействие с обучающимися"},
    {"project", "Анализ результатов ВПР и планирование работы"},
    {"project", "Проектное управление в школе"},
    {"managerial", "Внутренняя система оценки качества образования"},
    {"managerial", "Управление методической работой в образовательной организации"},
};

const double areaWeights[] = {20, 35, 15, 8, 12, 6, 4};
const char* const areas[] = {"subject", "methodical", "psychological", "communicative", "digital", "project", "managerial"};

struct LevelKinds {
    const char* level;
    const char* kinds[8];
    double weights[8];
};

const LevelKinds levels[] = {
    {"school", {"mo_meeting", "open_lesson", "master_class", "seminar", "readings", "round_table"}, {35, 20, 15, 15, 5, 10}},
    {"municipal", {"seminar", "master_class", "round_table", "mo_meeting", "conference", "festival", "webinar", "readings"},
     {30, 15, 10, 15, 8, 5, 10, 7}},
    {"hub", {"seminar", "conference", "internship", "forum", "master_class"}, {30, 20, 20, 10, 20}},
    {"regional", {"conference", "webinar", "forum", "training", "internship", "festival"}, {25, 25, 10, 15, 15, 10}},
};

constexpr int minParticipants = 10, maxParticipants = 60;

// Busy months of the academic year, September to May.
const double monthWeights[] = {0.6, 1.2, 1.2, 0.9, 0.7, 1.1, 1.2, 1.2, 0.6};

class EventPlanner {
public:
    explicit EventPlanner(DemoContext& context) : m_context(context), m_events(context.db), m_calendar(context.options.referenceDate) {}

    // Events of one organiser in one academic year. `pool`: staff who may take part (everyone
    // in the organiser's subtree); `organisation`: for a school-level event, the one organisation.
    Status organise(DemoRandom& random, qint64 organiser, int levelIndex, int year, int count, const QVector<int>& pool,
                    int organisation, const QVector<int>& organisers, int minimum)
    {
        const LevelKinds& level = levels[levelIndex];
        for (int n = 0; n < count; ++n) {
            MethodicalEvent e;
            e.orgUnitId = organiser;
            e.level = QString::fromLatin1(level.level);
            e.kind = QString::fromLatin1(level.kinds[random.weighted(level.weights, 8)]);
            e.competenceArea = QString::fromLatin1(areas[random.weighted(areaWeights, 7)]);
            e.topic = topicIn(random, e.competenceArea);
            const QDate month = m_calendar.start(year).addMonths(random.weighted(monthWeights, 9));
            e.date = DemoCalendar::workday(month.addDays(random.between(0, month.daysInMonth() - 1)));
            if (e.date >= m_calendar.today())
                continue;
            e.endDate = multiDay(random, e.kind, e.date);
            // An organiser from the methodical service, if one works that day; then speakers and the others.
            QVector<qint64> organiserIds;
            for (int i = 0; i < 4 && !organisers.isEmpty() && organiserIds.isEmpty(); ++i) {
                const DemoStaffMember& m = m_context.staff.at(organisers.at(int(random.below(quint64(organisers.size())))));
                if (m.worksOn(e.date))
                    organiserIds.append(m.personId);
            }
            const int wanted = random.between(minimum, maxParticipants) - int(organiserIds.size());
            QVector<qint64> chosen = choose(random, pool, organisation, e.date, wanted, organiserIds);
            if (chosen.size() + organiserIds.size() < minParticipants)
                continue;
            if (auto r = m_events.insert(e); !r)
                return r.status();
            m_context.cycle.events.append({e.id, e.orgUnitId, e.kind, e.topic, e.competenceArea, e.date,
                                           int(chosen.size() + organiserIds.size())});
            ++m_context.records;
            const int speakers = std::min(int(chosen.size()) / 4, random.between(1, 3));
            if (Status s = add(e.id, organiserIds, "organiser"); !s)
                return s;
            if (Status s = add(e.id, chosen.mid(0, speakers), "speaker"); !s)
                return s;
            if (Status s = add(e.id, chosen.mid(speakers), "participant"); !s)
                return s;
        }
        return Status::success();
    }

    void indexByArea()
    {
        DemoCycle& cycle = m_context.cycle;
        for (int i = 0; i < cycle.events.size(); ++i)
            cycle.eventsByArea[cycle.events.at(i).area].append(i);
        for (QVector<int>& list : cycle.eventsByArea)
            std::stable_sort(list.begin(), list.end(),
                             [&cycle](int a, int b) { return cycle.events.at(a).date < cycle.events.at(b).date; });
    }

private:
    static QString topicIn(DemoRandom& random, const QString& area)
    {
        QVector<int> fitting;
        for (int i = 0; i < int(std::size(topics)); ++i)
            if (area == QLatin1String(topics[i].area))
                fitting.append(i);
        return QString::fromUtf8(topics[fitting.at(int(random.below(quint64(fitting.size()))))].text);
    }

    static QDate multiDay(DemoRandom& random, const QString& kind, const QDate& date)
    {
        int days = 0;
        if (kind == u"conference" || kind == u"training" || kind == u"festival")
            days = random.between(0, 2);
        else if (kind == u"forum")
            days = 1;
        else if (kind == u"internship")
            days = random.between(2, 4);
        return days > 0 ? date.addDays(days) : QDate();
    }

    // Up to `wanted` different persons of the pool who work on the date (mainly at the organisation,
    // if given), other than those already taken.
    QVector<qint64> choose(DemoRandom& random, const QVector<int>& pool, int organisation, const QDate& date, int wanted,
                           const QVector<qint64>& taken)
    {
        QVector<qint64> chosen;
        QSet<int> seen;
        const int attempts = wanted * 3 + 20;
        for (int a = 0; a < attempts && chosen.size() < wanted && !pool.isEmpty(); ++a) {
            const int index = pool.at(int(random.below(quint64(pool.size()))));
            if (seen.contains(index))
                continue;
            seen.insert(index);
            const DemoStaffMember& m = m_context.staff.at(index);
            if ((organisation >= 0 ? m.organisationOn(date) == organisation : m.worksOn(date)) && !taken.contains(m.personId))
                chosen.append(m.personId);
        }
        return chosen;
    }

    Status add(qint64 eventId, const QVector<qint64>& persons, const char* role)
    {
        if (persons.isEmpty())
            return Status::success();
        const auto added = m_events.addParticipants(eventId, persons, QString::fromLatin1(role));
        if (!added)
            return added.status();
        for (qint64 person : persons)
            m_context.cycle.eventParticipants.insert(DemoCycle::key(eventId, person));
        m_context.records += *added;
        return Status::success();
    }

    DemoContext& m_context;
    EventRepository m_events;
    DemoCalendar m_calendar;
};

} // namespace

Status generateDemoEvents(DemoContext& context)
{
    const DemoTree& tree = context.tree;
    EventPlanner planner(context);
    // Pools: the staff of each municipality, of each hub, of the region.
    QVector<QVector<int>> municipal(tree.municipalities.size());
    QVector<QVector<int>> hubs(tree.hubs.size());
    QVector<QVector<int>> methodists(tree.municipalities.size());
    for (int i = 0; i < context.staff.size(); ++i) {
        const DemoStaffMember& m = context.staff.at(i);
        const int municipality = tree.organisations.at(m.organisation).municipality;
        municipal[municipality].append(i);
        hubs[tree.municipalities.at(municipality).hub].append(i);
        if (m.organisation == tree.municipalities.at(municipality).firstOrganisation && m.position == u"methodist")
            methodists[municipality].append(i);
    }
    QVector<int> everyone(context.staff.size());
    std::iota(everyone.begin(), everyone.end(), 0);

    const int units = int(tree.organisations.size()) + int(tree.municipalities.size());
    DemoTicker ticker(context.progress, demoSmallStepWork(context), units * (DemoCalendar::years + 1));
    for (int year = 0; year <= DemoCalendar::years; ++year) {
        DemoRandom random = context.random("events", quint64(year));
        const int regional = 6 + 2 * int(tree.hubs.size());
        if (Status s = planner.organise(random, tree.region.id, 3, year, regional, everyone, -1, {}, 25); !s)
            return s;
        for (int h = 0; h < tree.hubs.size(); ++h)
            if (Status s = planner.organise(random, tree.hubs.at(h).id, 2, year, random.between(3, 5), hubs.at(h), -1, {}, 20); !s)
                return s;
        for (int m = 0; m < tree.municipalities.size(); ++m) {
            const DemoMunicipality& municipality = tree.municipalities.at(m);
            int staff = 0;
            for (int k = 0; k < municipality.organisationCount; ++k)
                staff += tree.organisations.at(municipality.firstOrganisation + k).staff;
            const int count = std::clamp(staff / 200, 3, 24);
            if (Status s = planner.organise(random, municipality.unit.id, 1, year, count, municipal.at(m), -1, methodists.at(m), 15); !s)
                return s;
            if (!ticker.tick())
                return Status::failure(QString());
        }
        for (int o = 0; o < tree.organisations.size(); ++o) {
            const DemoOrganisation& organisation = tree.organisations.at(o);
            if (organisation.profile != DemoProfile::MethodicalService && organisation.staff >= 12) {
                const int count = 1 + random.weighted({55, 35, 10});
                if (Status s = planner.organise(random, organisation.unit.id, 0, year, count, context.staffOf(o), o, {},
                                                minParticipants); !s)
                    return s;
            }
            if (!ticker.tick())
                return Status::failure(QString());
        }
    }
    planner.indexByArea();
    return ticker.finish() ? Status::success() : Status::failure(QString());
}
