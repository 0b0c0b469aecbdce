#include "demo/demoperson.h"

namespace {

struct AgeBand {
    int from, to;
    double weight;
};

// Age of pedagogical staff (whole years on the reference date): mean about 45, 18 % under 35.
constexpr AgeBand ageBands[] = {{22, 24, 4},  {25, 29, 7},  {30, 34, 9.5}, {35, 39, 13}, {40, 44, 15},
                                {45, 49, 16}, {50, 54, 14}, {55, 59, 12}, {60, 64, 8},  {65, 68, 4}};

struct Subject {
    const char* name;
    double female, male;        // how often a woman / a man teaches it
    const char* partner;        // the subject most often taught with it, or nullptr
    double partnerChance;
};

// School subjects; "Начальные классы" is taught alone.
constexpr Subject subjects[] = {
    {"Начальные классы", 22, 1, nullptr, 0},
    {"Русский язык", 12, 2, "Литература", 0.85},
    {"Литература", 2, 0.5, "Русский язык", 0.6},
    {"Математика", 12, 5, "Информатика", 0.15},
    {"Физика", 3, 4, "Математика", 0.3},
    {"Химия", 3, 1, "Биология", 0.4},
    {"Биология", 4, 1.5, "География", 0.3},
    {"География", 3, 2, "Биология", 0.25},
    {"История", 5, 5, "Обществознание", 0.8},
    {"Обществознание", 1, 1, "История", 0.6},
    {"Английский язык", 10, 1.5, nullptr, 0},
    {"Информатика", 2, 4, "Математика", 0.35},
    {"Физическая культура", 3, 10, "ОБЖ", 0.15},
    {"Музыка", 2, 0.7, "ИЗО", 0.1},
    {"ИЗО", 2, 0.5, "Технология", 0.25},
    {"Технология", 2, 4, "ИЗО", 0.15},
    {"ОБЖ", 0.5, 3, "Физическая культура", 0.4},
};

QDate dateInYear(DemoRandom& random, int year)
{
    return QDate(year, 1, 1).addDays(random.between(0, QDate(year, 1, 1).daysInYear() - 1));
}

} // namespace

DemoPersonFactory::DemoPersonFactory(const DemoNames& names, const QDate& referenceDate)
    : m_names(names), m_today(referenceDate)
{
}

bool DemoPersonFactory::isManagement(const QString& position)
{
    return position == u"head" || position == u"deputy_head";
}

double DemoPersonFactory::femaleShare(const DemoPersonTraits& t) const
{
    if (t.profile == DemoProfile::Preschool)
        return 0.985;
    if (t.position == u"psychologist" || t.position == u"speech_therapist" || t.position == u"defectologist"
        || t.position == u"social_pedagogue" || t.position == u"tutor")
        return 0.95;
    if (t.position == u"head")
        return 0.75;
    switch (t.profile) {
    case DemoProfile::School: return t.position == u"deputy_head" ? 0.82 : 0.77;
    case DemoProfile::Additional: return 0.70;
    case DemoProfile::College: return 0.68;
    case DemoProfile::MethodicalService: return 0.90;
    case DemoProfile::Preschool: break;
    }
    return 0.82;
}

int DemoPersonFactory::drawAge(DemoRandom& random, const DemoPersonTraits& t) const
{
    if (t.ageBand == DemoPersonTraits::AgeBand::Young)
        return random.between(22, 34);
    if (t.ageBand == DemoPersonTraits::AgeBand::Retiring)
        return random.between(58, 68);
    int minimum = 22;
    if (t.position == u"head")
        minimum = 36;
    else if (t.position == u"deputy_head")
        minimum = 30;
    else if (t.position == u"methodist")
        minimum = 27;
    static const QVector<double> weights = [] {
        QVector<double> w;
        for (const AgeBand& b : ageBands)
            w.append(b.weight);
        return w;
    }();
    for (int attempt = 0;; ++attempt) {
        const AgeBand& band = ageBands[random.weighted(weights)];
        const int age = random.between(band.from, band.to);
        if (age >= minimum || attempt >= 20)
            return std::max(age, minimum);
    }
}

QDate DemoPersonFactory::drawExperienceStart(DemoRandom& random, const QDate& birth, int age, const QString& position) const
{
    int startAge;
    // Some come to teaching after another career; heads have grown up inside the system.
    if (age >= 30 && !isManagement(position) && random.chance(0.11))
        startAge = random.between(26, std::min(age, 50));
    else
        startAge = 20 + random.weighted({2, 12, 28, 27, 17, 14});
    startAge = std::min(startAge, age);
    const int year = birth.year() + startAge;
    QDate start = random.chance(0.7) ? QDate(year, 9, 1) : dateInYear(random, year);
    if (wholeYearsBetween(birth, start) < 18)
        start = birth.addYears(18);
    return std::min(start, m_today);
}

