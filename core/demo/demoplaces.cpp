#include "demo/demoplaces.h"

#include <QFile>

namespace {

// "Кожевниковский" -> "Кожевниковского"
QString genitiveOfAdjective(const QString& masculine)
{
    return masculine.chopped(2) + QStringLiteral("ого");
}

DemoMunicipalitySpec city(const QString& name, const QString& genitive, const QString& adjective,
                          const QString& centreName, const QString& form, const QString& serviceName, int organisations)
{
    DemoMunicipalitySpec m;
    m.name = name;
    m.genitive = genitive;
    m.adjective = adjective;
    m.centre = Settlement::City;
    m.centreName = centreName;
    m.centreLabel = genitive;
    m.centreAdjective = adjective.chopped(2) + QStringLiteral("ая");
    m.serviceForm = form;
    m.serviceName = serviceName;
    m.organisations = organisations;
    return m;
}

// A district: "<adjective> район" with its centre (a town "г. Асино" or a village "с. Бакчар").
DemoMunicipalitySpec district(const QString& adjective, Settlement centre, const QString& centreName,
                              const QString& centreAdjective, const QString& form, const QString& serviceName,
                              int organisations)
{
    DemoMunicipalitySpec m;
    m.name = adjective + QStringLiteral(" район");
    m.genitive = genitiveOfAdjective(adjective) + QStringLiteral(" района");
    m.adjective = adjective;
    m.centre = centre;
    m.centreName = centreName;
    m.centreLabel = (centre == Settlement::Town ? QStringLiteral("г. ") : QStringLiteral("с. ")) + centreName;
    m.centreAdjective = centreAdjective;
    m.serviceForm = form;
    m.serviceName = serviceName.arg(m.genitive);
    m.organisations = organisations;
    return m;
}

// The usual names of a municipal methodical service of each form; %1 is the district in the genitive.
QString serviceNameFor(const QString& form)
{
    if (form == u"centre")
        return QStringLiteral("МКУ «Районный методический центр» %1");
    if (form == u"cabinet")
        return QStringLiteral("Методический кабинет Управления образования Администрации %1");
    if (form == u"department")
        return QStringLiteral("Методический отдел Управления образования Администрации %1");
    if (form == u"specialist")
        return QStringLiteral("Специалисты по методической работе Управления образования Администрации %1");
    return QStringLiteral("Методическая служба Управления образования Администрации %1");
}

} // namespace

