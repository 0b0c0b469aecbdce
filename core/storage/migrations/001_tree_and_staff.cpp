// Schema 1: the four-level tree (with its closure table), reference lists, persons, employments.
// Standard SQL that PostgreSQL also accepts, except "INTEGER PRIMARY KEY" (SQLite's rowid);
// on PostgreSQL that column becomes an identity column.
#include "storage/migration.h"

Migration migration001TreeAndStaff()
{
    Migration m;
    m.version = 1;
    m.description = QStringLiteral("tree and staff");
    m.statements = QStringList{
        QStringLiteral(R"(CREATE TABLE org_unit (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            parent_id INTEGER REFERENCES org_unit(id),
            level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 3),
            code TEXT NOT NULL UNIQUE CHECK (code <> ''),
            name TEXT NOT NULL CHECK (name <> ''),
            short_name TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT '',
            low_results INTEGER NOT NULL DEFAULT 0,
            unfavourable INTEGER NOT NULL DEFAULT 0,
            small_school INTEGER NOT NULL DEFAULT 0,
            rural INTEGER NOT NULL DEFAULT 0,
            growth_point INTEGER NOT NULL DEFAULT 0,
            innovation_level TEXT NOT NULL DEFAULT '',
            innovation_topic TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK ((level = 0) = (parent_id IS NULL)))
        )"),
        QStringLiteral("CREATE INDEX org_unit_parent ON org_unit (parent_id)"),
        // Every (ancestor, descendant) pair including each unit with itself at depth 0:
        // "this subtree" is one indexed join.
        QStringLiteral(R"(CREATE TABLE org_unit_closure (
            ancestor_id INTEGER NOT NULL REFERENCES org_unit(id) ON DELETE CASCADE,
            descendant_id INTEGER NOT NULL REFERENCES org_unit(id) ON DELETE CASCADE,
            depth INTEGER NOT NULL,
            PRIMARY KEY (ancestor_id, descendant_id))
        )"),
        QStringLiteral("CREATE INDEX org_unit_closure_descendant ON org_unit_closure (descendant_id, ancestor_id)"),
        QStringLiteral(R"(CREATE TABLE position (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            management INTEGER NOT NULL DEFAULT 0,
            sort_order INTEGER NOT NULL DEFAULT 0)
        )"),
        QStringLiteral(R"(INSERT INTO position (code, name, management, sort_order) VALUES
            ('teacher', 'учитель', 0, 1),
            ('preschool_teacher', 'воспитатель', 0, 2),
            ('additional_teacher', 'педагог дополнительного образования', 0, 3),
            ('psychologist', 'педагог-психолог', 0, 4),
            ('social_pedagogue', 'социальный педагог', 0, 5),
            ('speech_therapist', 'учитель-логопед', 0, 6),
            ('defectologist', 'учитель-дефектолог', 0, 7),
            ('tutor', 'тьютор', 0, 8),
            ('methodist', 'методист', 0, 9),
            ('head', 'руководитель', 1, 10),
            ('deputy_head', 'заместитель руководителя', 1, 11)
        )"),
        QStringLiteral(R"(CREATE TABLE qualification_category (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            sort_order INTEGER NOT NULL DEFAULT 0)
        )"),
        QStringLiteral(R"(INSERT INTO qualification_category (code, name, sort_order) VALUES
            ('none', 'без категории', 0),
            ('conformity', 'соответствие занимаемой должности', 1),
            ('first', 'первая', 2),
            ('highest', 'высшая', 3),
            ('methodist', 'педагог-методист', 4),
            ('mentor', 'педагог-наставник', 5)
        )"),
        QStringLiteral(R"(CREATE TABLE person (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            last_name TEXT NOT NULL CHECK (last_name <> ''),
            first_name TEXT NOT NULL CHECK (first_name <> ''),
            middle_name TEXT NOT NULL DEFAULT '',
            name_key TEXT NOT NULL,
            birth_date TEXT,
            snils TEXT UNIQUE,
            experience_start TEXT,
            subjects TEXT NOT NULL DEFAULT '',
            category TEXT NOT NULL DEFAULT 'none' REFERENCES qualification_category(code),
            category_granted TEXT,
            category_expires TEXT,
            is_mentor INTEGER NOT NULL DEFAULT 0,
            is_tutor INTEGER NOT NULL DEFAULT 0,
            is_methodist INTEGER NOT NULL DEFAULT 0,
            is_expert INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL)
        )"),
        QStringLiteral("CREATE INDEX person_name_key ON person (name_key, birth_date)"),
        QStringLiteral(R"(CREATE TABLE employment (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            person_id INTEGER NOT NULL REFERENCES person(id),
            org_unit_id INTEGER NOT NULL REFERENCES org_unit(id),
            position_code TEXT NOT NULL REFERENCES position(code),
            rate REAL NOT NULL DEFAULT 1 CHECK (rate > 0 AND rate <= 2),
            start_date TEXT NOT NULL,
            end_date TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK (end_date IS NULL OR end_date >= start_date))
        )"),
        QStringLiteral("CREATE INDEX employment_person ON employment (person_id)"),
        QStringLiteral("CREATE INDEX employment_unit ON employment (org_unit_id, end_date)"),
    };
    return m;
}
