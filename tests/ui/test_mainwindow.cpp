// The main window, driven as a user would: open, select a unit, filter, new database, errors,
// recent files, the CSV seam and drag and drop. Dialogs are answered by the tests.
#include "backupsdialog.h"
#include "demo/demogenerator.h"
#include "editsession.h"
#include "files/userfolders.h"
#include "filedialog.h"
#include "inputdialog.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "recentfilesmenu.h"
#include "registerpanel.h"
#include "settings.h"
#include "stafffixture.h"
#include "staffpanel.h"
#include "stafftablemodel.h"
#include "storage/orgunitrepository.h"
#include "storage/personrepository.h"
#include "storage/staffquery.h"
#include "unittreemodel.h"
#include "unittreeview.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QUrl>
#include <catch2/catch.hpp>

namespace {

struct Window {
    explicit Window(const QString& ini) : storage(ini, QSettings::IniFormat), settings(&storage), window(settings) {}
    QSettings storage;
    Settings settings;
    MainWindow window;
};

// QTest::keyClicks takes only ASCII: Cyrillic is typed as key events carrying text.
void type(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(widget, &release);
    }
}

QVector<qint64> shownEmployments(const StaffTableModel& model)
{
    QVector<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.employmentId(row);
    return ids;
}

} // namespace

TEST_CASE("the window opens a database and shows the staff of the unit clicked in the tree", "[ui][window]")
{
    StaffFixture f;
    Window w(f.folder.path(QStringLiteral("settings.ini")));
    MainWindow& window = w.window;
    CHECK(window.database() == nullptr);
    CHECK_FALSE(window.staffPanel()->isEnabled());

    REQUIRE(window.openDatabase(f.path));
    REQUIRE(window.database() != nullptr);
    CHECK(window.windowTitle().contains(QStringLiteral("staff.db")));
    // The region is selected at first: everyone employed today.
    StaffTableModel* staff = window.staffPanel()->model();
    CHECK(window.unitTree()->currentUnitId() == f.unit("R"));
    CHECK(staff->rowCount() == 20);

    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    UnitTreeView* tree = window.unitTree();
    const QModelIndex ma = tree->unitModel()->indexOf(f.unit("MA"));
    REQUIRE(ma.isValid());
    tree->expand(ma.parent());
    tree->scrollTo(ma);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(ma).center());
    CHECK(tree->currentUnitId() == f.unit("MA"));

    // Exactly the municipality's staff, in the register's order.
    StaffFilter filter;
    filter.rootUnitId = f.unit("MA");
    filter.on = QDate::currentDate();
    const QVector<qint64> expected = StaffQuery(*window.database()).ids(filter).value();
    CHECK(expected.size() == 7);
    CHECK(shownEmployments(*staff) == expected);
    CHECK(window.staffPanel()->countLabel()->text().contains(QStringLiteral("7")));

    // Typing a name filters after a short pause.
    type(window.staffPanel()->nameFilter(), QString::fromUtf8("иван"));
    CHECK(window.staffPanel()->nameFilter()->text() == QString::fromUtf8("иван"));
    CHECK(staff->rowCount() == 7);
    CHECK(QTest::qWaitFor([&] { return staff->rowCount() == 3; }, 2000)); // Иванов, Иванова, Петров С. И.

    // The position list starts with "all"; choosing one filters.
    QComboBox* positions = window.staffPanel()->positionFilter();
    CHECK(positions->itemData(0).toString().isEmpty());
    positions->setCurrentIndex(positions->findData(QStringLiteral("head")));
    CHECK(staff->rowCount() == 1);
    positions->setCurrentIndex(0);
    window.staffPanel()->nameFilter()->clear();
    CHECK(QTest::qWaitFor([&] { return staff->rowCount() == 7; }, 2000));

    QComboBox* categories = window.staffPanel()->categoryFilter();
    categories->setCurrentIndex(categories->findData(QStringLiteral("highest")));
    CHECK(staff->rowCount() == 3);
    categories->setCurrentIndex(0);

    // Former staff of S1 on request.
    REQUIRE(tree->selectUnit(f.unit("S1")));
    CHECK(staff->rowCount() == 4);
    window.staffPanel()->formerStaff()->setChecked(true);
    CHECK(staff->rowCount() == 5);
    window.close();
}