Result<QVector<DemoVillage>> DemoPlaces::loadVillages()
{
    QFile file(QStringLiteral(":/demo/villages.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return Result<QVector<DemoVillage>>::failure(tr("The village list %1 is missing from the program.").arg(file.fileName()));
    QVector<DemoVillage> villages;
    const QString text = QString::fromUtf8(file.readAll());
    for (QStringView line : QStringView(text).split(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const auto fields = line.split(u';');
        if (fields.size() != 2 || fields.at(0).trimmed().isEmpty() || fields.at(1).trimmed().isEmpty())
            return Result<QVector<DemoVillage>>::failure(tr("Malformed line in the village list: %1").arg(line.toString()));
        villages.append({fields.at(0).trimmed().toString(), fields.at(1).trimmed().toString()});
    }
    if (villages.size() < 20)
        return Result<QVector<DemoVillage>>::failure(tr("The village list for demo data is too short."));
    return villages;
}

DemoRegionSpec DemoPlaces::region(DemoSize size, quint64 seed, const QVector<DemoVillage>& villages)
{
    switch (size) {
    case DemoSize::S: return rostov();
    case DemoSize::M: return ivanovo();
    case DemoSize::L: return tomsk();
    case DemoSize::XL: return synthetic(seed, villages);
    }
    return rostov();
}

// S: one school of the Kuibyshev district (seed 001) and the district's methodical cabinet.
DemoRegionSpec DemoPlaces::rostov()
{
    DemoRegionSpec r{QStringLiteral("Ростовская область"), QStringLiteral("61"), QStringLiteral("ГБПОУ РО"), 60, {}};
    r.hubs.append({QStringLiteral("Таганрог"),
                   {district(QStringLiteral("Куйбышевский"), Settlement::Village, QStringLiteral("Куйбышево"),
                             QStringLiteral("Куйбышевская"), QStringLiteral("cabinet"),
                             QStringLiteral("Районный методический кабинет отдела образования Администрации %1"), 2)}});
    return r;
}

// M: the city of Ivanovo with its municipal methodical centre (seed 000).
DemoRegionSpec DemoPlaces::ivanovo()
{
    DemoRegionSpec r{QStringLiteral("Ивановская область"), QStringLiteral("37"), QStringLiteral("ОГБПОУ"), 5000, {}};
    r.hubs.append({QStringLiteral("Иваново"),
                   {city(QStringLiteral("г. Иваново"), QStringLiteral("г. Иваново"), QStringLiteral("Ивановский"),
                         QStringLiteral("Иваново"), QStringLiteral("centre"),
                         QStringLiteral("МБУ «Методический центр в системе образования»"), 150)}});
    return r;
}

// L: the Tomsk region of seed 002: six hubs, twenty municipalities, each with the form of its
// methodical service as the seed lists them.
DemoRegionSpec DemoPlaces::tomsk()
{
    const Settlement V = Settlement::Village;
    const Settlement T = Settlement::Town;
    DemoRegionSpec r{QStringLiteral("Томская область"), QStringLiteral("70"), QStringLiteral("ОГБПОУ"), 20000, {}};
    r.hubs = {
        {QStringLiteral("Томск"),
         {city(QStringLiteral("г. Томск"), QStringLiteral("г. Томска"), QStringLiteral("Томский"), QStringLiteral("Томск"),
               QStringLiteral("centre"), QStringLiteral("МАУ «Информационно-методический центр» г. Томска"), 240),
          district(QStringLiteral("Томский"), V, QStringLiteral("Богашёво"), QStringLiteral("Богашёвская"), QStringLiteral("department"),
                   QStringLiteral("Методический отдел по развитию образования Управления образования Администрации %1"), 65)}},
        {QStringLiteral("Северск"),
         {city(QStringLiteral("ЗАТО Северск"), QStringLiteral("ЗАТО Северск"), QStringLiteral("Северский"), QStringLiteral("Северск"),
               QStringLiteral("centre"), QStringLiteral("МАУ ЗАТО Северск «Ресурсный центр образования»"), 55)}},
        {QStringLiteral("Асино"),
         {district(QStringLiteral("Асиновский"), T, QStringLiteral("Асино"), QStringLiteral("Асиновская"), QStringLiteral("specialist"),
                   serviceNameFor(QStringLiteral("specialist")), 35),
          district(QStringLiteral("Первомайский"), V, QStringLiteral("Первомайское"), QStringLiteral("Первомайская"), QStringLiteral("cabinet"),
                   QStringLiteral("Методический кабинет Управления образования Администрации %1"), 22),
          district(QStringLiteral("Зырянский"), V, QStringLiteral("Зырянское"), QStringLiteral("Зырянская"), QStringLiteral("cabinet"),
                   QStringLiteral("Методический кабинет Отдела образования Администрации %1"), 18),
          district(QStringLiteral("Тегульдетский"), V, QStringLiteral("Тегульдет"), QStringLiteral("Тегульдетская"), QStringLiteral("specialist"),
                   serviceNameFor(QStringLiteral("specialist")), 12),
          district(QStringLiteral("Верхнекетский"), T, QStringLiteral("Белый Яр"), QStringLiteral("Белоярская"), QStringLiteral("department"),
                   QStringLiteral("Отдел обеспечения функционирования, мониторинга и развития образования Управления образования Администрации %1"), 22)}},
        {QStringLiteral("Стрежевой"),
         {city(QStringLiteral("г. Стрежевой"), QStringLiteral("г. Стрежевого"), QStringLiteral("Стрежевской"), QStringLiteral("Стрежевой"),
               QStringLiteral("department"), QStringLiteral("Инновационно-методический отдел Управления образования Администрации городского округа Стрежевой"), 25),
          district(QStringLiteral("Александровский"), V, QStringLiteral("Александровское"), QStringLiteral("Александровская"), QStringLiteral("cabinet"),
                   QStringLiteral("Методический ресурсный кабинет Отдела образования Администрации %1"), 12)}},
        {QStringLiteral("Колпашево"),
         {district(QStringLiteral("Колпашевский"), T, QStringLiteral("Колпашево"), QStringLiteral("Колпашевская"), QStringLiteral("department"),
                   QStringLiteral("Отдел развития образования Управления образования Администрации %1"), 35),
          district(QStringLiteral("Чаинский"), V, QStringLiteral("Подгорное"), QStringLiteral("Подгорнская"), QStringLiteral("cabinet"),
                   QStringLiteral("Методический кабинет Отдела образования Администрации %1"), 14),
          district(QStringLiteral("Каргасокский"), V, QStringLiteral("Каргасок"), QStringLiteral("Каргасокская"), QStringLiteral("specialist"),
                   serviceNameFor(QStringLiteral("specialist")), 30),
          district(QStringLiteral("Парабельский"), V, QStringLiteral("Парабель"), QStringLiteral("Парабельская"), QStringLiteral("centre"),
                   QStringLiteral("Районный ресурсно-методический центр %1"), 18),
          city(QStringLiteral("г. Кедровый"), QStringLiteral("г. Кедрового"), QStringLiteral("Кедровский"), QStringLiteral("Кедровый"),
               QStringLiteral("specialist"), QStringLiteral("Специалисты по методической работе Отдела образования Администрации г. Кедрового"), 6)}},
        {QStringLiteral("Кожевниково"),
         {district(QStringLiteral("Кожевниковский"), V, QStringLiteral("Кожевниково"), QStringLiteral("Кожевниковская"), QStringLiteral("centre"),
                   QStringLiteral("Ресурсно-методический центр %1"), 22),
          district(QStringLiteral("Шегарский"), V, QStringLiteral("Мельниково"), QStringLiteral("Мельниковская"), QStringLiteral("service"),
                   QStringLiteral("Служба по вопросам развития образования %1"), 18),
          district(QStringLiteral("Кривошеинский"), V, QStringLiteral("Кривошеино"), QStringLiteral("Кривошеинская"), QStringLiteral("cabinet"),
                   QStringLiteral("Информационно-методический кабинет Управления образования Администрации %1"), 16),
          district(QStringLiteral("Молчановский"), V, QStringLiteral("Молчаново"), QStringLiteral("Молчановская"), QStringLiteral("specialist"),
                   serviceNameFor(QStringLiteral("specialist")), 15),
          district(QStringLiteral("Бакчарский"), V, QStringLiteral("Бакчар"), QStringLiteral("Бакчарская"), QStringLiteral("centre"),
                   QStringLiteral("Организационно-методический центр %1"), 17)}},
    };
    return r;
}

// XL: ten hubs, each a city with five districts around it; 3,000 organisations, 100,000 staff.
DemoRegionSpec DemoPlaces::synthetic(quint64 seed, const QVector<DemoVillage>& villages)
{
    DemoRandom random = DemoRandom::stream(seed, "places");
    DemoRegionSpec r{QStringLiteral("Приреченская область"), QStringLiteral("90"), QStringLiteral("ГБПОУ"), 100000, {}};
    static const char* const cities[] = {"Приреченск", "Северогорск", "Верхнеозёрск", "Каменногорск", "Новоборск",
                                         "Лесогорск", "Заозёрск", "Светлоярск", "Белоречинск", "Краснополянск"};
    // District names come from villages whose adjective ends in "-ская" ("Берёзовская" -> "Берёзовский район").
    QList<DemoVillage> centres;
    for (const DemoVillage& v : villages)
        if (v.adjective.endsWith(u"ская") && !v.name.contains(u' ') && !v.name.contains(u'-'))
            centres.append(v);
    random.shuffle(centres);

    constexpr int hubs = 10, districtsPerHub = 5, totalOrganisations = 3000;
    QVector<double> weights;
    for (int h = 0; h < hubs; ++h) {
        const QString cityName = QString::fromUtf8(cities[h]);
        DemoHubSpec hub{cityName, {}};
        const QString adjective = cityName.chopped(2) + QStringLiteral("ский");
        hub.municipalities.append(city(QStringLiteral("г. ") + cityName, QStringLiteral("г. ") + cityName + u'а', adjective, cityName,
                                       QStringLiteral("centre"),
                                       QStringLiteral("МАУ «Информационно-методический центр» г. %1а").arg(cityName), 0));
        weights.append(h == 0 ? 16.0 : 3.0 + 2.0 * random.unit());
        for (int d = 0; d < districtsPerHub; ++d) {
            const DemoVillage& centre = centres.at((h * districtsPerHub + d) % centres.size());
            static const char* const forms[] = {"centre", "cabinet", "department", "specialist", "service"};
            const QString form = QString::fromLatin1(forms[random.weighted({30, 25, 20, 18, 7})]);
            const QString districtAdjective = centre.adjective.chopped(2) + QStringLiteral("ий");
            hub.municipalities.append(district(districtAdjective, Settlement::Village, centre.name, centre.adjective, form,
                                               serviceNameFor(form), 0));
            weights.append(0.8 + random.unit());
        }
        r.hubs.append(hub);
    }
    // Organisations shared out by weight (largest remainder), at least eight per municipality.
    double total = 0;
    for (double w : weights)
        total += w;
    const int spare = totalOrganisations - 8 * int(weights.size());
    QVector<int> counts;
    QVector<QPair<double, int>> remainders;
    int given = 0;
    for (int i = 0; i < weights.size(); ++i) {
        const double exact = spare * weights.at(i) / total;
        counts.append(8 + int(exact));
        given += int(exact);
        remainders.append({exact - int(exact), i});
    }
    std::stable_sort(remainders.begin(), remainders.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (int i = 0; given < spare; ++i, ++given)
        ++counts[remainders.at(i % remainders.size()).second];
    int i = 0;
    for (DemoHubSpec& hub : r.hubs)
        for (DemoMunicipalitySpec& m : hub.municipalities)
            m.organisations = counts.at(i++);
    return r;
}
