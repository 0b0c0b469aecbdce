// Methodical associations and their members: rules, rejoining without overlap, K15 (members on
// a date in a subtree), history. On the tree of recordtree.h (today is 15.03.2025).
#include "recordtree.h"
#include "storage/associationrepository.h"
#include "storage/personhistory.h"
#include "storage/referencerepository.h"

namespace {

struct Fixture : RecordTree {
    AssociationRepository associations{*db};
    qint64 head = person("Орлова", "Вера", QDate(2005, 9, 1), schoolA, QDate(2005, 9, 1));

    MethodicalAssociation association(const QString& level, qint64 unitId, const QString& subject, const QDate& start,
                                      const QDate& end = {})
    {
        return MethodicalAssociation{.orgUnitId = unitId, .level = level, .subject = subject, .start = start, .end = end};
    }

    qint64 stored(MethodicalAssociation a)
    {
        const auto id = associations.insert(a);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
        return *id;
    }

    qint64 joined(qint64 associationId, qint64 personId, const QDate& on, const QDate& left = {})
    {
        const auto id = associations.addMember(associationId, personId, on);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
        if (left.isValid())
            REQUIRE(associations.endMembership(*id, left).ok());
        return *id;
    }
};

QVector<qint64> personIds(const QVector<AssociationMember>& members)
{
    QVector<qint64> ids;
    for (const AssociationMember& m : members)
        ids.append(m.personId);
    return ids;
}

} // namespace

