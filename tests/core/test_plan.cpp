// The annual plan: the rules of an item, the execution lifecycle, the list September to August
// and the execution summary worked out by hand, the link to a methodical event.
#include "recordtree.h"
#include "storage/eventrepository.h"
#include "storage/planrepository.h"

namespace {

PlanItem item(qint64 unitId, int year, int month, const char* title)
{
    PlanItem p;
    p.orgUnitId = unitId;
    p.year = year;
    p.month = month;
    p.title = QString::fromUtf8(title);
    return p;
}

} // namespace

TEST_CASE("a plan item is checked, stored, updated and deleted", "[plan]")
{
    RecordTree t; // today is 15.03.2025: the current academic year is 2024/25
    PlanRepository plan(*t.db);
    const qint64 orlova = t.person("Орлова", "Анна", QDate(2010, 9, 1), t.schoolA);

    Changes seen;
    QObject::connect(t.db.get(), &Database::changed, [&](Changes what) { seen |= what; });
    PlanItem p = item(t.municipality, 2024, 10, "  Августовская   конференция ");
    p.responsibleText = QStringLiteral(" руководители РМО ");
    REQUIRE(plan.insert(p).ok());
    CHECK(seen.testFlag(Change::Plan));
    auto back = plan.find(p.id);
    REQUIRE(back);
    CHECK(back->title == QStringLiteral("Августовская конференция"));
    CHECK(back->responsibleText == QStringLiteral("руководители РМО"));
    CHECK(back->status == QStringLiteral("planned"));
    CHECK(!back->uuid.isEmpty());

    auto refusedItem = [&](PlanItem candidate, const QStringList& mentions) { refused(plan.insert(candidate).status(), mentions); };
    refusedItem(item(t.schoolA, 2024, 10, "   "), {});
    refusedItem(item(0, 2024, 10, "Семинар"), {});
    refusedItem(item(4242, 2024, 10, "Семинар"), {QStringLiteral("4242")});
    refusedItem(item(t.schoolA, 1999, 10, "Семинар"), {QStringLiteral("1999/00")});
    refusedItem(item(t.schoolA, 2026, 10, "Семинар"), {QStringLiteral("2026/27"), QStringLiteral("2025/26")});
    refusedItem(item(t.schoolA, 2024, 0, "Семинар"), {QStringLiteral("0")});
    refusedItem(item(t.schoolA, 2024, 13, "Семинар"), {QStringLiteral("13")});
    PlanItem both = item(t.schoolA, 2024, 10, "Семинар");
    both.responsibleId = orlova;
    both.responsibleText = QStringLiteral("завуч");
    refusedItem(both, {QStringLiteral("завуч")});
    PlanItem ghost = item(t.schoolA, 2024, 10, "Семинар");
    ghost.responsibleId = 4242;
    refusedItem(ghost, {QStringLiteral("4242")});
    PlanItem odd = item(t.schoolA, 2024, 10, "Семинар");
    odd.status = QStringLiteral("забыто");
    refusedItem(odd, {QStringLiteral("забыто")});
    PlanItem movedNowhere = item(t.schoolA, 2024, 10, "Семинар");
    movedNowhere.status = QStringLiteral("перенесено");
    refusedItem(movedNowhere, {QStringLiteral("Семинар")});
    PlanItem dateWithoutMove = item(t.schoolA, 2024, 10, "Семинар");
    dateWithoutMove.movedTo = QDate(2024, 11, 5);
    refusedItem(dateWithoutMove, {QStringLiteral("05.11.2024")});
    PlanItem heldAhead = item(t.schoolA, 2024, 4, "Открытые уроки"); // April 2025 has not begun
    heldAhead.status = QStringLiteral("held");
    refusedItem(heldAhead, {QStringLiteral("Открытые уроки"), QStringLiteral("01.04.2025")});
    PlanItem noEvent = item(t.schoolA, 2024, 10, "Семинар");
    noEvent.eventId = 4242;
    refusedItem(noEvent, {QStringLiteral("4242")});

    // Passing cases of the same rules.
    PlanItem heldNow = item(t.schoolA, 2024, 3, "Неделя наставничества"); // March 2025 has begun
    heldNow.status = QStringLiteral("Проведено");
    REQUIRE(plan.insert(heldNow).ok());
    CHECK(heldNow.status == QStringLiteral("held"));
    PlanItem nextYear = item(t.region, 2025, 9, "Региональный форум");
    nextYear.responsibleId = orlova;
    REQUIRE(plan.insert(nextYear).ok());
    PlanItem moved = item(t.schoolA, 2024, 2, "Педсовет");
    moved.status = QStringLiteral("moved");
    moved.movedTo = QDate(2025, 4, 10);
    REQUIRE(plan.insert(moved).ok());

    p.notes = QStringLiteral("в актовом зале");
    p.month = 8;
    REQUIRE(plan.update(p).ok());
    CHECK(plan.find(p.id)->month == 8);
    CHECK(plan.find(p.id)->notes == QStringLiteral("в актовом зале"));
    p.month = 14;
    refused(plan.update(p), {QStringLiteral("14")});
    PlanItem missing = item(t.schoolA, 2024, 10, "Семинар");
    missing.id = 4242;
    refused(plan.update(missing), {QStringLiteral("4242")});

    REQUIRE(plan.remove(nextYear.id).ok());
    CHECK_FALSE(plan.find(nextYear.id));
    refused(plan.remove(nextYear.id), {QString::number(nextYear.id)});
}

