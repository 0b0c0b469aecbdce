// Targeted consultations: rules, the persons consulted, K19 (consultations held for a subtree's
// persons, each counted once), lists and history. On the tree of recordtree.h with a
// methodical centre in the district (today is 15.03.2025).
#include "recordtree.h"
#include "storage/consultationrepository.h"
#include "storage/personhistory.h"

#include <QSqlQuery>

namespace {

// The tree of recordtree.h, a methodical centre (МЦ) in the district and its methodist.
struct Fixture : RecordTree {
    ConsultationRepository consultations{*db};
    qint64 centre = unit(municipality, UnitLevel::Organisation, "MC", "Методический центр");
    qint64 methodist = person("Морозова", "Мария", QDate(2000, 9, 1), centre, QDate(2010, 9, 1));

    Consultation consultation(const QDate& date, const QString& form, const QVector<qint64>& persons)
    {
        return Consultation{.methodistId = methodist, .date = date, .topic = QStringLiteral("Формирующее оценивание"),
                            .form = form, .personIds = persons};
    }

    qint64 stored(Consultation c)
    {
        const auto id = consultations.insert(c);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
        return *id;
    }
};

QVector<qint64> ids(const QVector<Consultation>& list)
{
    QVector<qint64> result;
    for (const Consultation& c : list)
        result.append(c.id);
    return result;
}

int links(Database& db, qint64 consultationId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM consultation_person WHERE consultation_id = ?"));
    q.addBindValue(consultationId);
    const int n = q.exec() && q.next() ? q.value(0).toInt() : -1;
    q.finish();
    return n;
}

} // namespace

TEST_CASE("a consultation has a methodist, a topic, a form and the persons consulted", "[consultation]")
{
    Fixture f;
    const qint64 ivanova = f.person("Иванова", "Ольга", QDate(2015, 9, 1), f.schoolA);
    const qint64 petrov = f.person("Петров", "Олег", QDate(2016, 9, 1), f.schoolB);
    const qint64 sidorova = f.person("Сидорова", "Инна", QDate(2017, 9, 1), f.schoolC);
    Changes seen;
    QObject::connect(f.db.get(), &Database::changed, [&](Changes what) { seen |= what; });

    Consultation c = f.consultation(QDate(2025, 2, 10), QStringLiteral("Индивидуальная"), {ivanova});
    c.topic = QStringLiteral("  Анализ   урока ");
    c.competenceArea = QStringLiteral("методические");
    REQUIRE(f.consultations.insert(c).ok());
    CHECK(seen.testFlag(Change::Consultations));
    const auto back = f.consultations.find(c.id);
    REQUIRE(back);
    CHECK(back->orgUnitId == f.centre); // the methodist's organisation on the date
    CHECK(back->form == QStringLiteral("individual"));
    CHECK(back->competenceArea == QStringLiteral("methodical"));
    CHECK(back->topic == QStringLiteral("Анализ урока"));
    CHECK(back->personIds == QVector<qint64>{ivanova});
    CHECK(back->uuid.size() == 36);

    auto refusedWith = [&](Consultation candidate, const QStringList& mentions) {
        refused(f.consultations.insert(candidate).status(), mentions);
    };
    const QDate day(2025, 2, 11);
    Consultation noMethodist = f.consultation(day, QStringLiteral("group"), {ivanova});
    noMethodist.methodistId = 4242;
    refusedWith(noMethodist, {QStringLiteral("4242")});
    refusedWith(f.consultation(QDate(), QStringLiteral("group"), {ivanova}), {});
    refusedWith(f.consultation(QDate(2025, 3, 16), QStringLiteral("group"), {ivanova}), {QStringLiteral("16.03.2025")});
    Consultation noTopic = f.consultation(day, QStringLiteral("group"), {ivanova});
    noTopic.topic = QStringLiteral("   ");
    refusedWith(noTopic, {});
    refusedWith(f.consultation(day, QStringLiteral("заочная"), {ivanova}), {QStringLiteral("заочная")});
    Consultation badArea = f.consultation(day, QStringLiteral("group"), {ivanova});
    badArea.competenceArea = QStringLiteral("кулинарные");
    refusedWith(badArea, {QStringLiteral("кулинарные")});
    refusedWith(f.consultation(day, QStringLiteral("group"), {}), {});
    refusedWith(f.consultation(day, QStringLiteral("group"), {ivanova, 4242}), {QStringLiteral("4242")});
    refusedWith(f.consultation(day, QStringLiteral("group"), {ivanova, f.methodist}), {QStringLiteral("Морозова")});
    refusedWith(f.consultation(day, QStringLiteral("group"), {ivanova, petrov, ivanova}), {QStringLiteral("Иванова")});
    refusedWith(f.consultation(day, QStringLiteral("individual"), {ivanova, petrov}), {QStringLiteral("2")});
    // The methodist worked nowhere before 01.09.2010; a unit given must be one where she works.
    refusedWith(f.consultation(QDate(2010, 8, 31), QStringLiteral("group"), {ivanova}),
                {QStringLiteral("Морозова"), QStringLiteral("31.08.2010")});
    Consultation elsewhere = f.consultation(day, QStringLiteral("group"), {ivanova});
    elsewhere.orgUnitId = f.schoolA;
    refusedWith(elsewhere, {QStringLiteral("Морозова"), QStringLiteral("Школа А")});

    // Passing cases of the same rules: a group of three from three schools, a group of one,
    // the unit given, today.
    const qint64 group = f.stored(f.consultation(day, QStringLiteral("групповая"), {ivanova, petrov, sidorova}));
    CHECK(f.consultations.find(group)->personIds.size() == 3);
    f.stored(f.consultation(day, QStringLiteral("group"), {petrov}));
    Consultation given = f.consultation(QDate(2025, 3, 15), QStringLiteral("individual"), {sidorova});
    given.orgUnitId = f.centre;
    f.stored(given);
    CHECK(ids(f.consultations.consultationsOf(petrov)).size() == 2);
    CHECK(f.consultations.byMethodist(f.methodist).size() == 4);

    // Updates keep the rules and replace the persons.
    Consultation changed = *f.consultations.find(c.id);
    changed.personIds = {ivanova, petrov};
    refused(f.consultations.update(changed), {QStringLiteral("2")});
    changed.personIds = {petrov};
    changed.form = QStringLiteral("individual");
    REQUIRE(f.consultations.update(changed).ok());
    CHECK(f.consultations.find(c.id)->personIds == QVector<qint64>{petrov});
    CHECK(ids(f.consultations.consultationsOf(ivanova)) == QVector<qint64>{group});
    CHECK(links(*f.db, c.id) == 1);
    changed.id = 4242;
    refused(f.consultations.update(changed), {QStringLiteral("4242")});

    // Deleting takes its links with it, explicitly.
    REQUIRE(f.consultations.remove(group).ok());
    CHECK(links(*f.db, group) == 0);
    CHECK_FALSE(f.consultations.find(group));
    CHECK(f.consultations.consultationsOf(ivanova).isEmpty());
    refused(f.consultations.remove(group), {QString::number(group)});
}

