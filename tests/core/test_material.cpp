// The bank of methodical materials: rules (authors, type, link, approval), the first author's
// organisation, the subtree's list by the material's date, history. On the tree of
// recordtree.h (today is 15.03.2025).
#include "recordtree.h"
#include "storage/materialrepository.h"
#include "storage/personhistory.h"

#include <QSqlQuery>

namespace {

struct Fixture : RecordTree {
    MaterialRepository materials{*db};
    qint64 aksenova = person("Аксёнова", "Анна", QDate(2010, 9, 1), schoolA, QDate(2010, 9, 1));
    qint64 borisov = person("Борисов", "Борис", QDate(2010, 9, 1), schoolB);
    qint64 nikitina = person("Никитина", "Нина", QDate(2010, 9, 1)); // employed nowhere

    MethodicalMaterial material(const QVector<qint64>& authors, const QString& title = QStringLiteral("Урок-исследование"))
    {
        return MethodicalMaterial{.title = title, .authorIds = authors, .type = QStringLiteral("lesson_plan")};
    }

    qint64 stored(MethodicalMaterial m)
    {
        const auto id = materials.insert(m);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
        return *id;
    }
};

QVector<qint64> ids(const QVector<MethodicalMaterial>& list)
{
    QVector<qint64> result;
    for (const MethodicalMaterial& m : list)
        result.append(m.id);
    return result;
}

} // namespace

