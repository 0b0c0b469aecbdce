#include "mainwindow.h"
#include "dashboard/dashboardpanel.h"
#include "demodatabase.h"
#include "editsession.h"
#include "filedialog.h"
#include "inputdialog.h"
#include "messagebox.h"
#include "participantpicker.h"
#include "personcard.h"
#include "recentfilesmenu.h"
#include "recordforms.h"
#include "registerpanel.h"
#include "reports/reportpanel.h"
#include "reports/reportsmenu.h"
#include "routebuilder.h"
#include "registers/registerspec.h"
#include "settings.h"
#include "staffpanel.h"
#include "stafftablemodel.h"
#include "unittreeview.h"
#include "backup/backups.h"
#include "backupsdialog.h"
#include "files/userfolders.h"
#include "welcomepage.h"
#include "storage/clock.h"
#include "storage/database.h"
#include "storage/orgunitrepository.h"
#include "storage/personrepository.h"
#include "storage/recordperson.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMimeData>
#include <QSplitter>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

QString databaseFilter()
{
    return MainWindow::tr("Metodist databases (*.db *.sqlite *.metodist);;All files (*)");
}

bool isCsv(const QString& path)
{
    return path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);
}

} // namespace

MainWindow::MainWindow(Settings& settings, QWidget* parent)
    : QMainWindow(parent),
      m_settings(settings),
      m_edits(new EditSession(this)),
      m_tree(new UnitTreeView(this)),
      m_staff(new StaffPanel(this)),
      m_forms(std::make_unique<RecordForms>(*m_edits, this)),
      m_sections(new QListWidget(this)),
      m_stack(new QStackedWidget(this)),
      m_heading(new QWidget(this)),
      m_sectionTitle(new QLabel(this)),
      m_period(new QComboBox(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_pathLabel(new QLabel(this)),
      m_countsLabel(new QLabel(this))
{
    m_demoOptions = DemoDatabase::defaultOptions();
    setObjectName(QStringLiteral("mainWindow"));
    createSections();
    // Left: the tree over the sections; right: the section's title and period over its register.
    auto* left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_tree);
    left->addWidget(m_sections);
    left->setStretchFactor(0, 1);
    left->setStretchFactor(1, 0);
    left->setChildrenCollapsible(false);
    auto* right = new QWidget(this);
    auto* heading = new QHBoxLayout(m_heading);
    heading->setContentsMargins(0, 0, 0, 0);
    QFont titleFont = m_sectionTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_sectionTitle->setFont(titleFont);
    heading->addWidget(m_sectionTitle, 1);
    heading->addWidget(new QLabel(tr("Period:"), this));
    heading->addWidget(m_period);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 4, 4, 0);
    rightLayout->addWidget(m_heading);
    rightLayout->addWidget(m_stack, 1);
    m_staff->layout()->setContentsMargins(0, 0, 0, 0);
    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({280, 1000});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);

    connect(m_tree, &UnitTreeView::unitSelected, this, [this](qint64 unitId) {
        m_staff->setRootUnit(unitId);
        for (RegisterPanel* panel : std::as_const(m_registers))
            panel->setRootUnit(unitId); // only the shown register reads now
        m_dashboard->setUnit(unitId);
        m_reports->setUnit(unitId);
    });
    connect(m_edits, &EditSession::failed, this,
            [this](const QString& message) { MessageBox::warning(this, tr("Undo"), message); });
    createMenus();
    addWorkflowActions();
    setAcceptDrops(true);
    restoreSettings();
    adopt(nullptr);
}

MainWindow::~MainWindow()
{
    // The views forget the database before it is closed.
    adopt(nullptr);
}