TEST_CASE("recent files are remembered in the settings file", "[ui][window]")
{
    StaffFixture f;
    const QString ini = f.folder.path(QStringLiteral("settings.ini"));
    {
        Window w(ini);
        REQUIRE(w.window.openDatabase(f.path));
        w.window.close(); // saves the window's state
    }
    QSettings storage(ini, QSettings::IniFormat);
    Settings settings(&storage);
    REQUIRE(settings.recentFiles().size() == 1);
    CHECK(QFileInfo(settings.recentFiles().first()) == QFileInfo(f.path));
    CHECK_FALSE(settings.windowGeometry().isEmpty());
    CHECK_FALSE(settings.splitterState().isEmpty());

    // A file that has gone is dropped from the list when the menu opens.
    const QString gone = f.folder.write(QStringLiteral("gone.db"), "");
    settings.addRecentFile(gone);
    storage.sync();
    QFile::remove(gone);
    Window w(ini);
    auto* menu = w.window.findChild<RecentFilesMenu*>(QStringLiteral("recentMenu"));
    REQUIRE(menu);
    emit menu->aboutToShow();
    int files = 0;
    for (QAction* a : menu->actions())
        if (a->data().isValid())
            ++files;
    CHECK(files == 1);
}

TEST_CASE("opening a file that is not a database reports the error and keeps the open one", "[ui][window]")
{
    StaffFixture f;
    Window w(f.folder.path(QStringLiteral("settings.ini")));
    REQUIRE(w.window.openDatabase(f.path));
    Database* before = w.window.database();

    const QString text = f.folder.write(QStringLiteral("notes.db"), "These are notes, not a database.\n");
    const int shown = MessageBox::count();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(w.window.openDatabase(text));
    CHECK(MessageBox::count() == shown + 1);
    CHECK(MessageBox::last().icon == QMessageBox::Critical);
    CHECK(MessageBox::last().text.contains(text));
    CHECK(w.window.database() == before);
    CHECK_FALSE(w.settings.recentFiles().contains(text));

    // A missing file: the same, and without a scripted answer nothing blocks either.
    CHECK_FALSE(w.window.openDatabase(f.folder.path(QStringLiteral("missing.db"))));
    CHECK(MessageBox::count() == shown + 2);
    CHECK(w.window.database() == before);
}

TEST_CASE("File > New creates a database with its region", "[ui][window]")
{
    TempFolder folder;
    Window w(folder.path(QStringLiteral("settings.ini")));
    const QString path = folder.path(QStringLiteral("new.db"));

    // Cancelling the region name creates nothing.
    FileDialog::setNextFileName(path);
    InputDialog::setNextText(QString());
    w.window.action("newAction")->trigger();
    CHECK(w.window.database() == nullptr);
    CHECK_FALSE(QFileInfo::exists(path));

    FileDialog::setNextFileName(path);
    InputDialog::setNextText(QString::fromUtf8("  Томская область "));
    w.window.action("newAction")->trigger();
    REQUIRE(w.window.database() != nullptr);
    CHECK(QFileInfo(w.window.database()->path()) == QFileInfo(path));
    const auto region = OrgUnitRepository(*w.window.database()).region();
    REQUIRE(region);
    CHECK(region->name == QString::fromUtf8("Томская область"));
    UnitTreeModel* tree = w.window.unitTree()->unitModel();
    REQUIRE(tree->rowCount() == 1);
    CHECK(tree->unitId(tree->index(0, 0)) == region->id);
    CHECK(w.window.unitTree()->currentUnitId() == region->id);
    CHECK(w.window.staffPanel()->model()->rowCount() == 0);
    CHECK(w.settings.recentFiles().value(0) == QFileInfo(path).absoluteFilePath());
}

