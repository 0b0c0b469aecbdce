// The surveys step: each spring (10 April – 20 May) every municipality surveys its staff on their
// needs and their satisfaction with methodical support. A municipality's response rate (20–55 %)
// and how satisfied its staff are vary (about 40–85 % score 4 or 5, a little more each year);
// those who had a route or a course in the year are more satisfied. A quarter answer
// anonymously (with their organisation). Each names up to three needs, mostly in the areas of
// their own deficits, with a preferred form of support.
#include "demo/democalendar.h"
#include "demo/democontext.h"
#include "demo/demosupportcycle.h"
#include "storage/surveyrepository.h"

#include <QHash>

namespace {

struct Need {
    const char* area;
    const char* topic;
};

const Need needs[] = {
    {"subject", "Подготовка обучающихся к ГИА"},
    {"subject", "Трудные темы предмета"},
    {"methodical", "Формирующее оценивание"},
    {"methodical", "Современный урок по обновлённым ФГОС"},
    {"methodical", "Функциональная грамотность обучающихся"},
    {"psychological", "Работа с детьми с ОВЗ"},
    {"psychological", "Профилактика профессионального выгорания"},
    {"communicative", "Взаимодействие с родителями"},
    {"digital", "Цифровые образовательные ресурсы"},
    {"project", "Проектная деятельность обучающихся"},
    {"managerial", "Управление методической работой в школе"},
};

const char* const forms[] = {"course", "mentoring", "consultation", "seminar", "webinar", "internship", "self_education"};

} // namespace

Status generateDemoSurveys(DemoContext& context)
{
    const DemoTree& tree = context.tree;
    const DemoCalendar calendar(context.options.referenceDate);
    SurveyRepository surveys(context.db);
    QHash<quint64, QStringList> routeAreas; // staff index * 16 + academic year → deficit areas of a route then
    for (const DemoPlannedRoute& route : context.cycle.routes)
        for (int y = calendar.yearOf(route.start); y <= calendar.yearOf(route.end); ++y)
            routeAreas.insert(quint64(route.staff) * 16 + quint64(y), route.areas);

    DemoTicker ticker(context.progress, demoSmallStepWork(context), int(tree.municipalities.size()));
    for (int m = 0; m < tree.municipalities.size(); ++m) {
        const DemoMunicipality& municipality = tree.municipalities.at(m);
        DemoRandom random = context.random("surveys", quint64(m));
        const double responseRate = 0.2 + random.unit() * 0.35;
        const double mood = 3.1 + random.unit() * 1.0; // the municipality's usual score
        QVector<int> pool;
        for (int o = municipality.firstOrganisation; o < municipality.firstOrganisation + municipality.organisationCount; ++o)
            pool += context.staffOf(o);
        std::sort(pool.begin(), pool.end());
        pool.erase(std::unique(pool.begin(), pool.end()), pool.end());
        for (int year = 0; year < DemoCalendar::years; ++year) {
            const int spring = calendar.start(year).year() + 1;
            for (int i : pool) {
                const DemoStaffMember& person = context.staff.at(i);
                const QDate date = DemoCalendar::workday(DemoCalendar::between(random, QDate(spring, 4, 10), QDate(spring, 5, 20)));
                if (!random.chance(responseRate) || !person.worksOn(date) || date >= calendar.today())
                    continue;
                const QStringList areas = routeAreas.value(quint64(i) * 16 + quint64(year));
                bool supported = !areas.isEmpty();
                for (const DemoCompletion& c : context.cycle.completions.value(i))
                    supported = supported || calendar.yearOf(c.end) == year;
                Survey s;
                s.date = date;
                if (random.chance(0.25))
                    s.orgUnitId = tree.organisations.at(person.organisationOn(date)).unit.id; // anonymous
                else
                    s.personId = person.personId;
                const double score = mood + (supported ? 0.3 : 0.0) + 0.05 * year + (random.unit() - 0.5) * 2.6;
                s.satisfaction = std::clamp(int(score + 0.5), 1, 5);
                const int wanted = random.weighted({2, 4, 3, 1});
                for (int n = 0; n < wanted; ++n) {
                    int pick = int(random.below(std::size(needs)));
                    if (!areas.isEmpty() && random.chance(0.6)) // a need in a deficit area
                        for (int k = 0; k < int(std::size(needs)); ++k)
                            if (areas.contains(QString::fromLatin1(needs[(pick + k) % std::size(needs)].area))) {
                                pick = (pick + k) % int(std::size(needs));
                                break;
                            }
                    const QString topic = QString::fromUtf8(needs[pick].topic);
                    if (std::any_of(s.needs.cbegin(), s.needs.cend(), [&](const SurveyNeed& x) { return x.topic == topic; }))
                        continue;
                    s.needs.append({.topic = topic,
                                    .preferredForm = random.chance(0.85)
                                                         ? QString::fromLatin1(forms[random.weighted({5, 2, 2, 3, 3, 1, 1})])
                                                         : QString()});
                }
                if (auto r = surveys.insert(s); !r)
                    return r.status();
                context.records += 1 + int(s.needs.size());
            }
        }
        if (!ticker.tick())
            return Status::failure(QString());
    }
    return ticker.finish() ? Status::success() : Status::failure(QString());
}
