// Schema 6: further training (ДПО programmes and their completions), methodical events with
// their participants, and professional competitions with their participants (DOMAIN.md §3).
// Reference-list values (areas, forms, kinds, levels, roles, results) are stored as codes and
// checked in core; deletions are explicit, so no foreign key cascades.
#include "storage/migration.h"

Migration migration006CoursesEventsCompetitions()
{
    Migration m;
    m.version = 6;
    m.description = QStringLiteral("courses, events and competitions");
    m.statements = QStringList{
        // org_unit_id: the unit that registered the programme (any level).
        QStringLiteral(R"(CREATE TABLE course_programme (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            org_unit_id INTEGER NOT NULL REFERENCES org_unit(id),
            title TEXT NOT NULL CHECK (title <> ''),
            provider TEXT NOT NULL DEFAULT '',
            hours INTEGER NOT NULL CHECK (hours > 0),
            in_federal_registry INTEGER NOT NULL DEFAULT 0,
            competence_area TEXT,
            form TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL)
        )"),
        QStringLiteral("CREATE INDEX course_programme_unit ON course_programme (org_unit_id)"),
        // org_unit_id: the person's organisation on the end date.
        QStringLiteral(R"(CREATE TABLE course_completion (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            org_unit_id INTEGER NOT NULL REFERENCES org_unit(id),
            programme_id INTEGER NOT NULL REFERENCES course_programme(id),
            person_id INTEGER NOT NULL REFERENCES person(id),
            start_date TEXT NOT NULL,
            end_date TEXT NOT NULL,
            certificate TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK (end_date >= start_date),
            UNIQUE (person_id, programme_id, end_date))
        )"),
        QStringLiteral("CREATE INDEX course_completion_person ON course_completion (person_id, end_date)"),
        QStringLiteral("CREATE INDEX course_completion_programme ON course_completion (programme_id)"),
        QStringLiteral("CREATE INDEX course_completion_unit ON course_completion (org_unit_id, end_date)"),
        // org_unit_id: the organiser (any level).
        QStringLiteral(R"(CREATE TABLE methodical_event (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            org_unit_id INTEGER NOT NULL REFERENCES org_unit(id),
            kind TEXT NOT NULL,
            level TEXT NOT NULL,
            start_date TEXT NOT NULL,
            end_date TEXT,
            topic TEXT NOT NULL CHECK (topic <> ''),
            competence_area TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK (end_date IS NULL OR end_date >= start_date))
        )"),
        QStringLiteral("CREATE INDEX methodical_event_unit ON methodical_event (org_unit_id, start_date)"),
        QStringLiteral("CREATE INDEX methodical_event_date ON methodical_event (start_date)"),
        // org_unit_id: the participant's organisation on the event's date.
        QStringLiteral(R"(CREATE TABLE event_participation (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            org_unit_id INTEGER NOT NULL REFERENCES org_unit(id),
            event_id INTEGER NOT NULL REFERENCES methodical_event(id),
            person_id INTEGER NOT NULL REFERENCES person(id),
            role TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (event_id, person_id))
        )"),
        QStringLiteral("CREATE INDEX event_participation_person ON event_participation (person_id)"),
        QStringLiteral("CREATE INDEX event_participation_unit ON event_participation (org_unit_id)"),
        // org_unit_id: the organiser (any level).
        QStringLiteral(R"(CREATE TABLE competition (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            org_unit_id INTEGER NOT NULL REFERENCES org_unit(id),
            title TEXT NOT NULL CHECK (title <> ''),
            level TEXT NOT NULL,
            year INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL)
        )"),
        QStringLiteral("CREATE INDEX competition_unit ON competition (org_unit_id, year)"),
        QStringLiteral("CREATE INDEX competition_year ON competition (year)"),
        // org_unit_id: the participant's organisation in the competition's year.
        QStringLiteral(R"(CREATE TABLE competition_participation (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            org_unit_id INTEGER NOT NULL REFERENCES org_unit(id),
            competition_id INTEGER NOT NULL REFERENCES competition(id),
            person_id INTEGER NOT NULL REFERENCES person(id),
            stage TEXT NOT NULL DEFAULT '',
            result TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (competition_id, person_id))
        )"),
        QStringLiteral("CREATE INDEX competition_participation_person ON competition_participation (person_id)"),
        QStringLiteral("CREATE INDEX competition_participation_unit ON competition_participation (org_unit_id)"),
    };
    return m;
}
