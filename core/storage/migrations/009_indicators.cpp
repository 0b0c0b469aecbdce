// Schema 9: the indicators (DOMAIN.md §4) as data — the catalogue of K01–K22 and the checklist
// items C01–C16 with what their numerator and denominator count, users' own indicators of the
// same forms (a share of staff with a kind of record, records per 100 staff, a checklist item);
// targets per indicator, unit and year (a NULL unit: the default every unit inherits), seeded with
// the seeds' examples; figures a unit reports instead of person-level records; and the threshold
// of the status «близко к цели» as a dated rule.
//
// A target's year is the calendar year its period ends in: the academic year 2024/25 and the
// calendar year 2025 both meet the target for 2025 («к 2025 году»). Seed 004 gives base (2024)
// and target (2025) values of K06–K11; seed 002 the coverage path 5/15/25/60/100 % for 2020–2024
// (K12) and 100 % of young teachers supported in 2021–2024 (K13).
#include "storage/migration.h"

Migration migration009Indicators()
{
    Migration m;
    m.version = 9;
    m.description = QStringLiteral("indicators, targets, reported figures");
    m.statements = QStringList{
        // form: builtin (computed by code), share (staff with a record of record_kind [in
        // competence_area] in the period), per100 (such records per 100 staff), checklist (share of
        // «да» to checklist_item). unit: percent, per100 (per 100 staff), ratio.
        QStringLiteral(R"(CREATE TABLE indicator (
            code TEXT PRIMARY KEY CHECK (code <> ''),
            name TEXT NOT NULL UNIQUE CHECK (name <> ''),
            description TEXT NOT NULL DEFAULT '',
            numerator TEXT NOT NULL DEFAULT '',
            denominator TEXT NOT NULL DEFAULT '',
            direction TEXT NOT NULL CHECK (direction IN ('higher', 'lower')),
            unit TEXT NOT NULL CHECK (unit IN ('percent', 'per100', 'ratio')),
            form TEXT NOT NULL CHECK (form IN ('builtin', 'share', 'per100', 'checklist')),
            record_kind TEXT,
            competence_area TEXT,
            checklist_item TEXT REFERENCES checklist_item(code),
            base_date TEXT,
            sort_order INTEGER NOT NULL DEFAULT 0,
            built_in INTEGER NOT NULL DEFAULT 0,
            CHECK ((form IN ('share', 'per100')) = (record_kind IS NOT NULL)),
            CHECK ((form = 'checklist') = (checklist_item IS NOT NULL)))
        )"),
        QStringLiteral(R"(INSERT INTO indicator (code, name, description, numerator, denominator, direction, unit, form, base_date, sort_order, built_in) VALUES
            ('K01', 'Охват диагностикой профессиональных дефицитов', 'Доля педагогов, прошедших диагностику профессиональных дефицитов за последние 3 года.',
                'педагоги с диагностикой за последние 3 года на дату среза', 'педагоги на дату среза', 'higher', 'percent', 'builtin', NULL, 1, 1),
            ('K02', 'ДПО из федерального реестра по выявленным дефицитам', 'Доля педагогов, завершивших в периоде курс из федерального реестра по области компетенций, в которой у них до начала курса выявлен дефицит.',
                'педагоги, завершившие в периоде курс из федерального реестра по дефициту, выявленному не позже начала курса', 'педагоги на дату среза', 'higher', 'percent', 'builtin', NULL, 2, 1),
            ('K03', 'ДПО не реже одного раза в 3 года (ст. 47 273-ФЗ)', 'Доля педагогов, завершивших курс объёмом не менее 16 часов за последние 3 года.',
                'педагоги с курсом не менее 16 часов, завершённым за последние 3 года', 'педагоги на дату среза', 'higher', 'percent', 'builtin', NULL, 3, 1),
            ('K04', 'Успешность аттестации', 'Доля педагогов, которым в периоде установлена квалификационная категория.',
                'педагоги, которым в периоде установлена категория', 'педагоги на дату среза', 'higher', 'percent', 'builtin', NULL, 4, 1),
            ('K05', 'Участие в конкурсах профмастерства', 'Доля педагогов, участвовавших в конкурсах профессионального мастерства года периода.',
                'педагоги — участники конкурсов года, в котором оканчивается период', 'педагоги на дату среза', 'higher', 'percent', 'builtin', NULL, 5, 1),
            ('K06', 'Высокие результаты конкурсов у участников ИОМ и наставничества', 'Доля победителей и призёров конкурсов среди педагогов, реализующих ИОМ или персонализированную программу наставничества.',
                'участники ИОМ/наставничества — победители и призёры конкурсов года периода', 'педагоги, реализующие в периоде ИОМ или программу наставничества (наставляемые)', 'higher', 'percent', 'builtin', NULL, 6, 1),
            ('K07', 'Получение категории участниками ИОМ и наставничества', 'Доля педагогов, получивших квалификационную категорию, среди реализующих ИОМ или программу наставничества.',
                'участники ИОМ/наставничества, которым в периоде установлена категория', 'педагоги, реализующие в периоде ИОМ или программу наставничества (наставляемые)', 'higher', 'percent', 'builtin', NULL, 7, 1),
            ('K08', 'Охват ИОМ и персонализированными программами наставничества', 'Доля педагогов, реализующих в периоде ИОМ или персонализированную программу наставничества в роли наставляемого.',
                'педагоги с действующим в периоде ИОМ или программой наставничества (наставляемые)', 'педагоги на дату среза', 'higher', 'percent', 'builtin', NULL, 8, 1),
            ('K09', 'Успешность ИОМ и программ наставничества', 'Доля успешно завершённых среди ИОМ и программ наставничества, окончившихся в периоде.',
                'ИОМ и программы, окончившиеся в периоде со статусом «завершён успешно»', 'ИОМ и программы, окончившиеся в периоде (завершены или прекращены)', 'higher', 'percent', 'builtin', NULL, 9, 1),
            ('K10', 'Уровень предметных и методических компетенций участников ИОМ', 'Доля участников ИОМ/наставничества, у которых последние в периоде уровни предметных и методических компетенций средний или высокий.',
                'участники с последними в периоде уровнями обеих областей «средний» или «высокий»', 'участники ИОМ/наставничества, оценённые в периоде по обеим областям', 'higher', 'percent', 'builtin', NULL, 10, 1),
            ('K11', 'Положительная динамика образовательных результатов за 2 года', 'Доля участников ИОМ/наставничества, у которых значения всех показателей результатов обучающихся выросли по сравнению с учебным годом два года назад.',
                'участники, у которых каждый показатель вырос к году периода', 'участники ИОМ/наставничества со значениями показателя в году периода и два года назад', 'higher', 'percent', 'builtin', NULL, 11, 1),
            ('K12', 'Накопленный охват формами профессионального развития', 'Доля педагогов, охваченных курсами, мероприятиями, наставничеством или ИОМ с базовой даты программы.',
                'педагоги с курсом, участием в мероприятии, наставничеством или ИОМ с базовой даты', 'педагоги на дату среза', 'higher', 'percent', 'builtin', '2020-01-01', 12, 1),
            ('K13', 'Сопровождение молодых педагогов', 'Доля молодых педагогов (моложе 35 лет, в первые 3 года стажа), охваченных в периоде наставничеством, ИОМ или мероприятиями.',
                'молодые педагоги с наставничеством, ИОМ или участием в мероприятии в периоде', 'педагоги моложе 35 лет в первые 3 года стажа на дату среза', 'higher', 'percent', 'builtin', NULL, 13, 1),
            ('K14', 'Нагрузка на методиста', 'Число педагогов на одну ставку методиста (меньше — лучше).',
                'педагоги на дату среза', 'ставки методистов на дату среза', 'lower', 'ratio', 'builtin', NULL, 14, 1),
            ('K15', 'Участие в методических объединениях', 'Доля педагогов, состоящих хотя бы в одном методическом объединении на дату среза.',
                'педагоги — члены методических объединений на дату среза', 'педагоги на дату среза', 'higher', 'percent', 'builtin', NULL, 15, 1),
            ('K16', 'Отток молодых педагогов', 'Доля молодых педагогов, уволившихся в периоде (меньше — лучше).',
                'педагоги моложе 35 лет на начало периода, не работающие ни в одной организации на дату среза', 'педагоги моложе 35 лет на начало периода', 'lower', 'percent', 'builtin', NULL, 16, 1),
            ('K17', 'Наставничество для начинающих педагогов', 'Доля педагогов в первые 3 года стажа, у которых есть действующий наставник.',
                'начинающие педагоги с действующим наставником на дату среза', 'педагоги в первые 3 года стажа на дату среза', 'higher', 'percent', 'builtin', NULL, 17, 1),
            ('K18', 'Адресная поддержка ШНОР и ШНСУ', 'Доля педагогов школ с низкими результатами и в неблагоприятных условиях, получивших в периоде консультацию, ИОМ или наставничество.',
                'педагоги ШНОР/ШНСУ с консультацией, ИОМ или наставничеством в периоде', 'педагоги организаций с отметкой ШНОР или ШНСУ на дату среза', 'higher', 'percent', 'builtin', NULL, 18, 1),
            ('K19', 'Консультации на 100 педагогов', 'Число адресных консультаций, проведённых в периоде, на 100 педагогов.',
                'консультации, проведённые в периоде методистами подразделения', 'педагоги на дату среза', 'higher', 'per100', 'builtin', NULL, 19, 1),
            ('K20', 'Дефициты, охваченные ИОМ', 'Доля педагогов с дефицитами, выявленными в периоде или за год до него, у которых каждый такой дефицит адресован в ИОМ.',
                'педагоги, у которых каждая область дефицита есть среди проблем их ИОМ', 'педагоги с дефицитом, выявленным в периоде или за год до него', 'higher', 'percent', 'builtin', NULL, 20, 1),
            ('K21', 'Преодолённые дефициты', 'Доля педагогов, у которых при повторной диагностике после завершённого ИОМ вырос уровень хотя бы в одной адресованной области.',
                'педагоги с ростом уровня в адресованной области', 'педагоги, повторно продиагностированные в периоде после завершённого ИОМ', 'higher', 'percent', 'builtin', NULL, 21, 1),
            ('K22', 'Удовлетворённость методическим сопровождением', 'Доля ответов анкет периода с оценкой 4 или 5.',
                'ответы с оценкой 4 или 5', 'ответы с оценкой удовлетворённости', 'higher', 'percent', 'builtin', NULL, 22, 1)
        )"),
        QStringLiteral(R"(INSERT INTO indicator (code, name, description, numerator, denominator, direction, unit, form, checklist_item, sort_order, built_in)
            SELECT code, name, 'Пункт чек-листа наличия: доля ответов «да» среди ответивших подразделений за учебный год.',
                'подразделения с ответом «да»', 'подразделения, ответившие на пункт', 'higher', 'percent', 'checklist', code, 100 + sort_order, 1
            FROM checklist_item WHERE built_in = 1
        )"),
        QStringLiteral(R"(CREATE TABLE indicator_target (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            indicator_code TEXT NOT NULL REFERENCES indicator(code),
            org_unit_id INTEGER REFERENCES org_unit(id),
            year INTEGER NOT NULL,
            value REAL NOT NULL CHECK (value >= 0),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (indicator_code, org_unit_id, year))
        )"),
        QStringLiteral("CREATE INDEX indicator_target_unit ON indicator_target (org_unit_id, year)"),
        QStringLiteral(R"(INSERT INTO indicator_target (uuid, indicator_code, year, value, created_at, updated_at) VALUES
            ('737d0036-62c8-556f-92c3-8ea4c917f772', 'K06', 2024, 10, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
            ('c6bab9df-bd5b-5f1b-a450-a613cd20d3fa', 'K06', 2025, 30, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
            ('9790c4a3-7b41-5ae8-9b85-ba2b4b789ada', 'K07', 2024, 5, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
            ('78ccab51-9c29-55cf-a252-9ddf78984a29', 'K07', 2025, 10, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
            ('8447d7ef-8cfd-5bc5-9666-ad287c903864', 'K08', 2024, 15, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
            ('df2432f5-44ec-5230-8088-3f0ae72125c1', 'K08', 2025, 30, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
            ('05a49cf1-e601-5f18-bfa0-30c61aca02bf', 'K09', 2024, 85, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
            ('5bea6856-59a9-53a2-94b0-cf6e49bd5c0e', 'K09', 2025, 90, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
            ('c159134f-a55d-5cd8-8f75-ffe604a685ec', 'K10', 2024, 50, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
            ('fb19be8c-defe-5074-982a-a2a768bb8d47', 'K10', 2025, 60, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
            ('e0a99022-d089-5332-967e-3fb3030ff10d', 'K11', 2024, 30, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
            ('d06d7abc-1f20-5880-8ba0-37df132ee8b3', 'K11', 2025, 50, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
            ('27b1e843-b3c3-5973-bed7-ecf183694347', 'K12', 2020, 5, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
            ('8acf389b-3e79-55ab-9314-ea6efc9ad423', 'K12', 2021, 15, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
            ('718af06f-d42e-564c-b0d7-fb1f4b8ed285', 'K12', 2022, 25, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
            ('99f296ee-2a7e-5164-bc8e-50da8e030d80', 'K12', 2023, 60, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
            ('41319173-19c9-58d1-80eb-691c4ead1766', 'K12', 2024, 100, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
            ('99ecf77a-6db9-513a-a99c-9e106bdc41dd', 'K13', 2021, 100, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
            ('cfbfb721-21e3-5115-aeed-ac7fc9f80545', 'K13', 2022, 100, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
            ('45303d9a-2b86-5508-947b-cfcb78565322', 'K13', 2023, 100, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
            ('0b1e8539-1997-597c-af9f-701ab0bd8d65', 'K13', 2024, 100, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')
        )"),
        // A unit's own numerator and denominator for an indicator and period, replacing what its
        // subtree's person-level records give (a municipality that sends only figures upward).
        QStringLiteral(R"(CREATE TABLE indicator_reported (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            org_unit_id INTEGER NOT NULL REFERENCES org_unit(id),
            indicator_code TEXT NOT NULL REFERENCES indicator(code),
            period_kind TEXT NOT NULL CHECK (period_kind IN ('academic', 'calendar')),
            year INTEGER NOT NULL,
            numerator REAL NOT NULL CHECK (numerator >= 0),
            denominator REAL NOT NULL CHECK (denominator >= 0),
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (org_unit_id, indicator_code, period_kind, year))
        )"),
        QStringLiteral("CREATE INDEX indicator_reported_period ON indicator_reported (indicator_code, period_kind, year)"),
        QStringLiteral(R"(INSERT INTO rule (code, valid_from, value, basis) VALUES
            ('target_close_percent', '2000-01-01', 10, 'показатель «близок к цели», если отстаёт от неё не более чем на 10 % её значения')
        )"),
    };
    return m;
}
