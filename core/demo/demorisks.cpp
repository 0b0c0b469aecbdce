// The risks step: the risk registers of the region and of every municipality, with the risks
// of seed 004 (a formal approach to routes, too few mentors, overload, ...), each with its
// prevention, an owner (a methodist of the municipality's service, or in words) and a status:
// risks identified long ago are mostly mitigated or closed, recent ones mostly still open, and
// now and then one occurred.
#include "demo/democalendar.h"
#include "demo/democontext.h"
#include "demo/demosupportcycle.h"
#include "storage/riskrepository.h"

namespace {

struct RiskText {
    const char* description;
    const char* prevention;
};

const RiskText risks[] = {
    {"Формальный подход педагогов к составлению индивидуальных образовательных маршрутов",
     "Консультации по проектированию ИОМ, экспертиза маршрутов методистами, разбор лучших практик на РМО"},
    {"Недостаточное число подготовленных наставников",
     "Курсы повышения квалификации для наставников, стимулирование наставнической деятельности"},
    {"Перегрузка педагогов отчётностью и мероприятиями",
     "Сокращение числа обязательных мероприятий, единый план методической работы на год"},
    {"Низкая мотивация педагогов к профессиональному развитию",
     "Публичное признание достижений, учёт участия в методической работе при аттестации"},
    {"Отток молодых педагогов в первые три года работы",
     "Наставничество для всех молодых специалистов, клуб молодых педагогов, адресная поддержка"},
    {"Нехватка методистов в муниципальной методической службе",
     "Привлечение педагогов-методистов и руководителей ШМО к сетевой работе"},
    {"Несоответствие тематики курсов выявленным профессиональным дефицитам",
     "Подбор программ из федерального реестра по результатам диагностики"},
    {"Низкая доля педагогов, прошедших диагностику профессиональных дефицитов",
     "График диагностики на год, разъяснительная работа с руководителями"},
};

} // namespace

Status generateDemoRisks(DemoContext& context)
{
    const DemoTree& tree = context.tree;
    const DemoCalendar calendar(context.options.referenceDate);
    RiskRepository repository(context.db);
    const auto registerOf = [&](qint64 unitId, qint64 ownerId, const QString& ownerText, DemoRandom& random) -> Status {
        const int count = random.between(3, 6);
        QVector<int> chosen;
        while (chosen.size() < count) {
            const int r = int(random.below(std::size(risks)));
            if (!chosen.contains(r))
                chosen.append(r);
        }
        for (int r : chosen) {
            Risk risk;
            risk.orgUnitId = unitId;
            risk.description = QString::fromUtf8(risks[r].description);
            risk.prevention = QString::fromUtf8(risks[r].prevention);
            risk.ownerId = random.chance(0.7) ? ownerId : 0;
            if (!risk.ownerId)
                risk.ownerText = ownerText;
            const int year = random.between(0, DemoCalendar::years - 1);
            risk.identifiedOn = DemoCalendar::workday(calendar.start(year).addDays(random.between(0, 120)));
            const double age = double(DemoCalendar::years - year) / DemoCalendar::years; // 0.2 recent .. 1 oldest
            static const char* const statuses[] = {"open", "mitigated", "occurred", "closed"};
            risk.status = QString::fromLatin1(statuses[random.weighted({1.5 - age, 1.0, 0.15, age * 1.2})]);
            if (auto inserted = repository.insert(risk); !inserted)
                return inserted.status();
            ++context.records;
        }
        return Status::success();
    };

    DemoRandom regional = context.random("risks-regional");
    if (Status s = registerOf(tree.region.id, 0, QStringLiteral("Центр непрерывного повышения профессионального мастерства"), regional); !s)
        return s;
    DemoTicker ticker(context.progress, demoSmallStepWork(context), int(tree.municipalities.size()));
    for (int m = 0; m < tree.municipalities.size(); ++m) {
        DemoRandom random = context.random("risks", quint64(m));
        if (Status s = registerOf(tree.municipalities.at(m).unit.id, demoServiceMethodist(context, m, calendar.today()),
                                  QStringLiteral("Муниципальная методическая служба"), random); !s)
            return s;
        if (!ticker.tick())
            return Status::failure(QString());
    }
    return ticker.finish() ? Status::success() : Status::failure(QString());
}
