#include "demo/demostaff.h"
#include "demo/democontext.h"
#include "demo/demoperson.h"

#include <algorithm>

namespace {

struct PlannedEmployment {
    int organisation = 0;
    QString position;
    double rate = 1.0;
    QDate start;
    QDate end;
};

struct PlannedPerson {
    Person person;
    bool female = true;
    bool active = true;   // false: left in the last three years
    bool moved = false;   // came from another organisation of the municipality
    int organisation = 0; // main (or last) employment
    QVector<PlannedEmployment> employments;
};

constexpr double leavingChance = 0.065; // ended employments per current one, over three years
constexpr double movedShare = 0.4;      // of those who left an organisation, moved to another one nearby
constexpr double secondJobChance = 0.02;

QString positionOf(const char* code)
{
    return QString::fromLatin1(code);
}

// The positions of an organisation's current staff, management and specialists first.
QStringList staffPositions(const DemoOrganisation& o, const QString& serviceForm, DemoRandom& random)
{
    const int n = o.staff;
    QStringList list;
    const auto add = [&](const char* code, int count = 1) {
        for (int i = 0; i < count; ++i)
            list.append(positionOf(code));
    };
    const char* main = "teacher";
    switch (o.profile) {
    case DemoProfile::MethodicalService:
        if (serviceForm == u"centre") {
            add("head");
            if (n >= 8)
                add("deputy_head");
        }
        add("methodist", n - int(list.size()));
        return list;
    case DemoProfile::School:
        add("head");
        add("deputy_head", n >= 25 ? random.between(2, 4) : n >= 12 ? random.between(1, 2) : n >= 6 ? random.between(0, 1) : 0);
        add("psychologist", n >= 70 ? 2 : n >= 20 ? 1 : random.chance(0.3) ? 1 : 0);
        add("social_pedagogue", n >= 30 ? 1 : random.chance(0.25) ? 1 : 0);
        add("speech_therapist", n >= 35 ? 1 : random.chance(0.15) ? 1 : 0);
        add("defectologist", n >= 40 && random.chance(0.3) ? 1 : 0);
        add("tutor", n >= 30 && random.chance(0.4) ? random.between(1, 2) : 0);
        add("methodist", n >= 40 && random.chance(0.05) ? 1 : 0);
        break;
    case DemoProfile::Preschool:
        main = "preschool_teacher";
        add("head");
        add("deputy_head", n >= 10 ? 1 : 0);
        add("psychologist", n >= 12 ? 1 : random.chance(0.3) ? 1 : 0);
        add("speech_therapist", n >= 15 ? random.between(1, 2) : random.chance(0.3) ? 1 : 0);
        add("defectologist", n >= 20 && random.chance(0.1) ? 1 : 0);
        add("methodist", n >= 15 && random.chance(0.15) ? 1 : 0);
        break;
    case DemoProfile::Additional:
        main = "additional_teacher";
        add("head");
        add("deputy_head", n >= 15 ? 2 : n >= 6 ? 1 : 0);
        add("methodist", n >= 30 ? 2 : n >= 10 ? 1 : 0);
        add("psychologist", n >= 15 && random.chance(0.3) ? 1 : 0);
        break;
    case DemoProfile::College:
        add("head");
        add("deputy_head", n >= 20 ? 3 : 1);
        add("methodist", n >= 40 ? 2 : 1);
        add("psychologist");
        add("social_pedagogue");
        add("tutor", random.chance(0.5) ? 1 : 0);
        break;
    }
    // At least half of the staff teach.
    const int maxOthers = n - (n + 1) / 2;
    while (list.size() > std::max(1, maxOthers))
        list.removeLast();
    add(main, n - int(list.size()));
    return list;
}

double drawRate(DemoRandom& random, const QString& position)
{
    if (DemoPersonFactory::isManagement(position))
        return 1.0;
    static const double rates[] = {0.5, 0.75, 1.0, 1.25, 1.5};
    if (position == u"teacher" || position == u"preschool_teacher" || position == u"additional_teacher")
        return rates[random.weighted({6, 5, 66, 9, 14})];
    return rates[random.weighted({10, 3, 82, 0, 5})];
}

// A start date on or after the experience start, often the first of September.
QDate drawStart(DemoRandom& random, const QDate& from, const QDate& to)
{
    if (to <= from)
        return from;
    QDate start = random.chance(0.35) ? from : from.addDays(random.between(0, int(from.daysTo(to))));
    if (random.chance(0.6)) {
        const QDate september(start.year(), 9, 1);
        if (september >= from && september <= to)
            start = september;
    }
    return start;
}

class MunicipalityStaff {
public:
    MunicipalityStaff(DemoContext& context, DemoPersonFactory& factory, int municipality)
        : m_context(context)
        , m_factory(factory)
        , m_today(context.options.referenceDate)
        , m_municipality(context.tree.municipalities.at(municipality))
        , m_random(context.random("staff", quint64(municipality)))
    {
    }