TEST_CASE("an association is stored with its level's code, its unit and its head", "[association]")
{
    Fixture f;
    Changes seen;
    QObject::connect(f.db.get(), &Database::changed, [&](Changes what) { seen |= what; });
    MethodicalAssociation a = f.association(QStringLiteral("Школьное (ШМО)"), 0, QStringLiteral("  учителя   математики "),
                                            QDate(2024, 9, 1));
    a.headId = f.head;
    REQUIRE(f.associations.insert(a).ok());
    CHECK(seen.testFlag(Change::Associations));
    const auto back = f.associations.find(a.id);
    REQUIRE(back);
    CHECK(back->level == QStringLiteral("school"));
    CHECK(back->subject == QStringLiteral("учителя математики"));
    CHECK(back->orgUnitId == f.schoolA); // the head's school on the start date
    CHECK(back->headId == f.head);
    CHECK(back->uuid.size() == 36);
    CHECK_FALSE(back->end.isValid());

    auto refusedWith = [&](MethodicalAssociation candidate, const QStringList& mentions) {
        refused(f.associations.insert(candidate).status(), mentions);
    };
    const QDate start(2024, 9, 1);
    refusedWith(f.association(QStringLiteral("кружковое"), f.schoolA, QStringLiteral("Кружок"), start), {QStringLiteral("кружковое")});
    refusedWith(f.association(QStringLiteral("school"), f.schoolA, QStringLiteral("  "), start), {});
    MethodicalAssociation unknownHead = f.association(QStringLiteral("school"), f.schoolA, QStringLiteral("ШМО"), start);
    unknownHead.headId = 4242;
    refusedWith(unknownHead, {QStringLiteral("4242")});
    refusedWith(f.association(QStringLiteral("school"), f.schoolA, QStringLiteral("ШМО"), QDate()), {});
    refusedWith(f.association(QStringLiteral("school"), f.schoolA, QStringLiteral("ШМО"), start, QDate(2024, 8, 31)),
                {QStringLiteral("31.08.2024"), QStringLiteral("01.09.2024")});
    refusedWith(f.association(QStringLiteral("school"), 4242, QStringLiteral("ШМО"), start), {QStringLiteral("4242")});
    // No unit and nobody to take it from: an РМО, or a ШМО without a head.
    refusedWith(f.association(QStringLiteral("municipal"), 0, QStringLiteral("РМО физиков"), start), {QStringLiteral("РМО физиков")});
    refusedWith(f.association(QStringLiteral("school"), 0, QStringLiteral("ШМО физиков"), start), {QStringLiteral("ШМО физиков")});
    // A head who works nowhere on the start date gives no school.
    MethodicalAssociation newcomer = f.association(QStringLiteral("school"), 0, QStringLiteral("ШМО химиков"), QDate(2005, 8, 1));
    newcomer.headId = f.head;
    refusedWith(newcomer, {QStringLiteral("Орлова"), QStringLiteral("01.08.2005")});
    // The unit's level follows the association's: a ШМО at a school, an РМО at a municipality.
    refusedWith(f.association(QStringLiteral("school"), f.municipality, QStringLiteral("ШМО"), start), {QStringLiteral("Район")});
    refusedWith(f.association(QStringLiteral("municipal"), f.schoolA, QStringLiteral("РМО"), start), {QStringLiteral("Школа А")});
    refusedWith(f.association(QStringLiteral("regional"), f.municipality, QStringLiteral("Ассоциация"), start), {QStringLiteral("Район")});

    const qint64 hub = f.units.find(f.municipality)->parentId;
    f.stored(f.association(QStringLiteral("муниципальное (РМО/ГМО)"), f.municipality, QStringLiteral("РМО учителей истории"), start));
    f.stored(f.association(QStringLiteral("hub"), hub, QStringLiteral("Сетевое сообщество наставников"), start));
    f.stored(f.association(QStringLiteral("regional"), f.region, QStringLiteral("Ассоциация учителей физики"), start));
    // A level users add to the list belongs to any unit.
    REQUIRE(ReferenceRepository(*f.db).add(ReferenceList::AssociationLevel, QStringLiteral("творческая группа")).ok());
    f.stored(f.association(QStringLiteral("творческая группа"), f.municipality, QStringLiteral("Цифровой урок"), start));
    CHECK(f.associations.list(f.region).size() == 5);
    CHECK(f.associations.list(f.municipality).size() == 3);
    CHECK(f.associations.list(f.schoolA).size() == 1);
    CHECK(f.associations.list(f.schoolB).isEmpty());
    CHECK(f.associations.list(f.region, QDate(2024, 8, 31)).isEmpty());

    // Updates keep the rules; the stored record stays as it was after a refusal.
    a.subject = QStringLiteral("учителя математики и информатики");
    a.end = QDate(2025, 6, 30);
    REQUIRE(f.associations.update(a).ok());
    CHECK(f.associations.find(a.id)->subject == QStringLiteral("учителя математики и информатики"));
    CHECK(f.associations.list(f.region, QDate(2025, 7, 1)).size() == 4);
    a.level = QStringLiteral("municipal");
    refused(f.associations.update(a), {QStringLiteral("Школа А")});
    CHECK(f.associations.find(a.id)->level == QStringLiteral("school"));
    MethodicalAssociation missing = f.association(QStringLiteral("school"), f.schoolA, QStringLiteral("ШМО"), start);
    missing.id = 4242;
    refused(f.associations.update(missing), {QStringLiteral("4242")});
    refused(f.associations.remove(4242), {QStringLiteral("4242")});
}

