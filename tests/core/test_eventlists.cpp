// Events and participations of a subtree in a period, a person's events and their history.
#include "stafffixture.h"
#include "storage/eventrepository.h"

namespace {

struct Calendar {
    StaffFixture f;
    EventRepository events{*f.db};
    MethodicalEvent district, region, lesson, august;

    Calendar()
    {
        district = add("MA", "seminar", "municipal", QDate(2024, 10, 15), {}, QStringLiteral("Наставничество в школе"));
        region = add("R", "conference", "regional", QDate(2024, 11, 20), QDate(2024, 11, 22),
                     QStringLiteral("Региональная конференция"));
        lesson = add("S1", "open_lesson", "school", QDate(2025, 1, 20), {}, QStringLiteral("Открытый урок литературы"));
        // Across the start of the academic year 2024/25.
        august = add("MK", "master_class", "municipal", QDate(2024, 8, 30), QDate(2024, 9, 2),
                     QStringLiteral("Августовская мастерская"));
        // Иванова's events entered out of order.
        attend(region, 1, "speaker");
        attend(district, 1, "participant");
        attend(lesson, 1, "organiser");
        attend(district, 12, "participant"); // Лебедева, Колпашево
        attend(august, 6, "participant");    // Кузнецов, СОШ № 4 г. Асино
    }
    MethodicalEvent add(const char* unit, const char* kind, const char* level, const QDate& date, const QDate& end,
                        const QString& topic)
    {
        MethodicalEvent e{.orgUnitId = f.unit(unit), .kind = QString::fromLatin1(kind), .level = QString::fromLatin1(level),
                          .date = date, .endDate = end, .topic = topic};
        REQUIRE(events.insert(e).ok());
        return e;
    }
    void attend(const MethodicalEvent& e, int person, const char* role)
    {
        EventParticipation p{.eventId = e.id, .personId = f.person(person), .role = QString::fromLatin1(role)};
        const auto id = events.addParticipant(p);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
    }
    static QVector<qint64> ids(const QVector<MethodicalEvent>& list)
    {
        QVector<qint64> result;
        for (const MethodicalEvent& e : list)
            result.append(e.id);
        return result;
    }
    // (event, fixture person number) pairs.
    QVector<QPair<qint64, int>> pairs(const QVector<EventAttendance>& list) const
    {
        QVector<QPair<qint64, int>> result;
        for (const EventAttendance& a : list)
            result.append({a.event.id, f.persons.key(a.participation.personId)});
        return result;
    }
};

} // namespace

TEST_CASE("events organised in a subtree within a period", "[event]")
{
    Calendar c;
    const QDate from(2024, 9, 1), to(2025, 8, 31);
    // The district's own seminar and its school's open lesson; not the region's conference.
    CHECK(Calendar::ids(c.events.list(c.f.unit("MA"), from, to)) == QVector<qint64>{c.district.id, c.lesson.id});
    // An event that began before the period and ends inside it belongs to it.
    CHECK(Calendar::ids(c.events.list(c.f.unit("R"), from, to))
          == QVector<qint64>{c.august.id, c.district.id, c.region.id, c.lesson.id});
    CHECK(Calendar::ids(c.events.list(c.f.unit("MK"), QDate(2024, 9, 3), to)).isEmpty());
    CHECK(Calendar::ids(c.events.list(c.f.unit("MK"), QDate(), QDate(2024, 8, 30))) == QVector<qint64>{c.august.id});
    CHECK(Calendar::ids(c.events.list(c.f.unit("S1"), QDate(), QDate())) == QVector<qint64>{c.lesson.id});
}

TEST_CASE("participations of a subtree's staff within a period", "[event]")
{
    Calendar c;
    const QDate from(2024, 9, 1), to(2025, 8, 31);
    using Pair = QPair<qint64, int>;
    // Whoever organised them: Кузнецов at the Kolpashevo workshop, Иванова at three events.
    CHECK(c.pairs(c.events.participationsIn(c.f.unit("MA"), from, to))
          == QVector<Pair>{{c.august.id, 6}, {c.district.id, 1}, {c.region.id, 1}, {c.lesson.id, 1}});
    // Лебедева of Kolpashevo at the Asino seminar counts for Kolpashevo.
    CHECK(c.pairs(c.events.participationsIn(c.f.unit("MK"), from, to)) == QVector<Pair>{{c.district.id, 12}});
    CHECK(c.pairs(c.events.participationsIn(c.f.unit("S1"), QDate(2024, 11, 1), QDate(2024, 12, 31)))
          == QVector<Pair>{{c.region.id, 1}});
    CHECK(c.events.participationsIn(c.f.unit("KS"), QDate(), QDate()).isEmpty());
}

TEST_CASE("a person's events and their history, by date", "[event]")
{
    Calendar c;
    const auto attended = c.events.eventsOf(c.f.person(1));
    REQUIRE(attended.size() == 3);
    CHECK(attended[0].event.id == c.district.id);
    CHECK(attended[1].event.id == c.region.id);
    CHECK(attended[2].event.id == c.lesson.id);
    CHECK(attended[1].participation.role == QStringLiteral("speaker"));

    const QVector<HistoryEntry> history = c.events.historyOf(c.f.person(1));
    REQUIRE(history.size() == 3);
    CHECK(history[0].date == QDate(2024, 10, 15));
    CHECK(history[1].date == QDate(2024, 11, 20));
    CHECK(history[2].date == QDate(2025, 1, 20));
    CHECK(history[1].uuid == attended[1].participation.uuid);
    CHECK(history[1].summary.contains(QStringLiteral("Региональная конференция")));
    CHECK(history[0].summary.contains(QStringLiteral("семинар")));     // the kind, by its Russian name
    CHECK(history[1].summary.contains(QStringLiteral("региональный"))); // the level
    CHECK(history[1].summary.contains(QStringLiteral("выступающий"))); // the role
    CHECK(history[1].summary.contains(QStringLiteral("Томская область"))); // the organiser
    CHECK(history[2].summary.contains(QStringLiteral("организатор")));
    CHECK(!history[0].kind.isEmpty());
    CHECK(c.events.historyOf(c.f.person(3)).isEmpty());
}