    Status generate()
    {
        planCurrentStaff();
        planDepartures();
        planSecondJobs();
        return insert();
    }

private:
    const DemoOrganisation& organisation(int index) const { return m_context.tree.organisations.at(index); }

    void planCurrentStaff()
    {
        const QString form = m_municipality.unit.kind;
        for (int k = 0; k < m_municipality.organisationCount; ++k) {
            const int index = m_municipality.firstOrganisation + k;
            const DemoOrganisation& o = organisation(index);
            for (const QString& position : staffPositions(o, form, m_random)) {
                PlannedPerson p;
                Sex sex;
                p.person = m_factory.make(m_random, {o.profile, position, DemoPersonTraits::AgeBand::Any}, &sex);
                p.female = sex == Sex::Female;
                p.organisation = index;
                p.employments.append({index, position, drawRate(m_random, position),
                                      drawStart(m_random, p.person.experienceStart, m_today), QDate()});
                m_people.append(p);
            }
        }
    }

    // People who left an organisation in the last three years: some moved to another
    // organisation of the municipality, the others left (young teachers more often).
    void planDepartures()
    {
        const int current = int(m_people.size());
        // Candidates for moves: current staff outside management, by what their organisation does.
        QHash<int, QVector<int>> byProfile;
        for (int i = 0; i < current; ++i)
            if (!DemoPersonFactory::isManagement(m_people.at(i).employments.first().position)
                && m_people.at(i).employments.first().position != u"methodist")
                byProfile[int(organisation(m_people.at(i).organisation).profile)].append(i);

        for (int i = 0; i < current; ++i) {
            if (!m_random.chance(leavingChance))
                continue;
            const int index = m_people.at(i).organisation; // the organisation that someone left
            const DemoOrganisation& o = organisation(index);
            if (o.profile == DemoProfile::MethodicalService)
                continue;
            if (m_random.chance(movedShare) && planMove(index, byProfile.value(int(o.profile))))
                continue;
            planLeaver(index, m_people.at(i).employments.first().position);
        }
    }

    bool planMove(int from, const QVector<int>& candidates)
    {
        if (candidates.isEmpty())
            return false;
        for (int attempt = 0; attempt < 8; ++attempt) {
            const int i = candidates.at(int(m_random.below(quint64(candidates.size()))));
            PlannedPerson& p = m_people[i];
            if (p.moved || p.organisation == from)
                continue;
            const bool young = p.person.ageOn(m_today) < 35;
            if (!m_random.chance(young ? 0.7 : 0.3))
                continue;
            const QDate lower = std::max(m_today.addYears(-3).addDays(1), p.person.experienceStart.addYears(1));
            const QDate upper = m_today.addDays(-21);
            if (lower > upper)
                continue;
            const QDate end = lower.addDays(m_random.between(0, int(lower.daysTo(upper))));
            const QDate start = std::max(p.person.experienceStart, end.addDays(-m_random.between(180, 12 * 365)));
            PlannedEmployment& current = p.employments.first();
            current.start = end.addDays(m_random.between(1, 20));
            p.employments.prepend({from, current.position, 1.0, start, end});
            p.moved = true;
            return true;
        }
        return false;
    }