void MainWindow::createMenus()
{
    auto add = [this](QMenu* menu, const char* name, const QString& text, const QKeySequence& shortcut,
                      auto slot) {
        QAction* a = menu->addAction(text);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcut(shortcut);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    QMenu* file = menuBar()->addMenu(tr("&File"));
    add(file, "newAction", tr("&New…"), QKeySequence::New, [this] { newDatabase(); });
    add(file, "openAction", tr("&Open…"), QKeySequence::Open, [this] { chooseDatabase(); });
    add(file, "openReadOnlyAction", tr("Open to &read only…"), {}, [this] { chooseDatabase(OpenAs::ReadOnly); });
    add(file, "demoAction", tr("Open the &demo database"), {}, [this] { openDemoDatabase(); });
    m_recent = new RecentFilesMenu(m_settings, file);
    m_recent->setObjectName(QStringLiteral("recentMenu"));
    file->addMenu(m_recent);
    connect(m_recent, &RecentFilesMenu::fileChosen, this, [this](const QString& path) { openDatabase(path); });
    file->addSeparator();
    QMenu* import = file->addMenu(tr("&Import CSV"));
    m_edits->addWriteAction(add(import, "importUnitsAction", tr("&Units…"), {}, [this] { importCsv(CsvKind::Units); }));
    m_edits->addWriteAction(add(import, "importPersonsAction", tr("&Persons…"), {}, [this] { importCsv(CsvKind::Persons); }));
    QMenu* exportMenu = file->addMenu(tr("&Export CSV"));
    add(exportMenu, "exportUnitsAction", tr("&Units…"), {}, [this] { exportCsv(CsvKind::Units); });
    add(exportMenu, "exportPersonsAction", tr("&Persons…"), {}, [this] { exportCsv(CsvKind::Persons); });
    file->addSeparator();
    add(file, "saveCopyAction", tr("Save a &copy…"), {}, [this] { saveCopy(); });
    add(file, "backupsAction", tr("&Backups…"), {}, [this] { showBackups(); });
    file->addSeparator();
    add(file, "quitAction", tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), [this] { close(); });

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_edits->undoStack()->createUndoAction(edit, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_edits->undoStack()->createRedoAction(edit, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    auto* sections = new QActionGroup(this);
    for (qsizetype i = 0; i < RecordKinds::all().size(); ++i) {
        const RecordKindInfo& info = RecordKinds::all().at(i);
        QAction* a = view->addAction(info.title);
        a->setObjectName(QStringLiteral("section-%1").arg(QLatin1String(info.code)));
        a->setCheckable(true);
        if (i < 9)
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        sections->addAction(a);
        connect(a, &QAction::triggered, this, [this, kind = info.kind] { showSection(kind); });
    }
    view->addSeparator();
    QAction* indicators = view->addAction(tr("&Indicators"));
    indicators->setObjectName(QStringLiteral("dashboardAction"));
    indicators->setCheckable(true);
    indicators->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    sections->addAction(indicators);
    connect(indicators, &QAction::triggered, this, &MainWindow::showDashboard);
    sections->addAction(ReportsMenu::create(menuBar(), m_reports, [this](const QString& kind) { showReports(kind); }));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    add(help, "aboutAction", tr("&About Metodist"), {}, [this] { showAbout(); });
}

void MainWindow::createSections()
{
    m_stack->addWidget(m_staff);
    for (const RecordKindInfo& info : RecordKinds::all()) {
        auto* item = new QListWidgetItem(info.title, m_sections);
        item->setData(Qt::UserRole, int(info.kind));
        if (!RegisterSpecs::has(info.kind))
            continue;
        auto* panel = new RegisterPanel(info.kind, this);
        panel->setForms(m_forms.get());
        for (const char* name : {"createRecordAction", "editRecordAction", "removeRecordAction"})
            m_edits->addWriteAction(panel->findChild<QAction*>(QString::fromLatin1(name)));
        panel->setActive(false);
        m_registers << panel;
        m_stack->addWidget(panel);
    }
    m_dashboard = new DashboardPanel(m_edits, this);
    m_stack->addWidget(m_dashboard);
    m_reports = new ReportPanel(m_edits, m_settings, this);
    m_stack->addWidget(m_reports);
    m_welcome = new WelcomePage(this);
    m_stack->addWidget(m_welcome);
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newDatabase);
    connect(m_welcome, &WelcomePage::openRequested, this, [this] { chooseDatabase(); });
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemoDatabase);
    connect(m_welcome, &WelcomePage::recentChosen, this, [this](const QString& path) { openDatabase(path); });
    m_sections->setObjectName(QStringLiteral("sectionList"));
    m_sections->setSelectionMode(QAbstractItemView::SingleSelection);
    // Every section in sight without scrolling.
    m_sections->setMinimumHeight(m_sections->sizeHintForRow(0) * m_sections->count() + 2 * m_sections->frameWidth() + 4);
    connect(m_sections, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showSection(RecordKind(m_sections->item(row)->data(Qt::UserRole).toInt()));
    });
    m_period->setObjectName(QStringLiteral("periodSelector"));
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        for (RegisterPanel* panel : std::as_const(m_registers))
            panel->setPeriod(period());
        m_dashboard->setPeriod(dashboardPeriod());
        m_reports->setYear(dashboardPeriod().year);
    });
}