TEST_CASE("the CSV actions call the handlers the CSV component sets, also for a dropped file", "[ui][window][csv]")
{
    StaffFixture f;
    Window w(f.folder.path(QStringLiteral("settings.ini")));
    MainWindow& window = w.window;
    QAction* importUnits = window.action("importUnitsAction");
    QAction* importPersons = window.action("importPersonsAction");
    QAction* exportPersons = window.action("exportPersonsAction");
    REQUIRE(importUnits);
    REQUIRE(importPersons);
    REQUIRE(exportPersons);

    QList<CsvRequest> imports, exports;
    window.setImportHandler([&](const CsvRequest& r) { imports << r; });
    CHECK_FALSE(importUnits->isEnabled()); // no database yet
    REQUIRE(window.openDatabase(f.path));
    CHECK(importUnits->isEnabled());
    CHECK(importPersons->isEnabled());
    CHECK_FALSE(exportPersons->isEnabled()); // no export handler yet
    window.setExportHandler([&](const CsvRequest& r) { exports << r; });
    CHECK(exportPersons->isEnabled());

    importUnits->trigger();
    REQUIRE(imports.size() == 1);
    CHECK(imports[0].kind == CsvKind::Units);
    CHECK(imports[0].path.isEmpty());
    CHECK(imports[0].database == window.database());
    CHECK(imports[0].parent == &window);
    CHECK(imports[0].unitId == f.unit("R"));
    exportPersons->trigger();
    REQUIRE(exports.size() == 1);
    CHECK(exports[0].kind == CsvKind::Persons);

    // Dropping a CSV file asks what it holds, then imports it.
    const QString csv = f.folder.write(QStringLiteral("staff.csv"), "last_name;first_name\n");
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(csv)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    CHECK(enter.isAccepted());
    MessageBox::setNextChoice(1);
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    REQUIRE(imports.size() == 2);
    CHECK(imports[1].kind == CsvKind::Persons);
    CHECK(imports[1].path == csv);
    // Cancelled: nothing is imported.
    MessageBox::setNextChoice(-1);
    QDropEvent again(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &again);
    CHECK(imports.size() == 2);

    window.closeDatabase();
    CHECK_FALSE(importUnits->isEnabled());
    CHECK_FALSE(exportPersons->isEnabled());
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    refused.ignore();
    QCoreApplication::sendEvent(&window, &refused);
    CHECK_FALSE(refused.isAccepted());
}

TEST_CASE("the tree keeps its selection when units change, and starts afresh with another database", "[ui][window]")
{
    StaffFixture f;
    Window w(f.folder.path(QStringLiteral("settings.ini")));
    REQUIRE(w.window.openDatabase(f.path));
    UnitTreeView* tree = w.window.unitTree();
    REQUIRE(tree->selectUnit(f.unit("MA")));
    CHECK(tree->isExpanded(tree->unitModel()->indexOf(f.unit("HA"))));

    // Another program (or the CSV import) adds a school: the window's own database reloads.
    OrgUnit school;
    school.level = UnitLevel::Organisation;
    school.parentId = f.unit("MK");
    school.code = QStringLiteral("K7");
    school.name = QString::fromUtf8("МБОУ СОШ № 7");
    REQUIRE(OrgUnitRepository(*w.window.database()).insert(school).ok());
    CHECK(tree->currentUnitId() == f.unit("MA"));
    CHECK(tree->isExpanded(tree->unitModel()->indexOf(f.unit("HA"))));
    CHECK(w.window.staffPanel()->model()->rowCount() == 7);
    CHECK(tree->unitModel()->indexOf(school.id).isValid());

    // A new database: its region is selected, its hubs shown.
    TempFolder other;
    FileDialog::setNextFileName(other.path(QStringLiteral("other.db")));
    InputDialog::setNextText(QString::fromUtf8("Новосибирская область"));
    w.window.action("newAction")->trigger();
    REQUIRE(w.window.database() != nullptr);
    const qint64 region = OrgUnitRepository(*w.window.database()).region()->id;
    CHECK(tree->currentUnitId() == region);
    CHECK(tree->isExpanded(tree->unitModel()->index(0, 0)));
    CHECK(w.window.windowTitle().contains(QStringLiteral("other.db")));
}

