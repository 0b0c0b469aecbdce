// The risk register: the rules of a risk, the status lifecycle, a subtree's list by status.
// The risks are those of seed 004 (Поронайск).
#include "recordtree.h"
#include "storage/riskrepository.h"

namespace {

Risk risk(qint64 unitId, const char* description, const QDate& identified = QDate(2024, 9, 2))
{
    Risk r;
    r.orgUnitId = unitId;
    r.description = QString::fromUtf8(description);
    r.identifiedOn = identified;
    return r;
}

} // namespace

TEST_CASE("a risk is checked, stored, updated and deleted", "[risk]")
{
    RecordTree t; // today is 15.03.2025
    RiskRepository risks(*t.db);
    const qint64 orlova = t.person("Орлова", "Анна", QDate(2010, 9, 1), t.schoolA);

    Changes seen;
    QObject::connect(t.db.get(), &Database::changed, [&](Changes what) { seen |= what; });
    Risk r = risk(t.municipality, "  Отказ от составления ИОМ,   программ наставничества ");
    r.prevention = QStringLiteral("Психологические тренинги, объяснение значимости, примеры лучших практик");
    r.ownerText = QStringLiteral(" МКМС ");
    REQUIRE(risks.insert(r).ok());
    CHECK(seen.testFlag(Change::Risks));
    auto back = risks.find(r.id);
    REQUIRE(back);
    CHECK(back->description == QStringLiteral("Отказ от составления ИОМ, программ наставничества"));
    CHECK(back->ownerText == QStringLiteral("МКМС"));
    CHECK(back->status == QStringLiteral("open"));
    CHECK(back->identifiedOn == QDate(2024, 9, 2));
    CHECK(!back->uuid.isEmpty());

    auto refusedRisk = [&](Risk candidate, const QStringList& mentions) { refused(risks.insert(candidate).status(), mentions); };
    refusedRisk(risk(t.schoolA, "   "), {});
    refusedRisk(risk(0, "Формальный подход к исполнению ИОМ"), {});
    refusedRisk(risk(4242, "Формальный подход к исполнению ИОМ"), {QStringLiteral("4242")});
    Risk both = risk(t.schoolA, "Формальный подход к исполнению ИОМ");
    both.ownerId = orlova;
    both.ownerText = QStringLiteral("завуч");
    refusedRisk(both, {QStringLiteral("завуч")});
    Risk ghost = risk(t.schoolA, "Формальный подход к исполнению ИОМ");
    ghost.ownerId = 4242;
    refusedRisk(ghost, {QStringLiteral("4242")});
    Risk odd = risk(t.schoolA, "Формальный подход к исполнению ИОМ");
    odd.status = QStringLiteral("забыт");
    refusedRisk(odd, {QStringLiteral("забыт")});
    refusedRisk(risk(t.schoolA, "Формальный подход к исполнению ИОМ", QDate()), {});
    refusedRisk(risk(t.schoolA, "Формальный подход к исполнению ИОМ", QDate(2025, 3, 16)), {QStringLiteral("16.03.2025")});

    // Passing cases: an owner who is a person, a status by its Russian name, identified today.
    Risk owned = risk(t.schoolA, "Формальный подход к исполнению ИОМ", QDate(2025, 3, 15));
    owned.ownerId = orlova;
    owned.status = QStringLiteral("Снижен");
    REQUIRE(risks.insert(owned).ok());
    CHECK(risks.find(owned.id)->status == QStringLiteral("mitigated"));

    r.prevention = QStringLiteral("Индивидуальная и групповая работа");
    REQUIRE(risks.update(r).ok());
    CHECK(risks.find(r.id)->prevention == QStringLiteral("Индивидуальная и групповая работа"));
    r.description.clear();
    refused(risks.update(r), {});
    Risk missing = risk(t.schoolA, "Риск");
    missing.id = 4242;
    refused(risks.update(missing), {QStringLiteral("4242")});

    REQUIRE(risks.remove(owned.id).ok());
    CHECK_FALSE(risks.find(owned.id));
    refused(risks.remove(owned.id), {QString::number(owned.id)});
}

