// The dashboard: the drill-down model's numbers, texts, colours by status and sorting; the panel
// computed in its worker; the people behind a figure; a target edited and undone; the window's
// «Показатели» — on the indicator tests' small tree (R → H → M {A, B}, M2 {C}).
#include "../core/indicatorfixture.h"
#include "dashboard/dashboardmodel.h"
#include "dashboard/dashboardpanel.h"
#include "dashboard/indicatorcard.h"
#include "dashboard/peopledialog.h"
#include "dashboard/statuscolours.h"
#include "indicators/figuretext.h"
#include "dashboard/targetdialog.h"
#include "editsession.h"
#include "errorlabel.h"
#include "filedialog.h"
#include "indicators/indicatorboard.h"
#include "indicators/indicatorcatalogue.h"
#include "mainwindow.h"
#include "modelchecker.h"
#include "testwindow.h"
#include "unittreeview.h"

#include <QAction>
#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

namespace {

// K08 in 2024/25: A has a route for one of its two teachers, C's one teacher has none; nobody
// had a route in 2023/24. K17 has no novices anywhere: «нет данных».
struct DashboardFixture : IndicatorFixture {
    DashboardFixture()
    {
        const qint64 a1 = person("Абрамова", schoolA);
        person("Белкина", schoolA);
        person("Вавилова", schoolC);
        route(a1, schoolA, QDate(2024, 9, 10), {}, "active");
        REQUIRE(IndicatorTargets(*db).set(QStringLiteral("K08"), municipality, 2025, 52).ok());
    }
    IndicatorBoardData board()
    {
        auto data = IndicatorBoard(*db).read(hub, y2024, {QStringLiteral("K08"), QStringLiteral("K17")});
        REQUIRE(data.ok());
        return *data;
    }
};

QString text(const QAbstractItemModel& m, int row, int column, int role = Qt::DisplayRole)
{
    return m.index(row, column).data(role).toString();
}

QStringList names(const QAbstractItemModel& m)
{
    QStringList list;
    for (int row = 0; row < m.rowCount(); ++row)
        list << text(m, row, 0);
    return list;
}

} // namespace

TEST_CASE("the dashboard model: the unit and its children by indicator, with targets and status", "[ui][dashboard]")
{
    DashboardFixture f;
    DashboardModel model;
    ModelChecker checker(&model);
    CHECK(model.rowCount() == 0);
    model.setBoard(f.board());
    REQUIRE(model.rowCount() == 3);
    REQUIRE(model.columnCount() == 3);
    CHECK(model.headerData(0, Qt::Horizontal).toString() == QString::fromUtf8("Подразделение"));
    CHECK(model.headerData(1, Qt::Horizontal).toString() == QStringLiteral("K08"));
    // The hub first, then its children by name: «Другой район» before «Район».
    CHECK(names(model) == QStringList{QString::fromUtf8("Хаб"), QString::fromUtf8("Другой район"), QString::fromUtf8("Район")});
    CHECK(model.index(2, 1).data(DashboardModel::UnitIdRole).toLongLong() == f.municipality);

    // Хаб: 1 of 3 = 33,3 % against the default 30: reached, +3,3.
    CHECK(text(model, 0, 1) == QString::fromUtf8("33,3\u00a0%"));
    CHECK(text(model, 0, 1, Qt::ToolTipRole) == QString::fromUtf8("1 из 3; цель 30\u00a0%; отклонение +3,3"));
    // Район: 1 of 2 = 50 % against its own 52: close (within 5,2), −2,0.
    CHECK(text(model, 2, 1) == QString::fromUtf8("50,0\u00a0%"));
    CHECK(text(model, 2, 1, Qt::ToolTipRole) == QString::fromUtf8("1 из 2; цель 52\u00a0%; отклонение −2,0"));
    // Другой район: 0 of 1 = 0 % against 30: behind, −30,0.
    CHECK(text(model, 1, 1) == QString::fromUtf8("0,0\u00a0%"));
    CHECK(text(model, 1, 1, Qt::ToolTipRole) == QString::fromUtf8("0 из 1; цель 30\u00a0%; отклонение −30,0"));
    // K17: no novices, no figure — «нет данных», no status and no colour.
    CHECK(text(model, 0, 2) == QString::fromUtf8("нет данных"));
    CHECK(model.index(0, 2).data(DashboardModel::StatusRole).toInt() == int(TargetStatus::None));
    CHECK_FALSE(model.index(0, 2).data(Qt::BackgroundRole).isValid());

    // Colours by status: light green, yellow, red.
    const auto colour = [&](int row) { return model.index(row, 1).data(Qt::BackgroundRole).value<QBrush>().color(); };
    CHECK(colour(0) == QColor(0xd4, 0xed, 0xda));
    CHECK(colour(2) == QColor(0xff, 0xf3, 0xcd));
    CHECK(colour(1) == QColor(0xf8, 0xd7, 0xda));

    // The hub's trend against 2023/24 (0 of 3): up.
    CHECK(FigureText::trend(*model.reading(model.index(0, 1))) == QStringLiteral("▲"));
    CHECK(model.reading(model.index(0, 0)) == nullptr);
    CHECK(FigureText::number(20000) == QString::fromUtf8("20\u00a0000")); // counts grouped by thousands
    CHECK(checker.complaints().isEmpty());
}

