// The course catalogue step: further-training programmes as a region's catalogue lists them.
#include "demo/democontext.h"
#include "demo/demosupportcycle.h"
#include "storage/courserepository.h"

namespace {

enum Provider { Academy, Institute, Cnppm, University, MethodicalCentre };

const char* const providers[] = {
    "ФГАОУ ДПО «Академия Минпросвещения России»",
    "ГАУ ДПО «Институт развития образования»",
    "Центр непрерывного повышения профессионального мастерства педагогических работников",
    "ФГБОУ ВО «Педагогический университет»",
    "Муниципальный методический центр",
};

struct CatalogueEntry {
    const char* title;
    const char* area;
    int hours;
    bool registry;
    const char* form;
    Provider provider;
    unsigned audience;
};

// Titles as Russian catalogues word them; hours as programmes are usually sized.
const CatalogueEntry catalogue[] = {
    {"Реализация требований обновлённых ФГОС НОО, ФГОС ООО в работе учителя", "subject", 36, true, "distance", Academy, ForSchool},
    {"Школа современного учителя русского языка и литературы", "subject", 100, true, "blended", Academy, ForSchool},
    {"Школа современного учителя математики", "subject", 100, true, "blended", Academy, ForSchool},
    {"Содержание и методика преподавания естественнонаучных предметов", "subject", 72, false, "blended", Institute, ForSchool | ForCollege},
    {"Подготовка обучающихся к государственной итоговой аттестации: содержательные и методические аспекты", "subject", 36, false, "in_person", Institute, ForSchool},
    {"Федеральная образовательная программа дошкольного образования: содержание и реализация", "subject", 36, true, "distance", Academy, ForPreschool},
    {"Дополнительные общеразвивающие программы нового поколения", "subject", 36, false, "blended", Institute, ForAdditional},
    {"Решение олимпиадных задач по предмету", "subject", 12, false, "in_person", Cnppm, ForSchool},
    {"Трудные вопросы орфографии и пунктуации", "subject", 8, false, "in_person", MethodicalCentre, ForSchool},
    {"Формирование функциональной грамотности обучающихся", "methodical", 72, true, "distance", Academy, ForSchool | ForCollege},
    {"Проектирование современного урока на основе системно-деятельностного подхода", "methodical", 24, false, "in_person", Cnppm, ForSchool | ForCollege},
    {"Формирующее оценивание в образовательном процессе", "methodical", 18, false, "in_person", Cnppm, ForAll},
    {"Организация проектной и исследовательской деятельности обучающихся", "methodical", 36, false, "blended", Institute, ForSchool | ForAdditional | ForCollege},
    {"Методическое сопровождение педагогов: от диагностики дефицитов к индивидуальному маршруту", "methodical", 72, true, "blended", Academy, ForAll | ForManagement},
    {"Наставничество в образовательной организации: модели и практики", "methodical", 36, true, "distance", Academy, ForAll | ForManagement},
    {"Игровые технологии в дошкольном образовании", "methodical", 24, false, "in_person", Institute, ForPreschool},
    {"Рабочая программа по учебному предмету: конструктор и требования", "methodical", 16, false, "distance", Cnppm, ForSchool},
    {"Открытый урок: подготовка, проведение и анализ", "methodical", 8, false, "in_person", MethodicalCentre, ForAll},
    {"Смысловое чтение на уроках", "methodical", 6, false, "in_person", MethodicalCentre, ForSchool},
    {"Обучение и воспитание детей с ОВЗ в условиях инклюзивного образования", "psychological", 72, true, "distance", Academy, ForAll},
    {"Разговоры о важном: система работы классного руководителя", "psychological", 58, true, "distance", Academy, ForSchool},
    {"Профилактика деструктивного поведения обучающихся", "psychological", 36, false, "blended", Institute, ForSchool | ForCollege},
    {"Психолого-педагогическое сопровождение одарённых детей", "psychological", 24, false, "in_person", University, ForAll},
    {"Адаптация детей раннего возраста к детскому саду", "psychological", 18, false, "in_person", Institute, ForPreschool},
    {"Профилактика эмоционального выгорания педагогов", "psychological", 12, false, "in_person", Cnppm, ForAll},
    {"Эффективная коммуникация с родителями обучающихся", "communicative", 24, false, "in_person", Cnppm, ForAll},
    {"Школьная служба медиации: организация и практика", "communicative", 36, true, "blended", Institute, ForSchool | ForCollege},
    {"Конфликтология для педагогов", "communicative", 12, false, "in_person", University, ForAll},
    {"Педагогическая риторика", "communicative", 8, false, "in_person", MethodicalCentre, ForAll},
    {"Цифровая образовательная среда: ФГИС «Моя школа» в работе педагога", "digital", 36, true, "distance", Academy, ForSchool | ForCollege},
    {"Искусственный интеллект в образовании: возможности и риски", "digital", 24, false, "distance", University, ForAll},
    {"Цифровые инструменты педагога дошкольной организации", "digital", 18, false, "distance", Institute, ForPreschool | ForAdditional},
    {"Создание интерактивных заданий для уроков", "digital", 8, false, "distance", Cnppm, ForSchool | ForAdditional},
    {"Информационная безопасность обучающихся", "digital", 6, false, "distance", MethodicalCentre, ForAll},
    {"Анализ результатов оценочных процедур и работа с ними", "project", 24, true, "blended", Institute, ForSchool | ForManagement},
    {"Проектное управление в образовании", "project", 36, false, "blended", University, ForAll | ForManagement},
    {"Описание педагогической практики для конкурса и публикации", "project", 12, false, "in_person", Cnppm, ForAll},
    {"Управление качеством образования в образовательной организации", "managerial", 72, true, "blended", Academy, ForManagement},
    {"Школа Минпросвещения России: новые возможности повышения качества образования", "managerial", 36, true, "distance", Academy, ForManagement},
    {"Внутренняя система оценки качества образования", "managerial", 24, false, "in_person", Institute, ForManagement},
    {"Правовые основы управления образовательной организацией", "managerial", 16, false, "distance", Institute, ForManagement},
};

} // namespace

