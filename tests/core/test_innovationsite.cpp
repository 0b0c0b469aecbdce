// Innovation sites: an organisation, a level, a topic and a period; no two sites of one level
// at once; the subtree's sites on a date. On the tree of recordtree.h (today is 15.03.2025).
#include "recordtree.h"
#include "storage/innovationsiterepository.h"

namespace {

InnovationSite site(qint64 unitId, const QString& level, const QDate& start, const QDate& end = {},
                    const QString& topic = QStringLiteral("Функциональная грамотность"))
{
    return InnovationSite{.orgUnitId = unitId, .level = level, .topic = topic, .start = start, .end = end};
}

QVector<qint64> ids(const QVector<InnovationSite>& list)
{
    QVector<qint64> result;
    for (const InnovationSite& s : list)
        result.append(s.id);
    return result;
}

} // namespace

TEST_CASE("an innovation site is an organisation's, of a level, on a topic, over a period", "[innovationsite]")
{
    RecordTree t;
    InnovationSiteRepository sites(*t.db);
    Changes seen;
    QObject::connect(t.db.get(), &Database::changed, [&](Changes what) { seen |= what; });
    InnovationSite regional = site(t.schoolA, QStringLiteral("Региональная"), QDate(2023, 9, 1), QDate(2025, 8, 31),
                                   QStringLiteral("  Цифровая   школа "));
    REQUIRE(sites.insert(regional).ok());
    CHECK(seen.testFlag(Change::InnovationSites));
    const auto back = sites.find(regional.id);
    REQUIRE(back);
    CHECK(back->level == QStringLiteral("regional"));
    CHECK(back->topic == QStringLiteral("Цифровая школа"));
    CHECK(back->end == QDate(2025, 8, 31));
    CHECK(back->uuid.size() == 36);

    auto refusedWith = [&](InnovationSite candidate, const QStringList& mentions) {
        refused(sites.insert(candidate).status(), mentions);
    };
    const QDate start(2023, 9, 1);
    refusedWith(site(0, QStringLiteral("regional"), start), {});
    refusedWith(site(4242, QStringLiteral("regional"), start), {QStringLiteral("4242")});
    refusedWith(site(t.municipality, QStringLiteral("municipal"), start), {QStringLiteral("Район")});
    refusedWith(site(t.schoolB, QStringLiteral("школьная"), start), {QStringLiteral("школьная")});
    refusedWith(site(t.schoolB, QString(), start), {});
    refusedWith(site(t.schoolB, QStringLiteral("federal"), start, {}, QStringLiteral("  ")), {});
    refusedWith(site(t.schoolB, QStringLiteral("federal"), QDate()), {});
    refusedWith(site(t.schoolB, QStringLiteral("federal"), start, QDate(2023, 8, 31)),
                {QStringLiteral("31.08.2023"), QStringLiteral("01.09.2023")});
    // Two regional sites of one school at once: not even for one day.
    refusedWith(site(t.schoolA, QStringLiteral("regional"), QDate(2025, 1, 1), {}, QStringLiteral("Инженерный класс")),
                {QStringLiteral("Школа А"), QStringLiteral("Цифровая школа")});
    refusedWith(site(t.schoolA, QStringLiteral("regional"), QDate(2025, 8, 31)), {QStringLiteral("Школа А")});
    refusedWith(site(t.schoolA, QStringLiteral("regional"), QDate(2022, 9, 1), QDate(2023, 9, 1)), {QStringLiteral("Школа А")});

    // Passing cases: another level at once, the same level after the end or before the start,
    // another school at once.
    InnovationSite municipal = site(t.schoolA, QStringLiteral("муниципальная"), QDate(2024, 1, 1));
    REQUIRE(sites.insert(municipal).ok());
    CHECK(municipal.level == QStringLiteral("municipal"));
    InnovationSite next = site(t.schoolA, QStringLiteral("regional"), QDate(2025, 9, 1), {}, QStringLiteral("Инженерный класс"));
    REQUIRE(sites.insert(next).ok());
    InnovationSite before = site(t.schoolA, QStringLiteral("regional"), QDate(2021, 9, 1), QDate(2023, 8, 31));
    REQUIRE(sites.insert(before).ok());
    InnovationSite other = site(t.schoolB, QStringLiteral("regional"), QDate(2024, 9, 1));
    REQUIRE(sites.insert(other).ok());
    // An open-ended site holds its level for good.
    refusedWith(site(t.schoolA, QStringLiteral("municipal"), QDate(2030, 1, 1)), {QStringLiteral("Школа А")});

    // Updates keep the rules; saving a site unchanged does not collide with itself.
    REQUIRE(sites.update(regional).ok());
    regional.end = QDate(2025, 9, 1);
    refused(sites.update(regional), {QStringLiteral("Инженерный класс")});
    CHECK(sites.find(regional.id)->end == QDate(2025, 8, 31));
    regional.end = QDate(2025, 6, 30);
    regional.topic = QStringLiteral("Цифровая образовательная среда");
    REQUIRE(sites.update(regional).ok());
    CHECK(sites.find(regional.id)->topic == QStringLiteral("Цифровая образовательная среда"));
    InnovationSite missing = site(t.schoolC, QStringLiteral("federal"), start);
    missing.id = 4242;
    refused(sites.update(missing), {QStringLiteral("4242")});

    CHECK(ids(sites.sitesOf(t.schoolA)) == (QVector<qint64>{before.id, regional.id, municipal.id, next.id}));
    REQUIRE(sites.remove(before.id).ok());
    CHECK_FALSE(sites.find(before.id));
    refused(sites.remove(before.id), {QString::number(before.id)});
}

TEST_CASE("the sites of a subtree working on a date", "[innovationsite]")
{
    // On 15.03.2025: A is a regional site (2023–2025) and a municipal one (since 2024); B's
    // federal site ended on 31.12.2024; C has been a municipal site since 2025.
    RecordTree t;
    InnovationSiteRepository sites(*t.db);
    InnovationSite a1 = site(t.schoolA, QStringLiteral("regional"), QDate(2023, 9, 1), QDate(2025, 8, 31));
    InnovationSite a2 = site(t.schoolA, QStringLiteral("municipal"), QDate(2024, 1, 1));
    InnovationSite b1 = site(t.schoolB, QStringLiteral("federal"), QDate(2022, 1, 1), QDate(2024, 12, 31));
    InnovationSite c1 = site(t.schoolC, QStringLiteral("municipal"), QDate(2025, 1, 1));
    for (InnovationSite* s : {&a1, &a2, &b1, &c1})
        REQUIRE(sites.insert(*s).ok());

    const QDate today(2025, 3, 15);
    CHECK(ids(sites.list(t.municipality, today)) == (QVector<qint64>{a1.id, a2.id}));
    CHECK(ids(sites.list(t.region, today)) == (QVector<qint64>{a1.id, a2.id, c1.id}));
    CHECK(ids(sites.list(t.otherMunicipality, today)) == QVector<qint64>{c1.id});
    CHECK(sites.list(t.schoolB, today).isEmpty());
    CHECK(ids(sites.list(t.schoolB, QDate(2024, 12, 31))) == QVector<qint64>{b1.id});
    CHECK(ids(sites.list(t.region)) == (QVector<qint64>{b1.id, a1.id, a2.id, c1.id}));
    CHECK(sites.list(t.region, QDate(2021, 12, 31)).isEmpty());
}