TEST_CASE("a material has a title, authors, a type, a file or link and perhaps an approval", "[material]")
{
    Fixture f;
    Changes seen;
    QObject::connect(f.db.get(), &Database::changed, [&](Changes what) { seen |= what; });
    MethodicalMaterial m = f.material({f.aksenova, f.borisov}, QStringLiteral("  Урок   физики "));
    m.type = QStringLiteral("Конспект урока");
    m.competenceArea = QStringLiteral("предметные");
    m.location = QStringLiteral(" https://sferum.ru/?p=messages&join=abc ");
    m.approvalLevel = QStringLiteral("муниципальный");
    m.approvedOn = QDate(2025, 1, 10);
    REQUIRE(f.materials.insert(m).ok());
    CHECK(seen.testFlag(Change::Materials));
    const auto back = f.materials.find(m.id);
    REQUIRE(back);
    CHECK(back->title == QStringLiteral("Урок физики"));
    CHECK(back->authorIds == (QVector<qint64>{f.aksenova, f.borisov})); // in the order given
    CHECK(back->orgUnitId == f.schoolA); // the first author's, on the approval date
    CHECK(back->type == QStringLiteral("lesson_plan"));
    CHECK(back->competenceArea == QStringLiteral("subject"));
    CHECK(back->location == QStringLiteral("https://sferum.ru/?p=messages&join=abc"));
    CHECK(back->approvalLevel == QStringLiteral("municipal"));
    CHECK(back->date() == QDate(2025, 1, 10));
    CHECK(back->uuid.size() == 36);

    auto refusedWith = [&](MethodicalMaterial candidate, const QStringList& mentions) {
        refused(f.materials.insert(candidate).status(), mentions);
    };
    refusedWith(f.material({f.aksenova}, QStringLiteral("  ")), {});
    refusedWith(f.material({}, QStringLiteral("Без автора")), {QStringLiteral("Без автора")});
    refusedWith(f.material({f.aksenova, 4242}), {QStringLiteral("4242")});
    refusedWith(f.material({f.aksenova, f.borisov, f.aksenova}), {QStringLiteral("Аксёнова")});
    MethodicalMaterial badType = f.material({f.aksenova});
    badType.type = QStringLiteral("поэма");
    refusedWith(badType, {QStringLiteral("поэма")});
    MethodicalMaterial badArea = f.material({f.aksenova});
    badArea.competenceArea = QStringLiteral("кулинарные");
    refusedWith(badArea, {QStringLiteral("кулинарные")});
    for (const char* link : {"htp://sferum.ru/x", "ftp://files.school.ru/plan.docx", "www.school.ru/plan.docx", "https://",
                             "mailto:school@example.ru", "https:// sferum.ru"}) {
        MethodicalMaterial badLink = f.material({f.aksenova});
        badLink.location = QString::fromUtf8(link);
        refusedWith(badLink, {QString::fromUtf8(link)});
    }
    MethodicalMaterial badLevel = f.material({f.aksenova});
    badLevel.approvalLevel = QStringLiteral("галактический");
    refusedWith(badLevel, {QStringLiteral("галактический")});
    MethodicalMaterial dateOnly = f.material({f.aksenova});
    dateOnly.approvedOn = QDate(2025, 1, 10);
    refusedWith(dateOnly, {QStringLiteral("10.01.2025")});
    MethodicalMaterial future = f.material({f.aksenova});
    future.approvalLevel = QStringLiteral("school");
    future.approvedOn = QDate(2025, 3, 16);
    refusedWith(future, {QStringLiteral("16.03.2025")});
    // The first author works nowhere; a unit given must be one where an author works.
    refusedWith(f.material({f.nikitina, f.borisov}), {QStringLiteral("Никитина"), QStringLiteral("15.03.2025")});
    MethodicalMaterial elsewhere = f.material({f.aksenova});
    elsewhere.orgUnitId = f.schoolC;
    refusedWith(elsewhere, {QStringLiteral("Школа В"), QStringLiteral("15.03.2025")});

    // Passing cases: file paths and links of every spelling, an approval level without a date,
    // a unit given where the second author works.
    for (const char* location : {"", "C:\\Материалы\\урок.docx", "материалы/урок.pptx", "HTTPS://Example.ru/plan", "http://школа.рф/x"}) {
        MethodicalMaterial fine = f.material({f.aksenova});
        fine.location = QString::fromUtf8(location);
        INFO(location);
        f.stored(fine);
    }
    MethodicalMaterial levelOnly = f.material({f.borisov});
    levelOnly.approvalLevel = QStringLiteral("school");
    CHECK(f.materials.find(f.stored(levelOnly))->date() == QDate(2025, 3, 15)); // the day it was recorded
    MethodicalMaterial shared = f.material({f.nikitina, f.borisov});
    shared.orgUnitId = f.schoolB;
    const qint64 sharedId = f.stored(shared);
    CHECK(f.materials.materialsOf(f.nikitina).size() == 1);

    // Updates keep the rules and replace the authors; the unit is kept unless cleared.
    MethodicalMaterial changed = *f.materials.find(m.id);
    changed.authorIds = {f.borisov};
    refused(f.materials.update(changed), {QStringLiteral("Школа А")});
    changed.orgUnitId = 0;
    REQUIRE(f.materials.update(changed).ok());
    CHECK(f.materials.find(m.id)->orgUnitId == f.schoolB);
    CHECK(f.materials.find(m.id)->authorIds == QVector<qint64>{f.borisov});
    CHECK(f.materials.materialsOf(f.aksenova).size() == 5); // the five of the passing cases
    changed.approvalLevel.clear();
    refused(f.materials.update(changed), {QStringLiteral("10.01.2025")});
    changed.id = 4242;
    refused(f.materials.update(changed), {QStringLiteral("4242")});

    // Deleting takes its author links with it, explicitly.
    REQUIRE(f.materials.remove(sharedId).ok());
    CHECK(f.materials.materialsOf(f.nikitina).isEmpty());
    QSqlQuery q(f.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM material_author WHERE material_id = %1").arg(sharedId)));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    q.finish();
    refused(f.materials.remove(sharedId), {QString::number(sharedId)});
}

TEST_CASE("the materials of a subtree by their date, and an author's history", "[material]")
{
    // m1: Аксёнова (A), approved 10.01.2025; m2: Аксёнова with Борисов, not approved, recorded
    // today (15.03.2025); m3: Борисов (B), approved 20.05.2024. Academic year 2024/25 in the
    // district: m1, m2; without bounds: m3, m1, m2; school B: m3 only (m2 is Аксёнова's first).
    Fixture f;
    MethodicalMaterial m1 = f.material({f.aksenova}, QStringLiteral("Программа кружка робототехники"));
    m1.type = QStringLiteral("programme");
    m1.approvalLevel = QStringLiteral("municipal");
    m1.approvedOn = QDate(2025, 1, 10);
    MethodicalMaterial m2 = f.material({f.aksenova, f.borisov}, QStringLiteral("Видеоурок по химии"));
    m2.type = QStringLiteral("video");
    MethodicalMaterial m3 = f.material({f.borisov}, QStringLiteral("Статья о наставничестве"));
    m3.type = QStringLiteral("article");
    m3.approvalLevel = QStringLiteral("regional");
    m3.approvedOn = QDate(2024, 5, 20);
    for (MethodicalMaterial* m : {&m1, &m2, &m3})
        REQUIRE(f.materials.insert(*m).ok());
    CHECK(m2.orgUnitId == f.schoolA); // insert() fills in the caller's record

    const QDate from(2024, 9, 1), to(2025, 8, 31);
    CHECK(ids(f.materials.list(f.municipality, from, to)) == (QVector<qint64>{m1.id, m2.id}));
    CHECK(ids(f.materials.list(f.municipality, QDate(), QDate())) == (QVector<qint64>{m3.id, m1.id, m2.id}));
    CHECK(ids(f.materials.list(f.schoolB, QDate(), QDate())) == QVector<qint64>{m3.id});
    CHECK(f.materials.list(f.schoolB, from, to).isEmpty());
    CHECK(f.materials.list(f.otherMunicipality, QDate(), QDate()).isEmpty());
    CHECK(ids(f.materials.list(f.region, QDate(2025, 3, 15), QDate(2025, 3, 15))) == QVector<qint64>{m2.id});

    const QVector<HistoryEntry> his = f.materials.historyOf(f.borisov);
    REQUIRE(his.size() == 2);
    CHECK(his.at(0).date == QDate(2024, 5, 20));
    CHECK(his.at(0).summary.contains(QStringLiteral("Статья о наставничестве")));
    CHECK(his.at(1).date == QDate(2025, 3, 15));
    CHECK(his.at(1).summary.contains(QStringLiteral("Аксёнова"))); // his co-author
    CHECK(his.at(1).uuid == m2.uuid);

    // On her card: the job of 2010, then m1, then m2.
    const QVector<HistoryEntry> card = PersonHistory::of(*f.db, f.aksenova);
    REQUIRE(card.size() == 3);
    CHECK(card.at(0).date == QDate(2010, 9, 1));
    CHECK(card.at(1).uuid == m1.uuid);
    CHECK(card.at(2).uuid == m2.uuid);
}
