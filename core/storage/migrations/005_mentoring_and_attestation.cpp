// Schema 5: mentoring programmes with their mentees (наставничество, DOMAIN.md §3) and
// attestations (аттестация). Form, type and category are reference codes checked in core.
// A mentee's membership is a period inside the programme's; "an active mentor on a date" is
// a programme that has started, not ended and is not a draft, with the mentee joined and not left.
#include "storage/migration.h"

Migration migration005MentoringAndAttestation()
{
    Migration m;
    m.version = 5;
    m.description = QStringLiteral("mentoring and attestation");
    m.statements = QStringList{
        QStringLiteral(R"(CREATE TABLE mentoring_programme (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            org_unit_id INTEGER NOT NULL REFERENCES org_unit(id),
            mentor_id INTEGER NOT NULL REFERENCES person(id),
            form_code TEXT NOT NULL,
            type_code TEXT NOT NULL,
            programme TEXT NOT NULL DEFAULT '',
            start_date TEXT NOT NULL,
            end_date TEXT,
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN
                ('draft', 'active', 'completed_successfully', 'completed_unsuccessfully', 'abandoned')),
            status_date TEXT,
            outcome TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK (end_date IS NULL OR end_date >= start_date))
        )"),
        QStringLiteral("CREATE INDEX mentoring_programme_unit ON mentoring_programme (org_unit_id, start_date)"),
        QStringLiteral("CREATE INDEX mentoring_programme_mentor ON mentoring_programme (mentor_id, start_date)"),
        QStringLiteral(R"(CREATE TABLE mentoring_mentee (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            programme_id INTEGER NOT NULL REFERENCES mentoring_programme(id),
            person_id INTEGER NOT NULL REFERENCES person(id),
            joined_on TEXT NOT NULL,
            left_on TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (programme_id, person_id),
            CHECK (left_on IS NULL OR left_on >= joined_on))
        )"),
        QStringLiteral("CREATE INDEX mentoring_mentee_person ON mentoring_mentee (person_id, joined_on)"),
        QStringLiteral(R"(CREATE TABLE attestation (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            org_unit_id INTEGER NOT NULL REFERENCES org_unit(id),
            person_id INTEGER NOT NULL REFERENCES person(id),
            attestation_date TEXT NOT NULL,
            category TEXT NOT NULL,
            outcome TEXT NOT NULL CHECK (outcome IN ('granted', 'refused')),
            valid_until TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK (valid_until IS NULL OR (outcome = 'granted' AND valid_until > attestation_date)))
        )"),
        QStringLiteral("CREATE INDEX attestation_person ON attestation (person_id, attestation_date)"),
        QStringLiteral("CREATE INDEX attestation_unit ON attestation (org_unit_id, attestation_date)"),
    };
    return m;
}
