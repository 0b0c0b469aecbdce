#pragma once
// Records for the tests of the registers, written straight into the tables (every column as
// given, nothing derived), on the small tree of RecordTree (today 15.03.2025, academic year
// 2024/25):
//
//   Регион (R) → Хаб (H) → Район (M):        Школа А (A), Школа Б (B)
//                        → Другой район (M2): Школа В (C)
#include "recordtree.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariantMap>

// A column's value in add() and link(): text (UTF-8), a number or any QVariant.
struct FieldValue {
    QVariant value;
    FieldValue(const char* text) : value(QString::fromUtf8(text)) {}
    FieldValue(const QString& text) : value(text) {}
    FieldValue(int number) : value(number) {}
    FieldValue(qint64 number) : value(number) {}
    FieldValue(double number) : value(number) {}
    FieldValue(const QVariant& v) : value(v) {}
};
using Fields = std::initializer_list<std::pair<const char*, FieldValue>>;

struct RegisterFixture : RecordTree {
    qint64 ivanova = 0, petrov = 0, sidorova = 0;

    RegisterFixture()
    {
        ivanova = namedPerson("Иванова", "Анна", "Петровна", schoolA);
        petrov = namedPerson("Петров", "Борис", "", schoolB);
        sidorova = namedPerson("Сидорова", "Вера", "Ильинична", schoolC);
    }

    qint64 namedPerson(const char* last, const char* first, const char* middle, qint64 unitId)
    {
        const qint64 id = person(last, first, QDate(2010, 9, 1), unitId);
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("UPDATE person SET middle_name = ? WHERE id = ?"));
        q.addBindValue(QString::fromUtf8(middle));
        q.addBindValue(id);
        REQUIRE(q.exec());
        return id;
    }

    // A row of a table with a uuid and timestamps; returns its id.
    qint64 add(const char* table, Fields fields)
    {
        QVariantMap values = map(fields);
        values.insert(QStringLiteral("uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        values.insert(QStringLiteral("created_at"), QStringLiteral("2025-01-01T00:00:00Z"));
        values.insert(QStringLiteral("updated_at"), QStringLiteral("2025-01-01T00:00:00Z"));
        return insert(table, values);
    }

    // A row of a table of parts (no uuid); returns its rowid.
    qint64 link(const char* table, Fields fields) { return insert(table, map(fields)); }

    static QVariantMap map(Fields fields)
    {
        QVariantMap values;
        for (const auto& [name, value] : fields)
            values.insert(QString::fromLatin1(name), value.value);
        return values;
    }

    qint64 insert(const char* table, const QVariantMap& values)
    {
        QStringList marks;
        for (qsizetype i = 0; i < values.size(); ++i)
            marks << QStringLiteral("?");
        QSqlQuery q(db->connection());
        REQUIRE(q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                              .arg(QString::fromLatin1(table), values.keys().join(QStringLiteral(", ")), marks.join(u','))));
        for (const QVariant& value : values)
            q.addBindValue(value);
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec());
        return q.lastInsertId().toLongLong();
    }

    // One record of every kind at school A for Иванова, on 10.10.2024 (in 2024/25) where a kind
    // has a date; with a part (a result, an item, a mentee, ...) where it has parts.
    void oneOfEach()
    {
        const QString day = QStringLiteral("2024-10-10");
        const QVariant a = schoolA, p = ivanova;
        const qint64 diagnostic = add("diagnostic", {{"org_unit_id", a}, {"person_id", p}, {"diagnosed_on", day},
                                                     {"source_code", "cnppm"}});
        link("diagnostic_result", {{"diagnostic_id", diagnostic}, {"area_code", "digital"}, {"level", "low"}, {"deficit", 1}});
        const qint64 route = add("route", {{"org_unit_id", a}, {"person_id", p}, {"start_date", day}, {"status", "active"},
                                           {"responsible_id", petrov}});
        add("route_item", {{"route_id", route}, {"direction_code", "courses"}, {"title", "Курсы"}, {"due_date", "2024-12-01"},
                           {"status", "done"}});
        const qint64 programme = add("mentoring_programme", {{"org_unit_id", a}, {"mentor_id", p}, {"form_code", "teacher_teacher"},
                                                             {"type_code", "traditional"}, {"start_date", day}, {"status", "active"}});
        add("mentoring_mentee", {{"programme_id", programme}, {"person_id", petrov}, {"joined_on", day}});
        const qint64 course = add("course_programme", {{"org_unit_id", a}, {"title", "Курс"}, {"hours", 36}, {"form", "distance"},
                                                       {"competence_area", "digital"}});
        add("course_completion", {{"org_unit_id", a}, {"programme_id", course}, {"person_id", p}, {"start_date", "2024-10-01"},
                                  {"end_date", day}});
        add("attestation", {{"org_unit_id", a}, {"person_id", p}, {"attestation_date", day}, {"category", "first"},
                            {"outcome", "granted"}, {"valid_until", "2029-10-10"}});
        const qint64 event = add("methodical_event", {{"org_unit_id", a}, {"kind", "seminar"}, {"level", "school"},
                                                      {"start_date", day}, {"topic", "Семинар"}});
        add("event_participation", {{"org_unit_id", a}, {"event_id", event}, {"person_id", p}, {"role", "participant"}});
        const qint64 competition = add("competition", {{"org_unit_id", a}, {"title", "Учитель года"}, {"level", "municipal"},
                                                       {"year", 2024}});
        add("competition_participation", {{"org_unit_id", a}, {"competition_id", competition}, {"person_id", p},
                                          {"result", "winner"}});
        const qint64 association = add("methodical_association", {{"org_unit_id", a}, {"level", "school"}, {"subject", "Математика"},
                                                                  {"head_id", p}, {"start_date", day}});
        add("association_member", {{"association_id", association}, {"person_id", petrov}, {"joined_on", day}});
        const qint64 consultation = add("consultation", {{"org_unit_id", a}, {"methodist_id", p}, {"consultation_date", day},
                                                         {"topic", "ИОМ"}, {"form", "individual"}});
        link("consultation_person", {{"consultation_id", consultation}, {"person_id", petrov}});
        add("innovation_site", {{"org_unit_id", a}, {"level", "regional"}, {"topic", "Цифровая школа"}, {"start_date", day}});
        const qint64 material = add("methodical_material", {{"org_unit_id", a}, {"title", "Разработка"}, {"type", "lesson_plan"},
                                                            {"approval_level", "school"}, {"approved_on", day}});
        link("material_author", {{"material_id", material}, {"person_id", p}, {"sort_order", 1}});
        const qint64 survey = add("survey", {{"org_unit_id", a}, {"person_id", p}, {"survey_date", day}, {"satisfaction", 4}});
        link("survey_need", {{"survey_id", survey}, {"topic", "ИКТ"}, {"topic_key", "икт"}, {"preferred_form", "course"}});
        add("student_result", {{"org_unit_id", a}, {"person_id", p}, {"academic_year", 2024}, {"measure", "Средний балл"},
                               {"measure_key", "средний балл"}, {"value", 4.2}});
        add("plan_item", {{"org_unit_id", a}, {"academic_year", 2024}, {"month", 10}, {"title", "Педсовет"}, {"status", "held"},
                          {"responsible_id", p}});
        add("risk", {{"org_unit_id", a}, {"description", "Формальный подход"}, {"status", "open"}, {"identified_on", day}});
        add("checklist_answer", {{"org_unit_id", a}, {"academic_year", 2024}, {"item_code", "C01"}, {"answer", "yes"}});
    }
};
