// Schema 8 guards what a writer that bypasses the repositories could break (scores 1–5, one need
// per topic, one value per person, year and measure, a moved item's date, known statuses and
// answers, one answer per unit, year and item), and seeds the forms of support.
#include "recordtree.h"
#include "storage/referencerepository.h"

#include <QSqlQuery>

namespace {

bool exec(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    const bool ok = q.exec(sql);
    q.finish();
    return ok;
}

} // namespace

TEST_CASE("schema 8 refuses records that break its rules", "[schema]")
{
    RecordTree t;
    Database& db = *t.db;
    const QString unit = QString::number(t.schoolA);
    const QString person = QString::number(t.person("Орлова", "Анна", QDate(2010, 9, 1), t.schoolA));
    const QString stamp = QStringLiteral("'2025-03-15T12:00:00Z', '2025-03-15T12:00:00Z'");
    auto survey = [&](const QString& uuid, const QString& score) {
        return exec(db, QStringLiteral("INSERT INTO survey (uuid, org_unit_id, survey_date, satisfaction, created_at, updated_at) "
                                       "VALUES ('%1', %2, '2024-10-01', %3, %4)").arg(uuid, unit, score, stamp));
    };
    CHECK(survey(QStringLiteral("s1"), QStringLiteral("5")));
    CHECK(survey(QStringLiteral("s2"), QStringLiteral("NULL")));
    CHECK_FALSE(survey(QStringLiteral("s3"), QStringLiteral("6")));
    CHECK_FALSE(survey(QStringLiteral("s4"), QStringLiteral("0")));
    auto need = [&](const char* topic) {
        return exec(db, QStringLiteral("INSERT INTO survey_need (survey_id, topic, topic_key) "
                                       "VALUES ((SELECT id FROM survey WHERE uuid = 's1'), '%1', 'оценивание')")
                            .arg(QString::fromUtf8(topic)));
    };
    CHECK(need("Оценивание"));
    CHECK_FALSE(need("оценивание"));

    auto result = [&](const QString& uuid, const QString& who) {
        return exec(db, QStringLiteral("INSERT INTO student_result (uuid, org_unit_id, person_id, academic_year, measure, "
                                       "measure_key, value, created_at, updated_at) "
                                       "VALUES ('%1', %2, %3, 2023, 'ОГЭ', 'огэ', 4.1, %4)").arg(uuid, unit, who, stamp));
    };
    CHECK(result(QStringLiteral("r1"), person));
    CHECK_FALSE(result(QStringLiteral("r2"), person));
    CHECK_FALSE(result(QStringLiteral("r3"), QStringLiteral("4242")));

    auto planItem = [&](const QString& uuid, const char* status, const char* movedTo, int month) {
        return exec(db, QStringLiteral("INSERT INTO plan_item (uuid, org_unit_id, academic_year, month, title, status, "
                                       "moved_to, created_at, updated_at) VALUES ('%1', %2, 2024, %3, 'Семинар', '%4', %5, %6)")
                            .arg(uuid, unit).arg(month).arg(QString::fromLatin1(status), QString::fromLatin1(movedTo), stamp));
    };
    CHECK(planItem(QStringLiteral("p1"), "planned", "NULL", 10));
    CHECK(planItem(QStringLiteral("p2"), "moved", "'2024-11-05'", 10));
    CHECK_FALSE(planItem(QStringLiteral("p3"), "moved", "NULL", 10));
    CHECK_FALSE(planItem(QStringLiteral("p4"), "held", "'2024-11-05'", 10));
    CHECK_FALSE(planItem(QStringLiteral("p5"), "postponed", "NULL", 10));
    CHECK_FALSE(planItem(QStringLiteral("p6"), "planned", "NULL", 13));

    auto risk = [&](const QString& uuid, const char* status) {
        return exec(db, QStringLiteral("INSERT INTO risk (uuid, org_unit_id, description, status, identified_on, created_at, "
                                       "updated_at) VALUES ('%1', %2, 'Риск', '%3', '2024-09-01', %4)")
                            .arg(uuid, unit, QString::fromLatin1(status), stamp));
    };
    CHECK(risk(QStringLiteral("k1"), "open"));
    CHECK_FALSE(risk(QStringLiteral("k2"), "forgotten"));

    auto answer = [&](const QString& uuid, const char* item, const char* text) {
        return exec(db, QStringLiteral("INSERT INTO checklist_answer (uuid, org_unit_id, academic_year, item_code, answer, "
                                       "created_at, updated_at) VALUES ('%1', %2, 2024, '%3', '%4', %5)")
                            .arg(uuid, unit, QString::fromLatin1(item), QString::fromLatin1(text), stamp));
    };
    CHECK(answer(QStringLiteral("a1"), "C01", "yes"));
    CHECK_FALSE(answer(QStringLiteral("a2"), "C01", "no"));     // the same unit, year and item
    CHECK_FALSE(answer(QStringLiteral("a3"), "C17", "no"));     // no such item
    CHECK_FALSE(answer(QStringLiteral("a4"), "C02", "maybe"));
}

TEST_CASE("the forms of support are a reference list users can add to", "[schema][references]")
{
    RecordTree t;
    ReferenceRepository refs(*t.db);
    CHECK(refs.items(ReferenceList::SupportForm).size() == 7);
    CHECK(refs.find(ReferenceList::SupportForm, QStringLiteral("Стажировка"))->code == QStringLiteral("internship"));
    CHECK(refs.name(ReferenceList::SupportForm, QStringLiteral("self_education")) == QStringLiteral("самообразование"));
    REQUIRE(refs.add(ReferenceList::SupportForm, QStringLiteral("сетевое взаимодействие")).ok());
    CHECK(ReferenceRepository(*t.db).items(ReferenceList::SupportForm).size() == 8);
}
