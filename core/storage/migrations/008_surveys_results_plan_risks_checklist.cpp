// Schema 8: surveys of needs and satisfaction with the needs they name, student-results
// measures, the annual plan with its execution, the risk register, and the presence checklist
// of seed 000 (the 16 «наличие системы …» items, answered per unit and academic year).
// The forms of support a need prefers are a reference list (support_form); the checklist's items
// are a table of their own (with their group); statuses and answers are fixed codes, guarded here.
// Academic years are stored as their starting year (2024 for 2024/25).
#include "storage/migration.h"

Migration migration008SurveysResultsPlanRisksChecklist()
{
    Migration m;
    m.version = 8;
    m.description = QStringLiteral("surveys, student results, plan, risks, checklist");
    m.statements = QStringList{
        QStringLiteral(R"(INSERT INTO reference_item (list, code, name, sort_order, built_in) VALUES
            ('support_form', 'course', 'курсы', 1, 1),
            ('support_form', 'mentoring', 'наставничество', 2, 1),
            ('support_form', 'consultation', 'консультация', 3, 1),
            ('support_form', 'seminar', 'семинар', 4, 1),
            ('support_form', 'webinar', 'вебинар', 5, 1),
            ('support_form', 'internship', 'стажировка', 6, 1),
            ('support_form', 'self_education', 'самообразование', 7, 1)
        )"),
        // person_id NULL: an anonymous response; org_unit_id: the respondent's organisation on
        // the date, or for an anonymous one the unit it was given for (any level).
        QStringLiteral(R"(CREATE TABLE survey (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            org_unit_id INTEGER NOT NULL REFERENCES org_unit(id),
            person_id INTEGER REFERENCES person(id),
            survey_date TEXT NOT NULL,
            satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL)
        )"),
        QStringLiteral("CREATE INDEX survey_unit ON survey (org_unit_id, survey_date)"),
        QStringLiteral("CREATE INDEX survey_person ON survey (person_id, survey_date)"),
        // topic_key: the topic case-folded with ё = е, so that needs are counted by topic.
        QStringLiteral(R"(CREATE TABLE survey_need (
            id INTEGER PRIMARY KEY,
            survey_id INTEGER NOT NULL REFERENCES survey(id),
            topic TEXT NOT NULL CHECK (topic <> ''),
            topic_key TEXT NOT NULL,
            preferred_form TEXT,
            UNIQUE (survey_id, topic_key))
        )"),
        QStringLiteral("CREATE INDEX survey_need_topic ON survey_need (topic_key)"),
        // org_unit_id: the person's organisation in the academic year.
        QStringLiteral(R"(CREATE TABLE student_result (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            org_unit_id INTEGER NOT NULL REFERENCES org_unit(id),
            person_id INTEGER NOT NULL REFERENCES person(id),
            academic_year INTEGER NOT NULL,
            measure TEXT NOT NULL CHECK (measure <> ''),
            measure_key TEXT NOT NULL,
            value REAL NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (person_id, academic_year, measure_key))
        )"),
        QStringLiteral("CREATE INDEX student_result_unit ON student_result (org_unit_id, academic_year)"),
        // org_unit_id: the planning unit (any level); month 1..12 of the academic year.
        QStringLiteral(R"(CREATE TABLE plan_item (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            org_unit_id INTEGER NOT NULL REFERENCES org_unit(id),
            academic_year INTEGER NOT NULL,
            month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
            title TEXT NOT NULL CHECK (title <> ''),
            responsible_id INTEGER REFERENCES person(id),
            responsible_text TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL CHECK (status IN ('planned', 'held', 'moved', 'cancelled')),
            moved_to TEXT,
            event_id INTEGER REFERENCES methodical_event(id),
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK ((status = 'moved' AND moved_to IS NOT NULL) OR (status <> 'moved' AND moved_to IS NULL)))
        )"),
        QStringLiteral("CREATE INDEX plan_item_unit ON plan_item (org_unit_id, academic_year, month)"),
        QStringLiteral("CREATE INDEX plan_item_event ON plan_item (event_id)"),
        QStringLiteral("CREATE INDEX plan_item_responsible ON plan_item (responsible_id)"),
        QStringLiteral(R"(CREATE TABLE risk (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            org_unit_id INTEGER NOT NULL REFERENCES org_unit(id),
            description TEXT NOT NULL CHECK (description <> ''),
            prevention TEXT NOT NULL DEFAULT '',
            owner_id INTEGER REFERENCES person(id),
            owner_text TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL CHECK (status IN ('open', 'mitigated', 'occurred', 'closed')),
            identified_on TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL)
        )"),
        QStringLiteral("CREATE INDEX risk_unit ON risk (org_unit_id, identified_on)"),
        QStringLiteral("CREATE INDEX risk_owner ON risk (owner_id)"),
        QStringLiteral(R"(CREATE TABLE checklist_item (
            code TEXT PRIMARY KEY CHECK (code <> ''),
            name TEXT NOT NULL UNIQUE CHECK (name <> ''),
            item_group TEXT NOT NULL CHECK (item_group IN ('general', 'additional')),
            sort_order INTEGER NOT NULL DEFAULT 0,
            built_in INTEGER NOT NULL DEFAULT 0)
        )"),
        // Seed 000 (Ivanovo): 8 general indicators of 2023 and 8 additional ones, in its words.
        QStringLiteral(R"(INSERT INTO checklist_item (code, name, item_group, sort_order, built_in) VALUES
            ('C01', 'Наличие системы методического сопровождения на основе компетентного подхода', 'general', 1, 1),
            ('C02', 'Соответствие содержания и организации методической работы специфике образовательных организаций', 'general', 2, 1),
            ('C03', 'Наличие системы поддержки молодых педагогов и/или системы наставничества', 'general', 3, 1),
            ('C04', 'Наличие системы поддержки и сопровождения различных категорий педагогов МСО', 'general', 4, 1),
            ('C05', 'Наличие программы поддержки школьных методических объединений (система взаимодействия со школьными методическими объединениями)', 'general', 5, 1),
            ('C06', 'Наличие системы мониторинговой и аналитической деятельности', 'general', 6, 1),
            ('C07', 'Наличие адресных методических рекомендаций', 'general', 7, 1),
            ('C08', 'Наличие системы информационного сопровождения', 'general', 8, 1),
            ('C09', 'Наличие системы работы с педагогами по формированию функциональной грамотности и метапредметных компетенций учащихся', 'additional', 9, 1),
            ('C10', 'Наличие системы работы с педагогами по выявлению и развитию способностей и талантов учащимися', 'additional', 10, 1),
            ('C11', 'Наличие системы работы с педагогами по модели инклюзивного образования', 'additional', 11, 1),
            ('C12', 'Система адресной поддержки педагогов, работающих в ОУ, дающих низкие результаты по итогам ГИА, ВПР и др.', 'additional', 12, 1),
            ('C13', 'Система повышения квалификации педагогов с высоким уровнем мастерства, наставников, лидеров образования', 'additional', 13, 1),
            ('C14', 'Наличие системы оказания психолого-андрагогической поддержки педагогу', 'additional', 14, 1),
            ('C15', 'Наличие системы индивидуальной помощи педагогу в планировании своего дальнейшего образования, выявлении дефицитов и потребностей в профессиональном развитии', 'additional', 15, 1),
            ('C16', 'Наличие системы работы с педагогами по освоению и практическому использованию технологий электронного обучения, дистанционного обучения', 'additional', 16, 1)
        )"),
        // org_unit_id: a municipality or an organisation.
        QStringLiteral(R"(CREATE TABLE checklist_answer (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            org_unit_id INTEGER NOT NULL REFERENCES org_unit(id),
            academic_year INTEGER NOT NULL,
            item_code TEXT NOT NULL REFERENCES checklist_item(code),
            answer TEXT NOT NULL CHECK (answer IN ('yes', 'partly', 'no')),
            evidence TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (org_unit_id, academic_year, item_code))
        )"),
        QStringLiteral("CREATE INDEX checklist_answer_item ON checklist_answer (academic_year, item_code)"),
    };
    return m;
}