void DemoPersonFactory::drawCategory(DemoRandom& random, Person& p) const
{
    const int experience = wholeYearsBetween(p.experienceStart, m_today);
    if (experience <= 3)
        return; // novices have no category yet
    static const char* const codes[] = {"highest", "first", "conformity", "none"};
    const int pick = experience <= 7   ? random.weighted({8, 35, 27, 30})
                     : experience <= 14 ? random.weighted({22, 30, 23, 25})
                                        : random.weighted({36, 22, 18, 24});
    QString category = QString::fromLatin1(codes[pick]);
    if (category == u"none")
        return;

    const QDate earliest = p.experienceStart.addYears(2); // attestation needs some experience
    QDate granted = random.chance(0.05) ? m_today.addYears(-5).addDays(-random.between(1, 730)) // already expired
                                        : m_today.addDays(-random.between(0, 5 * 365 - 1));
    if (granted < earliest) {
        if (earliest > m_today)
            return;
        granted = earliest.addDays(random.between(0, int(earliest.daysTo(m_today))));
    }
    // The new categories педагог-методист and педагог-наставник exist since 2024.
    const QDate newCategories(2024, 1, 1);
    if (category == u"highest" && experience >= 10 && m_today > newCategories && random.chance(0.07)) {
        category = random.chance(0.5) ? QStringLiteral("methodist") : QStringLiteral("mentor");
        const QDate from = std::max(newCategories, m_today.addYears(-5).addDays(1));
        granted = from.addDays(random.between(0, int(from.daysTo(m_today))));
    }
    p.category = category;
    p.categoryGranted = granted;
    p.categoryExpires = granted.addYears(5);
}

QStringList DemoPersonFactory::drawSubjects(DemoRandom& random, Sex sex) const
{
    static const QVector<double> female = [] {
        QVector<double> w;
        for (const Subject& s : subjects)
            w.append(s.female);
        return w;
    }();
    static const QVector<double> male = [] {
        QVector<double> w;
        for (const Subject& s : subjects)
            w.append(s.male);
        return w;
    }();
    const Subject& s = subjects[random.weighted(sex == Sex::Female ? female : male)];
    QStringList list{QString::fromUtf8(s.name)};
    if (s.partner && random.chance(s.partnerChance))
        list.append(QString::fromUtf8(s.partner));
    return list;
}

QString DemoPersonFactory::nextSnils(DemoRandom& random)
{
    quint32 number;
    do {
        number = quint32(random.between(1002000, 999999999)); // numbers up to 001-001-998 had no check digits
    } while (m_snils.contains(number));
    m_snils.insert(number);
    const QString digits = QStringLiteral("%1").arg(number, 9, 10, QLatin1Char('0'));
    return QStringLiteral("%1-%2-%3 %4")
        .arg(digits.mid(0, 3), digits.mid(3, 3), digits.mid(6, 3))
        .arg(Snils::checksum(digits), 2, 10, QLatin1Char('0'));
}

Person DemoPersonFactory::make(DemoRandom& random, const DemoPersonTraits& t, Sex* sexOut)
{
    Person p;
    const Sex sex = random.chance(femaleShare(t)) ? Sex::Female : Sex::Male;
    if (sexOut)
        *sexOut = sex;
    const int age = drawAge(random, t);
    p.birthDate = m_today.addYears(-age).addDays(-random.between(0, 364));
    const DemoName name = m_names.pick(random, sex, p.birthDate.year());
    p.lastName = name.lastName;
    p.firstName = name.firstName;
    p.middleName = name.middleName;
    p.experienceStart = drawExperienceStart(random, p.birthDate, age, t.position);
    drawCategory(random, p);

    const bool teaches = t.profile == DemoProfile::School || t.profile == DemoProfile::College;
    if (teaches && t.position == u"teacher")
        p.subjects = drawSubjects(random, sex);
    else if (teaches && isManagement(t.position) && random.chance(t.position == u"head" ? 0.3 : 0.5))
        p.subjects = drawSubjects(random, sex).mid(0, 1);

    const int experience = wholeYearsBetween(p.experienceStart, m_today);
    const bool senior = p.category == u"highest" || p.category == u"methodist" || p.category == u"mentor";
    p.mentor = p.category == u"mentor" || (experience >= 5 && random.chance(senior ? 0.15 : 0.08));
    p.tutor = t.position == u"tutor" || (t.position == u"teacher" && random.chance(0.01));
    p.methodist = t.position == u"methodist" || p.category == u"methodist";
    p.expert = senior && random.chance(0.12);
    if (random.chance(0.9))
        p.snils = nextSnils(random);
    return p;
}