TEST_CASE("the window opens a demo database and shows a municipality's staff", "[ui][window][demo]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("demo.db"));
    {
        auto db = openDatabase(path);
        DemoOptions options;
        options.size = DemoSize::M;
        REQUIRE(DemoGenerator(*db, options).run().ok());
    }
    Window w(folder.path(QStringLiteral("settings.ini")));
    REQUIRE(w.window.openDatabase(path));
    OrgUnitRepository units(*w.window.database());
    const QVector<OrgUnit> all = units.all();
    const auto found = std::find_if(all.begin(), all.end(), [](const OrgUnit& u) { return u.level == UnitLevel::Municipality; });
    REQUIRE(found != all.end());
    REQUIRE(w.window.unitTree()->selectUnit(found->id));

    // The table lists every employment current today in the municipality's organisations.
    QSqlQuery q(w.window.database()->connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM employment e JOIN org_unit_closure c ON c.descendant_id = e.org_unit_id "
                             "WHERE c.ancestor_id = ? AND e.start_date <= ? AND (e.end_date IS NULL OR e.end_date >= ?)"));
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    q.addBindValue(found->id);
    q.addBindValue(today);
    q.addBindValue(today);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    const int expected = q.value(0).toInt();
    CHECK(expected > 4000);
    CHECK(w.window.staffPanel()->model()->rowCount() == expected);
    // The tree shows the municipality with its staff count.
    const QModelIndex index = w.window.unitTree()->unitModel()->indexOf(found->id);
    CHECK(index.data().toString().startsWith(found->name + QStringLiteral(" (")));
}

TEST_CASE("Help > About names the program's version", "[ui][window][version]")
{
    TempFolder folder;
    Window w(folder.path(QStringLiteral("settings.ini")));
    w.window.action("aboutAction")->trigger();
    CHECK(MessageBox::last().title == QString::fromUtf8("О программе «Методист»"));
    CHECK(MessageBox::last().text.contains(QString::fromUtf8("Методист %1").arg(QStringLiteral(METODIST_VERSION))));
}

TEST_CASE("File > New never replaces an existing file, whether another program has it open or not", "[ui][window]")
{
    TempFolder folder;
    Window w(folder.path(QStringLiteral("settings.ini")));

    // Another program's open database: refused, its files and its data untouched.
    StaffFixture f;
    auto other = Database::open(f.path, Database::OpenMode::ExistingOnly);
    REQUIRE(other);
    const int persons = PersonRepository(**other).count();
    REQUIRE(persons > 0);
    FileDialog::setNextFileName(f.path);
    InputDialog::setNextText(QString::fromUtf8("Томская область"));
    w.window.action("newAction")->trigger();
    CHECK(w.window.database() == nullptr);
    CHECK(MessageBox::last().icon == QMessageBox::Warning);
    CHECK(MessageBox::last().text.contains(QString::fromUtf8("уже существует")));
    CHECK(QFileInfo::exists(f.path + QStringLiteral("-wal")));
    CHECK(PersonRepository(**other).count() == persons);

    // Any other file: refused and left as it was.
    const QString notes = folder.write(QStringLiteral("notes.db"), "a user's notes\n");
    CHECK_FALSE(w.window.createDatabase(notes, QString::fromUtf8("Область")));
    QFile read(notes);
    REQUIRE(read.open(QIODevice::ReadOnly));
    CHECK(read.readAll() == QByteArray("a user's notes\n"));

    // A -wal left beside a missing file still holds someone's data.
    const QString orphan = folder.path(QStringLiteral("orphan.db"));
    folder.write(QStringLiteral("orphan.db-wal"), "pages");
    CHECK_FALSE(w.window.createDatabase(orphan, QString::fromUtf8("Область")));
    CHECK_FALSE(QFileInfo::exists(orphan));
}

