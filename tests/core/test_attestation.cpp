// Attestations: rules, validity from the dated rule, the person's category, lists and history.
#include "recordtree.h"
#include "storage/attestationrepository.h"
#include "storage/rulebook.h"

namespace {

struct Fixture : RecordTree {
    AttestationRepository attestations{*db};
    qint64 teacher = person("Кузнецова", "Анна", QDate(2010, 9, 1), schoolA, QDate(2010, 9, 1));

    Attestation granted(const QDate& date, const char* category, qint64 personId = 0)
    {
        return {.personId = personId ? personId : teacher, .date = date, .category = QString::fromUtf8(category),
                .outcome = AttestationOutcome::granted()};
    }
    Attestation refusal(const QDate& date, const char* category)
    {
        return {.personId = teacher, .date = date, .category = QString::fromUtf8(category), .outcome = AttestationOutcome::refused()};
    }
    qint64 stored(Attestation a)
    {
        const auto id = attestations.insert(a);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
        return *id;
    }
    // The person's category, its grant date and expiry, as "code granted expires".
    QString category(qint64 personId = 0)
    {
        const Person p = *persons.find(personId ? personId : teacher);
        return QStringLiteral("%1 %2 %3").arg(p.category, p.categoryGranted.toString(Qt::ISODate), p.categoryExpires.toString(Qt::ISODate)).trimmed();
    }
    // A person whose category (set by hand) expires on the date.
    qint64 holder(const char* last, qint64 unitId, const char* category, const QDate& expires, const QDate& leaves = {})
    {
        const qint64 id = person(last, "Ия", QDate(2000, 9, 1), unitId, QDate(2000, 9, 1), leaves);
        Person p = *persons.find(id);
        p.category = QString::fromLatin1(category);
        if (p.category != u"none") {
            p.categoryGranted = expires.addYears(-5);
            p.categoryExpires = expires;
        }
        REQUIRE(persons.update(p).ok());
        return id;
    }
};

} // namespace

TEST_CASE("an attestation is stored with its organisation and the validity in force on its date", "[attestation]")
{
    Fixture f;
    Changes seen;
    QObject::connect(f.db.get(), &Database::changed, [&](Changes c) { seen |= c; });
    // The seeded rule: five years.
    Attestation a = f.granted(QDate(2023, 3, 1), "первая");
    REQUIRE(f.attestations.insert(a).ok());
    CHECK(a.uuid.size() == 36);
    const auto back = f.attestations.find(a.id);
    REQUIRE(back);
    CHECK(back->unitId == f.schoolA);
    CHECK(back->category == QStringLiteral("first"));
    CHECK(back->validUntil == QDate(2028, 3, 1));
    CHECK(seen.testFlag(Change::Attestation));
    CHECK(seen.testFlag(Change::Persons)); // the person's category changed with it

    // A new order: seven years for categories granted from 01.09.2024. The repository made before it sees it.
    REQUIRE(RuleBook(*f.db).add({Rule::CategoryValidityYears, QDate(2024, 9, 1), 7, QStringLiteral("новый порядок аттестации")}).ok());
    CHECK(f.attestations.find(f.stored(f.granted(QDate(2024, 8, 31), "высшая")))->validUntil == QDate(2029, 8, 31));
    CHECK(f.attestations.find(f.stored(f.granted(QDate(2025, 1, 10), "высшая")))->validUntil == QDate(2032, 1, 10));
    // A validity given is kept.
    Attestation given = f.granted(QDate(2025, 1, 11), "педагог-наставник");
    given.validUntil = QDate(2030, 1, 10);
    CHECK(f.attestations.find(f.stored(given))->validUntil == QDate(2030, 1, 10));
    CHECK(f.category() == QStringLiteral("mentor 2025-01-11 2030-01-10"));
}

