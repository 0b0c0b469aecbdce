// Edit ▸ Undo and Redo: an edit made through the window's edit session is undone and redone
// by the menu actions and their shortcuts; a failed edit adds no step; a write that bypasses
// the session (an import) forgets the history, since its steps may no longer fit the file.
#include "editsession.h"
#include "mainwindow.h"
#include "settings.h"
#include "stafffixture.h"
#include "storage/riskrepository.h"

#include <QAction>
#include <QSettings>
#include <QUndoStack>
#include <catch2/catch.hpp>

namespace {

struct Window {
    explicit Window(const QString& ini) : storage(ini, QSettings::IniFormat), settings(&storage), window(settings) {}
    QSettings storage;
    Settings settings;
    MainWindow window;
};

Risk newRisk(qint64 unitId, const char* description)
{
    Risk r;
    r.orgUnitId = unitId;
    r.description = QString::fromUtf8(description);
    r.identifiedOn = QDate(2025, 3, 1);
    return r;
}

} // namespace

TEST_CASE("Edit > Undo and Redo reverse and repeat an edit made in the window", "[ui][undo]")
{
    StaffFixture f;
    Window w(f.folder.path(QStringLiteral("settings.ini")));
    MainWindow& window = w.window;
    REQUIRE(window.openDatabase(f.path));
    EditSession* edits = window.editSession();
    QAction* undo = window.action("undoAction");
    QAction* redo = window.action("redoAction");
    REQUIRE(undo);
    REQUIRE(redo);
    CHECK_FALSE(undo->isEnabled());
    CHECK(undo->shortcut() == QKeySequence(QKeySequence::Undo));

    RiskRepository risks(*window.database());
    qint64 id = 0;
    REQUIRE(edits->run(QStringLiteral("Новый риск"), [&]() -> Status {
        Risk r = newRisk(f.unit("S1"), "Отказ от составления ИОМ");
        auto inserted = risks.insert(r);
        id = inserted ? *inserted : 0;
        return inserted.status();
    }).ok());
    REQUIRE(risks.find(id));
    REQUIRE(undo->isEnabled());
    CHECK(undo->text().contains(QStringLiteral("Новый риск")));

    undo->trigger();
    CHECK(!risks.find(id));
    CHECK(redo->isEnabled());
    redo->trigger();
    REQUIRE(risks.find(id));
    CHECK(risks.find(id)->description == QStringLiteral("Отказ от составления ИОМ"));

    // An edit and a delete, undone in turn.
    REQUIRE(edits->run(QStringLiteral("Изменить риск"), [&] {
        Risk r = *risks.find(id);
        r.description = QStringLiteral("Формальный подход к исполнению ИОМ");
        return risks.update(r);
    }).ok());
    REQUIRE(edits->run(QStringLiteral("Удалить риск"), [&] { return risks.remove(id); }).ok());
    CHECK(!risks.find(id));
    undo->trigger();
    REQUIRE(risks.find(id));
    CHECK(risks.find(id)->description == QStringLiteral("Формальный подход к исполнению ИОМ"));
    undo->trigger();
    CHECK(risks.find(id)->description == QStringLiteral("Отказ от составления ИОМ"));
    CHECK(edits->undoStack()->index() == 1);

    // A refused edit writes nothing and adds no step; the redo steps stay.
    const Status refused = edits->run(QStringLiteral("Новый риск"), [&] {
        Risk r = newRisk(f.unit("S1"), "   ");
        return risks.insert(r).status();
    });
    CHECK(!refused.ok());
    CHECK(!refused.error().isEmpty());
    CHECK(edits->undoStack()->count() == 3);
    CHECK(edits->undoStack()->index() == 1);
}

TEST_CASE("a write outside the edit session forgets the undo history", "[ui][undo]")
{
    StaffFixture f;
    Window w(f.folder.path(QStringLiteral("settings.ini")));
    REQUIRE(w.window.openDatabase(f.path));
    EditSession* edits = w.window.editSession();
    RiskRepository risks(*w.window.database());
    REQUIRE(edits->run(QStringLiteral("Новый риск"), [&] {
        Risk r = newRisk(f.unit("S1"), "Отказ от составления ИОМ");
        return risks.insert(r).status();
    }).ok());
    REQUIRE(edits->undoStack()->count() == 1);
    Risk direct = newRisk(f.unit("S4"), "Формальный подход к исполнению ИОМ");
    REQUIRE(risks.insert(direct).ok());
    CHECK(edits->undoStack()->count() == 0);
    CHECK_FALSE(w.window.action("undoAction")->isEnabled());
}