void MainWindow::showPersonCard(qint64 personId)
{
    if (m_database && personId)
        PersonCard::show(this, *m_edits, personId);
}

void MainWindow::addWorkflowActions()
{
    connect(m_staff, &StaffPanel::personActivated, this, &MainWindow::showPersonCard);
    m_staff->addPersonAction(tr("Person's card"), {}, // Enter opens it too (activated)
                             [this](qint64 person) { showPersonCard(person); })
        ->setObjectName(QStringLiteral("staffCardAction"));
    QAction* editPerson = m_staff->addPersonAction(tr("Edit the person…"), QKeySequence(Qt::Key_F2), [this](qint64 person) {
        if (m_database && person)
            m_forms->edit(RecordKind::Person, person);
    });
    editPerson->setObjectName(QStringLiteral("staffEditAction"));
    m_edits->addWriteAction(editPerson);
    QAction* newPerson = m_staff->addPersonAction(tr("New person…"), QKeySequence(Qt::Key_Insert), [this](qint64) {
        if (m_database)
            m_forms->create(RecordKind::Person, m_tree->currentUnitId());
    });
    newPerson->setObjectName(QStringLiteral("staffNewAction"));
    m_edits->addWriteAction(newPerson);

    for (RecordKind kind : {RecordKind::Diagnostic, RecordKind::Route, RecordKind::Mentoring,
                            RecordKind::CourseCompletion, RecordKind::Attestation}) {
        if (RegisterPanel* panel = registerPanel(kind))
            panel->addRecordAction(tr("Person's card"), [this, kind](qint64 id) {
                if (m_database)
                    showPersonCard(personOfRecord(*m_database, kind, id));
            });
    }
    if (RegisterPanel* diagnostics = registerPanel(RecordKind::Diagnostic))
        m_edits->addWriteAction(diagnostics->addRecordAction(tr("Build a route (IEM)…"), [this](qint64 id) {
            if (m_database)
                RouteBuilder::build(this, *m_edits, id);
        }));
    if (RegisterPanel* events = registerPanel(RecordKind::Event))
        m_edits->addWriteAction(events->addRecordAction(tr("Participants…"), [this](qint64 id) {
            if (m_database)
                ParticipantPicker::pick(this, *m_edits, id);
        }));
}

RegisterPanel* MainWindow::registerPanel(RecordKind kind) const
{
    for (RegisterPanel* panel : m_registers)
        if (panel->kind() == kind)
            return panel;
    return nullptr;
}

void MainWindow::showSection(RecordKind kind)
{
    m_section = kind;
    if (!m_database && m_stack->currentWidget() == m_welcome)
        return; // shown when a database is opened
    m_dashboard->setActive(false);
    RegisterPanel* shown = registerPanel(kind);
    for (RegisterPanel* panel : std::as_const(m_registers))
        if (panel != shown)
            panel->setActive(false);
    if (shown)
        shown->setActive(true); // reads what changed while it was hidden
    m_stack->setCurrentWidget(shown ? static_cast<QWidget*>(shown) : m_staff);
    const RecordKindInfo& info = RecordKinds::info(kind);
    m_sectionTitle->setText(info.title);
    m_period->setEnabled(shown != nullptr); // the staff register shows today's staff
    int row = 0;
    while (RecordKinds::all().at(row).kind != kind)
        ++row;
    {
        const QSignalBlocker block(m_sections);
        m_sections->setCurrentRow(row);
    }
    if (QAction* a = findChild<QAction*>(QStringLiteral("section-%1").arg(QLatin1String(info.code))))
        a->setChecked(true);
}

