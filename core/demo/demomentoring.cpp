// The mentoring step: in each academic year most novices (experience shorter than the novice
// period on the day the programme starts) get a one-to-one programme with an experienced
// colleague of their organisation who has the mentor role or a high category.
#include "demo/democalendar.h"
#include "demo/democontext.h"
#include "demo/demosupportcycle.h"
#include "storage/mentoringrepository.h"
#include "storage/rulebook.h"

#include <QHash>

namespace {

constexpr double mentoredPerson = 0.9; // a novice's organisation gives mentors to novices at all
constexpr double mentoredYear = 0.9;   // and in a given year
constexpr int maxMentees = 2;          // programmes of one mentor in one year

const char* const programmeTexts[] = {
    "Адаптация молодого специалиста: планирование уроков, ведение документации, классное руководство",
    "Профессиональное становление: современный урок, оценивание, работа с родителями",
    "Сопровождение начинающего педагога: посещение и анализ занятий, подготовка открытого занятия",
};

const char* const outcomes[] = {
    "Молодой специалист адаптирован, провёл открытое занятие",
    "Цели программы достигнуты, педагог включён в работу методического объединения",
    "Освоены основы планирования и оценивания, подготовлено выступление на методическом объединении",
};

class Mentoring {
public:
    explicit Mentoring(DemoContext& context)
        : m_context(context), m_programmes(context.db), m_calendar(context.options.referenceDate)
    {
        RuleBook rules(context.db);
        m_noviceMonths = qRound(rules.valueOn(Rule::NoviceYears, m_calendar.today()) * 12);
    }

    Status mentor(int index)
    {
        DemoRandom random = m_context.random("mentoring", quint64(index));
        const DemoStaffMember& novice = m_context.staff.at(index);
        const QDate noviceUntil = novice.experienceStart.addMonths(m_noviceMonths); // novice before this day
        if (noviceUntil <= m_calendar.first() || !random.chance(mentoredPerson))
            return Status::success();
        int mentor = -1; // last year's mentor goes on when they can
        for (int year = 0; year <= DemoCalendar::years; ++year) {
            const QDate start = startIn(novice, year, random);
            if (!start.isValid() || start >= noviceUntil || start > m_calendar.today() || !random.chance(mentoredYear))
                continue;
            if (Status s = programme(random, index, start, year, &mentor); !s)
                return s;
        }
        return Status::success();
    }

private:
    // 1 September when the novice works then, else a few days after starting work during the autumn.
    QDate startIn(const DemoStaffMember& novice, int year, DemoRandom& random) const
    {
        const QDate first = m_calendar.start(year);
        if (novice.worksOn(first))
            return first;
        for (const DemoJob& job : novice.jobs)
            if (job.start > first && job.start < QDate(first.year() + 1, 3, 1)) {
                const QDate start = job.start.addDays(random.between(3, 14));
                return novice.worksOn(start) ? start : QDate();
            }
        return QDate();
    }

    int chooseMentor(DemoRandom& random, int noviceIndex, int organisation, const QDate& start, const QDate& end, int year,
                     int previous)
    {
        QVector<int> candidates;
        QVector<double> weights;
        for (int i : m_context.staffOf(organisation)) {
            const DemoStaffMember& m = m_context.staff.at(i);
            const bool senior = m.category == u"highest" || m.category == u"mentor" || m.category == u"methodist";
            if (i == noviceIndex || !(m.mentorRole || senior) || !m.worksAt(organisation, start)
                || wholeYearsBetween(m.experienceStart, start) < 5 || m_load.value(quint64(i) * 16 + quint64(year)) >= maxMentees)
                continue;
            candidates.append(i);
            weights.append((m.mentorRole ? 3.0 : 1.0) * (m.isManagement() ? 0.3 : 1.0) * (m.worksThrough(start, end) ? 1.0 : 0.05)
                           * (i == previous ? 50.0 : 1.0));
        }
        return candidates.isEmpty() ? -1 : candidates.at(random.weighted(weights));
    }

    Status programme(DemoRandom& random, int noviceIndex, const QDate& start, int year, int* previousMentor)
    {
        const DemoStaffMember& novice = m_context.staff.at(noviceIndex);
        const int organisation = novice.organisationOn(start);
        const QDate end = m_calendar.teachingEnd(year);
        const int mentorIndex = chooseMentor(random, noviceIndex, organisation, start, end, year, *previousMentor);
        if (mentorIndex < 0)
            return Status::success();
        *previousMentor = mentorIndex;
        ++m_load[quint64(mentorIndex) * 16 + quint64(year)];
        const DemoStaffMember& mentor = m_context.staff.at(mentorIndex);
        MentoringProgramme p;
        p.unitId = m_context.tree.organisations.at(organisation).unit.id;
        p.mentorId = mentor.personId;
        p.formCode = mentor.isManagement() ? QStringLiteral("head_teacher")
                     : mentor.position == u"tutor" ? QStringLiteral("tutor_teacher")
                                                   : QStringLiteral("teacher_teacher");
        p.typeCode = QStringLiteral("traditional");
        p.programme = QString::fromUtf8(programmeTexts[random.below(std::size(programmeTexts))]);
        p.start = start;
        p.end = end;
        p.status = QStringLiteral("active");
        p.statusDate = start;
        if (auto r = m_programmes.insert(p, {MentoringMentee{.personId = novice.personId, .joinedOn = start}}); !r)
            return r.status();
        m_context.records += 2;

        // Ended by the novice's or the mentor's leaving, else completed (mostly well) once over.
        QDate left = novice.lastDay();
        const QDate mentorLeft = mentor.lastDay();
        if (mentorLeft.isValid() && (!left.isValid() || mentorLeft < left))
            left = mentorLeft;
        QString status;
        QDate date;
        if (left.isValid() && left < end) {
            status = QStringLiteral("abandoned");
            date = std::max(left, start);
        } else if (end < m_calendar.today()) {
            const int pick = random.weighted({90, 4, 6});
            status = pick == 0 ? QStringLiteral("completed_successfully")
                     : pick == 1 ? QStringLiteral("completed_unsuccessfully")
                                 : QStringLiteral("abandoned");
            date = pick < 2 ? end : DemoCalendar::between(random, start.addDays(30), end.addDays(-30));
        }
        if (status.isEmpty())
            return Status::success();
        if (status == u"completed_successfully") {
            p.outcome = QString::fromUtf8(outcomes[random.below(std::size(outcomes))]);
            if (Status s = m_programmes.update(p); !s)
                return s;
        }
        return m_programmes.setStatus(p.id, status, date);
    }

    DemoContext& m_context;
    MentoringRepository m_programmes;
    const DemoCalendar m_calendar;
    int m_noviceMonths = 36;
    QHash<quint64, int> m_load; // programmes by mentor and year
};

} // namespace

Status generateDemoMentoring(DemoContext& context)
{
    Mentoring mentoring(context);
    DemoTicker ticker(context.progress, demoPersonStepWork(context), int(context.staff.size()));
    for (int i = 0; i < context.staff.size(); ++i) {
        if (Status s = mentoring.mentor(i); !s)
            return s;
        if (!ticker.tick())
            return Status::failure(QString());
    }
    return ticker.finish() ? Status::success() : Status::failure(QString());
}