TEST_CASE("the dashboard model sorts the children and keeps the unit on top", "[ui][dashboard]")
{
    DashboardFixture f;
    DashboardModel model;
    ModelChecker checker(&model);
    model.setBoard(f.board());
    const QPersistentModelIndex district = model.index(2, 1); // Район, 50 %
    model.sort(1, Qt::DescendingOrder);
    CHECK(names(model) == QStringList{QString::fromUtf8("Хаб"), QString::fromUtf8("Район"), QString::fromUtf8("Другой район")});
    CHECK(district.row() == 1);
    CHECK(district.data().toString() == QString::fromUtf8("50,0\u00a0%"));
    model.sort(1, Qt::AscendingOrder);
    CHECK(names(model) == QStringList{QString::fromUtf8("Хаб"), QString::fromUtf8("Другой район"), QString::fromUtf8("Район")});
    model.sort(0, Qt::DescendingOrder);
    CHECK(names(model) == QStringList{QString::fromUtf8("Хаб"), QString::fromUtf8("Район"), QString::fromUtf8("Другой район")});
    // No data on either side: the order stays.
    model.sort(2, Qt::AscendingOrder);
    CHECK(names(model) == QStringList{QString::fromUtf8("Хаб"), QString::fromUtf8("Район"), QString::fromUtf8("Другой район")});
    CHECK(checker.complaints().isEmpty());
}

