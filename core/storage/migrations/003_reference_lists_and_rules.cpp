// Schema 3: the reference lists of the support cycle (competence areas, event kinds and levels,
// mentoring forms and types, ...) as data users can add to, and the dated rules that change
// with the law (category validity, the ДПО interval, the novice period, the young-teacher age):
// a new order is a new row, not a new release.
#include "storage/migration.h"

Migration migration003ReferenceListsAndRules()
{
    Migration m;
    m.version = 3;
    m.description = QStringLiteral("reference lists and rules");
    m.statements = QStringList{
        QStringLiteral(R"(CREATE TABLE reference_item (
            list TEXT NOT NULL,
            code TEXT NOT NULL CHECK (code <> ''),
            name TEXT NOT NULL CHECK (name <> ''),
            sort_order INTEGER NOT NULL DEFAULT 0,
            built_in INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (list, code),
            UNIQUE (list, name))
        )"),
        QStringLiteral(R"(INSERT INTO reference_item (list, code, name, sort_order, built_in) VALUES
            ('competence_area', 'subject', 'предметные', 1, 1),
            ('competence_area', 'methodical', 'методические', 2, 1),
            ('competence_area', 'psychological', 'психолого-педагогические', 3, 1),
            ('competence_area', 'communicative', 'коммуникативные', 4, 1),
            ('competence_area', 'digital', 'информационно-цифровые', 5, 1),
            ('competence_area', 'project', 'проектно-аналитические', 6, 1),
            ('competence_area', 'managerial', 'управленческие', 7, 1),
            ('diagnostic_source', 'cnppm', 'ЦНППМ', 1, 1),
            ('diagnostic_source', 'school', 'образовательная организация', 2, 1),
            ('diagnostic_source', 'self', 'самодиагностика', 3, 1),
            ('diagnostic_source', 'other', 'другое', 4, 1),
            ('event_kind', 'seminar', 'семинар', 1, 1),
            ('event_kind', 'webinar', 'вебинар', 2, 1),
            ('event_kind', 'conference', 'конференция', 3, 1),
            ('event_kind', 'round_table', 'круглый стол', 4, 1),
            ('event_kind', 'master_class', 'мастер-класс', 5, 1),
            ('event_kind', 'open_lesson', 'открытый урок', 6, 1),
            ('event_kind', 'forum', 'форум', 7, 1),
            ('event_kind', 'festival', 'фестиваль', 8, 1),
            ('event_kind', 'training', 'тренинг', 9, 1),
            ('event_kind', 'internship', 'стажировка', 10, 1),
            ('event_kind', 'mo_meeting', 'заседание методического объединения', 11, 1),
            ('event_kind', 'readings', 'педагогические чтения', 12, 1),
            ('event_level', 'school', 'школьный', 1, 1),
            ('event_level', 'municipal', 'муниципальный', 2, 1),
            ('event_level', 'hub', 'межмуниципальный', 3, 1),
            ('event_level', 'regional', 'региональный', 4, 1),
            ('event_level', 'federal', 'федеральный', 5, 1),
            ('participation_role', 'participant', 'участник', 1, 1),
            ('participation_role', 'speaker', 'выступающий', 2, 1),
            ('participation_role', 'organiser', 'организатор', 3, 1),
            ('participation_role', 'expert', 'эксперт', 4, 1),
            ('competition_result', 'participant', 'участник', 1, 1),
            ('competition_result', 'prize_winner', 'призёр', 2, 1),
            ('competition_result', 'winner', 'победитель', 3, 1),
            ('mentoring_form', 'teacher_teacher', 'педагог – педагог', 1, 1),
            ('mentoring_form', 'head_teacher', 'руководитель – педагог', 2, 1),
            ('mentoring_form', 'tutor_teacher', 'тьютор – педагог', 3, 1),
            ('mentoring_form', 'university_young', 'педагог вуза/ссуза – молодой педагог', 4, 1),
            ('mentoring_form', 'partner_teacher', 'социальный партнёр – педагог', 5, 1),
            ('mentoring_type', 'traditional', 'традиционная (один на один)', 1, 1),
            ('mentoring_type', 'group', 'групповая', 2, 1),
            ('mentoring_type', 'group_complex', 'групповая комплексная', 3, 1),
            ('mentoring_type', 'virtual', 'виртуальная', 4, 1),
            ('mentoring_type', 'short_term', 'краткосрочная (целеполагающая)', 5, 1),
            ('mentoring_type', 'reverse', 'реверсивная', 6, 1),
            ('mentoring_type', 'situational', 'ситуационная', 7, 1),
            ('mentoring_type', 'speed', 'скоростная консультация', 8, 1),
            ('course_form', 'in_person', 'очная', 1, 1),
            ('course_form', 'distance', 'дистанционная', 2, 1),
            ('course_form', 'blended', 'очно-заочная', 3, 1),
            ('route_direction', 'courses', 'курсы повышения квалификации', 1, 1),
            ('route_direction', 'community', 'профессиональное сообщество', 2, 1),
            ('route_direction', 'methodical', 'методическая работа', 3, 1),
            ('route_direction', 'self_education', 'самообразование', 4, 1)
        )"),
        QStringLiteral(R"(CREATE TABLE rule (
            code TEXT NOT NULL,
            valid_from TEXT NOT NULL,
            value REAL NOT NULL,
            basis TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (code, valid_from))
        )"),
        QStringLiteral(R"(INSERT INTO rule (code, valid_from, value, basis) VALUES
            ('category_validity_years', '2000-01-01', 5, 'порядок аттестации педагогических работников: категория устанавливается сроком на пять лет'),
            ('dpo_interval_years', '2013-09-01', 3, 'Федеральный закон № 273-ФЗ, ст. 47: ДПО не реже чем один раз в три года'),
            ('dpo_min_hours', '2013-09-01', 16, 'минимальный объём программы повышения квалификации — 16 часов'),
            ('novice_years', '2000-01-01', 3, 'молодой специалист: первые три года педагогического стажа'),
            ('young_age', '2000-01-01', 35, 'молодой педагог: моложе 35 лет')
        )"),
    };
    return m;
}
