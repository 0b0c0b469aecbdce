// The associations step: methodical associations and their members. Every school has its
// school methodical associations (ШМО) by cycle of subjects, every kindergarten, centre of
// additional education and college one of its teachers; every municipality its РМО by subject
// and position; every hub a network community of mentors; the region a few associations of its
// best teachers. Most started before the five years, a few during them, a few were closed.
// Members join when they start working there (or when the association starts) and leave when
// they leave; most of a school's teachers are members of its ШМО, a third of a municipality's
// teachers of a subject of its РМО.
#include "demo/democalendar.h"
#include "demo/democontext.h"
#include "demo/demosupportcycle.h"
#include "storage/associationrepository.h"

#include <algorithm>
#include <functional>
#include <numeric>

namespace {

using Fits = std::function<bool(const DemoStaffMember&)>;

bool teaches(const DemoStaffMember& m, std::initializer_list<const char*> subjects)
{
    if (m.position != u"teacher")
        return false;
    for (const char* s : subjects)
        if (m.subject == QString::fromUtf8(s))
            return true;
    return false;
}

struct Theme {
    const char* subject; // the association's subject or theme
    Fits fits;           // who may be a member
    double chance;       // that one who may is a member
};

const QVector<Theme>& schoolThemes()
{
    static const QVector<Theme> themes{
        {"ШМО учителей начальных классов", [](const DemoStaffMember& m) { return teaches(m, {"Начальные классы"}); }, 0.9},
        {"ШМО учителей гуманитарного цикла",
         [](const DemoStaffMember& m) {
             return teaches(m, {"Русский язык", "Литература", "История", "Обществознание", "Английский язык"});
         },
         0.85},
        {"ШМО учителей естественно-математического цикла",
         [](const DemoStaffMember& m) {
             return teaches(m, {"Математика", "Физика", "Химия", "Биология", "География", "Информатика"});
         },
         0.85},
        {"ШМО учителей физической культуры, технологии и искусства",
         [](const DemoStaffMember& m) { return teaches(m, {"Физическая культура", "ОБЖ", "Музыка", "ИЗО", "Технология"}); }, 0.75},
        {"ШМО классных руководителей", [](const DemoStaffMember& m) { return m.position == u"teacher"; }, 0.35},
    };
    return themes;
}

const QVector<Theme>& municipalThemes()
{
    static const QVector<Theme> themes{
        {"РМО учителей начальных классов", [](const DemoStaffMember& m) { return teaches(m, {"Начальные классы"}); }, 0.35},
        {"РМО учителей русского языка и литературы", [](const DemoStaffMember& m) { return teaches(m, {"Русский язык", "Литература"}); }, 0.4},
        {"РМО учителей математики", [](const DemoStaffMember& m) { return teaches(m, {"Математика"}); }, 0.4},
        {"РМО учителей истории и обществознания", [](const DemoStaffMember& m) { return teaches(m, {"История", "Обществознание"}); }, 0.35},
        {"РМО учителей иностранного языка", [](const DemoStaffMember& m) { return teaches(m, {"Английский язык"}); }, 0.35},
        {"РМО учителей естественных наук",
         [](const DemoStaffMember& m) { return teaches(m, {"Физика", "Химия", "Биология", "География"}); }, 0.3},
        {"РМО воспитателей дошкольных образовательных организаций",
         [](const DemoStaffMember& m) { return m.position == u"preschool_teacher"; }, 0.2},
        {"РМО педагогов-психологов", [](const DemoStaffMember& m) { return m.position == u"psychologist"; }, 0.7},
        {"РМО учителей-логопедов и дефектологов",
         [](const DemoStaffMember& m) { return m.position == u"speech_therapist" || m.position == u"defectologist"; }, 0.6},
        {"РМО заместителей руководителей по учебной работе", [](const DemoStaffMember& m) { return m.position == u"deputy_head"; }, 0.6},
    };
    return themes;
}

class Associations {
public:
    explicit Associations(DemoContext& context)
        : m_context(context), m_associations(context.db), m_calendar(context.options.referenceDate)
    {
    }