TEST_CASE("members join within the period, leave after joining, and may rejoin without overlapping", "[association]")
{
    Fixture f;
    const qint64 id = f.stored(f.association(QStringLiteral("school"), f.schoolA, QStringLiteral("ШМО словесников"),
                                             QDate(2024, 9, 1), QDate(2025, 6, 30)));
    const qint64 belova = f.person("Белова", "Анна", QDate(2010, 9, 1), f.schoolA);
    const qint64 gromov = f.person("Громов", "Пётр", QDate(2012, 9, 1), f.schoolA);

    const auto first = f.associations.addMember(id, belova, QDate(2024, 9, 1)); // on the first day
    REQUIRE(first.ok());
    refused(f.associations.addMember(id, belova, QDate(2024, 10, 1)).status(), {QStringLiteral("Белова"), QStringLiteral("01.09.2024")});
    refused(f.associations.addMember(id, gromov, QDate(2024, 8, 31)).status(), {QStringLiteral("Громов"), QStringLiteral("31.08.2024")});
    refused(f.associations.addMember(id, gromov, QDate(2025, 7, 1)).status(), {QStringLiteral("Громов"), QStringLiteral("01.07.2025")});
    refused(f.associations.addMember(id, gromov, QDate()).status(), {QStringLiteral("Громов")});
    refused(f.associations.addMember(id, 4242, QDate(2024, 9, 1)).status(), {QStringLiteral("4242")});
    refused(f.associations.addMember(4242, gromov, QDate(2024, 9, 1)).status(), {QStringLiteral("4242")});
    const auto last = f.associations.addMember(id, gromov, QDate(2025, 6, 30)); // on the last day
    REQUIRE(last.ok());

    refused(f.associations.endMembership(*first, QDate(2024, 8, 15)), {QStringLiteral("15.08.2024"), QStringLiteral("01.09.2024")});
    refused(f.associations.endMembership(*first, QDate(2025, 7, 15)), {QStringLiteral("15.07.2025"), QStringLiteral("30.06.2025")});
    refused(f.associations.endMembership(*first, QDate()), {QStringLiteral("Белова")});
    refused(f.associations.endMembership(4242, QDate(2024, 12, 31)), {QStringLiteral("4242")});
    REQUIRE(f.associations.endMembership(*first, QDate(2024, 12, 31)).ok());
    CHECK(f.associations.findMember(*first)->leftOn == QDate(2024, 12, 31));
    // Rejoining: not on a day she was still a member, but later.
    refused(f.associations.addMember(id, belova, QDate(2024, 12, 31)).status(), {QStringLiteral("Белова"), QStringLiteral("31.12.2024")});
    const auto again = f.associations.addMember(id, belova, QDate(2025, 2, 1));
    REQUIRE(again.ok());
    // An earlier open-ended period cannot be reopened over the later one.
    refused(f.associations.addMember(id, belova, QDate(2024, 10, 1)).status(), {QStringLiteral("Белова")});

    CHECK(f.associations.members(id).size() == 3);
    CHECK(personIds(f.associations.members(id, QDate(2024, 12, 31))) == QVector<qint64>{belova});
    CHECK(f.associations.members(id, QDate(2025, 1, 15)).isEmpty());
    CHECK(personIds(f.associations.members(id, QDate(2025, 2, 1))) == QVector<qint64>{belova});
    CHECK(personIds(f.associations.members(id, QDate(2025, 6, 30))) == (QVector<qint64>{belova, gromov}));
    CHECK(f.associations.members(id, QDate(2025, 7, 1)).isEmpty()); // the association has ended
    CHECK(f.associations.associationsOf(belova).size() == 1);

    // The association's period must keep holding its members.
    MethodicalAssociation a = *f.associations.find(id);
    a.end = QDate(2025, 1, 31);
    refused(f.associations.update(a), {QStringLiteral("01.02.2025")});
    a.end = QDate(2025, 6, 30);
    a.start = QDate(2024, 9, 2);
    refused(f.associations.update(a), {QStringLiteral("Белова"), QStringLiteral("01.09.2024")});
    CHECK(f.associations.find(id)->start == QDate(2024, 9, 1));

    // Deletion is explicit: refused while members are listed, each named once.
    const Status removal = f.associations.remove(id);
    refused(removal, {QStringLiteral("Белова"), QStringLiteral("Громов"), QStringLiteral("ШМО словесников")});
    CHECK(removal.error().count(QStringLiteral("Белова")) == 1);
    for (const qint64 member : {*first, *last, *again})
        REQUIRE(f.associations.removeMember(member).ok());
    refused(f.associations.removeMember(*first), {QString::number(*first)});
    REQUIRE(f.associations.remove(id).ok());
    CHECK_FALSE(f.associations.find(id));
}

