// The consultations step: targeted consultations by the methodists of each municipality's
// methodical service (and those with the methodist role in its organisations) for the staff of
// the municipality, from September to May of each academic year. How many a municipality holds
// varies (about 5 to 45 per 100 staff a year, a little more each year); whom they are for is
// targeted: persons with a route, novices and the staff of low-result and unfavourable-condition
// schools first. Most are individual; group ones are for colleagues of one organisation.
#include "demo/democalendar.h"
#include "demo/democontext.h"
#include "demo/demosupportcycle.h"
#include "storage/consultationrepository.h"

#include <QHash>

namespace {

struct AreaTopics {
    const char* area;
    const char* topics[3];
};

const AreaTopics areaTopics[] = {
    {"subject", {"Подготовка обучающихся к ГИА: трудные темы", "Содержание обновлённого ФГОС по предмету", "Анализ результатов ВПР"}},
    {"methodical", {"Проектирование современного урока", "Формирующее оценивание на уроке", "Рабочая программа и тематическое планирование"}},
    {"psychological", {"Работа с обучающимися с ОВЗ", "Профилактика конфликтов в классе", "Мотивация обучающихся"}},
    {"communicative", {"Взаимодействие с родителями", "Подготовка выступления перед коллегами", "Работа в педагогической команде"}},
    {"digital", {"Цифровые образовательные ресурсы ФГИС «Моя школа»", "Дистанционные формы работы", "Электронный журнал и отчётность"}},
    {"project", {"Проектная и исследовательская деятельность обучающихся", "Анализ результатов и план изменений", "Подготовка к конкурсу профессионального мастерства"}},
    {"managerial", {"Организация внутришкольного контроля", "Планирование методической работы", "Управление изменениями в организации"}},
};

const AreaTopics& topicsOf(const QString& area)
{
    for (const AreaTopics& t : areaTopics)
        if (area == QString::fromLatin1(t.area))
            return t;
    return areaTopics[1];
}

class Consultations {
public:
    explicit Consultations(DemoContext& context)
        : m_context(context), m_consultations(context.db), m_calendar(context.options.referenceDate)
    {
        // The deficit areas of the routes each person had, by start year.
        for (const DemoPlannedRoute& route : context.cycle.routes)
            m_routeAreas.insert(quint64(route.staff) * 16 + quint64(m_calendar.yearOf(route.start)), route.areas);
    }

    Status municipality(int m)
    {
        const DemoTree& tree = m_context.tree;
        const DemoMunicipality& municipality = tree.municipalities.at(m);
        DemoRandom random = m_context.random("consultations", quint64(m));
        QVector<int> pool;
        for (int o = municipality.firstOrganisation; o < municipality.firstOrganisation + municipality.organisationCount; ++o)
            pool += m_context.staffOf(o);
        std::sort(pool.begin(), pool.end());
        pool.erase(std::unique(pool.begin(), pool.end()), pool.end());
        QVector<int> methodists;
        for (int i : pool) {
            const DemoStaffMember& s = m_context.staff.at(i);
            if (s.position == u"methodist" || (s.methodistRole && s.organisation == municipality.firstOrganisation))
                methodists.append(i);
        }
        if (methodists.isEmpty())
            return Status::success();
        const double rate = 0.05 + random.unit() * 0.3; // per staff member and year, before growth
        for (int year = 0; year < DemoCalendar::years; ++year) {
            const QDate first = m_calendar.start(year).addDays(7), last = m_calendar.teachingEnd(year);
            const QDate middle = QDate(m_calendar.start(year).year(), 12, 1);
            QVector<int> people;
            QVector<double> weights;
            for (int i : pool) {
                const DemoStaffMember& s = m_context.staff.at(i);
                if (!s.worksOn(middle) || s.isManagement() || s.position == u"methodist")
                    continue;
                const int organisation = s.organisationOn(middle);
                const OrgUnit& unit = tree.organisations.at(organisation).unit;
                const bool novice = wholeYearsBetween(s.experienceStart, middle) < 3;
                people.append(i);
                weights.append((m_routeAreas.contains(quint64(i) * 16 + quint64(year)) ? 4.0 : 1.0) * (novice ? 3.0 : 1.0)
                               * (unit.lowResults || unit.unfavourable ? 3.0 : 1.0));
            }
            if (people.isEmpty())
                continue;
            const DemoWeights draw(weights);
            const int count = int(people.size() * rate * (1.0 + 0.1 * year) + 0.5);
            for (int n = 0; n < count; ++n)
                if (Status s = consultation(random, methodists, people, draw, year, first, last); !s)
                    return s;
        }
        return Status::success();
    }

private:
    Status consultation(DemoRandom& random, const QVector<int>& methodists, const QVector<int>& people, const DemoWeights& draw,
                        int year, const QDate& first, const QDate& last)
    {
        const QDate date = DemoCalendar::workday(DemoCalendar::between(random, first, std::min(last, m_calendar.today().addDays(-1))));
        const int methodist = methodists.at(int(random.below(quint64(methodists.size()))));
        const int focus = people.at(draw.draw(random));
        const DemoStaffMember& person = m_context.staff.at(focus);
        if (!m_context.staff.at(methodist).worksOn(date) || !person.worksOn(date) || methodist == focus)
            return Status::success();
        Consultation c;
        c.methodistId = m_context.staff.at(methodist).personId;
        c.date = date;
        const QStringList areas = m_routeAreas.value(quint64(focus) * 16 + quint64(year));
        c.competenceArea = !areas.isEmpty() && random.chance(0.7)
                               ? areas.at(int(random.below(quint64(areas.size()))))
                               : QString::fromLatin1(areaTopics[random.weighted({3, 4, 2, 1.5, 2, 1, person.isManagement() ? 3.0 : 0.2})].area);
        c.topic = QString::fromUtf8(topicsOf(c.competenceArea).topics[random.below(3)]);
        c.personIds.append(person.personId);
        if (random.chance(0.25)) { // a group of colleagues of the same organisation
            c.form = QStringLiteral("group");
            const int organisation = person.organisationOn(date);
            const QVector<int>& colleagues = m_context.staffOf(organisation);
            const int wanted = random.between(2, 6);
            for (int tries = 0; tries < 3 * wanted && c.personIds.size() < wanted; ++tries) {
                const DemoStaffMember& other = m_context.staff.at(colleagues.at(int(random.below(quint64(colleagues.size())))));
                if (other.worksAt(organisation, date) && other.personId != c.methodistId && !c.personIds.contains(other.personId))
                    c.personIds.append(other.personId);
            }
            if (c.personIds.size() < 2)
                c.form = QStringLiteral("individual");
        } else {
            c.form = QStringLiteral("individual");
        }
        if (auto r = m_consultations.insert(c); !r)
            return r.status();
        m_context.records += 1 + int(c.personIds.size());
        return Status::success();
    }

    DemoContext& m_context;
    ConsultationRepository m_consultations;
    const DemoCalendar m_calendar;
    QHash<quint64, QStringList> m_routeAreas; // staff index * 16 + academic year → deficit areas
};

} // namespace

Status generateDemoConsultations(DemoContext& context)
{
    Consultations consultations(context);
    DemoTicker ticker(context.progress, demoSmallStepWork(context), int(context.tree.municipalities.size()));
    for (int m = 0; m < context.tree.municipalities.size(); ++m) {
        if (Status s = consultations.municipality(m); !s)
            return s;
        if (!ticker.tick())
            return Status::failure(QString());
    }
    return ticker.finish() ? Status::success() : Status::failure(QString());
}