    // One association of the unit with members drawn from `pool` (staff indices) who fit, each
    // for the time they work at one of `organisations` (indices; empty: anywhere).
    Status create(DemoRandom& random, qint64 unitId, const char* level, const QString& subject, const QVector<int>& pool,
                  const Fits& fits, double chance, const QSet<int>& organisations)
    {
        MethodicalAssociation a;
        a.orgUnitId = unitId;
        a.level = QString::fromLatin1(level);
        a.subject = subject;
        // Most worked before the five years; some started during them; a few were closed.
        const int started = random.weighted({70, 10, 8, 6, 6});
        a.start = started == 0 ? m_calendar.first().addYears(-random.between(1, 10))
                               : DemoCalendar::workday(m_calendar.start(started).addDays(random.between(0, 60)));
        if (random.chance(0.04))
            a.end = m_calendar.end(random.between(std::max(started, 1), DemoCalendar::years - 1));
        QVector<AssociationMember> members;
        for (int i : pool) {
            const DemoStaffMember& m = m_context.staff.at(i);
            if (!fits(m) || !random.chance(chance))
                continue;
            QDate from, to;
            bool open = false;
            for (const DemoJob& job : m.jobs)
                if (organisations.isEmpty() || organisations.contains(job.organisation)) {
                    from = from.isValid() ? std::min(from, job.start) : job.start;
                    open = open || !job.end.isValid();
                    to = std::max(to, job.end);
                }
            if (!from.isValid())
                continue;
            const QDate joined = std::max(a.start, from.addDays(random.between(0, 40)));
            QDate left = open ? QDate() : to;
            if (joined > m_calendar.today() || (a.end.isValid() && joined > a.end) || (left.isValid() && left < joined))
                continue;
            if (a.end.isValid() && left.isValid() && left > a.end)
                left = QDate(); // the association's end ends it
            members.append({.personId = m.personId, .joinedOn = joined, .leftOn = left});
            if (!a.headId && !left.isValid() && (m.category == u"highest" || m.category == u"methodist" || m.category == u"mentor"))
                a.headId = m.personId;
        }
        if (members.isEmpty())
            return Status::success();
        if (!a.headId)
            a.headId = members.at(int(random.below(quint64(members.size())))).personId;
        if (auto r = m_associations.insert(a); !r)
            return r.status();
        if (Status s = m_associations.addMembers(a.id, members); !s)
            return s;
        m_context.records += 1 + int(members.size());
        return Status::success();
    }

private:
    DemoContext& m_context;
    AssociationRepository m_associations;
    const DemoCalendar m_calendar;
};

QString organisationTheme(DemoProfile profile)
{
    switch (profile) {
    case DemoProfile::Preschool: return QStringLiteral("МО воспитателей");
    case DemoProfile::Additional: return QStringLiteral("МО педагогов дополнительного образования");
    case DemoProfile::College: return QStringLiteral("Цикловая методическая комиссия преподавателей");
    default: return QString();
    }
}

} // namespace