TEST_CASE("opening an empty file asks whether to make a new database in it", "[ui][window]")
{
    TempFolder folder;
    Window w(folder.path(QStringLiteral("settings.ini")));
    const QString empty = folder.write(QStringLiteral("пустой.db"), QByteArray());

    MessageBox::setNextAnswer(QMessageBox::No);
    CHECK_FALSE(w.window.openDatabase(empty));
    CHECK(MessageBox::last().icon == QMessageBox::Question);
    CHECK(MessageBox::last().text.contains(QString::fromUtf8("пуст (0 байт)")));
    CHECK(w.window.database() == nullptr);
    CHECK(QFileInfo(empty).size() == 0);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    InputDialog::setNextText(QString::fromUtf8("Томская область"));
    REQUIRE(w.window.openDatabase(empty));
    REQUIRE(w.window.database() != nullptr);
    CHECK(OrgUnitRepository(*w.window.database()).region()->name == QString::fromUtf8("Томская область"));
}

TEST_CASE("the first opening of the day keeps a backup, and File > Save a copy writes one file", "[ui][window][backup]")
{
    StaffFixture f;
    const DataHome home(f.folder.path(QStringLiteral("share")));
    const QString backups = UserFolders::backups(f.path);
    {
        Window w(f.folder.path(QStringLiteral("settings.ini")));
        REQUIRE(w.window.openDatabase(f.path));
        const QStringList taken = QDir(backups).entryList({QStringLiteral("*.db")}, QDir::Files);
        REQUIRE(taken.size() == 1);
        CHECK(taken.first().startsWith(QDate::currentDate().toString(Qt::ISODate)));
        CHECK(w.window.statusBar()->currentMessage().startsWith(QStringLiteral("Резервная копия дня сделана")));

        // Save a copy: one file, openable, with the staff.
        const QString copy = f.folder.path(QStringLiteral("на флешку.db"));
        FileDialog::setNextFileName(copy);
        QAction* save = w.window.findChild<QAction*>(QStringLiteral("saveCopyAction"));
        REQUIRE(save);
        REQUIRE(save->isEnabled());
        save->trigger();
        CHECK_FALSE(QFileInfo::exists(copy + QStringLiteral("-wal")));
        const auto opened = Database::open(copy, Database::OpenMode::ReadOnly);
        REQUIRE(opened);
        CHECK(PersonRepository(**opened).count() == PersonRepository(*w.window.database()).count());

        // Not over the database itself.
        const int shown = MessageBox::count();
        FileDialog::setNextFileName(f.path);
        save->trigger();
        CHECK(MessageBox::count() == shown + 1);
    }
    // Opened again the same day: no second backup.
    Window again(f.folder.path(QStringLiteral("settings2.ini")));
    REQUIRE(again.window.openDatabase(f.path));
    CHECK(QDir(backups).entryList({QStringLiteral("*.db")}, QDir::Files).size() == 1);
}

