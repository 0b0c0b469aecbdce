// The undo journal: any action's writes are reversed exactly and replayed again, whatever the
// record kind, including rows a cascade removed; a failed action leaves no step; a step that no
// longer fits the file is refused whole.
#include "cyclefixture.h"
#include "storage/riskrepository.h"
#include "storage/undojournal.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace {

// Every row of every table, as text: two equal dumps mean two equal databases.
QStringList dump(Database& db)
{
    QStringList rows;
    QSqlQuery tables(db.connection());
    REQUIRE(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite%' ORDER BY name")));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("SELECT rowid, * FROM %1 ORDER BY rowid").arg(table)));
        while (q.next()) {
            QStringList cells{table};
            for (int i = 0; i < q.record().count(); ++i)
                cells << (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
            rows << cells.join(u'|');
        }
    }
    return rows;
}

} // namespace

TEST_CASE("a recorded action is undone and redone exactly", "[undo]")
{
    CycleFixture t;
    UndoJournal journal(*t.db);
    REQUIRE(journal.install().ok());
    QSqlQuery tables(t.db->connection());
    REQUIRE(tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite%'")));
    REQUIRE(tables.next());
    CHECK(journal.triggerCount() == 3 * tables.value(0).toInt()); // one per table and write
    const qint64 orlova = t.teacher("Орлова", t.schoolA);
    const QStringList before = dump(*t.db);

    // One action touching three tables: a new risk, a renamed person, a new school (with its
    // closure rows written by the repository).
    RiskRepository risks(*t.db);
    auto step = journal.record([&]() -> Status {
        Risk r;
        r.orgUnitId = t.schoolA;
        r.description = QStringLiteral("Формальный подход к исполнению ИОМ");
        r.identifiedOn = QDate(2025, 5, 1);
        if (auto id = risks.insert(r); !id)
            return id.status();
        Person p = *t.persons.find(orlova);
        p.lastName = QStringLiteral("Орлова-Петрова");
        if (Status s = t.persons.update(p); !s)
            return s;
        OrgUnit school{.parentId = t.municipality, .level = UnitLevel::Organisation,
                       .code = QStringLiteral("D"), .name = QStringLiteral("Школа Г")};
        return t.units.insert(school).status();
    });
    INFO(step.error().toStdString());
    REQUIRE(step.ok());
    const QStringList after = dump(*t.db);
    // risk 1 + person 1 + unit 1 + closure rows: the school with itself and its 3 ancestors
    // (region, hub, municipality).
    CHECK(step.value().size() == 1 + 1 + 1 + 4);
    CHECK(after != before);

    Changes seen;
    QObject::connect(t.db.get(), &Database::changed, [&](Changes what) { seen |= what; });
    auto redo = journal.replay(step.value());
    REQUIRE(redo.ok());
    CHECK(dump(*t.db) == before);
    CHECK(seen.testFlag(Change::Risks));
    CHECK(seen.testFlag(Change::Persons));
    CHECK(redo.value().size() == step.value().size());

    auto undo = journal.replay(redo.value());
    REQUIRE(undo.ok());
    CHECK(dump(*t.db) == after);
    REQUIRE(journal.replay(undo.value()).ok());
    CHECK(dump(*t.db) == before);
}

TEST_CASE("undoing a delete restores the rows a cascade removed", "[undo]")
{
    CycleFixture t;
    UndoJournal journal(*t.db);
    OrgUnit school{.parentId = t.municipality, .level = UnitLevel::Organisation, .code = QStringLiteral("D"),
                   .name = QStringLiteral("Школа Г")};
    REQUIRE(t.units.insert(school).ok());
    const QStringList before = dump(*t.db);
    // The closure rows go by ON DELETE CASCADE after the unit: replaying backwards inserts them
    // before their unit, which only works with foreign keys checked at commit.
    auto step = journal.record([&] { return t.units.remove(school.id); });
    INFO(step.error().toStdString());
    REQUIRE(step.ok());
    CHECK(step.value().size() == 1 + 4); // the unit, then its 4 closure rows
    CHECK(!t.units.find(school.id));
    REQUIRE(journal.replay(step.value()).ok());
    CHECK(dump(*t.db) == before);
    CHECK(t.units.find(school.id)->name == QStringLiteral("Школа Г"));
}

TEST_CASE("a failed action leaves neither rows nor a step", "[undo]")
{
    CycleFixture t;
    UndoJournal journal(*t.db);
    RiskRepository risks(*t.db);
    const QStringList before = dump(*t.db);
    auto step = journal.record([&]() -> Status {
        Risk good;
        good.orgUnitId = t.schoolA;
        good.description = QStringLiteral("Отказ от составления ИОМ");
        good.identifiedOn = QDate(2025, 5, 1);
        if (auto id = risks.insert(good); !id)
            return id.status();
        Risk bad = good;
        bad.id = 0;
        bad.uuid.clear();
        bad.description = QStringLiteral("   ");
        return risks.insert(bad).status();
    });
    REQUIRE(!step.ok());
    CHECK(!step.error().isEmpty());
    CHECK(dump(*t.db) == before);
    // The next action's step holds only its own rows.
    auto next = journal.record([&]() -> Status {
        Risk r;
        r.orgUnitId = t.schoolB;
        r.description = QStringLiteral("Отказ от составления ИОМ");
        r.identifiedOn = QDate(2025, 5, 1);
        return risks.insert(r).status();
    });
    REQUIRE(next.ok());
    CHECK(next.value().size() == 1);
}

TEST_CASE("a step that no longer fits the file is refused whole", "[undo]")
{
    CycleFixture t;
    UndoJournal journal(*t.db);
    RiskRepository risks(*t.db);
    Risk r;
    r.orgUnitId = t.schoolA;
    r.description = QStringLiteral("Отказ от составления ИОМ");
    r.identifiedOn = QDate(2025, 5, 1);
    REQUIRE(risks.insert(r).ok());
    auto step = journal.record([&] { return risks.remove(r.id); });
    INFO(step.error().toStdString());
    REQUIRE(step.ok());
    // Outside the journal, the same id is taken by another risk: re-inserting the old one clashes.
    Risk other = r;
    other.uuid.clear();
    other.description = QStringLiteral("Другой риск");
    REQUIRE(risks.insert(other).ok());
    REQUIRE(other.id == r.id);
    const QStringList before = dump(*t.db);
    auto undo = journal.replay(step.value());
    REQUIRE(!undo.ok());
    CHECK(undo.error().contains(QStringLiteral("изменены")));
    CHECK(dump(*t.db) == before);
}
