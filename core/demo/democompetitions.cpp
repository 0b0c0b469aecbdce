// The competitions step: professional competitions each year, at the municipal stage (in winter)
// and the regional stage (in spring, where the municipal winners go on), with a winner and
// prize-winners at each.
#include "demo/democalendar.h"
#include "demo/democontext.h"
#include "demo/demosupportcycle.h"
#include "storage/competitionrepository.h"

#include <QHash>
#include <numeric>

namespace {

enum class Who { Teacher, PreschoolTeacher, AdditionalTeacher, Young, Psychologist, Methodist, Mentor, SpeechTherapist };

struct Contest {
    const char* title;
    Who who;
    double municipal;  // chance that a municipality holds it in a year
    double regional;   // chance that the region holds it in a year
};

const Contest contests[] = {
    {"Учитель года", Who::Teacher, 1.0, 1.0},
    {"Воспитатель года", Who::PreschoolTeacher, 1.0, 1.0},
    {"Сердце отдаю детям", Who::AdditionalTeacher, 0.7, 1.0},
    {"Педагогический дебют", Who::Young, 0.6, 1.0},
    {"Педагог-психолог", Who::Psychologist, 0.25, 1.0},
    {"Методист года", Who::Methodist, 0.0, 0.8},
    {"Лучшие практики наставничества", Who::Mentor, 0.0, 1.0},
    {"Классный классный", Who::Teacher, 0.0, 0.6},
    {"Учитель-дефектолог", Who::SpeechTherapist, 0.0, 0.5},
};

bool fits(const DemoStaffMember& m, Who who, const QDate& date)
{
    switch (who) {
    case Who::Teacher: return m.position == u"teacher";
    case Who::PreschoolTeacher: return m.position == u"preschool_teacher";
    case Who::AdditionalTeacher: return m.position == u"additional_teacher";
    case Who::Young:
        return (m.position == u"teacher" || m.position == u"preschool_teacher" || m.position == u"additional_teacher")
               && wholeYearsBetween(m.experienceStart, date) < 5;
    case Who::Psychologist: return m.position == u"psychologist";
    case Who::Methodist: return m.position == u"methodist";
    case Who::Mentor: return m.mentorRole;
    case Who::SpeechTherapist: return m.position == u"speech_therapist" || m.position == u"defectologist";
    }
    return false;
}

class Competitions {
public:
    explicit Competitions(DemoContext& context) : m_context(context), m_competitions(context.db) {}

    // One competition with its participants (persons), the first the winner, the next prize-winners.
    Status hold(DemoRandom& random, qint64 organiser, const char* level, const char* title, int year, const QVector<qint64>& persons)
    {
        if (persons.isEmpty())
            return Status::success();
        Competition c;
        c.orgUnitId = organiser;
        c.title = QString::fromUtf8(title);
        c.level = QString::fromLatin1(level);
        c.year = year;
        if (auto r = m_competitions.insert(c); !r)
            return r.status();
        ++m_context.records;
        const int prizes = persons.size() >= 4 ? random.between(1, 2) : persons.size() >= 2 ? 1 : 0;
        const QString stage = c.level == u"municipal" ? QStringLiteral("муниципальный этап") : QStringLiteral("региональный этап");
        for (int i = 0; i < persons.size(); ++i) {
            CompetitionParticipation p;
            p.competitionId = c.id;
            p.personId = persons.at(i);
            p.stage = stage;
            p.result = i == 0 ? QStringLiteral("winner") : i <= prizes ? QStringLiteral("prize_winner") : QStringLiteral("participant");
            if (auto r = m_competitions.addParticipant(p); !r)
                return r.status();
            ++m_context.records;
        }
        return Status::success();
    }

    // Up to `wanted` persons of the pool who fit the contest and work on the date.
    QVector<qint64> choose(DemoRandom& random, const QVector<int>& pool, Who who, const QDate& date, int wanted,
                           const QVector<qint64>& already = {})
    {
        QVector<int> eligible;
        for (int i : pool) {
            const DemoStaffMember& m = m_context.staff.at(i);
            if (fits(m, who, date) && m.worksOn(date) && !already.contains(m.personId))
                eligible.append(i);
        }
        random.shuffle(eligible);
        QVector<qint64> chosen;
        for (int i = 0; i < std::min(wanted, int(eligible.size())); ++i)
            chosen.append(m_context.staff.at(eligible.at(i)).personId);
        return chosen;
    }

private:
    DemoContext& m_context;
    CompetitionRepository m_competitions;
};

} // namespace

Status generateDemoCompetitions(DemoContext& context)
{
    const DemoTree& tree = context.tree;
    const DemoCalendar calendar(context.options.referenceDate);
    QVector<QVector<int>> municipal(tree.municipalities.size());
    for (int i = 0; i < context.staff.size(); ++i)
        municipal[tree.organisations.at(context.staff.at(i).organisation).municipality].append(i);
    QVector<int> everyone(context.staff.size());
    std::iota(everyone.begin(), everyone.end(), 0);
    QHash<qint64, int> staffIndex;
    for (int i = 0; i < context.staff.size(); ++i)
        staffIndex.insert(context.staff.at(i).personId, i);

    Competitions competitions(context);
    const int count = int(std::size(contests)) * (DemoCalendar::years + 1);
    DemoTicker ticker(context.progress, demoSmallStepWork(context), count);
    for (int y = 0; y <= DemoCalendar::years; ++y) {
        const int year = calendar.start(y).year() + 1; // the calendar year of the academic year's stages
        const QDate winter(year, 2, 1), spring(year, 4, 1);
        DemoRandom random = context.random("competitions", quint64(y));
        for (const Contest& contest : contests) {
            QVector<qint64> winners;
            if (winter < calendar.today())
                for (int m = 0; m < tree.municipalities.size(); ++m) {
                    if (!random.chance(contest.municipal))
                        continue;
                    const int size = int(municipal.at(m).size());
                    const QVector<qint64> persons = competitions.choose(random, municipal.at(m), contest.who, winter,
                                                                        std::clamp(size / 150, 2, 10));
                    if (persons.size() < 2)
                        continue;
                    if (Status s = competitions.hold(random, tree.municipalities.at(m).unit.id, "municipal", contest.title, year, persons); !s)
                        return s;
                    winners.append(persons.first());
                }
            if (spring < calendar.today() && random.chance(contest.regional)) {
                // The municipal winners who still work in spring, and others where there was no municipal stage.
                QVector<qint64> persons;
                for (qint64 id : winners)
                    if (context.staff.at(staffIndex.value(id)).worksOn(spring))
                        persons.append(id);
                if (persons.size() < 3)
                    persons += competitions.choose(random, everyone, contest.who, spring,
                                                   std::clamp(int(everyone.size()) / 1500, 3, 15) - int(persons.size()), persons);
                random.shuffle(persons);
                if (Status s = competitions.hold(random, tree.region.id, "regional", contest.title, year, persons); !s)
                    return s;
            }
            if (!ticker.tick())
                return Status::failure(QString());
        }
    }
    return ticker.finish() ? Status::success() : Status::failure(QString());
}