    void planLeaver(int index, const QString& position)
    {
        const DemoOrganisation& o = organisation(index);
        static const DemoPersonTraits::AgeBand bands[] = {DemoPersonTraits::AgeBand::Young, DemoPersonTraits::AgeBand::Retiring,
                                                          DemoPersonTraits::AgeBand::Any};
        const auto band = bands[m_random.weighted({45, 20, 35})];
        const QString leftPosition = DemoPersonFactory::isManagement(position) ? positionOf(
                                         o.profile == DemoProfile::Preschool    ? "preschool_teacher"
                                         : o.profile == DemoProfile::Additional ? "additional_teacher"
                                                                                : "teacher")
                                                                               : position;
        PlannedPerson p;
        Sex sex;
        p.person = m_factory.make(m_random, {o.profile, leftPosition, band}, &sex);
        p.female = sex == Sex::Female;
        p.active = false;
        p.organisation = index;
        const QDate upper = m_today.addDays(-1);
        if (p.person.experienceStart.addDays(30) > upper)
            p.person.experienceStart = m_today.addYears(-1); // a novice who left within the first year
        const QDate lower = std::max(m_today.addYears(-3).addDays(1), p.person.experienceStart.addDays(30));
        const QDate end = lower.addDays(m_random.between(0, int(lower.daysTo(upper))));
        const int tenure = band == DemoPersonTraits::AgeBand::Young ? m_random.between(60, 3 * 365)
                                                                     : m_random.between(365, 20 * 365);
        const QDate start = std::min(end, std::max(p.person.experienceStart, end.addDays(-tenure)));
        p.employments.append({index, leftPosition, drawRate(m_random, leftPosition), start, end});
        m_people.append(p);
    }

    // A few teachers also work part-time elsewhere in the municipality, most often in УДО.
    void planSecondJobs()
    {
        QVector<int> schools, additional;
        for (int k = 0; k < m_municipality.organisationCount; ++k) {
            const int index = m_municipality.firstOrganisation + k;
            if (organisation(index).profile == DemoProfile::School)
                schools.append(index);
            else if (organisation(index).profile == DemoProfile::Additional)
                additional.append(index);
        }
        for (PlannedPerson& p : m_people) {
            const PlannedEmployment& main = p.employments.last();
            if (!p.active || main.position != u"teacher" || main.rate < 1.0 || !m_random.chance(secondJobChance))
                continue;
            const bool toAdditional = !additional.isEmpty() && m_random.chance(0.6);
            const QVector<int>& targets = toAdditional ? additional : schools;
            if (targets.isEmpty())
                continue;
            const int target = targets.at(int(m_random.below(quint64(targets.size()))));
            if (target == p.organisation)
                continue;
            const QDate from = std::max(p.person.experienceStart, m_today.addYears(-5));
            p.employments.append({target, positionOf(toAdditional ? "additional_teacher" : "teacher"), 0.5,
                                  drawStart(m_random, from, m_today), QDate()});
        }
    }

    Status insert()
    {
        PersonRepository& persons = m_context.persons;
        for (PlannedPerson& p : m_people) {
            if (auto r = persons.insert(p.person); !r)
                return r.status();
            DemoStaffMember member;
            for (const PlannedEmployment& planned : p.employments) {
                Employment e;
                e.personId = p.person.id;
                e.unitId = organisation(planned.organisation).unit.id;
                e.positionCode = planned.position;
                e.rate = planned.rate;
                e.start = planned.start;
                e.end = planned.end;
                if (auto r = persons.addEmployment(e); !r)
                    return r.status();
                ++m_context.employments;
                member.jobs.append({planned.organisation, planned.position, planned.rate, planned.start, planned.end});
            }
            const PlannedEmployment& main = p.active ? p.employments.at(p.moved ? 1 : 0) : p.employments.first();
            member.personId = p.person.id;
            member.organisation = p.organisation;
            member.active = p.active;
            member.female = p.female;
            member.birthDate = p.person.birthDate;
            member.experienceStart = p.person.experienceStart;
            member.position = main.position;
            member.subject = p.person.subjects.value(0);
            member.category = p.person.category;
            member.categoryGranted = p.person.categoryGranted;
            member.categoryExpires = p.person.categoryExpires;
            member.mentorRole = p.person.mentor;
            member.methodistRole = p.person.methodist;
            m_context.staff.append(member);
            if (p.active && !m_context.progress.advance())
                return Status::failure(QString());
        }
        return Status::success();
    }

    DemoContext& m_context;
    DemoPersonFactory& m_factory;
    const QDate m_today;
    const DemoMunicipality& m_municipality;
    DemoRandom m_random;
    QVector<PlannedPerson> m_people;
};

} // namespace

Status generateDemoStaff(DemoContext& context)
{
    DemoPersonFactory factory(context.names, context.options.referenceDate);
    for (int m = 0; m < context.tree.municipalities.size(); ++m)
        if (Status s = MunicipalityStaff(context, factory, m).generate(); !s)
            return s;
    return Status::success();
}
