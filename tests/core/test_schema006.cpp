// Schema 6 itself guards what a writer that bypasses the repositories (an import, a script)
// could break: hours > 0, ordered dates, one participation per person, existing persons.
#include "stafffixture.h"

#include <QSqlQuery>

namespace {

bool exec(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    const bool ok = q.exec(sql);
    q.finish();
    return ok;
}

} // namespace

TEST_CASE("schema 6 refuses records that break its rules", "[schema]")
{
    StaffFixture f;
    Database& db = *f.db;
    const QString unit = QString::number(f.unit("S1"));
    const QString person = QString::number(f.person(1));
    const QString stamp = QStringLiteral("'2025-03-15T12:00:00Z', '2025-03-15T12:00:00Z'");
    auto programme = [&](const QString& uuid, int hours) {
        return exec(db, QStringLiteral("INSERT INTO course_programme (uuid, org_unit_id, title, hours, form, created_at, "
                                       "updated_at) VALUES ('%1', %2, 'Курс', %3, 'distance', %4)")
                            .arg(uuid, unit).arg(hours).arg(stamp));
    };
    CHECK(programme(QStringLiteral("p1"), 16));
    CHECK_FALSE(programme(QStringLiteral("p2"), 0));
    CHECK_FALSE(programme(QStringLiteral("p1"), 16)); // uuid unique
    auto completion = [&](const QString& uuid, const QString& who, const char* start, const char* end) {
        return exec(db, QStringLiteral("INSERT INTO course_completion (uuid, org_unit_id, programme_id, person_id, "
                                       "start_date, end_date, created_at, updated_at) "
                                       "VALUES ('%1', %2, (SELECT id FROM course_programme), %3, '%4', '%5', %6)")
                            .arg(uuid, unit, who, QString::fromLatin1(start), QString::fromLatin1(end), stamp));
    };
    CHECK(completion(QStringLiteral("c1"), person, "2024-02-01", "2024-02-20"));
    CHECK_FALSE(completion(QStringLiteral("c2"), person, "2024-02-01", "2024-02-20")); // the same end date
    CHECK_FALSE(completion(QStringLiteral("c3"), person, "2024-03-10", "2024-03-01"));
    CHECK_FALSE(completion(QStringLiteral("c4"), QStringLiteral("4242"), "2024-03-01", "2024-03-10"));

    CHECK(exec(db, QStringLiteral("INSERT INTO methodical_event (uuid, org_unit_id, kind, level, start_date, topic, "
                                  "created_at, updated_at) VALUES ('e1', %1, 'seminar', 'school', '2025-02-10', 'Тема', %2)")
                       .arg(unit, stamp)));
    CHECK_FALSE(exec(db, QStringLiteral("INSERT INTO methodical_event (uuid, org_unit_id, kind, level, start_date, "
                                        "end_date, topic, created_at, updated_at) "
                                        "VALUES ('e2', %1, 'seminar', 'school', '2025-02-10', '2025-02-09', 'Тема', %2)")
                             .arg(unit, stamp)));
    auto participant = [&](const QString& uuid, const QString& who) {
        return exec(db, QStringLiteral("INSERT INTO event_participation (uuid, org_unit_id, event_id, person_id, role, "
                                       "created_at, updated_at) "
                                       "VALUES ('%1', %2, (SELECT id FROM methodical_event), %3, 'participant', %4)")
                            .arg(uuid, unit, who, stamp));
    };
    CHECK(participant(QStringLiteral("ep1"), person));
    CHECK_FALSE(participant(QStringLiteral("ep2"), person));
    CHECK_FALSE(participant(QStringLiteral("ep3"), QStringLiteral("4242")));
    // No cascade: an event with participants stays.
    CHECK_FALSE(exec(db, QStringLiteral("DELETE FROM methodical_event")));

    CHECK(exec(db, QStringLiteral("INSERT INTO competition (uuid, org_unit_id, title, level, year, created_at, updated_at) "
                                  "VALUES ('k1', %1, 'Учитель года', 'school', 2024, %2)").arg(unit, stamp)));
    auto entrant = [&](const QString& uuid) {
        return exec(db, QStringLiteral("INSERT INTO competition_participation (uuid, org_unit_id, competition_id, "
                                       "person_id, result, created_at, updated_at) "
                                       "VALUES ('%1', %2, (SELECT id FROM competition), %3, 'winner', %4)")
                            .arg(uuid, unit, person, stamp));
    };
    CHECK(entrant(QStringLiteral("cp1")));
    CHECK_FALSE(entrant(QStringLiteral("cp2")));
}