// A page of the centre that is not a record kind's register (the dashboard, the reports).
void MainWindow::showPage(QWidget* page, const QString& title, const char* actionName)
{
    if (!m_database)
        return; // the welcome page stays
    m_dashboard->setActive(false);
    for (RegisterPanel* panel : std::as_const(m_registers))
        panel->setActive(false);
    m_stack->setCurrentWidget(page);
    m_sectionTitle->setText(title);
    m_period->setEnabled(true);
    {
        const QSignalBlocker block(m_sections);
        m_sections->setCurrentRow(-1); // no record kind's section is shown
    }
    if (QAction* a = action(actionName))
        a->setChecked(true);
}

void MainWindow::showDashboard()
{
    showPage(m_dashboard, tr("Indicators"), "dashboardAction");
    m_dashboard->setActive(true);
}

void MainWindow::showReports(const QString& kind)
{
    showPage(m_reports, tr("Reports"), "reportsAction");
    if (!kind.isEmpty())
        m_reports->setKind(kind);
    m_reports->focusNext();
}

IndicatorPeriod MainWindow::dashboardPeriod() const
{
    const RegisterPeriod p = period();
    if (p.type == RegisterPeriod::Type::AcademicYear)
        return {IndicatorPeriod::Kind::Academic, p.year};
    return IndicatorPeriod::current(m_database ? m_database->clock().today() : QDate::currentDate());
}

RegisterPeriod MainWindow::period() const
{
    const int index = m_period->currentIndex();
    return index >= 0 && index < m_periods.size() ? m_periods.at(index) : RegisterPeriod::all();
}

// The choices around the database's today, the current academic year chosen.
void MainWindow::fillPeriods()
{
    const QDate today = m_database ? m_database->clock().today() : QDate::currentDate();
    m_periods = RegisterPeriod::choices(today);
    const RegisterPeriod current = RegisterPeriod::currentAcademicYear(today);
    {
        const QSignalBlocker block(m_period);
        m_period->clear();
        for (const RegisterPeriod& p : std::as_const(m_periods))
            m_period->addItem(p.text());
        m_period->setCurrentIndex(int(m_periods.indexOf(current)));
    }
    for (RegisterPanel* panel : std::as_const(m_registers))
        panel->setPeriod(current);
}

QAction* MainWindow::action(const char* name) const
{
    return findChild<QAction*>(QString::fromLatin1(name));
}

bool MainWindow::openDatabase(const QString& path, OpenAs as)
{
    const QFileInfo info(path);
    if (info.isFile() && info.size() == 0) { // nothing to open: perhaps meant to be a new database
        const auto answer = MessageBox::question(
            this, tr("Open database"),
            tr("%1 is empty (0 bytes): it holds no database. Make a new database in this file?")
                .arg(QDir::toNativeSeparators(info.absoluteFilePath())));
        if (answer != QMessageBox::Yes)
            return false;
        const QString region = InputDialog::getText(this, tr("New database"),
                                                    tr("Name of the region (for example, Томская область):"));
        return !region.isEmpty() && makeDatabase(info.absoluteFilePath(), region);
    }
    // A file, folder or medium that cannot be written opens to read only, and says so.
    auto opened = Database::open(path, as == OpenAs::ReadOnly ? Database::OpenMode::ReadOnly
                                                              : Database::OpenMode::WritableOrReadOnly);
    if (!opened) {
        MessageBox::critical(this, tr("Cannot open the database"), opened.error());
        if (!QFileInfo::exists(path))
            m_settings.removeRecentFile(path);
        return false;
    }
    adopt(opened.value());
    m_settings.addRecentFile(path);
    m_settings.setLastFolder(QFileInfo(path).absolutePath());
    if (opened.value()->isReadOnly())
        statusBar()->showMessage(as == OpenAs::ReadOnly
                                     ? tr("Opened to read only: nothing can be changed.")
                                     : tr("The file or its folder cannot be written (a protected file, folder or medium): "
                                          "it is open to read only."),
                                 15000);
    else if (!opened.value()->lastBackupPath().isEmpty())
        statusBar()->showMessage(tr("The database was upgraded; the previous version was saved as %1")
                                     .arg(QDir::toNativeSeparators(opened.value()->lastBackupPath())), 15000);
    else
        takeDailyBackup();
    return true;
}