TEST_CASE("members of associations on a date in a subtree (K15)", "[association]")
{
    // Tree: R → H → M (A, B), M2 (C). On 15.03.2025:
    //   Аксёнова  (A)          member of ШМО A and of РМО M           → a member; counts once, in A
    //   Борисов   (A)          ШМО A from 01.09.2024, left 31.12.2024  → not a member any more
    //   Волкова   (B)          РМО M from 01.10.2024                   → in B
    //   Гусев     (C)          РМО M (of the other district!)          → in C: the association's unit does not matter
    //   Дёмина    (A 1.0, B 0.5) ШМО B                                 → in A, her main employment, not in B
    //   Егоров    (A)          ШМО A (closed on 28.02.2025), never left → not a member: the association ended
    //   Жукова    (A, left the job on 31.01.2025) ШМО A                → a member, but not staff anywhere
    //   Зайцева   (B)          no association                          → not a member
    // So A = {Аксёнова, Дёмина}, B = {Волкова}, C = {Гусев}, M = A + B = 3, M2 = 1, R = 4 = 2 + 1 + 1.
    // On 01.12.2024 Борисов, Егоров and Жукова count too: A = 5, R = 7.
    Fixture f;
    const QDate start(2024, 9, 1);
    const qint64 shmoA = f.stored(f.association(QStringLiteral("school"), f.schoolA, QStringLiteral("ШМО А"), start));
    const qint64 shmoB = f.stored(f.association(QStringLiteral("school"), f.schoolB, QStringLiteral("ШМО Б"), start));
    const qint64 closed = f.stored(f.association(QStringLiteral("school"), f.schoolA, QStringLiteral("ШМО закрытое"), start,
                                                 QDate(2025, 2, 28)));
    const qint64 rmo = f.stored(f.association(QStringLiteral("municipal"), f.municipality, QStringLiteral("РМО"), start));

    const qint64 aksenova = f.person("Аксёнова", "Анна", QDate(2010, 9, 1), f.schoolA);
    const qint64 borisov = f.person("Борисов", "Борис", QDate(2010, 9, 1), f.schoolA);
    const qint64 volkova = f.person("Волкова", "Вера", QDate(2010, 9, 1), f.schoolB);
    const qint64 gusev = f.person("Гусев", "Глеб", QDate(2010, 9, 1), f.schoolC);
    const qint64 demina = f.person("Дёмина", "Дарья", QDate(2010, 9, 1), f.schoolA);
    Employment second{.personId = demina, .unitId = f.schoolB, .positionCode = QStringLiteral("teacher"), .rate = 0.5,
                      .start = QDate(2020, 9, 1)};
    REQUIRE(f.persons.addEmployment(second).ok());
    const qint64 egorov = f.person("Егоров", "Егор", QDate(2010, 9, 1), f.schoolA);
    const qint64 zhukova = f.person("Жукова", "Жанна", QDate(2010, 9, 1), f.schoolA, QDate(2020, 9, 1), QDate(2025, 1, 31));
    f.person("Зайцева", "Зоя", QDate(2010, 9, 1), f.schoolB);

    f.joined(shmoA, aksenova, start);
    f.joined(rmo, aksenova, QDate(2024, 10, 1));
    f.joined(shmoA, borisov, start, QDate(2024, 12, 31));
    f.joined(rmo, volkova, QDate(2024, 10, 1));
    f.joined(rmo, gusev, start);
    f.joined(shmoB, demina, start);
    f.joined(closed, egorov, start);
    f.joined(shmoA, zhukova, start);

    const QDate on(2025, 3, 15);
    CHECK(f.associations.membersOn(f.schoolA, on) == (QVector<qint64>{aksenova, demina}));
    CHECK(f.associations.membersOn(f.schoolB, on) == QVector<qint64>{volkova});
    CHECK(f.associations.membersOn(f.schoolC, on) == QVector<qint64>{gusev});
    CHECK(f.associations.membersOn(f.municipality, on) == (QVector<qint64>{aksenova, volkova, demina}));
    CHECK(f.associations.membersOn(f.otherMunicipality, on) == QVector<qint64>{gusev});
    CHECK(f.associations.membersOn(f.region, on) == (QVector<qint64>{aksenova, volkova, gusev, demina}));

    const QDate december(2024, 12, 1);
    CHECK(f.associations.membersOn(f.schoolA, december) == (QVector<qint64>{aksenova, borisov, demina, egorov, zhukova}));
    CHECK(f.associations.membersOn(f.region, december).size() == 7);
    // Before anyone joined.
    CHECK(f.associations.membersOn(f.region, QDate(2024, 8, 31)).isEmpty());
}

