// The window opens the support cycle's dialogs where a methodist looks for them: the person's
// card from the staff register (Enter, double click, context menu) and from the registers of
// records about one person; a route from the diagnostics register; an event's participants from
// the events register. Data: supportcyclefixture.h.
#include "editsession.h"
#include "participantpicker.h"
#include "personcard.h"
#include "registerpanel.h"
#include "routebuilder.h"
#include "stafftablemodel.h"
#include "staffpanel.h"
#include "storage/routerepository.h"
#include "supportcyclefixture.h"
#include "testwindow.h"

#include <QAction>
#include <QComboBox>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>

namespace {

QAction* recordAction(RegisterPanel& panel, const QString& text)
{
    for (QAction* a : panel.toolBar()->actions())
        if (a->text() == text)
            return a;
    FAIL("no action " << text.toStdString());
    return nullptr;
}

} // namespace

TEST_CASE("the window opens the card, the route builder and the participant picker", "[ui][workflows][window]")
{
    SupportCycleFixture f;
    TestWindow w(f.folder.path(QStringLiteral("settings.ini")));
    MainWindow& window = w.window;
    REQUIRE(window.openDatabase(f.path));
    window.database()->setClock(&f.clock); // 15.03.2025
    window.periodSelector()->setCurrentIndex(window.periodSelector()->findText(QStringLiteral("2024/25 учебный год")));
    REQUIRE(window.periodSelector()->currentText() == QStringLiteral("2024/25 учебный год"));

    // The staff register: the card of the current row's person.
    StaffPanel* staff = window.staffPanel();
    const int rows = staff->model()->rowCount();
    REQUIRE(rows > 0);
    int row = 0;
    while (row < rows && staff->model()->data(staff->model()->index(row, 0), StaffTableModel::PersonIdRole).toLongLong() != f.person(1))
        ++row;
    REQUIRE(row < rows);
    staff->view()->setCurrentIndex(staff->model()->index(row, 0));
    CHECK(staff->currentPersonId() == f.person(1));
    CHECK(window.findChildren<PersonCard*>().isEmpty());
    auto* cardAction = window.findChild<QAction*>(QStringLiteral("staffCardAction"));
    REQUIRE(cardAction);
    CHECK(cardAction->text() == QStringLiteral("Карточка педагога"));
    cardAction->trigger();
    REQUIRE(window.findChildren<PersonCard*>().size() == 1);
    emit staff->view()->activated(staff->model()->index(row, 1)); // Enter, double click
    CHECK(window.findChildren<PersonCard*>().size() == 2);

    // The diagnostics register: her card, and a route built from the diagnostic.
    window.showSection(RecordKind::Diagnostic);
    RegisterPanel* diagnostics = window.registerPanel(RecordKind::Diagnostic);
    REQUIRE(diagnostics);
    diagnostics->setRootUnit(f.unit("R"));
    diagnostics->selectRecord(f.diagnosticId);
    REQUIRE(diagnostics->currentId() == f.diagnosticId);
    recordAction(*diagnostics, QStringLiteral("Карточка педагога"))->trigger();
    CHECK(window.findChildren<PersonCard*>().size() == 3);
    bool built = false;
    RouteBuilder::setNextScript([&](RouteBuilder& builder) {
        REQUIRE(builder.create());
        built = builder.routeId() != 0;
    });
    recordAction(*diagnostics, QStringLiteral("Построить ИОМ…"))->trigger();
    REQUIRE(built);
    RouteRepository routes(*window.database());
    REQUIRE(routes.routesOf(f.person(1)).size() == 1);
    CHECK(routes.routesOf(f.person(1)).first().diagnosticId == f.diagnosticId);
    // One step of Edit ▸ Undo.
    window.editSession()->undoStack()->undo();
    CHECK(routes.routesOf(f.person(1)).isEmpty());

    // The events register: the seminar's participants.
    window.showSection(RecordKind::Event);
    RegisterPanel* events = window.registerPanel(RecordKind::Event);
    REQUIRE(events);
    events->selectRecord(f.seminarId);
    REQUIRE(events->currentId() == f.seminarId);
    QString picked;
    ParticipantPicker::setNextScript([&](ParticipantPicker& picker) { picked = picker.windowTitle(); });
    recordAction(*events, QStringLiteral("Участники…"))->trigger();
    CHECK(picked.contains(QStringLiteral("Современный урок: деятельностный подход")));
}
