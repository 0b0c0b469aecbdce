// The annual plan step: the plans of the region, the hubs and the municipalities for each
// academic year. Every event a unit organised is an item of its plan in the event's month, held
// and linked to the event; besides, each plan has its regular items (meetings, monitoring,
// analysis), of which most were held, some moved to a later date and a few cancelled. The plan
// of the current academic year is all still planned.
#include "demo/democalendar.h"
#include "demo/democontext.h"
#include "demo/demosupportcycle.h"
#include "domain/academicyear.h"
#include "storage/planrepository.h"
#include "storage/referencerepository.h"

#include <QHash>

namespace {

struct Regular {
    int month;
    const char* title;
};

const Regular regulars[] = {
    {9, "Августовское совещание: итоги и задачи методической работы"},
    {9, "Утверждение плана работы методических объединений"},
    {10, "Диагностика профессиональных дефицитов педагогов"},
    {11, "Совещание руководителей методических объединений"},
    {12, "Мониторинг выполнения индивидуальных образовательных маршрутов"},
    {1, "Анализ результатов диагностики и корректировка маршрутов"},
    {2, "Организация муниципального этапа конкурсов профессионального мастерства"},
    {3, "Мониторинг работы с молодыми педагогами и наставниками"},
    {4, "Анкетирование педагогов: потребности и удовлетворённость"},
    {5, "Анализ выполнения плана методической работы"},
    {6, "Проектирование плана методической работы на следующий год"},
};

class Plans {
public:
    explicit Plans(DemoContext& context)
        : m_context(context), m_plans(context.db), m_references(context.db), m_calendar(context.options.referenceDate)
    {
        for (int e = 0; e < context.cycle.events.size(); ++e)
            m_events[context.cycle.events.at(e).organiser].append(e);
    }

    Status plan(qint64 unitId, qint64 responsibleId, const QString& responsibleText, DemoRandom& random)
    {
        const double diligence = 0.7 + random.unit() * 0.25; // share of regular items held
        for (int year = 0; year <= DemoCalendar::years; ++year) {
            const int academicYear = m_calendar.start(year).year();
            for (int e : m_events.value(unitId)) {
                const DemoEvent& event = m_context.cycle.events.at(e);
                if (m_calendar.yearOf(event.date) != year)
                    continue;
                PlanItem item = base(unitId, academicYear, event.date.month(), responsibleId, responsibleText);
                item.title = QStringLiteral("%1: %2").arg(m_references.name(ReferenceList::EventKind, event.kind), event.topic);
                item.eventId = event.id;
                item.status = event.date < m_calendar.today() ? QStringLiteral("held") : QStringLiteral("planned");
                if (Status s = insert(item); !s)
                    return s;
            }
            for (const Regular& regular : regulars) {
                if (!random.chance(0.8))
                    continue;
                PlanItem item = base(unitId, academicYear, regular.month, responsibleId, responsibleText);
                item.title = QString::fromUtf8(regular.title);
                const QDate month = AcademicYear::monthStart(academicYear, regular.month);
                if (month.addMonths(1) <= m_calendar.today()) {
                    const int pick = random.weighted({diligence, (1 - diligence) * 0.6, (1 - diligence) * 0.4});
                    if (pick == 1 && month.addMonths(2) <= AcademicYear::lastDay(academicYear)) {
                        item.status = QStringLiteral("moved");
                        item.movedTo = month.addMonths(1).addDays(random.between(0, 27));
                        item.notes = QStringLiteral("Перенесено в связи с графиком оценочных процедур");
                    } else if (pick == 2) {
                        item.status = QStringLiteral("cancelled");
                        item.notes = QStringLiteral("Отменено: вопрос рассмотрен на другом мероприятии");
                    } else {
                        item.status = QStringLiteral("held");
                    }
                }
                if (Status s = insert(item); !s)
                    return s;
            }
        }
        return Status::success();
    }

private:
    static PlanItem base(qint64 unitId, int year, int month, qint64 responsibleId, const QString& responsibleText)
    {
        PlanItem item;
        item.orgUnitId = unitId;
        item.year = year;
        item.month = month;
        item.responsibleId = responsibleId;
        if (!responsibleId)
            item.responsibleText = responsibleText;
        return item;
    }

    Status insert(PlanItem& item)
    {
        if (auto r = m_plans.insert(item); !r)
            return r.status();
        ++m_context.records;
        return Status::success();
    }

    DemoContext& m_context;
    PlanRepository m_plans;
    ReferenceRepository m_references;
    const DemoCalendar m_calendar;
    QHash<qint64, QVector<int>> m_events; // event indices by organiser
};

} // namespace

// A methodist of the municipality's methodical service working on the date, 0 when none.
qint64 demoServiceMethodist(DemoContext& context, int municipality, const QDate& date)
{
    const int service = context.tree.municipalities.at(municipality).firstOrganisation;
    for (int i : context.staffOf(service)) {
        const DemoStaffMember& s = context.staff.at(i);
        if ((s.position == u"methodist" || s.position == u"head") && s.worksAt(service, date))
            return s.personId;
    }
    return 0;
}

Status generateDemoPlan(DemoContext& context)
{
    const DemoTree& tree = context.tree;
    Plans plans(context);
    DemoTicker ticker(context.progress, demoSmallStepWork(context), int(tree.municipalities.size()));
    DemoRandom regional = context.random("plan-regional");
    if (Status s = plans.plan(tree.region.id, 0, QStringLiteral("Центр непрерывного повышения профессионального мастерства"), regional); !s)
        return s;
    for (int h = 0; h < tree.hubs.size(); ++h) {
        DemoRandom random = context.random("plan-hub", quint64(h));
        if (Status s = plans.plan(tree.hubs.at(h).id, 0, QStringLiteral("Методический центр межмуниципального округа"), random); !s)
            return s;
    }
    for (int m = 0; m < tree.municipalities.size(); ++m) {
        DemoRandom random = context.random("plan", quint64(m));
        const qint64 responsible = demoServiceMethodist(context, m, context.options.referenceDate);
        if (Status s = plans.plan(tree.municipalities.at(m).unit.id, responsible, QStringLiteral("Муниципальная методическая служба"),
                                  random); !s)
            return s;
        if (!ticker.tick())
            return Status::failure(QString());
    }
    return ticker.finish() ? Status::success() : Status::failure(QString());
}