Status generateDemoCourseCatalogue(DemoContext& context)
{
    CourseRepository courses(context.db);
    const int count = int(std::size(catalogue));
    DemoTicker ticker(context.progress, 1, count);
    for (const CatalogueEntry& entry : catalogue) {
        CourseProgramme p;
        p.orgUnitId = context.tree.region.id;
        p.title = QString::fromUtf8(entry.title);
        p.provider = QString::fromUtf8(providers[entry.provider]);
        p.hours = entry.hours;
        p.inFederalRegistry = entry.registry;
        p.competenceArea = QString::fromLatin1(entry.area);
        p.form = QString::fromLatin1(entry.form);
        if (auto r = courses.insertProgramme(p); !r)
            return r.status();
        context.cycle.courses.append({p.id, p.title, p.competenceArea, p.hours, p.inFederalRegistry, entry.audience});
        ++context.records;
        if (!ticker.tick())
            return Status::failure(QString());
    }
    return Status::success();
}

unsigned demoAudienceOf(const DemoContext& context, const DemoStaffMember& member)
{
    unsigned audience = member.isManagement() ? unsigned(ForManagement) : 0u;
    switch (context.tree.organisations.at(member.organisation).profile) {
    case DemoProfile::School: return audience | ForSchool;
    case DemoProfile::Preschool: return audience | ForPreschool;
    case DemoProfile::Additional: return audience | ForAdditional;
    case DemoProfile::College: return audience | ForCollege;
    case DemoProfile::MethodicalService: return audience | ForAll;
    }
    return audience | ForAll;
}

int demoCourseFor(const DemoContext& context, DemoRandom& random, unsigned audience, const QString& area, bool longOnly)
{
    QVector<double> weights;
    weights.reserve(context.cycle.courses.size());
    bool any = false;
    for (const DemoCourse& c : context.cycle.courses) {
        const bool fits = (c.audience & audience) != 0 && (area.isEmpty() || c.area == area) && (!longOnly || c.hours >= 16);
        weights.append(fits ? (c.registry ? 2.0 : 1.0) : 0.0);
        any = any || fits;
    }
    return any ? random.weighted(weights) : -1;
}