// The first opening of the day keeps a backup of the file (core/backup), in rotation.
void MainWindow::takeDailyBackup()
{
    Backups backups(BackupsDialog::folder(*m_database), BackupsDialog::policy(m_settings));
    const auto taken = backups.takeDaily(*m_database, m_database->clock().now());
    if (!taken)
        statusBar()->showMessage(tr("Today's backup was not taken: %1").arg(taken.error()), 15000);
    else if (taken->has_value())
        statusBar()->showMessage(tr("Today's backup is taken: %1").arg(QDir::toNativeSeparators((*taken)->path)), 8000);
}

bool MainWindow::createDatabase(const QString& path, const QString& regionName)
{
    const QString file = QFileInfo(path).absoluteFilePath();
    // «New» never replaces a file: it may be another window's or program's open database.
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        if (QFileInfo::exists(file + suffix)) {
            MessageBox::warning(this, tr("New database"),
                                tr("%1 already exists. A new database never replaces a file: choose another name, "
                                   "or open the file with File ▸ Open.")
                                    .arg(QDir::toNativeSeparators(file + suffix)));
            return false;
        }
    return makeDatabase(file, regionName);
}

// A new database in a file that is not there or is empty, with its region; nothing is left of
// it when it fails.
bool MainWindow::makeDatabase(const QString& file, const QString& regionName)
{
    const bool wasEmptyFile = QFileInfo::exists(file);
    auto created = Database::open(file, Database::OpenMode::CreateIfMissing);
    if (!created) {
        MessageBox::critical(this, tr("New database"), created.error());
        return false;
    }
    std::shared_ptr<Database> database = std::move(created.value());
    OrgUnit region;
    region.level = UnitLevel::Region;
    region.code = QStringLiteral("region");
    region.name = regionName;
    if (const auto id = OrgUnitRepository(*database).insert(region); !id) {
        database.reset(); // closes the file, which is then removed (or emptied again): nothing half-made stays
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(file + suffix);
        if (wasEmptyFile)
            QFile(file).open(QIODevice::WriteOnly);
        MessageBox::critical(this, tr("New database"), id.error());
        return false;
    }
    adopt(std::move(database));
    m_settings.addRecentFile(file);
    m_settings.setLastFolder(QFileInfo(file).absolutePath());
    return true;
}

void MainWindow::closeDatabase()
{
    adopt(nullptr);
}

void MainWindow::newDatabase()
{
    const QString path = FileDialog::getSaveFileName(this, tr("New database"), fileFolder(), databaseFilter(),
                                                     QStringLiteral("db"), FileDialog::Overwrite::Refused);
    if (path.isEmpty())
        return;
    const QString region = InputDialog::getText(this, tr("New database"),
                                                tr("Name of the region (for example, Томская область):"));
    if (region.isEmpty())
        return;
    createDatabase(path, region);
}

void MainWindow::chooseDatabase(OpenAs as)
{
    const QString path = FileDialog::getOpenFileName(
        this, as == OpenAs::ReadOnly ? tr("Open to read only") : tr("Open database"), fileFolder(), databaseFilter());
    if (!path.isEmpty())
        openDatabase(path, as);
}

QString MainWindow::fileFolder() const
{
    const QString last = m_settings.lastFolder();
    if (QFileInfo(last).isDir())
        return last;
    QDir().mkpath(UserFolders::data()); // the first time: the user's data folder
    return UserFolders::data();
}

bool MainWindow::openDemoDatabase()
{
    const QString path = UserFolders::demoDatabase();
    if (m_database && QFileInfo(m_database->path()) == QFileInfo(path))
        return true;
    if (!QFileInfo::exists(path)) {
        const Status made = DemoDatabase::create(this, path, m_demoOptions);
        if (!made) {
            if (!made.error().isEmpty()) // empty: cancelled by the user
                MessageBox::critical(this, tr("Demo database"), made.error());
            return false;
        }
    }
    return openDatabase(path);
}

QWidget* MainWindow::currentPage() const
{
    return m_stack->currentWidget();
}