TEST_CASE("attestation rules each give their message", "[attestation]")
{
    Fixture f;
    const QString name = f.name(f.teacher);
    Attestation a = f.granted(QDate(2025, 3, 15), "первая"); // today: allowed
    SECTION("the person exists and works at the unit on the date") {
        a.personId = 4242;
        refused(f.attestations.insert(a).status(), {QStringLiteral("4242")});
        a.personId = f.teacher;
        a.date = QDate(2010, 8, 31); // before her employment
        refused(f.attestations.insert(a).status(), {name, QStringLiteral("31.08.2010")});
        a.date = QDate(2010, 9, 1);
        a.unitId = f.schoolB;
        refused(f.attestations.insert(a).status(), {name, QStringLiteral("Школа Б")});
        a.unitId = f.schoolA;
        CHECK(f.attestations.insert(a).ok());
    }
    SECTION("the date is given and not in the future") {
        a.date = QDate();
        refused(f.attestations.insert(a).status(), {});
        a.date = QDate(2025, 3, 16);
        refused(f.attestations.insert(a).status(), {QStringLiteral("16.03.2025")});
        a.date = QDate(2025, 3, 15);
        CHECK(f.attestations.insert(a).ok());
    }
    SECTION("the category sought is a real one, not none") {
        a.category = QStringLiteral("наивысшая");
        refused(f.attestations.insert(a).status(), {QStringLiteral("наивысшая")});
        a.category = QStringLiteral("none");
        refused(f.attestations.insert(a).status(), {});
        a.category = QStringLiteral("б/к");
        refused(f.attestations.insert(a).status(), {});
        a.category = QStringLiteral("СЗД");
        REQUIRE(f.attestations.insert(a).ok());
        CHECK(a.category == QStringLiteral("conformity"));
    }
    SECTION("the outcome is granted or refused") {
        a.outcome = QStringLiteral("pending");
        refused(f.attestations.insert(a).status(), {QStringLiteral("pending")});
        a.outcome = AttestationOutcome::refused();
        REQUIRE(f.attestations.insert(a).ok());
        CHECK_FALSE(f.attestations.find(a.id)->validUntil.isValid());
    }
    SECTION("a validity date only when granted, and after the date") {
        Attestation no = f.refusal(QDate(2025, 3, 1), "высшая");
        no.validUntil = QDate(2030, 3, 1);
        refused(f.attestations.insert(no).status(), {});
        a.validUntil = QDate(2025, 3, 15);
        refused(f.attestations.insert(a).status(), {QStringLiteral("15.03.2025")});
        a.validUntil = QDate(2025, 3, 16);
        CHECK(f.attestations.insert(a).ok());
    }
    SECTION("update and remove of a missing attestation") {
        a.id = 77;
        refused(f.attestations.update(a), {QStringLiteral("77")});
        refused(f.attestations.remove(77), {QStringLiteral("77")});
    }
}

TEST_CASE("the person's category follows their latest granted attestation", "[attestation]")
{
    Fixture f;
    CHECK(f.category() == QStringLiteral("none"));
    const qint64 first = f.stored(f.granted(QDate(2020, 3, 1), "первая"));
    CHECK(f.category() == QStringLiteral("first 2020-03-01 2025-03-01"));
    f.stored(f.refusal(QDate(2024, 2, 1), "высшая"));        // refused: nothing changes
    CHECK(f.category() == QStringLiteral("first 2020-03-01 2025-03-01"));
    f.stored(f.granted(QDate(2018, 1, 10), "соответствие занимаемой должности")); // older: nothing changes
    CHECK(f.category() == QStringLiteral("first 2020-03-01 2025-03-01"));
    const qint64 latest = f.stored(f.granted(QDate(2025, 2, 1), "высшая"));
    CHECK(f.category() == QStringLiteral("highest 2025-02-01 2030-02-01"));

    // Corrected to refused: the person's category comes from the latest granted one again.
    Attestation corrected = *f.attestations.find(latest);
    corrected.outcome = AttestationOutcome::refused();
    corrected.validUntil = QDate();
    REQUIRE(f.attestations.update(corrected).ok());
    CHECK(f.category() == QStringLiteral("first 2020-03-01 2025-03-01"));
    // The attestation of 2020 entered by mistake: the one of 2018 is the latest granted.
    REQUIRE(f.attestations.remove(first).ok());
    CHECK(f.category() == QStringLiteral("conformity 2018-01-10 2023-01-10"));
    // The last granted attestation removed: the category it gave goes with it.
    const qint64 older = f.attestations.attestationsOf(f.teacher).at(0).id; // 10.01.2018, the only granted one left
    REQUIRE(f.attestations.remove(older).ok());
    CHECK(f.category() == QStringLiteral("none"));

    // A category entered on the person with a later grant date is not overwritten by an older attestation.
    const qint64 petrov = f.holder("Петров", f.schoolA, "highest", QDate(2029, 5, 1)); // granted 01.05.2024
    f.stored(f.granted(QDate(2023, 1, 1), "первая", petrov));
    CHECK(f.category(petrov) == QStringLiteral("highest 2024-05-01 2029-05-01"));
    f.stored(f.granted(QDate(2024, 6, 1), "педагог-методист", petrov));
    CHECK(f.category(petrov) == QStringLiteral("methodist 2024-06-01 2029-06-01"));
}