TEST_CASE("the dashboard panel computes in its worker and shows cards, table and years", "[ui][dashboard]")
{
    DashboardFixture f;
    EditSession edits;
    edits.setDatabase(f.db.get());
    DashboardPanel panel(&edits);
    panel.resize(1200, 800);
    panel.setDatabase(f.db.get());
    panel.setPeriod(f.y2024);
    panel.setUnit(f.hub);
    CHECK(panel.model()->rowCount() == 0); // hidden: nothing computed yet
    QSignalSpy refreshed(&panel, &DashboardPanel::refreshed);
    panel.setActive(true);
    CHECK(panel.isBusy());
    REQUIRE(refreshed.wait(20000));
    CHECK_FALSE(panel.isBusy());
    CHECK(panel.message().isEmpty());
    // Every indicator of the catalogue, for the hub and its two municipalities.
    const qsizetype indicators = IndicatorCatalogue(*f.db).all().size();
    CHECK(panel.model()->columnCount() == 1 + indicators);
    CHECK(panel.model()->rowCount() == 3);
    CHECK(panel.findChildren<IndicatorCard*>().size() == indicators);
    // K08 of the hub: 1 of 3 = 33,3 %, up from 0 of 3 in 2023/24.
    IndicatorCard* k08 = panel.findChild<IndicatorCard*>(QStringLiteral("card-K08"));
    REQUIRE(k08);
    CHECK(k08->valueText() == QString::fromUtf8("33,3\u00a0% ▲"));
    // The line chart's five years of the chosen indicator end with 2024/25.
    // Choosing another indicator computes only its years: the board (the table) is not read again.
    QSignalSpy again(&panel, &DashboardPanel::refreshed);
    QSignalSpy tableReset(panel.model(), &QAbstractItemModel::modelReset);
    panel.indicatorSelector()->setCurrentIndex(panel.indicatorSelector()->findData(QStringLiteral("K08")));
    REQUIRE(again.wait(20000));
    CHECK(tableReset.isEmpty());
    CHECK(panel.model()->rowCount() == 3);
    REQUIRE(panel.years().size() == 5);
    CHECK(panel.years().first().period.text() == QStringLiteral("2020/21"));
    CHECK(panel.years().last().figure.numerator == 1);
    CHECK(panel.years().last().figure.denominator == 3);
    CHECK(*panel.years().last().target == 30);

    // A target edited elsewhere: the dashboard reads again. Район's 50 % against 40: reached.
    QSignalSpy edited(&panel, &DashboardPanel::refreshed);
    REQUIRE(edits.run(QStringLiteral("target"), [&] {
        return IndicatorTargets(*f.db).set(QStringLiteral("K08"), f.municipality, 2025, 40).status();
    }).ok());
    REQUIRE(edited.wait(20000));
    int k08Column = 1;
    while (k08Column < panel.model()->columnCount() && panel.model()->headerData(k08Column, Qt::Horizontal).toString() != QStringLiteral("K08"))
        ++k08Column;
    REQUIRE(k08Column < panel.model()->columnCount());
    CHECK(panel.model()->index(2, k08Column).data(DashboardModel::StatusRole).toInt() == int(TargetStatus::Reached));

    // Asked again while computing: one computation at a time, and the last wish is what shows.
    panel.setUnit(f.region);
    panel.setUnit(f.municipality);
    CHECK(panel.isBusy());
    REQUIRE(QTest::qWaitFor([&] { return !panel.isBusy(); }, 20000));
    CHECK(panel.model()->index(0, 0).data().toString() == QString::fromUtf8("Район"));
    CHECK(panel.model()->rowCount() == 3); // Район, Школа А, Школа Б
}

TEST_CASE("the people behind a figure: the gaps by default, the numerator on request, to CSV", "[ui][dashboard]")
{
    DashboardFixture f;
    // K08 of the hub: Абрамова has a route (numerator); Белкина and Вавилова have none (gaps).
    PeopleDialog dialog(*f.db, QStringLiteral("K08"), f.hub, f.y2024);
    CHECK(dialog.message().isEmpty());
    QTableWidget* table = dialog.table();
    REQUIRE(table->rowCount() == 2);
    CHECK(dialog.findChild<QLabel*>()->text().endsWith(QString::fromUtf8("Не в числителе: 2 из 3.")));
    CHECK(table->item(0, 0)->text() == QString::fromUtf8("Белкина Анна Ивановна"));
    CHECK(table->item(0, 1)->text() == QString::fromUtf8("Школа А"));
    CHECK(table->item(1, 0)->text() == QString::fromUtf8("Вавилова Анна Ивановна"));
    CHECK(table->item(1, 1)->text() == QString::fromUtf8("Школа В"));
    dialog.numeratorToggle()->setChecked(true);
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == QString::fromUtf8("Абрамова Анна Ивановна"));

    dialog.numeratorToggle()->setChecked(false);
    const QString path = f.folder.path(QStringLiteral("gaps.csv"));
    FileDialog::setNextFileName(path);
    REQUIRE(dialog.exportCsv());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    CHECK(csv.contains(QString::fromUtf8("Белкина Анна Ивановна")));
    CHECK(csv.contains(QString::fromUtf8("Вавилова Анна Ивановна")));
    CHECK_FALSE(csv.contains(QString::fromUtf8("Абрамова")));

    // K14: the rows are the methodists' employments — none here — and the note names the staff,
    // the numerator; no gaps to switch to.
    PeopleDialog records(*f.db, QStringLiteral("K14"), f.hub, f.y2024);
    CHECK(records.message().isEmpty());
    CHECK(records.table()->rowCount() == 0);
    CHECK(records.numeratorToggle()->isHidden());
    CHECK(records.findChild<QLabel*>()->text().contains(QString::fromUtf8("Числитель — весь штат подразделения на 31.08.2025: 3.")));
}