TEST_CASE("consultations held for a subtree's persons in a period, each counted once (K19)", "[consultation]")
{
    // Tree: R → H → M (A, B, МЦ), M2 (C). The methodist works at the МЦ. Persons:
    //   Аксёнова (A), Борисов (B), Волкова (C), Дёмина (A 1.0 and C 0.5: main in A),
    //   Егоров (A until 31.12.2024).
    // Consultations:
    //   k1 01.10.2024 Аксёнова                   → A
    //   k2 15.11.2024 Аксёнова, Борисов, Волкова  → A, B, C: a group from two districts
    //   k3 01.12.2024 Аксёнова, Дёмина           → A (twice, counted once)
    //   k4 20.01.2025 Дёмина                     → A (her main employment), not C
    //   k5 20.01.2025 Егоров                     → nowhere: he has left
    //   k6 20.08.2024 Борисов                    → B, but before the academic year 2024/25
    //   k7 20.11.2024 Егоров                     → A (still employed)
    // Academic year 2024/25: A = {k1, k2, k3, k4, k7} = 5, B = {k2} = 1, C = {k2} = 1, МЦ = 0
    // (the methodist's unit does not count), M = 5 (k2 once), M2 = 1, R = 5 (k2 once, though its
    // persons are in both districts: schools add up to 7, more than the region's 5, because a
    // group consultation counts for every school of its persons). Without bounds: R = 6, B = 2.
    Fixture f;
    const qint64 aksenova = f.person("Аксёнова", "Анна", QDate(2010, 9, 1), f.schoolA);
    const qint64 borisov = f.person("Борисов", "Борис", QDate(2010, 9, 1), f.schoolB);
    const qint64 volkova = f.person("Волкова", "Вера", QDate(2010, 9, 1), f.schoolC);
    const qint64 demina = f.person("Дёмина", "Дарья", QDate(2010, 9, 1), f.schoolA);
    Employment second{.personId = demina, .unitId = f.schoolC, .positionCode = QStringLiteral("teacher"), .rate = 0.5,
                      .start = QDate(2020, 9, 1)};
    REQUIRE(f.persons.addEmployment(second).ok());
    const qint64 egorov = f.person("Егоров", "Егор", QDate(2010, 9, 1), f.schoolA, QDate(2020, 9, 1), QDate(2024, 12, 31));

    const QString one = QStringLiteral("individual"), many = QStringLiteral("group");
    const qint64 k1 = f.stored(f.consultation(QDate(2024, 10, 1), one, {aksenova}));
    const qint64 k2 = f.stored(f.consultation(QDate(2024, 11, 15), many, {aksenova, borisov, volkova}));
    const qint64 k3 = f.stored(f.consultation(QDate(2024, 12, 1), many, {aksenova, demina}));
    const qint64 k4 = f.stored(f.consultation(QDate(2025, 1, 20), one, {demina}));
    const qint64 k5 = f.stored(f.consultation(QDate(2025, 1, 20), one, {egorov}));
    const qint64 k6 = f.stored(f.consultation(QDate(2024, 8, 20), one, {borisov}));
    const qint64 k7 = f.stored(f.consultation(QDate(2024, 11, 20), one, {egorov}));

    const QDate from(2024, 9, 1), to(2025, 8, 31);
    CHECK(f.consultations.count(f.schoolA, from, to) == 5);
    CHECK(f.consultations.count(f.schoolB, from, to) == 1);
    CHECK(f.consultations.count(f.schoolC, from, to) == 1);
    CHECK(f.consultations.count(f.centre, from, to) == 0);
    CHECK(f.consultations.count(f.municipality, from, to) == 5);
    CHECK(f.consultations.count(f.otherMunicipality, from, to) == 1);
    CHECK(f.consultations.count(f.region, from, to) == 5);
    CHECK(f.consultations.count(f.region, QDate(), QDate()) == 6);
    CHECK(f.consultations.count(f.schoolB, QDate(), QDate()) == 2);
    CHECK(f.consultations.count(f.region, QDate(2024, 11, 15), QDate(2024, 11, 15)) == 1);

    // The lists: what counts for the subtree, and what its own methodists held; by date.
    CHECK(ids(f.consultations.list(f.schoolA, from, to)) == (QVector<qint64>{k1, k2, k7, k3, k4}));
    CHECK(ids(f.consultations.list(f.schoolC, from, to)) == QVector<qint64>{k2});
    CHECK(ids(f.consultations.list(f.centre, from, to)) == (QVector<qint64>{k1, k2, k7, k3, k4, k5}));
    CHECK(ids(f.consultations.list(f.otherMunicipality, QDate(), QDate())) == QVector<qint64>{k2});
    CHECK(ids(f.consultations.list(f.schoolB, QDate(), QDate())) == (QVector<qint64>{k6, k2}));
    CHECK(f.consultations.list(f.schoolB, QDate(2025, 1, 1), to).isEmpty());
}