TEST_CASE("the execution of a plan item follows its lifecycle", "[plan]")
{
    RecordTree t; // today is 15.03.2025
    PlanRepository plan(*t.db);
    auto planned = [&](int month, const char* title) {
        PlanItem p = item(t.schoolA, 2024, month, title);
        REQUIRE(plan.insert(p).ok());
        return p.id;
    };
    auto statusOf = [&](qint64 id) { return plan.find(id)->status; };

    // Every allowed change: planned → held, moved, cancelled; moved → moved (again), held, cancelled.
    const qint64 held = planned(11, "Семинар по ФГОС");
    REQUIRE(plan.setExecution(held, QStringLiteral("held")).ok());
    const qint64 cancelled = planned(12, "Круглый стол");
    REQUIRE(plan.setExecution(cancelled, QStringLiteral("отменено")).ok());
    const qint64 movedHeld = planned(5, "Мастер-класс"); // May 2025, moved to 01.03.2025 and held then
    REQUIRE(plan.setExecution(movedHeld, QStringLiteral("moved"), QDate(2025, 3, 20)).ok());
    REQUIRE(plan.setExecution(movedHeld, QStringLiteral("moved"), QDate(2025, 3, 1)).ok());
    CHECK(plan.find(movedHeld)->movedTo == QDate(2025, 3, 1));
    REQUIRE(plan.setExecution(movedHeld, QStringLiteral("held")).ok());
    CHECK(statusOf(movedHeld) == QStringLiteral("held"));
    CHECK_FALSE(plan.find(movedHeld)->movedTo.isValid());
    const qint64 movedCancelled = planned(1, "Фестиваль");
    REQUIRE(plan.setExecution(movedCancelled, QStringLiteral("перенесено"), QDate(2025, 6, 1)).ok());
    REQUIRE(plan.setExecution(movedCancelled, QStringLiteral("cancelled")).ok());
    CHECK(statusOf(movedCancelled) == QStringLiteral("cancelled"));

    // Forbidden: nothing leaves held or cancelled; a moved item is not planned again.
    refused(plan.setExecution(held, QStringLiteral("planned")), {});
    refused(plan.setExecution(held, QStringLiteral("moved"), QDate(2025, 4, 1)), {});
    refused(plan.setExecution(cancelled, QStringLiteral("held")), {});
    refused(plan.setExecution(cancelled, QStringLiteral("planned")), {});
    const qint64 movedAhead = planned(5, "Конференция");
    REQUIRE(plan.setExecution(movedAhead, QStringLiteral("moved"), QDate(2025, 3, 20)).ok());
    refused(plan.setExecution(movedAhead, QStringLiteral("planned")), {});
    // Held no earlier than the date it was moved to (20.03.2025 is after today).
    refused(plan.setExecution(movedAhead, QStringLiteral("held")), {QStringLiteral("20.03.2025")});
    refused(plan.setExecution(movedAhead, QStringLiteral("moved")), {QStringLiteral("Конференция")}); // no date
    refused(plan.setExecution(movedAhead, QStringLiteral("как-нибудь")), {QStringLiteral("как-нибудь")});
    refused(plan.setExecution(4242, QStringLiteral("held")), {QStringLiteral("4242")});
    // An update is held to the same lifecycle.
    PlanItem back = *plan.find(held);
    back.status = QStringLiteral("planned");
    refused(plan.update(back), {});
    CHECK(statusOf(held) == QStringLiteral("held"));
    CHECK(statusOf(movedAhead) == QStringLiteral("moved"));
}