TEST_CASE("records behind a figure: K09 from a card, a checklist item from a cell, each read with its own columns", "[ui][dashboard]")
{
    DashboardFixture f;
    // K09 of the hub in 2024/25: Гаврилова's route at C completed successfully on 20.05.2025,
    // Дьячкова's at A abandoned on 01.03.2025 — 1 of 2. C01: A «да», B «нет» — 1 of 2.
    const qint64 g = f.person("Гаврилова", f.schoolC);
    const qint64 d = f.person("Дьячкова", f.schoolA);
    f.route(g, f.schoolC, QDate(2024, 9, 1), QDate(2025, 5, 20), "completed_successfully");
    f.route(d, f.schoolA, QDate(2024, 9, 1), {}, "abandoned", {}, QDate(2025, 3, 1));
    f.answer(f.schoolA, 2024, QStringLiteral("C01"), "yes");
    f.answer(f.schoolB, 2024, QStringLiteral("C01"), "no");

    EditSession edits;
    edits.setDatabase(f.db.get());
    DashboardPanel panel(&edits);
    panel.resize(1400, 900);
    panel.setDatabase(f.db.get());
    panel.setPeriod(f.y2024);
    panel.setUnit(f.hub);
    QSignalSpy refreshed(&panel, &DashboardPanel::refreshed);
    panel.setActive(true);
    REQUIRE(refreshed.wait(20000));
    panel.show();

    // A double click on the K09 card: the gap is Дьячкова's abandoned route.
    IndicatorCard* k09 = panel.findChild<IndicatorCard*>(QStringLiteral("card-K09"));
    REQUIRE(k09);
    QTest::mouseDClick(k09, Qt::LeftButton);
    QList<PeopleDialog*> dialogs = panel.findChildren<PeopleDialog*>();
    REQUIRE(dialogs.size() == 1);
    PeopleDialog* routes = dialogs.first();
    CHECK(routes->windowTitle() == QString::fromUtf8("Записи за показателем K09, 2024/25"));
    QTableWidget* table = routes->table();
    QStringList headers;
    for (int c = 0; c < table->columnCount(); ++c)
        headers << table->horizontalHeaderItem(c)->text();
    CHECK(headers == QStringList{QString::fromUtf8("Запись"), QString::fromUtf8("Педагог или наставляемые"), QString::fromUtf8("Организация"),
                                 QString::fromUtf8("Итоговый статус"), QString::fromUtf8("Дата")});
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 1)->text() == QString::fromUtf8("Дьячкова Анна Ивановна"));
    CHECK(table->item(0, 3)->text() == QString::fromUtf8("прекращён"));
    CHECK(table->item(0, 4)->text() == QStringLiteral("01.03.2025"));
    CHECK(routes->numeratorToggle()->text() == QString::fromUtf8("Показать записи в числителе"));
    CHECK(routes->findChild<QLabel*>()->text().endsWith(QString::fromUtf8("Не в числителе: 1 из 2.")));
    routes->numeratorToggle()->setChecked(true);
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 1)->text() == QString::fromUtf8("Гаврилова Анна Ивановна"));
    routes->close(); // deletes itself
    QTest::qWait(0);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // A double click on the hub's C01 cell in the drill-down table: the gap is Школа Б's «нет».
    int c01 = 1;
    while (c01 < panel.model()->columnCount() && panel.model()->headerData(c01, Qt::Horizontal).toString() != QStringLiteral("C01"))
        ++c01;
    REQUIRE(c01 < panel.model()->columnCount());
    QTableView* view = panel.table();
    const QModelIndex cell = panel.model()->index(0, c01);
    view->scrollTo(cell);
    const QPoint centre = view->visualRect(cell).center();
    REQUIRE(view->viewport()->rect().contains(centre));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre); // the view double-clicks the index it was pressed on
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
    dialogs = panel.findChildren<PeopleDialog*>();
    REQUIRE(dialogs.size() == 1);
    PeopleDialog* answers = dialogs.first();
    CHECK(answers->windowTitle() == QString::fromUtf8("Ответы за показателем C01, 2024/25"));
    REQUIRE(answers->table()->rowCount() == 1);
    CHECK(answers->table()->horizontalHeaderItem(0)->text() == QString::fromUtf8("Подразделение"));
    CHECK(answers->table()->item(0, 0)->text() == QString::fromUtf8("Школа Б"));
    CHECK(answers->table()->item(0, 1)->text() == QString::fromUtf8("нет"));
    CHECK(answers->numeratorToggle()->text() == QString::fromUtf8("Показать подразделения в числителе"));
    CHECK(answers->findChild<QLabel*>()->text().contains(QString::fromUtf8("Подразделения, не ответившие на пункт за 2024/25, не учитываются.")));
    answers->close();
}