TEST_CASE("File > Backups lists the backups, takes one and restores one, the current data kept first", "[ui][window][backup]")
{
    StaffFixture f;
    const DataHome home(f.folder.path(QStringLiteral("share")));
    Window w(f.folder.path(QStringLiteral("settings.ini")));
    REQUIRE(w.window.openDatabase(f.path));
    Database& db = *w.window.database();
    const int before = PersonRepository(db).count();
    REQUIRE(before > 0);

    // A person entered after the backup of the day.
    Person p;
    p.lastName = QString::fromUtf8("Новикова");
    p.firstName = QString::fromUtf8("Анна");
    REQUIRE(PersonRepository(db).insert(p));
    REQUIRE(PersonRepository(db).count() == before + 1);

    QAction* open = w.window.findChild<QAction*>(QStringLiteral("backupsAction"));
    REQUIRE(open);
    REQUIRE(open->isEnabled());
    open->trigger();
    auto* dialog = w.window.findChild<BackupsDialog*>(QStringLiteral("backupsDialog"));
    REQUIRE(dialog);
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("backupsTable"));
    REQUIRE(table);
    REQUIRE(table->rowCount() == 1); // the backup of the day
    CHECK(table->item(0, 3)->text() == QString::number(before));

    // Taken now: the newest row, with the new person.
    dialog->findChild<QPushButton*>(QStringLiteral("takeBackupButton"))->click();
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 3)->text() == QString::number(before + 1));

    // Restoring the older one, cancelled: nothing changes.
    table->selectRow(1);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    CHECK_FALSE(dialog->restoreSelected());
    CHECK(PersonRepository(db).count() == before + 1);

    // Confirmed: the data of the morning, the data before kept as a third backup.
    table->selectRow(1);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(dialog->restoreSelected());
    CHECK(MessageBox::last().text.contains(QString::fromUtf8("сначала сохранятся")));
    CHECK(PersonRepository(db).count() == before);
    REQUIRE(table->rowCount() == 3);
    CHECK(table->item(0, 3)->text() == QString::number(before + 1));
    CHECK(w.window.statusBar()->currentMessage().contains(QString::fromUtf8("восстановлена")));
    // Another program sees the restored data.
    const auto other = Database::open(f.path, Database::OpenMode::ReadOnly);
    REQUIRE(other);
    CHECK(PersonRepository(**other).count() == before);

    // The rotation's numbers are the window's settings, used by the backup of the day.
    dialog->findChild<QSpinBox*>(QStringLiteral("backupsDaily"))->setValue(3);
    dialog->findChild<QSpinBox*>(QStringLiteral("backupsWeekly"))->setValue(0);
    CHECK(BackupsDialog::policy(w.settings).daily == 3);
    CHECK(BackupsDialog::policy(w.settings).weekly == 0);
    dialog->close();
}

namespace {

// The actions that write, as a user finds them: in the File menu, the staff panel and a register.
QList<QAction*> writeActions(MainWindow& window)
{
    QList<QAction*> actions;
    for (const char* name : {"importUnitsAction", "importPersonsAction", "staffNewAction", "staffEditAction"})
        actions << window.findChild<QAction*>(QString::fromLatin1(name));
    QWidget* courses = window.findChild<QWidget*>(QStringLiteral("register-course-completion"));
    REQUIRE(courses);
    for (const char* name : {"createRecordAction", "editRecordAction", "removeRecordAction"})
        actions << courses->findChild<QAction*>(QString::fromLatin1(name));
    for (QAction* action : std::as_const(actions))
        REQUIRE(action);
    return actions;
}

} // namespace