TEST_CASE("a person's consultations as methodist and as consulted, in date order", "[consultation]")
{
    Fixture f;
    const qint64 ivanova = f.person("Иванова", "Ольга", QDate(2015, 9, 1), f.schoolA, QDate(2015, 9, 1));
    const qint64 petrov = f.person("Петров", "Олег", QDate(2016, 9, 1), f.schoolB);
    Consultation later = f.consultation(QDate(2025, 2, 3), QStringLiteral("group"), {ivanova, petrov});
    later.topic = QStringLiteral("Проектная деятельность");
    later.competenceArea = QStringLiteral("project");
    REQUIRE(f.consultations.insert(later).ok());
    f.stored(f.consultation(QDate(2024, 11, 5), QStringLiteral("individual"), {ivanova}));

    const QVector<HistoryEntry> hers = f.consultations.historyOf(ivanova);
    REQUIRE(hers.size() == 2);
    CHECK(hers.at(0).date == QDate(2024, 11, 5));
    CHECK(hers.at(0).summary.contains(QStringLiteral("Формирующее оценивание")));
    CHECK(hers.at(0).summary.contains(QStringLiteral("Морозова")));
    CHECK(hers.at(1).date == QDate(2025, 2, 3));
    CHECK(hers.at(1).summary.contains(QStringLiteral("Проектная деятельность")));
    CHECK(hers.at(1).uuid == later.uuid);

    const QVector<HistoryEntry> methodists = f.consultations.historyOf(f.methodist);
    REQUIRE(methodists.size() == 2);
    CHECK(methodists.at(0).date == QDate(2024, 11, 5));
    CHECK(methodists.at(1).summary.contains(QStringLiteral("Иванова")));
    CHECK(methodists.at(1).summary.contains(QStringLiteral("Петров")));

    // On her card, after her employment.
    const QVector<HistoryEntry> card = PersonHistory::of(*f.db, ivanova);
    REQUIRE(card.size() == 3);
    CHECK(card.at(0).date == QDate(2015, 9, 1));
    CHECK(card.at(2).date == QDate(2025, 2, 3));
}