TEST_CASE("a target edited in the dialog is one undoable step — a refusal writes nothing", "[ui][dashboard]")
{
    DashboardFixture f;
    EditSession edits;
    edits.setDatabase(f.db.get());
    IndicatorTargets targets(*f.db);
    TargetDialog dialog(edits, f.municipality, QString::fromUtf8("Район"), QStringLiteral("K08"), 2025);
    CHECK(dialog.indicator()->currentData().toString() == QStringLiteral("K08"));
    CHECK(dialog.value()->value() == 52); // Район's own target, set by the fixture
    dialog.value()->setValue(60);
    REQUIRE(dialog.save());
    CHECK(targets.targetFor(QStringLiteral("K08"), f.municipality, 2025)->value == 60);
    CHECK(edits.undoStack()->count() == 1);
    edits.undoStack()->undo();
    CHECK(targets.targetFor(QStringLiteral("K08"), f.municipality, 2025)->value == 52);
    edits.undoStack()->redo();
    CHECK(targets.targetFor(QStringLiteral("K08"), f.municipality, 2025)->value == 60);

    // 120 % is refused with the core's message; the target and the undo history stay.
    dialog.value()->setValue(120);
    CHECK_FALSE(dialog.save());
    CHECK(dialog.findChild<ErrorLabel*>()->text() == QString::fromUtf8("Цель показателя K08 — процент, она не может быть больше 100."));
    CHECK(targets.targetFor(QStringLiteral("K08"), f.municipality, 2025)->value == 60);
    CHECK(edits.undoStack()->count() == 1);
}

TEST_CASE("the window shows the dashboard from View ▸ Indicators, following the tree and the period", "[ui][dashboard][window]")
{
    DashboardFixture f;
    const QString path = f.db->path();
    TestWindow w(f.folder.path(QStringLiteral("settings.ini")));
    MainWindow& window = w.window;
    REQUIRE(window.openDatabase(path));
    QStackedWidget* stack = window.findChild<QStackedWidget*>();
    REQUIRE(stack);
    QAction* action = window.action("dashboardAction");
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_0));
    REQUIRE(window.unitTree()->selectUnit(f.hub));
    // 2024/25 in the period selector.
    QComboBox* periods = window.periodSelector();
    const int y2024 = periods->findText(QStringLiteral("2024/25"), Qt::MatchStartsWith);
    REQUIRE(y2024 >= 0);
    periods->setCurrentIndex(y2024);
    QSignalSpy refreshed(window.dashboard(), &DashboardPanel::refreshed);
    action->trigger();
    CHECK(stack->currentWidget() == window.dashboard());
    CHECK(action->text().remove(u'&') == QString::fromUtf8("Показатели"));
    CHECK(window.sectionList()->currentRow() == -1);
    REQUIRE(refreshed.wait(20000));
    CHECK(window.dashboard()->model()->rowCount() == 3); // the hub and its two municipalities
    CHECK(window.dashboard()->model()->index(0, 0).data().toString() == QString::fromUtf8("Хаб"));
    // Another unit in the tree: its children.
    QSignalSpy municipality(window.dashboard(), &DashboardPanel::refreshed);
    REQUIRE(window.unitTree()->selectUnit(f.municipality));
    REQUIRE(municipality.wait(20000));
    CHECK(window.dashboard()->model()->rowCount() == 3); // Район, Школа А, Школа Б
    CHECK(window.dashboard()->model()->index(0, 0).data().toString() == QString::fromUtf8("Район"));
    // A section of the list leaves it; Ctrl+0 brings it back.
    window.sectionList()->setCurrentRow(2);
    CHECK(stack->currentWidget() != window.dashboard());
    CHECK_FALSE(action->isChecked());
    action->trigger();
    CHECK(stack->currentWidget() == window.dashboard());
}
