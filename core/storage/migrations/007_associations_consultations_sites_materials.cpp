// Schema 7: methodical associations with their members, targeted consultations with the persons
// consulted, innovation sites of organisations, and the bank of methodical materials with their
// authors (DOMAIN.md §3), plus the reference lists they use. Levels, forms and types are stored
// as codes and checked in core; deletions are explicit, so no foreign key cascades.
#include "storage/migration.h"

Migration migration007AssociationsConsultationsSitesMaterials()
{
    Migration m;
    m.version = 7;
    m.description = QStringLiteral("associations, consultations, innovation sites and materials");
    m.statements = QStringList{
        QStringLiteral(R"(INSERT INTO reference_item (list, code, name, sort_order, built_in) VALUES
            ('association_level', 'school', 'школьное (ШМО)', 1, 1),
            ('association_level', 'municipal', 'муниципальное (РМО/ГМО)', 2, 1),
            ('association_level', 'hub', 'межмуниципальное', 3, 1),
            ('association_level', 'regional', 'региональное', 4, 1),
            ('consultation_form', 'individual', 'индивидуальная', 1, 1),
            ('consultation_form', 'group', 'групповая', 2, 1),
            ('material_type', 'methodical_development', 'методическая разработка', 1, 1),
            ('material_type', 'lesson_plan', 'конспект урока', 2, 1),
            ('material_type', 'programme', 'программа', 3, 1),
            ('material_type', 'presentation', 'презентация', 4, 1),
            ('material_type', 'video', 'видеозапись', 5, 1),
            ('material_type', 'article', 'статья', 6, 1),
            ('material_type', 'other', 'другое', 7, 1),
            ('approval_level', 'school', 'школьный', 1, 1),
            ('approval_level', 'municipal', 'муниципальный', 2, 1),
            ('approval_level', 'regional', 'региональный', 3, 1),
            ('approval_level', 'federal', 'федеральный', 4, 1)
        )"),
        // org_unit_id: the unit the association belongs to (a school for ШМО, a municipality for РМО).
        QStringLiteral(R"(CREATE TABLE methodical_association (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            org_unit_id INTEGER NOT NULL REFERENCES org_unit(id),
            level TEXT NOT NULL,
            subject TEXT NOT NULL CHECK (subject <> ''),
            head_id INTEGER REFERENCES person(id),
            start_date TEXT NOT NULL,
            end_date TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK (end_date IS NULL OR end_date >= start_date))
        )"),
        QStringLiteral("CREATE INDEX methodical_association_unit ON methodical_association (org_unit_id, start_date)"),
        QStringLiteral("CREATE INDEX methodical_association_head ON methodical_association (head_id)"),
        // A person may leave and rejoin: several rows, whose periods must not overlap (checked in core).
        QStringLiteral(R"(CREATE TABLE association_member (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            association_id INTEGER NOT NULL REFERENCES methodical_association(id),
            person_id INTEGER NOT NULL REFERENCES person(id),
            joined_on TEXT NOT NULL,
            left_on TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK (left_on IS NULL OR left_on >= joined_on))
        )"),
        QStringLiteral("CREATE INDEX association_member_association ON association_member (association_id, joined_on)"),
        QStringLiteral("CREATE INDEX association_member_person ON association_member (person_id, joined_on)"),
        // org_unit_id: the methodist's main organisation on the date (or one where they work then).
        QStringLiteral(R"(CREATE TABLE consultation (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            org_unit_id INTEGER NOT NULL REFERENCES org_unit(id),
            methodist_id INTEGER NOT NULL REFERENCES person(id),
            consultation_date TEXT NOT NULL,
            topic TEXT NOT NULL CHECK (topic <> ''),
            form TEXT NOT NULL,
            competence_area TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL)
        )"),
        QStringLiteral("CREATE INDEX consultation_unit ON consultation (org_unit_id, consultation_date)"),
        QStringLiteral("CREATE INDEX consultation_methodist ON consultation (methodist_id, consultation_date)"),
        QStringLiteral("CREATE INDEX consultation_date ON consultation (consultation_date)"),
        QStringLiteral(R"(CREATE TABLE consultation_person (
            consultation_id INTEGER NOT NULL REFERENCES consultation(id),
            person_id INTEGER NOT NULL REFERENCES person(id),
            PRIMARY KEY (consultation_id, person_id))
        )"),
        QStringLiteral("CREATE INDEX consultation_person_person ON consultation_person (person_id)"),
        // org_unit_id: the organisation that is the site.
        QStringLiteral(R"(CREATE TABLE innovation_site (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            org_unit_id INTEGER NOT NULL REFERENCES org_unit(id),
            level TEXT NOT NULL CHECK (level IN ('municipal', 'regional', 'federal')),
            topic TEXT NOT NULL CHECK (topic <> ''),
            start_date TEXT NOT NULL,
            end_date TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK (end_date IS NULL OR end_date >= start_date))
        )"),
        QStringLiteral("CREATE INDEX innovation_site_unit ON innovation_site (org_unit_id, start_date)"),
        // org_unit_id: the first author's main organisation on the material's date.
        QStringLiteral(R"(CREATE TABLE methodical_material (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            org_unit_id INTEGER NOT NULL REFERENCES org_unit(id),
            title TEXT NOT NULL CHECK (title <> ''),
            type TEXT NOT NULL,
            competence_area TEXT,
            location TEXT NOT NULL DEFAULT '',
            approval_level TEXT,
            approved_on TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK (approved_on IS NULL OR approval_level IS NOT NULL))
        )"),
        QStringLiteral("CREATE INDEX methodical_material_unit ON methodical_material (org_unit_id)"),
        QStringLiteral(R"(CREATE TABLE material_author (
            material_id INTEGER NOT NULL REFERENCES methodical_material(id),
            person_id INTEGER NOT NULL REFERENCES person(id),
            sort_order INTEGER NOT NULL,
            PRIMARY KEY (material_id, person_id))
        )"),
        QStringLiteral("CREATE INDEX material_author_person ON material_author (person_id)"),
    };
    return m;
}
