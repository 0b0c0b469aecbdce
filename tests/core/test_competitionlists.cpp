// Competitions of a subtree and a year, participations of a subtree's staff, a person's
// competitions and their history.
#include "stafffixture.h"
#include "storage/competitionrepository.h"

namespace {

struct Season {
    StaffFixture f;
    CompetitionRepository competitions{*f.db};
    Competition teacher, heart, classy, methodist;

    Season()
    {
        teacher = add("R", "regional", 2024, QStringLiteral("Учитель года"));
        heart = add("MA", "municipal", 2024, QStringLiteral("Сердце отдаю детям"));
        classy = add("S1", "school", 2023, QStringLiteral("Классный классный"));
        methodist = add("HA", "hub", 2022, QStringLiteral("Методист года"));
        // Иванова's entries out of order.
        enter(teacher, 1, "winner", QStringLiteral("заключительный этап"));
        enter(classy, 1, "participant");
        enter(methodist, 1, "prize_winner");
        enter(teacher, 6, "participant");
        enter(heart, 12, "participant"); // Лебедева of Kolpashevo in an Asino competition
    }
    Competition add(const char* unit, const char* level, int year, const QString& title)
    {
        Competition c{.orgUnitId = f.unit(unit), .title = title, .level = QString::fromLatin1(level), .year = year};
        REQUIRE(competitions.insert(c).ok());
        return c;
    }
    void enter(const Competition& c, int person, const char* result, const QString& stage = {})
    {
        CompetitionParticipation p{.competitionId = c.id, .personId = f.person(person), .stage = stage,
                                   .result = QString::fromLatin1(result)};
        const auto id = competitions.addParticipant(p);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
    }
    static QVector<qint64> ids(const QVector<Competition>& list)
    {
        QVector<qint64> result;
        for (const Competition& c : list)
            result.append(c.id);
        return result;
    }
    QVector<QPair<qint64, int>> pairs(const QVector<CompetitionEntry>& list) const
    {
        QVector<QPair<qint64, int>> result;
        for (const CompetitionEntry& e : list)
            result.append({e.competition.id, f.persons.key(e.participation.personId)});
        return result;
    }
};

} // namespace

TEST_CASE("competitions organised in a subtree in a year", "[competition]")
{
    Season s;
    CHECK(Season::ids(s.competitions.list(s.f.unit("MA"), 2024)) == QVector<qint64>{s.heart.id});
    CHECK(Season::ids(s.competitions.list(s.f.unit("MA"))) == QVector<qint64>{s.classy.id, s.heart.id});
    // By year, then title: «Сердце…» before «Учитель…».
    CHECK(Season::ids(s.competitions.list(s.f.unit("R"), 2024)) == QVector<qint64>{s.heart.id, s.teacher.id});
    CHECK(Season::ids(s.competitions.list(s.f.unit("R")))
          == QVector<qint64>{s.methodist.id, s.classy.id, s.heart.id, s.teacher.id});
    CHECK(s.competitions.list(s.f.unit("HK")).isEmpty());
    CHECK(s.competitions.list(s.f.unit("R"), 2021).isEmpty());
}

TEST_CASE("participations of a subtree's staff in a year", "[competition]")
{
    Season s;
    using Pair = QPair<qint64, int>;
    CHECK(s.pairs(s.competitions.participationsIn(s.f.unit("MA"), 2024)) == QVector<Pair>{{s.teacher.id, 1}, {s.teacher.id, 6}});
    CHECK(s.pairs(s.competitions.participationsIn(s.f.unit("MK"))) == QVector<Pair>{{s.heart.id, 12}});
    CHECK(s.pairs(s.competitions.participationsIn(s.f.unit("S1")))
          == QVector<Pair>{{s.methodist.id, 1}, {s.classy.id, 1}, {s.teacher.id, 1}});
    CHECK(s.competitions.participationsIn(s.f.unit("S4"), 2023).isEmpty());
}

TEST_CASE("a person's competitions and their history, by year", "[competition]")
{
    Season s;
    const auto entries = s.competitions.competitionsOf(s.f.person(1));
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].competition.id == s.methodist.id);
    CHECK(entries[1].competition.id == s.classy.id);
    CHECK(entries[2].competition.id == s.teacher.id);
    CHECK(entries[2].participation.result == QStringLiteral("winner"));

    const QVector<HistoryEntry> history = s.competitions.historyOf(s.f.person(1));
    REQUIRE(history.size() == 3);
    CHECK(history[0].date == QDate(2022, 1, 1));
    CHECK(history[1].date == QDate(2023, 1, 1));
    CHECK(history[2].date == QDate(2024, 1, 1));
    CHECK(history[2].uuid == entries[2].participation.uuid);
    CHECK(history[2].summary.contains(QStringLiteral("«Учитель года» 2024")));
    CHECK(history[2].summary.contains(QStringLiteral("региональный")));
    CHECK(history[2].summary.contains(QStringLiteral("заключительный этап")));
    CHECK(history[2].summary.contains(QStringLiteral("победитель")));
    CHECK(history[0].summary.contains(QStringLiteral("призёр")));
    CHECK(!history[0].kind.isEmpty());
    CHECK(s.competitions.historyOf(s.f.person(3)).isEmpty());
}