TEST_CASE("a person's associations as head and member, in date order", "[association]")
{
    Fixture f;
    MethodicalAssociation headed = f.association(QStringLiteral("school"), f.schoolA, QStringLiteral("ШМО начальных классов"),
                                                 QDate(2024, 9, 1));
    headed.headId = f.head;
    REQUIRE(f.associations.insert(headed).ok());
    const qint64 rmo = f.stored(f.association(QStringLiteral("municipal"), f.municipality, QStringLiteral("РМО логопедов"),
                                              QDate(2023, 9, 1)));
    f.joined(rmo, f.head, QDate(2023, 10, 1), QDate(2024, 5, 31));
    f.joined(rmo, f.head, QDate(2025, 2, 1));

    const QVector<HistoryEntry> lines = f.associations.historyOf(f.head);
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0).date == QDate(2023, 10, 1));
    CHECK(lines.at(0).summary.contains(QStringLiteral("РМО логопедов")));
    CHECK(lines.at(0).summary.contains(QStringLiteral("31.05.2024")));
    CHECK(lines.at(1).date == QDate(2024, 9, 1));
    CHECK(lines.at(1).summary.contains(QStringLiteral("ШМО начальных классов")));
    CHECK(lines.at(1).summary.contains(QStringLiteral("Школа А")));
    CHECK(lines.at(1).uuid == headed.uuid);
    CHECK(lines.at(2).date == QDate(2025, 2, 1));
    for (const HistoryEntry& line : lines)
        CHECK(!line.kind.isEmpty());

    // On the card, after her employment of 2005.
    const QVector<HistoryEntry> card = PersonHistory::of(*f.db, f.head);
    REQUIRE(card.size() == 4);
    CHECK(card.first().date == QDate(2005, 9, 1));
    CHECK(card.last().date == QDate(2025, 2, 1));
}

TEST_CASE("members added at once: all or nothing, each with their dates", "[association]")
{
    Fixture f;
    const qint64 a = f.stored(f.association(QStringLiteral("school"), f.schoolA, QStringLiteral("ШМО учителей математики"),
                                            QDate(2021, 9, 1)));
    const qint64 ivanova = f.person("Иванова", "Ольга", QDate(2015, 9, 1), f.schoolA);
    const qint64 petrov = f.person("Петров", "Олег", QDate(2016, 9, 1), f.schoolA);
    // Петров would join before the association started: nobody is added.
    QVector<AssociationMember> members{{.personId = ivanova, .joinedOn = QDate(2021, 9, 1), .leftOn = QDate(2023, 6, 30)},
                                       {.personId = petrov, .joinedOn = QDate(2021, 8, 31)}};
    CHECK(f.associations.addMembers(a, members).error()
          == QStringLiteral("%1 вступает в объединение 31.08.2021 — вне срока работы объединения «ШМО учителей математики» "
                            "(с 01.09.2021).").arg(f.name(petrov)));
    CHECK(f.associations.members(a).isEmpty());
    members[1].joinedOn = QDate(2022, 1, 10);
    REQUIRE(f.associations.addMembers(a, members).ok());
    CHECK(members[0].id > 0);
    CHECK(members[1].associationId == a);
    // On 01.09.2024 only Петров is a member: Иванова left on 30.06.2023.
    CHECK(personIds(f.associations.members(a, QDate(2024, 9, 1))) == QVector<qint64>{petrov});
}