Status generateDemoAssociations(DemoContext& context)
{
    const DemoTree& tree = context.tree;
    Associations associations(context);
    const auto teacherOrSpecialist = [](const DemoStaffMember& m) { return !m.isManagement() && m.position != u"methodist"; };
    DemoTicker ticker(context.progress, demoSmallStepWork(context), int(tree.organisations.size() + tree.municipalities.size()));

    for (int o = 0; o < tree.organisations.size(); ++o) {
        const DemoOrganisation& organisation = tree.organisations.at(o);
        DemoRandom random = context.random("associations", quint64(o));
        const QVector<int>& pool = context.staffOf(o);
        const QSet<int> here{o};
        if (organisation.profile == DemoProfile::School) {
            if (pool.size() < 25) { // a small school: one association of all its teachers
                if (Status s = associations.create(random, organisation.unit.id, "school", QStringLiteral("ШМО учителей"), pool,
                                                   teacherOrSpecialist, 0.9, here); !s)
                    return s;
            } else {
                for (const Theme& theme : schoolThemes())
                    if (Status s = associations.create(random, organisation.unit.id, "school", QString::fromUtf8(theme.subject),
                                                       pool, theme.fits, theme.chance, here); !s)
                        return s;
            }
        } else if (const QString theme = organisationTheme(organisation.profile); !theme.isEmpty() && pool.size() >= 8) {
            if (Status s = associations.create(random, organisation.unit.id, "school", theme, pool, teacherOrSpecialist, 0.8, here); !s)
                return s;
        }
        if (!ticker.tick())
            return Status::failure(QString());
    }

    QVector<QVector<int>> byHub(tree.hubs.size());
    QVector<QSet<int>> hubOrganisations(tree.hubs.size());
    for (int m = 0; m < tree.municipalities.size(); ++m) {
        const DemoMunicipality& municipality = tree.municipalities.at(m);
        DemoRandom random = context.random("associations-municipal", quint64(m));
        QVector<int> pool;
        QSet<int> organisations;
        for (int o = municipality.firstOrganisation; o < municipality.firstOrganisation + municipality.organisationCount; ++o) {
            pool += context.staffOf(o);
            organisations.insert(o);
        }
        std::sort(pool.begin(), pool.end());
        pool.erase(std::unique(pool.begin(), pool.end()), pool.end());
        byHub[municipality.hub] += pool;
        hubOrganisations[municipality.hub] += organisations;
        for (const Theme& theme : municipalThemes())
            if (Status s = associations.create(random, municipality.unit.id, "municipal", QString::fromUtf8(theme.subject), pool,
                                               theme.fits, theme.chance, organisations); !s)
                return s;
        if (!ticker.tick())
            return Status::failure(QString());
    }

    for (int h = 0; h < tree.hubs.size(); ++h) {
        std::sort(byHub[h].begin(), byHub[h].end());
        byHub[h].erase(std::unique(byHub[h].begin(), byHub[h].end()), byHub[h].end());
        DemoRandom random = context.random("associations-hub", quint64(h));
        if (Status s = associations.create(random, tree.hubs.at(h).id, "hub",
                                           QStringLiteral("Сетевое сообщество наставников (%1)").arg(tree.hubs.at(h).name), byHub.at(h),
                                           [](const DemoStaffMember& m) { return m.mentorRole; }, 0.5, hubOrganisations.at(h)); !s)
            return s;
    }

    // The region's: teachers of the highest categories of a subject, and its methodists.
    QVector<int> everyone(context.staff.size());
    std::iota(everyone.begin(), everyone.end(), 0);
    DemoRandom random = context.random("associations-regional");
    const auto best = [](const DemoStaffMember& m) { return m.category == u"highest" || m.category == u"methodist"; };
    const struct {
        const char* subject;
        Fits fits;
        double chance;
    } regional[] = {
        {"Региональное учебно-методическое объединение учителей математики",
         [&](const DemoStaffMember& m) { return teaches(m, {"Математика"}) && best(m); }, 0.3},
        {"Региональное учебно-методическое объединение учителей русского языка и литературы",
         [&](const DemoStaffMember& m) { return teaches(m, {"Русский язык", "Литература"}) && best(m); }, 0.3},
        {"Региональная ассоциация педагогов-методистов",
         [](const DemoStaffMember& m) { return m.methodistRole || m.category == u"methodist" || m.position == u"methodist"; }, 0.4},
    };
    for (const auto& r : regional)
        if (Status s = associations.create(random, tree.region.id, "regional", QString::fromUtf8(r.subject), everyone, r.fits,
                                           r.chance, {}); !s)
            return s;
    return ticker.finish() ? Status::success() : Status::failure(QString());
}
