// The checklist step: the presence checklist of seed 000 (C01–C16), answered each academic year
// since 2023/24 — when the seed's indicators were set — by every municipality and every school,
// kindergarten, centre and college. A municipality's methodical system has its own maturity and
// its organisations differ around it; both grow a little each year, and the general items are
// in place more often than the additional ones: so the share of «yes» differs between units and
// rises over the years.
#include "demo/democalendar.h"
#include "demo/democontext.h"
#include "demo/demosupportcycle.h"
#include "storage/checklistrepository.h"

namespace {

constexpr int firstYear = 2023; // the academic year the checklist was introduced

const char* const evidence[] = {
    "Положение о методической службе, приказ", "План методической работы на год", "Программа наставничества",
    "Программа поддержки педагогов", "Положение о ШМО, планы работы", "Аналитическая справка по итогам мониторинга",
    "Адресные методические рекомендации", "Раздел на сайте, канал в Сферуме", "План работы по функциональной грамотности",
    "Программа работы с одарёнными детьми", "Программа инклюзивного образования", "План адресной поддержки ШНОР",
    "План повышения квалификации", "Программа психологической поддержки педагогов", "Индивидуальные образовательные маршруты",
    "План обучения цифровым технологиям",
};

class Checklist {
public:
    explicit Checklist(DemoContext& context) : m_context(context), m_answers(context.db), m_calendar(context.options.referenceDate)
    {
        for (const ChecklistItem& item : m_answers.items())
            m_items.append(item.code);
    }

    Status answer(qint64 unitId, double maturity, DemoRandom& random)
    {
        for (int year = 0; year <= DemoCalendar::years; ++year) {
            const int academicYear = m_calendar.start(year).year();
            if (academicYear < firstYear)
                continue;
            const double level = maturity + 0.06 * (academicYear - firstYear);
            QVector<ChecklistAnswer> answers;
            for (int i = 0; i < m_items.size(); ++i) {
                const double difficulty = i < 8 ? 0.0 : 0.2; // the additional items are harder
                const double x = level - difficulty + (random.unit() - 0.5) * 0.6;
                const char* answer = x > 0.55 ? "yes" : x > 0.25 ? "partly" : "no";
                answers.append({.itemCode = m_items.at(i), .answer = QString::fromLatin1(answer),
                                .evidence = answer[0] == 'n' ? QString() : QString::fromUtf8(evidence[i % std::size(evidence)])});
            }
            if (Status s = m_answers.setAnswers(unitId, academicYear, answers); !s)
                return s;
            m_context.records += int(answers.size());
        }
        return Status::success();
    }

private:
    DemoContext& m_context;
    ChecklistRepository m_answers;
    const DemoCalendar m_calendar;
    QStringList m_items;
};

} // namespace

Status generateDemoChecklist(DemoContext& context)
{
    const DemoTree& tree = context.tree;
    Checklist checklist(context);
    DemoTicker ticker(context.progress, demoSmallStepWork(context), int(tree.municipalities.size()));
    for (int m = 0; m < tree.municipalities.size(); ++m) {
        const DemoMunicipality& municipality = tree.municipalities.at(m);
        DemoRandom random = context.random("checklist", quint64(m));
        const double maturity = 0.25 + random.unit() * 0.45;
        if (Status s = checklist.answer(municipality.unit.id, maturity, random); !s)
            return s;
        for (int o = municipality.firstOrganisation; o < municipality.firstOrganisation + municipality.organisationCount; ++o) {
            if (tree.organisations.at(o).profile == DemoProfile::MethodicalService)
                continue;
            if (Status s = checklist.answer(tree.organisations.at(o).unit.id, maturity + (random.unit() - 0.5) * 0.3, random); !s)
                return s;
        }
        if (!ticker.tick())
            return Status::failure(QString());
    }
    return ticker.finish() ? Status::success() : Status::failure(QString());
}