TEST_CASE("categories expiring within months, for a subtree", "[attestation]")
{
    Fixture f;
    const QDate today(2025, 3, 15);
    // Within 6 months of 15.03.2025 = from 15.03.2025 to 15.09.2025, both included.
    f.holder("Андреева", f.schoolA, "first", QDate(2025, 3, 14));                         // expired the day before
    const qint64 borisova = f.holder("Борисова", f.schoolA, "highest", QDate(2025, 3, 15)); // expires today: listed
    const qint64 vasina = f.holder("Васина", f.schoolB, "first", QDate(2025, 9, 15));      // the last day: listed
    f.holder("Галкина", f.schoolA, "first", QDate(2025, 9, 16));                          // a day too late
    f.holder("Данилова", f.schoolA, "conformity", QDate(2025, 6, 1), QDate(2025, 1, 31)); // left the school
    const qint64 egorova = f.holder("Егорова", f.schoolC, "first", QDate(2025, 5, 1));     // another municipality
    f.holder("Жданова", f.schoolA, "none", QDate());                                     // no category

    auto ids = [](const QVector<ExpiringCategory>& list) {
        QVector<qint64> result;
        for (const ExpiringCategory& e : list)
            result.append(e.personId);
        return result;
    };
    const auto municipality = f.attestations.expiringWithin(f.municipality, today, 6);
    CHECK(ids(municipality) == QVector<qint64>{borisova, vasina});
    REQUIRE(municipality.size() == 2);
    CHECK(municipality.at(0).category == QStringLiteral("highest"));
    CHECK(municipality.at(0).expires == QDate(2025, 3, 15));
    CHECK(ids(f.attestations.expiringWithin(f.region, today, 6)) == QVector<qint64>{borisova, egorova, vasina});
    CHECK(ids(f.attestations.expiringWithin(f.schoolB, today, 6)) == QVector<qint64>{vasina});
    CHECK(ids(f.attestations.expiringWithin(f.municipality, today, 0)) == QVector<qint64>{borisova});
    // Kuznetsova's category, granted by an attestation, counts the same way.
    f.stored(f.granted(QDate(2020, 6, 1), "первая"));
    CHECK(ids(f.attestations.expiringWithin(f.municipality, today, 3)) == QVector<qint64>{borisova, f.teacher});
}

TEST_CASE("attestations of a subtree and period, of a person, and the person's history", "[attestation]")
{
    Fixture f;
    const qint64 other = f.person("Тихонова", "Ольга", QDate(2015, 9, 1), f.schoolC, QDate(2015, 9, 1));
    const qint64 a2024 = f.stored(f.granted(QDate(2024, 4, 10), "высшая"));
    const qint64 a2021 = f.stored(f.granted(QDate(2021, 12, 1), "первая"));
    const qint64 refused2024 = f.stored(f.refusal(QDate(2024, 1, 20), "педагог-методист"));
    const qint64 otherOne = f.stored(f.granted(QDate(2024, 5, 5), "первая", other));

    auto ids = [](const QVector<Attestation>& list) {
        QVector<qint64> result;
        for (const Attestation& a : list)
            result.append(a.id);
        return result;
    };
    CHECK(ids(f.attestations.list(f.municipality, QDate(2024, 1, 1), QDate(2024, 12, 31))) == QVector<qint64>{refused2024, a2024});
    CHECK(ids(f.attestations.list(f.region, QDate(2024, 1, 1), QDate(2024, 12, 31))) == QVector<qint64>{refused2024, a2024, otherOne});
    CHECK(ids(f.attestations.list(f.region, {}, QDate(2024, 1, 20))) == QVector<qint64>{a2021, refused2024});
    CHECK(ids(f.attestations.list(f.schoolC, {}, {})) == QVector<qint64>{otherOne});
    CHECK(ids(f.attestations.attestationsOf(f.teacher)) == QVector<qint64>{a2021, refused2024, a2024});

    const auto history = f.attestations.historyOf(f.teacher);
    REQUIRE(history.size() == 3);
    CHECK(history.at(0).date == QDate(2021, 12, 1));
    CHECK(history.at(0).summary.contains(QStringLiteral("первая")));
    CHECK(history.at(0).summary.contains(QStringLiteral("01.12.2026")));
    CHECK(history.at(1).date == QDate(2024, 1, 20));
    CHECK(history.at(1).summary.contains(QStringLiteral("педагог-методист")));
    CHECK(history.at(1).uuid == f.attestations.find(refused2024)->uuid);
    CHECK(history.at(2).summary.contains(QStringLiteral("10.04.2029")));
    CHECK_FALSE(history.at(2).kind.isEmpty());
    CHECK(history.at(0).summary != history.at(1).summary);
}
