// The materials step: the bank of methodical materials. Each year about 3 in 100 staff (more
// among those with the highest categories, methodists and mentors) write a development, lesson
// plan, programme, ..., sometimes with one or two colleagues of their organisation; most are
// approved at the school or municipal level on a day in the year, fewer at the regional or
// federal one; those not approved yet are recently written by persons still working. Links point
// at the region's educational platform, other materials are files.
#include "demo/democalendar.h"
#include "demo/democontext.h"
#include "demo/demosupportcycle.h"
#include "storage/materialrepository.h"

namespace {

struct MaterialKind {
    const char* type;
    const char* titles[3];
};

const MaterialKind kinds[] = {
    {"methodical_development", {"Методическая разработка: %1", "Система заданий для развития функциональной грамотности: %1",
                                "Методические рекомендации: %1"}},
    {"lesson_plan", {"Технологическая карта урока: %1", "Конспект открытого урока: %1", "Сценарий занятия: %1"}},
    {"programme", {"Рабочая программа курса внеурочной деятельности: %1", "Дополнительная общеразвивающая программа: %1",
                   "Программа наставничества: %1"}},
    {"presentation", {"Презентация к выступлению на РМО: %1", "Презентация опыта работы: %1", "Презентация к семинару: %1"}},
    {"video", {"Видеозапись открытого урока: %1", "Видеозапись мастер-класса: %1", "Видеоурок: %1"}},
    {"article", {"Статья в сборнике педагогических чтений: %1", "Статья: %1", "Публикация из опыта работы: %1"}},
    {"other", {"Дидактические материалы: %1", "Банк заданий: %1", "Памятка для педагогов: %1"}},
};

const char* const areas[] = {"subject", "methodical", "psychological", "communicative", "digital", "project", "managerial"};

QString themeOf(const DemoStaffMember& m)
{
    if (!m.subject.isEmpty())
        return m.subject.toLower();
    if (m.position == u"preschool_teacher") return QStringLiteral("дошкольное образование");
    if (m.position == u"psychologist") return QStringLiteral("психолого-педагогическое сопровождение");
    if (m.position == u"additional_teacher") return QStringLiteral("дополнительное образование");
    if (m.position == u"speech_therapist" || m.position == u"defectologist") return QStringLiteral("коррекционная работа");
    if (m.isManagement()) return QStringLiteral("управление образовательной организацией");
    return QStringLiteral("методическая работа");
}

} // namespace

Status generateDemoMaterials(DemoContext& context)
{
    const DemoCalendar calendar(context.options.referenceDate);
    MaterialRepository materials(context.db);
    int written = 0;
    DemoTicker ticker(context.progress, demoPersonStepWork(context), int(context.staff.size()));
    for (int i = 0; i < context.staff.size(); ++i) {
        const DemoStaffMember& author = context.staff.at(i);
        DemoRandom random = context.random("materials", quint64(i));
        const bool strong = author.category == u"highest" || author.category == u"methodist" || author.category == u"mentor"
                            || author.methodistRole || author.position == u"methodist";
        for (int year = 0; year < DemoCalendar::years; ++year) {
            if (!random.chance(strong ? 0.12 : 0.02))
                continue;
            const int level = random.weighted({30, 30, 12, 2, 26}); // school, municipal, regional, federal, none
            MethodicalMaterial m;
            if (level < 4) {
                static const char* const levels[] = {"school", "municipal", "regional", "federal"};
                m.approvalLevel = QString::fromLatin1(levels[level]);
                m.approvedOn = DemoCalendar::workday(DemoCalendar::between(random, calendar.start(year).addDays(20),
                                                                             std::min(calendar.end(year), calendar.today().addDays(-1))));
            } else if (year < DemoCalendar::years - 1 || !author.worksOn(calendar.today())) {
                continue; // not approved: only recent ones of those still working
            }
            const QDate date = m.approvedOn.isValid() ? m.approvedOn : calendar.today();
            const int organisation = author.organisationOn(date);
            if (organisation < 0)
                continue;
            const MaterialKind& kind = kinds[random.weighted({25, 25, 10, 15, 5, 12, 8})];
            m.type = QString::fromLatin1(kind.type);
            m.title = QString::fromUtf8(kind.titles[random.below(3)]).arg(themeOf(author));
            m.competenceArea = QString::fromLatin1(areas[random.weighted({4, 4, 2, 1, 2, 1, author.isManagement() ? 3.0 : 0.1})]);
            m.authorIds.append(author.personId);
            if (random.chance(0.25)) {
                const QVector<int>& colleagues = context.staffOf(organisation);
                const int other = colleagues.at(int(random.below(quint64(colleagues.size()))));
                if (other != i && context.staff.at(other).worksOn(date))
                    m.authorIds.append(context.staff.at(other).personId);
            }
            ++written;
            m.location = random.chance(0.6) ? QStringLiteral("https://sferum.ru/materials/%1-%2").arg(date.year()).arg(written)
                                            : QStringLiteral("Банк материалов/%1/%2.%3")
                                                  .arg(date.year())
                                                  .arg(written)
                                                  .arg(m.type == u"video" ? QStringLiteral("mp4")
                                                       : m.type == u"presentation" ? QStringLiteral("pptx")
                                                                                   : QStringLiteral("docx"));
            if (auto r = materials.insert(m); !r)
                return r.status();
            context.records += 1 + int(m.authorIds.size());
        }
        if (!ticker.tick())
            return Status::failure(QString());
    }
    return ticker.finish() ? Status::success() : Status::failure(QString());
}
