// Schema 10: the author's own text of a report (conclusions, tasks for next year), kept per unit,
// block key ("analysis.conclusions": the report kind and the block) and academic year (its
// starting year: 2024 for 2024/25), so that an annual analysis can be prepared over several days
// and every later build of the report prints it.
#include "storage/migration.h"

Migration migration010AuthorTexts()
{
    Migration m;
    m.version = 10;
    m.description = QStringLiteral("report author texts");
    m.statements = QStringList{
        QStringLiteral(R"(CREATE TABLE report_author_text (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            org_unit_id INTEGER NOT NULL REFERENCES org_unit(id),
            text_key TEXT NOT NULL CHECK (text_key <> ''),
            academic_year INTEGER NOT NULL,
            body TEXT NOT NULL CHECK (body <> ''),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (org_unit_id, text_key, academic_year))
        )"),
    };
    return m;
}