void MainWindow::adopt(std::shared_ptr<Database> database)
{
    disconnect(m_changed);
    m_edits->setDatabase(nullptr); // its history belongs to the old file
    // The views let go of the old database before it closes (when its last owner goes).
    m_tree->setDatabase(nullptr);
    m_staff->setDatabase(nullptr);
    for (RegisterPanel* panel : std::as_const(m_registers))
        panel->setDatabase(nullptr);
    m_dashboard->setDatabase(nullptr);
    m_reports->setDatabase(nullptr);
    m_database = std::move(database);
    fillPeriods();
    if (m_database) {
        m_dashboard->setDatabase(m_database.get());
        m_dashboard->setPeriod(dashboardPeriod());
        m_edits->setDatabase(m_database.get());
        m_staff->setDatabase(m_database.get());
        for (RegisterPanel* panel : std::as_const(m_registers))
            panel->setDatabase(m_database.get());
        m_reports->setDatabase(m_database.get());
        m_reports->setYear(dashboardPeriod().year);
        m_tree->setDatabase(m_database.get()); // selects the region: the staff panel follows
        m_changed = connect(m_database.get(), &Database::changed, this, &MainWindow::updateStatus);
        if (m_stack->currentWidget() == m_welcome)
            showSection(m_section);
    } else {
        m_welcome->refresh(m_settings.recentFiles(), QFileInfo::exists(UserFolders::demoDatabase()));
        m_stack->setCurrentWidget(m_welcome);
        const QSignalBlocker block(m_sections);
        m_sections->setCurrentRow(-1);
    }
    m_heading->setVisible(m_database != nullptr); // no section, no period without a database
    m_sections->setEnabled(m_database != nullptr);
    updateTitle();
    updateStatus();
    updateActions();
}

void MainWindow::setImportHandler(CsvHandler handler)
{
    m_csv.importFile = std::move(handler);
    updateActions();
}

void MainWindow::setExportHandler(CsvHandler handler)
{
    m_csv.exportFile = std::move(handler);
    updateActions();
}

bool MainWindow::importCsv(CsvKind kind, const QString& path)
{
    if (!m_database || !m_csv.importFile)
        return false;
    m_csv.importFile({kind, m_database.get(), this, path, m_tree->currentUnitId()});
    return true;
}