TEST_CASE("File > Open to read only: the title says so, nothing can be changed, and the file stays as it was", "[ui][window][readonly]")
{
    StaffFixture f;
    const DataHome home(f.folder.path(QStringLiteral("share")));
    const int persons = PersonRepository(*f.db).count();
    f.db.reset();
    const QByteArray before = [&] {
        QFile file(f.path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }();
    Window w(f.folder.path(QStringLiteral("settings.ini")));
    MainWindow& window = w.window;

    FileDialog::setNextFileName(f.path);
    window.findChild<QAction*>(QStringLiteral("openReadOnlyAction"))->trigger();
    REQUIRE(window.database() != nullptr);
    CHECK(window.database()->isReadOnly());
    CHECK(window.windowTitle() == QString::fromUtf8("Методист — staff.db (только чтение)"));
    CHECK(window.statusBar()->currentMessage().contains(QString::fromUtf8("только для чтения")));
    CHECK(window.staffPanel()->model()->rowCount() == 20); // it reads
    REQUIRE(window.unitTree()->selectUnit(f.unit("S1")));
    window.staffPanel()->view()->selectRow(0);
    window.findChild<QAction*>(QStringLiteral("section-course-completion"))->trigger();
    for (QAction* action : writeActions(window))
        CHECK_FALSE(action->isEnabled());

    // A write that still comes (a target, an author's text) is refused with the reason.
    auto* session = window.findChild<EditSession*>();
    REQUIRE(session);
    bool ran = false;
    const Status refused = session->run(QStringLiteral("x"), [&] { ran = true; return Status::success(); });
    CHECK_FALSE(refused);
    CHECK_FALSE(ran);
    CHECK(refused.error().contains(QString::fromUtf8("только для чтения")));

    // No restoring into it either.
    window.findChild<QAction*>(QStringLiteral("backupsAction"))->trigger();
    auto* dialog = window.findChild<BackupsDialog*>(QStringLiteral("backupsDialog"));
    REQUIRE(dialog);
    CHECK_FALSE(dialog->findChild<QPushButton*>(QStringLiteral("restoreBackupButton"))->isEnabled());
    dialog->close();
    {
        QFile file(f.path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == before);
    }

    // The same file opened as usual: editable again.
    REQUIRE(window.openDatabase(f.path));
    CHECK_FALSE(window.database()->isReadOnly());
    CHECK(window.windowTitle() == QString::fromUtf8("Методист — staff.db"));
    REQUIRE(window.unitTree()->selectUnit(f.unit("S1")));
    CHECK(window.findChild<QAction*>(QStringLiteral("staffNewAction"))->isEnabled());
    CHECK(window.findChild<QWidget*>(QStringLiteral("register-course-completion"))
              ->findChild<QAction*>(QStringLiteral("createRecordAction"))->isEnabled());
    CHECK(PersonRepository(*window.database()).count() == persons);
    window.close();
}

TEST_CASE("a register whose read fails says so instead of showing an empty list", "[ui][window][readerror]")
{
    StaffFixture f;
    const DataHome home(f.folder.path(QStringLiteral("share")));
    Window w(f.folder.path(QStringLiteral("settings.ini")));
    MainWindow& window = w.window;
    REQUIRE(window.openDatabase(f.path));
    REQUIRE(window.unitTree()->selectUnit(f.unit("S1")));
    QLabel* staffCount = window.staffPanel()->countLabel();
    CHECK(staffCount->text() == QString::fromUtf8("Строк в списке: 4"));

    // Another program takes the tables away (as a damaged or foreign file would): every read fails.
    {
        const auto other = Database::open(f.path, Database::OpenMode::ExistingOnly);
        REQUIRE(other);
        QSqlQuery q((*other)->connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        REQUIRE(q.exec(QStringLiteral("ALTER TABLE person RENAME TO person_gone")));
        REQUIRE(q.exec(QStringLiteral("ALTER TABLE course_completion RENAME TO course_completion_gone")));
    }
    REQUIRE(window.unitTree()->selectUnit(f.unit("S4")));
    CHECK(window.staffPanel()->model()->rowCount() == 0);
    CHECK(staffCount->text().startsWith(QString::fromUtf8("Не удалось прочитать сотрудников: ")));
    CHECK(staffCount->text().contains(QStringLiteral("person")));

    window.findChild<QAction*>(QStringLiteral("section-course-completion"))->trigger();
    auto* courses = window.findChild<RegisterPanel*>(QStringLiteral("register-course-completion"));
    REQUIRE(courses);
    CHECK(courses->countLabel()->text().startsWith(QString::fromUtf8("Не удалось прочитать записи: ")));
    INFO(courses->countLabel()->text().toStdString());
    CHECK(courses->countLabel()->text().contains(QStringLiteral("course_completion")));
    window.close();
}