TEST_CASE("a risk's status follows its lifecycle", "[risk]")
{
    RecordTree t;
    RiskRepository risks(*t.db);
    auto fresh = [&](const char* description) {
        Risk r = risk(t.municipality, description);
        REQUIRE(risks.insert(r).ok());
        return r.id;
    };
    auto statusOf = [&](qint64 id) { return risks.find(id)->status; };

    // Every allowed change: open → mitigated → open → occurred → closed → open → closed;
    // open → closed; mitigated → occurred; mitigated → closed.
    const qint64 a = fresh("Отказ от составления ИОМ");
    for (const char* step : {"mitigated", "open", "occurred", "closed", "open", "closed"}) {
        INFO(step);
        REQUIRE(risks.setStatus(a, QString::fromLatin1(step)).ok());
        CHECK(statusOf(a) == QString::fromLatin1(step));
    }
    const qint64 b = fresh("Формальный подход к составлению ИОМ");
    REQUIRE(risks.setStatus(b, QStringLiteral("закрыт")).ok());
    const qint64 c = fresh("Формальный подход к исполнению ИОМ");
    REQUIRE(risks.setStatus(c, QStringLiteral("снижен")).ok());
    REQUIRE(risks.setStatus(c, QStringLiteral("наступил")).ok());
    const qint64 d = fresh("Отсутствие работы по реализации ИОМ на уровне ОО");
    REQUIRE(risks.setStatus(d, QStringLiteral("mitigated")).ok());
    REQUIRE(risks.setStatus(d, QStringLiteral("closed")).ok());

    // Forbidden: an occurred risk is not open or mitigated again; a closed one does not go
    // straight to mitigated or occurred (it is reopened first).
    refused(risks.setStatus(c, QStringLiteral("open")), {});
    refused(risks.setStatus(c, QStringLiteral("mitigated")), {});
    refused(risks.setStatus(b, QStringLiteral("mitigated")), {});
    refused(risks.setStatus(b, QStringLiteral("occurred")), {});
    refused(risks.setStatus(b, QStringLiteral("исчез")), {QStringLiteral("исчез")});
    refused(risks.setStatus(4242, QStringLiteral("closed")), {QStringLiteral("4242")});
    CHECK(statusOf(c) == QStringLiteral("occurred"));
    CHECK(statusOf(b) == QStringLiteral("closed"));
    // An update is held to the same lifecycle.
    Risk back = *risks.find(c);
    back.status = QStringLiteral("open");
    refused(risks.update(back), {});
}

TEST_CASE("a subtree's risks by status, in the order identified", "[risk]")
{
    RecordTree t;
    RiskRepository risks(*t.db);
    auto add = [&](qint64 unit, const char* description, const QDate& identified, const char* status) {
        Risk r = risk(unit, description, identified);
        r.status = QString::fromLatin1(status);
        REQUIRE(risks.insert(r).ok());
        return r.id;
    };
    const qint64 late = add(t.municipality, "Отказ от составления ИОМ", QDate(2024, 12, 1), "open");
    const qint64 early = add(t.schoolA, "Формальный подход к составлению ИОМ", QDate(2024, 9, 10), "mitigated");
    const qint64 closed = add(t.schoolB, "Формальный подход к исполнению ИОМ", QDate(2024, 10, 1), "closed");
    add(t.schoolC, "Отсутствие работы по реализации ИОМ", QDate(2024, 9, 1), "open"); // the other district

    auto ids = [](const QVector<Risk>& list) {
        QVector<qint64> result;
        for (const Risk& r : list)
            result << r.id;
        return result;
    };
    CHECK(ids(risks.list(t.municipality)) == QVector<qint64>{early, closed, late});
    CHECK(ids(risks.list(t.municipality, {QStringLiteral("open"), QStringLiteral("снижен")})) == QVector<qint64>{early, late});
    CHECK(ids(risks.list(t.municipality, {QStringLiteral("закрыт")})) == QVector<qint64>{closed});
    CHECK(risks.list(t.municipality, {QStringLiteral("occurred")}).isEmpty());
    CHECK(risks.list(t.municipality, {QStringLiteral("нечто")}).isEmpty());
    CHECK(ids(risks.list(t.schoolA)) == QVector<qint64>{early});
    CHECK(risks.list(t.region).size() == 4);
}