// One file with everything saved so far (the WAL included), for a USB stick or e-mail.
void MainWindow::saveCopy()
{
    if (!m_database)
        return;
    const QFileInfo current(m_database->path());
    const QString suggested = QDir(fileFolder()).filePath(current.completeBaseName() + tr("-copy") + QStringLiteral(".db"));
    const QString path = FileDialog::getSaveFileName(this, tr("Save a copy of the database"), suggested,
                                                     databaseFilter(), QStringLiteral("db"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).absoluteFilePath() == current.absoluteFilePath()) {
        MessageBox::warning(this, tr("Save a copy"), tr("A copy cannot replace the database itself: choose another name."));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status saved = m_database->backupTo(path);
    QApplication::restoreOverrideCursor();
    if (!saved) {
        MessageBox::critical(this, tr("Save a copy"), saved.error());
        return;
    }
    m_settings.setLastFolder(QFileInfo(path).absolutePath());
    statusBar()->showMessage(tr("A copy is saved: %1").arg(QDir::toNativeSeparators(path)), 8000);
}

// File ▸ Backups…: window-modal, so the window behind it shows the restored data at once.
void MainWindow::showBackups()
{
    if (!m_database)
        return;
    auto* dialog = new BackupsDialog(*m_database, m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &BackupsDialog::restored, this, [this](const QString& message) {
        statusBar()->showMessage(message, 15000);
    });
    dialog->show();
}

void MainWindow::exportCsv(CsvKind kind)
{
    if (m_database && m_csv.exportFile)
        m_csv.exportFile({kind, m_database.get(), this, QString(), m_tree->currentUnitId()});
}

void MainWindow::updateActions()
{
    const bool open = m_database != nullptr;
    action("importUnitsAction")->setEnabled(open && m_csv.importFile);
    action("importPersonsAction")->setEnabled(open && m_csv.importFile);
    action("exportUnitsAction")->setEnabled(open && m_csv.exportFile);
    action("exportPersonsAction")->setEnabled(open && m_csv.exportFile);
    action("saveCopyAction")->setEnabled(open);
    action("backupsAction")->setEnabled(open);
}

void MainWindow::updateTitle()
{
    if (!m_database)
        setWindowTitle(tr("Metodist"));
    else if (m_database->isReadOnly())
        setWindowTitle(tr("Metodist — %1 (read only)").arg(QFileInfo(m_database->path()).fileName()));
    else
        setWindowTitle(tr("Metodist — %1").arg(QFileInfo(m_database->path()).fileName()));
}

void MainWindow::updateStatus()
{
    if (!m_database) {
        m_pathLabel->setText(tr("No database is open: File ▸ New… or File ▸ Open…"));
        m_countsLabel->clear();
        return;
    }
    m_pathLabel->setText(QDir::toNativeSeparators(m_database->path()));
    OrgUnitRepository units(*m_database);
    PersonRepository persons(*m_database);
    const QLocale locale;
    m_countsLabel->setText(tr("Units: %1 · Persons: %2")
                               .arg(locale.toString(units.count()), locale.toString(persons.count())));
}

void MainWindow::showAbout()
{
    MessageBox::about(this, tr("About Metodist"),
                      tr("<h3>Metodist %1</h3>"
                         "<p>Methodical support of teachers: the four-level register of the methodical "
                         "service (region, hub, municipality, organisation), indicators and reports.</p>"
                         "<p>Free software under the GNU General Public License, version 3 or later "
                         "(GPL-3.0-or-later). It comes with no warranty.</p>")
                          .arg(QStringLiteral(METODIST_VERSION)));
}

QString MainWindow::droppedFile(const QMimeData* mime) const
{
    if (!mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().first().isLocalFile())
        return {};
    return mime->urls().first().toLocalFile();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    // A CSV file is imported into the open database; any other file is opened as a database.
    if (!isCsv(path) || (m_database && m_csv.importFile))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    if (!isCsv(path)) {
        openDatabase(path);
        return;
    }
    const int choice = MessageBox::choose(this, tr("Import CSV"),
                                          tr("What does %1 hold?").arg(QFileInfo(path).fileName()),
                                          {tr("Units"), tr("Persons")});
    if (choice == 0)
        importCsv(CsvKind::Units, path);
    else if (choice == 1)
        importCsv(CsvKind::Persons, path);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(QMainWindow::saveState());
    m_settings.setSplitterState(m_splitter->saveState());
    m_settings.setStaffHeaderState(m_staff->headerState());
    m_settings.setShowFormerStaff(m_staff->formerStaff()->isChecked());
    for (RegisterPanel* panel : std::as_const(m_registers))
        m_settings.setRegisterColumns(QLatin1String(RecordKinds::info(panel->kind()).code), panel->hiddenColumns(),
                                      panel->columnWidths());
    m_settings.setLastSection(QLatin1String(RecordKinds::info(m_section).code));
    m_settings.sync();
}

void MainWindow::restoreSettings()
{
    if (!restoreGeometry(m_settings.windowGeometry())) {
        // The first start: most of the screen, centred.
        const QRect screen = this->screen()->availableGeometry();
        resize(screen.size() * 0.9);
        move(screen.center() - rect().center());
    }
    QMainWindow::restoreState(m_settings.windowState());
    if (const QByteArray splitter = m_settings.splitterState(); !splitter.isEmpty())
        m_splitter->restoreState(splitter);
    m_staff->restoreHeaderState(m_settings.staffHeaderState());
    m_staff->formerStaff()->setChecked(m_settings.showFormerStaff());
    for (RegisterPanel* panel : std::as_const(m_registers)) {
        const QString kind = QLatin1String(RecordKinds::info(panel->kind()).code);
        if (const auto hidden = m_settings.registerHiddenColumns(kind))
            panel->setHiddenColumns(*hidden);
        panel->setColumnWidths(m_settings.registerColumnWidths(kind));
    }
    const RecordKindInfo* last = RecordKinds::byCode(m_settings.lastSection());
    showSection(last ? last->kind : RecordKind::Person);
}
