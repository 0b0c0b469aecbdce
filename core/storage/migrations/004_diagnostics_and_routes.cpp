// Schema 4: diagnostics of professional deficits (a result per competence area) and individual
// educational routes (ИОМ) with their problems, planned items and intermediate reviews.
// Competence areas, diagnostic sources and route directions are reference-list codes, checked
// in core. Parts of a route or a diagnostic belong to the unit of their parent record.
#include "storage/migration.h"

Migration migration004DiagnosticsAndRoutes()
{
    Migration m;
    m.version = 4;
    m.description = QStringLiteral("diagnostics and routes");
    m.statements = QStringList{
        QStringLiteral(R"(CREATE TABLE diagnostic (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            org_unit_id INTEGER NOT NULL REFERENCES org_unit(id),
            person_id INTEGER NOT NULL REFERENCES person(id),
            diagnosed_on TEXT NOT NULL,
            source_code TEXT NOT NULL,
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL)
        )"),
        QStringLiteral("CREATE INDEX diagnostic_person ON diagnostic (person_id, diagnosed_on)"),
        QStringLiteral("CREATE INDEX diagnostic_unit ON diagnostic (org_unit_id, diagnosed_on)"),
        QStringLiteral(R"(CREATE TABLE diagnostic_result (
            id INTEGER PRIMARY KEY,
            diagnostic_id INTEGER NOT NULL REFERENCES diagnostic(id),
            area_code TEXT NOT NULL,
            score INTEGER CHECK (score BETWEEN 0 AND 100),
            level TEXT NOT NULL CHECK (level IN ('low', 'medium', 'high')),
            deficit INTEGER NOT NULL DEFAULT 0,
            UNIQUE (diagnostic_id, area_code))
        )"),
        QStringLiteral(R"(CREATE TABLE route (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            org_unit_id INTEGER NOT NULL REFERENCES org_unit(id),
            person_id INTEGER NOT NULL REFERENCES person(id),
            start_date TEXT NOT NULL,
            end_date TEXT,
            status TEXT NOT NULL CHECK (status IN ('draft', 'active', 'completed_successfully',
                                                  'completed_unsuccessfully', 'abandoned')),
            status_date TEXT,
            goals TEXT NOT NULL DEFAULT '',
            skills TEXT NOT NULL DEFAULT '',
            responsible_id INTEGER REFERENCES person(id),
            diagnostic_id INTEGER REFERENCES diagnostic(id),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK (end_date IS NULL OR end_date >= start_date))
        )"),
        QStringLiteral("CREATE INDEX route_person ON route (person_id, start_date)"),
        QStringLiteral("CREATE INDEX route_unit ON route (org_unit_id, start_date)"),
        QStringLiteral("CREATE INDEX route_diagnostic ON route (diagnostic_id)"),
        QStringLiteral("CREATE INDEX route_responsible ON route (responsible_id)"),
        QStringLiteral(R"(CREATE TABLE route_problem (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            route_id INTEGER NOT NULL REFERENCES route(id),
            area_code TEXT NOT NULL,
            diagnostic_result_id INTEGER REFERENCES diagnostic_result(id),
            description TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL)
        )"),
        QStringLiteral("CREATE INDEX route_problem_route ON route_problem (route_id, area_code)"),
        QStringLiteral("CREATE INDEX route_problem_result ON route_problem (diagnostic_result_id)"),
        QStringLiteral(R"(CREATE TABLE route_item (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            route_id INTEGER NOT NULL REFERENCES route(id),
            direction_code TEXT NOT NULL,
            title TEXT NOT NULL CHECK (title <> ''),
            due_date TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('planned', 'done', 'not_done')),
            evidence TEXT NOT NULL DEFAULT '',
            completed_on TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL)
        )"),
        QStringLiteral("CREATE INDEX route_item_route ON route_item (route_id, due_date)"),
        QStringLiteral(R"(CREATE TABLE route_review (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            route_id INTEGER NOT NULL REFERENCES route(id),
            review_date TEXT NOT NULL,
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL)
        )"),
        QStringLiteral("CREATE INDEX route_review_route ON route_review (route_id, review_date)"),
    };
    return m;
}
