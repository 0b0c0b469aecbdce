// Schema 7 seeds its reference lists and itself guards what a writer that bypasses the
// repositories (an import, a script) could break: ordered dates, known site levels, an approval
// date only with a level, existing persons and records, no silent cascades.
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

TEST_CASE("schema 7 seeds the lists of associations, consultations and materials", "[schema]")
{
    RecordTree t;
    ReferenceRepository refs(*t.db);
    CHECK(refs.items(ReferenceList::AssociationLevel).size() == 4);
    CHECK(refs.items(ReferenceList::ConsultationForm).size() == 2);
    CHECK(refs.items(ReferenceList::MaterialType).size() == 7);
    CHECK(refs.items(ReferenceList::ApprovalLevel).size() == 4);
    CHECK(refs.find(ReferenceList::AssociationLevel, QStringLiteral("муниципальное (РМО/ГМО)"))->code == QStringLiteral("municipal"));
    CHECK(refs.name(ReferenceList::MaterialType, QStringLiteral("methodical_development")) == QStringLiteral("методическая разработка"));
    CHECK(refs.find(ReferenceList::ConsultationForm, QStringLiteral("individual"))->builtIn);
    CHECK(refs.name(ReferenceList::ApprovalLevel, QStringLiteral("federal")) == QStringLiteral("федеральный"));
    CHECK_FALSE(ReferenceRepository::listName(ReferenceList::ApprovalLevel).isEmpty());
}

TEST_CASE("schema 7 refuses records that break its rules", "[schema]")
{
    RecordTree t;
    Database& db = *t.db;
    const QString unit = QString::number(t.schoolA);
    const QString person = QString::number(t.person("Иванова", "Ольга", QDate(2015, 9, 1), t.schoolA));
    const QString stamp = QStringLiteral("'2025-03-15T12:00:00Z', '2025-03-15T12:00:00Z'");

    auto association = [&](const QString& uuid, const char* start, const char* end) {
        return exec(db, QStringLiteral("INSERT INTO methodical_association (uuid, org_unit_id, level, subject, start_date, "
                                       "end_date, created_at, updated_at) VALUES ('%1', %2, 'school', 'ШМО', '%3', %4, %5)")
                            .arg(uuid, unit, QString::fromLatin1(start),
                                 end ? QStringLiteral("'%1'").arg(QString::fromLatin1(end)) : QStringLiteral("NULL"), stamp));
    };
    CHECK(association(QStringLiteral("a1"), "2024-09-01", nullptr));
    CHECK_FALSE(association(QStringLiteral("a2"), "2024-09-01", "2024-08-31"));
    CHECK_FALSE(association(QStringLiteral("a1"), "2024-09-01", nullptr)); // uuid unique
    auto member = [&](const QString& uuid, const QString& who, const char* joined, const char* left) {
        return exec(db, QStringLiteral("INSERT INTO association_member (uuid, association_id, person_id, joined_on, left_on, "
                                       "created_at, updated_at) VALUES ('%1', (SELECT id FROM methodical_association), %2, '%3', %4, %5)")
                            .arg(uuid, who, QString::fromLatin1(joined),
                                 left ? QStringLiteral("'%1'").arg(QString::fromLatin1(left)) : QStringLiteral("NULL"), stamp));
    };
    CHECK(member(QStringLiteral("m1"), person, "2024-09-01", "2024-12-31"));
    CHECK(member(QStringLiteral("m2"), person, "2025-02-01", nullptr)); // rejoining is a second row
    CHECK_FALSE(member(QStringLiteral("m3"), person, "2024-09-01", "2024-08-31"));
    CHECK_FALSE(member(QStringLiteral("m4"), QStringLiteral("4242"), "2024-09-01", nullptr));
    CHECK_FALSE(exec(db, QStringLiteral("DELETE FROM methodical_association"))); // members first

    CHECK(exec(db, QStringLiteral("INSERT INTO consultation (uuid, org_unit_id, methodist_id, consultation_date, topic, form, "
                                  "created_at, updated_at) VALUES ('k1', %1, %2, '2025-01-10', 'Тема', 'group', %3)")
                       .arg(unit, person, stamp)));
    auto link = [&](const QString& consultation, const QString& who) {
        return exec(db, QStringLiteral("INSERT INTO consultation_person (consultation_id, person_id) VALUES (%1, %2)")
                            .arg(consultation, who));
    };
    const QString k1 = QStringLiteral("(SELECT id FROM consultation WHERE uuid = 'k1')");
    CHECK(link(k1, person));
    CHECK_FALSE(link(k1, person));                    // once per consultation
    CHECK_FALSE(link(k1, QStringLiteral("4242")));    // an existing person
    CHECK_FALSE(link(QStringLiteral("4242"), person)); // an existing consultation
    CHECK_FALSE(exec(db, QStringLiteral("DELETE FROM consultation"))); // its links first

    auto site = [&](const QString& uuid, const char* level, const char* end) {
        return exec(db, QStringLiteral("INSERT INTO innovation_site (uuid, org_unit_id, level, topic, start_date, end_date, "
                                       "created_at, updated_at) VALUES ('%1', %2, '%3', 'Тема', '2024-09-01', '%4', %5)")
                            .arg(uuid, unit, QString::fromLatin1(level), QString::fromLatin1(end), stamp));
    };
    CHECK(site(QStringLiteral("s1"), "regional", "2025-08-31"));
    CHECK_FALSE(site(QStringLiteral("s2"), "school", "2025-08-31"));
    CHECK_FALSE(site(QStringLiteral("s3"), "federal", "2024-08-31"));

    auto material = [&](const QString& uuid, const char* level, const char* approved) {
        return exec(db, QStringLiteral("INSERT INTO methodical_material (uuid, org_unit_id, title, type, approval_level, "
                                       "approved_on, created_at, updated_at) VALUES ('%1', %2, 'Урок', 'other', %3, %4, %5)")
                            .arg(uuid, unit,
                                 level ? QStringLiteral("'%1'").arg(QString::fromLatin1(level)) : QStringLiteral("NULL"),
                                 approved ? QStringLiteral("'%1'").arg(QString::fromLatin1(approved)) : QStringLiteral("NULL"),
                                 stamp));
    };
    CHECK(material(QStringLiteral("x1"), "school", "2025-01-10"));
    CHECK(material(QStringLiteral("x2"), "school", nullptr));
    CHECK(material(QStringLiteral("x3"), nullptr, nullptr));
    CHECK_FALSE(material(QStringLiteral("x4"), nullptr, "2025-01-10"));
    const QString x1 = QStringLiteral("(SELECT id FROM methodical_material WHERE uuid = 'x1')");
    CHECK(exec(db, QStringLiteral("INSERT INTO material_author (material_id, person_id, sort_order) VALUES (%1, %2, 1)").arg(x1, person)));
    CHECK_FALSE(exec(db, QStringLiteral("INSERT INTO material_author (material_id, person_id, sort_order) VALUES (%1, 4242, 2)").arg(x1)));
    CHECK_FALSE(exec(db, QStringLiteral("DELETE FROM methodical_material WHERE uuid = 'x1'"))); // its authors first
}