TEST_CASE("a subtree's plan from September to August and its execution, worked out by hand", "[plan]")
{
    RecordTree t; // today is 15.03.2025
    PlanRepository plan(*t.db);
    auto add = [&](qint64 unit, int year, int month, const char* title, const char* status, const QDate& movedTo = {}) {
        PlanItem p = item(unit, year, month, title);
        p.status = QString::fromLatin1(status);
        p.movedTo = movedTo;
        const auto id = plan.insert(p);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
        return p.id;
    };
    // 2024/25 in the district (M) and its schools:
    const qint64 sepA = add(t.schoolA, 2024, 9, "Аттестация: консультации", "held");
    const qint64 sepM = add(t.municipality, 2024, 9, "Августовское совещание", "held"); // same month: by title
    const qint64 decA = add(t.schoolA, 2024, 12, "Декада математики", "moved", QDate(2025, 2, 10));
    const qint64 janM = add(t.municipality, 2024, 1, "Зимняя школа", "cancelled");
    const qint64 augB = add(t.schoolB, 2024, 8, "Анализ года", "planned");
    // Elsewhere: the other district in 2024/25, the district the year before.
    add(t.schoolC, 2024, 10, "Семинар в другом районе", "held");
    add(t.municipality, 2023, 9, "Прошлогоднее совещание", "planned");

    // September (Ав… before Ат…), December, January, August: the academic year's order, not the calendar's.
    QVector<qint64> ids;
    for (const PlanItem& p : plan.list(t.municipality, 2024))
        ids << p.id;
    CHECK(ids == QVector<qint64>{sepM, sepA, decA, janM, augB});

    // The district in 2024/25: held 2 (sepM, sepA), moved 1 (decA), cancelled 1 (janM), planned 1 (augB).
    PlanExecution e = plan.executionSummary(t.municipality, 2024);
    CHECK(e.held == 2);
    CHECK(e.moved == 1);
    CHECK(e.cancelled == 1);
    CHECK(e.planned == 1);
    CHECK(e.total() == 5);
    // The region adds the other district's held seminar: held 3 of 6.
    e = plan.executionSummary(t.region, 2024);
    CHECK(e.held == 3);
    CHECK(e.total() == 6);
    // The district the year before: one planned item; a school with nothing: all zero.
    e = plan.executionSummary(t.municipality, 2023);
    CHECK(e.planned == 1);
    CHECK(e.total() == 1);
    CHECK(plan.executionSummary(t.otherMunicipality, 2023).total() == 0);
}

TEST_CASE("a plan item carried out by an event keeps the event from being deleted", "[plan]")
{
    RecordTree t;
    PlanRepository plan(*t.db);
    EventRepository events(*t.db);
    MethodicalEvent seminar{.orgUnitId = t.municipality, .kind = QStringLiteral("seminar"), .level = QStringLiteral("municipal"),
                            .date = QDate(2024, 11, 14), .topic = QStringLiteral("Формирующее оценивание")};
    REQUIRE(events.insert(seminar).ok());
    PlanItem p = item(t.municipality, 2024, 11, "Семинар по оцениванию");
    p.eventId = seminar.id;
    p.status = QStringLiteral("held");
    REQUIRE(plan.insert(p).ok());
    CHECK(plan.find(p.id)->eventId == seminar.id);
    CHECK(plan.itemsLinkedTo(seminar.id) == 1);

    refused(events.remove(seminar.id), {QStringLiteral("Формирующее оценивание")});
    p.eventId = 0;
    REQUIRE(plan.update(p).ok());
    REQUIRE(events.remove(seminar.id).ok());
}
