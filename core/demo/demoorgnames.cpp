#include "demo/demoorgnames.h"

namespace {

QStringList fromUtf8(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

const QStringList& properNames()
{
    static const QStringList names = fromUtf8({
        "Солнышко", "Колосок", "Ромашка", "Теремок", "Берёзка", "Радуга", "Сказка", "Алёнушка", "Ласточка",
        "Звёздочка", "Золотой ключик", "Светлячок", "Ручеёк", "Улыбка", "Родничок", "Малыш", "Рябинка",
        "Колокольчик", "Журавушка", "Чебурашка", "Незабудка", "Снежинка", "Огонёк", "Дюймовочка", "Буратино",
        "Василёк", "Семицветик", "Кораблик", "Одуванчик", "Белочка", "Медвежонок", "Сибирячок", "Кедрёнок",
        "Зёрнышко", "Подснежник", "Росинка", "Лучик", "Гнёздышко", "Аистёнок", "Жемчужинка"});
    return names;
}

const QStringList& nonstateNames()
{
    static const QStringList names = fromUtf8({
        "Эврика", "Гармония", "Умка", "Гномик", "Росток", "Лидер", "Успех", "Перспектива", "Планета детства",
        "Мир знаний", "Академия детства", "Маленькая страна", "Развитие", "Интеллект", "Радуга знаний",
        "Открытие", "Вектор", "Шанс", "Орион", "Почемучка"});
    return names;
}

} // namespace

DemoOrgNamer::DemoOrgNamer(const DemoRegionSpec& region, const DemoMunicipalitySpec& municipality, DemoRandom& random)
    : m_region(region)
    , m_municipality(municipality)
    , m_random(random)
    , m_autonomous(random.chance(0.4))
    , m_properNames(properNames())
{
    m_random.shuffle(m_properNames);
    // Additional education: the common kinds first in a district, any order in a city.
    m_additionalKinds = fromUtf8({"Дом детского творчества", "Детско-юношеская спортивная школа", "Детская школа искусств",
                                  "Центр дополнительного образования детей", "Станция юных техников",
                                  "Станция юных натуралистов", "Центр детского творчества", "Детская музыкальная школа",
                                  "Детская художественная школа", "Дворец творчества детей и молодёжи",
                                  "Детский экологический центр", "Центр технического творчества", "Центр внешкольной работы",
                                  "Спортивная школа олимпийского резерва"});
    if (municipality.centre == Settlement::City)
        m_random.shuffle(m_additionalKinds);
    m_collegeProfiles = fromUtf8({"политехнический техникум", "педагогический колледж", "индустриально-гуманитарный техникум",
                                  "аграрный колледж", "техникум информационных технологий", "колледж культуры и искусства",
                                  "экономико-промышленный колледж", "строительный техникум", "техникум железнодорожного транспорта",
                                  "колледж сервиса и торговли", "лесотехнический техникум", "музыкальный колледж",
                                  "медико-фармацевтический колледж", "техникум водного транспорта"});
    m_random.shuffle(m_collegeProfiles);
}

QString DemoOrgNamer::place(const DemoVillage* village) const
{
    return village ? QStringLiteral("с. ") + village->name : m_municipality.centreLabel;
}

int DemoOrgNamer::nextNumber(int& counter)
{
    // Numbering with the gaps that closed and merged schools leave behind.
    counter += counter == 0 ? 1 : 1 + (m_random.chance(0.1) ? m_random.between(1, 2) : 0);
    return counter;
}

QString DemoOrgNamer::nextProperName()
{
    const int i = m_nextProper++;
    const QString name = m_properNames.at(i % m_properNames.size());
    return i < m_properNames.size() ? name : QStringLiteral("%1-%2").arg(name).arg(i / m_properNames.size() + 1);
}

QString DemoOrgNamer::school(SchoolType type, const DemoVillage* village, bool numbered, bool smallRural)
{
    QString prefix = m_autonomous ? QStringLiteral("МАОУ") : QStringLiteral("МБОУ");
    if (smallRural && m_random.chance(0.3))
        prefix = QStringLiteral("МКОУ");
    const char* abbreviation = type == SchoolType::Basic ? "ООШ" : type == SchoolType::Primary ? "НОШ" : "СОШ";
    if (village)
        return QStringLiteral("%1 «%2 %3»").arg(prefix, village->adjective, QString::fromUtf8(abbreviation));
    if (m_municipality.centre == Settlement::Village) {
        const QString number = numbered ? QStringLiteral(" № %1").arg(nextNumber(m_centreSchoolNumber)) : QString();
        return QStringLiteral("%1 «%2 %3%4»").arg(prefix, m_municipality.centreAdjective, QString::fromUtf8(abbreviation), number);
    }
    const int n = nextNumber(m_schoolNumber);
    switch (type) {
    case SchoolType::Gymnasium: return QStringLiteral("%1 гимназия № %2 %3").arg(prefix).arg(n).arg(place(nullptr));
    case SchoolType::Lyceum: return QStringLiteral("%1 лицей № %2 %3").arg(prefix).arg(n).arg(place(nullptr));
    default: return QStringLiteral("%1 %2 № %3 %4").arg(prefix, QString::fromUtf8(abbreviation)).arg(n).arg(place(nullptr));
    }
}

QString DemoOrgNamer::preschool(const DemoVillage* village)
{
    const QString prefix = m_autonomous ? QStringLiteral("МАДОУ") : QStringLiteral("МБДОУ");
    if (village || m_municipality.centre == Settlement::Village)
        return QStringLiteral("%1 «Детский сад «%2» %3»").arg(prefix, nextProperName(), place(village));
    const int n = nextNumber(m_preschoolNumber);
    if (m_random.chance(0.12))
        return QStringLiteral("%1 «Центр развития ребёнка — детский сад № %2» %3").arg(prefix).arg(n).arg(place(nullptr));
    return QStringLiteral("%1 «Детский сад № %2» %3").arg(prefix).arg(n).arg(place(nullptr));
}

QString DemoOrgNamer::additional()
{
    const QString prefix = m_autonomous ? QStringLiteral("МАУ ДО") : QStringLiteral("МБУ ДО");
    // A district takes the kinds in order; a city draws them, the common ones more often.
    const int index = m_municipality.centre == Settlement::City
                          ? m_random.weighted({5, 4, 3, 3, 2, 1, 4, 2, 1, 1, 1, 1, 1, 1})
                          : int(m_additionalUsed.size()) % int(m_additionalKinds.size());
    const QString kind = m_additionalKinds.at(index);
    const int used = ++m_additionalUsed[kind];
    const QString title = used == 1 ? kind : QStringLiteral("%1 № %2").arg(kind).arg(used);
    return QStringLiteral("%1 «%2» %3").arg(prefix, title, m_municipality.genitive);
}

QString DemoOrgNamer::college()
{
    const int i = m_nextCollege++;
    const QString profile = m_collegeProfiles.at(i % m_collegeProfiles.size());
    const QString suffix = i < m_collegeProfiles.size() ? QString() : QStringLiteral(" № %1").arg(i / m_collegeProfiles.size() + 1);
    return QStringLiteral("%1 «%2 %3%4»").arg(m_region.collegePrefix, m_municipality.adjective, profile, suffix);
}

QString DemoOrgNamer::nonstateSchool()
{
    return QStringLiteral("ЧОУ «Школа «%1»» %2").arg(m_random.pick(nonstateNames()), place(nullptr));
}

QString DemoOrgNamer::nonstatePreschool()
{
    return QStringLiteral("ЧДОУ «Детский сад «%1»» %2").arg(m_random.pick(nonstateNames()), place(nullptr));
}

QString DemoOrgNamer::nonstateAdditional()
{
    return QStringLiteral("АНО ДО «Центр развития «%1»» %2").arg(m_random.pick(nonstateNames()), place(nullptr));
}

QString DemoOrgNamer::innovationTopic(DemoRandom& random)
{
    static const QStringList topics = fromUtf8({
        "Формирование функциональной грамотности обучающихся",
        "Наставничество как ресурс профессионального роста молодых педагогов",
        "Цифровая образовательная среда школы",
        "Инклюзивное образование детей с ОВЗ",
        "Сетевая модель методического сопровождения педагогов",
        "Развитие инженерного мышления на базе центра «Точка роста»",
        "Проектная деятельность в дошкольной образовательной организации",
        "Школа полного дня в сельском социуме",
        "Профориентация обучающихся сельской школы",
        "Развитие читательской грамотности",
        "Индивидуальные образовательные маршруты педагогов",
        "Воспитание гражданской идентичности средствами краеведения",
        "Естественнонаучная грамотность в начальной школе",
        "Модель внутришкольной системы оценки качества образования",
        "Организация образования одарённых детей",
        "Здоровьесберегающая среда образовательной организации"});
    return random.pick(topics);
}
