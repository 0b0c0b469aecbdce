#pragma once
// The main window: the tree of units on the left with the list of sections (one per record
// kind) under it, the register of the chosen section in the centre (the staff register, or a
// RegisterPanel) with the period they show, the File, Edit, View and Help menus, a status line.
// It owns the open database; its parts are separate widgets.
#include "csvcommands.h"
#include "demo/demooptions.h"
#include "domain/recordkind.h"
#include "indicators/indicatorperiod.h"
#include "registers/registerperiod.h"

#include <QMainWindow>
#include <memory>

class DashboardPanel;
class Database;
class EditSession;
class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QMimeData;
class QSplitter;
class QStackedWidget;
class RecentFilesMenu;
class RecordForms;
class RegisterPanel;
class ReportPanel;
class Settings;
class StaffPanel;
class UnitTreeView;
class WelcomePage;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Settings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens an existing database file; on failure says why (MessageBox) and keeps the current one.
    enum class OpenAs { AsAllowed, ReadOnly }; // AsAllowed: to read only where it cannot be written
    bool openDatabase(const QString& path, OpenAs as = OpenAs::AsAllowed);
    // Creates a database file with its region; refuses a name where a file (or its -wal) exists.
    bool createDatabase(const QString& path, const QString& regionName);
    void closeDatabase();
    // Opens the demo database (UserFolders::demoDatabase), making it first with a progress
    // dialog when it is not there yet (the welcome page, File ▸ Open the demo database).
    bool openDemoDatabase();
    void setDemoOptions(const DemoOptions& options) { m_demoOptions = options; } // tests: a small one
    Database* database() const { return m_database.get(); }

    // The CSV component connects here (see csvcommands.h).
    void setImportHandler(CsvHandler handler);
    void setExportHandler(CsvHandler handler);
    const CsvCommands& csvCommands() const { return m_csv; }
    // Runs the import handler as File ▸ Import CSV does (path empty) or a dropped file does.
    bool importCsv(CsvKind kind, const QString& path = {});

    UnitTreeView* unitTree() const { return m_tree; }
    StaffPanel* staffPanel() const { return m_staff; }
    // The register of a kind; nullptr for Person (its register is the staff panel). Other parts
    // of the window add their record actions here (RegisterPanel::addRecordAction).
    RegisterPanel* registerPanel(RecordKind kind) const;
    // The section shown: its register in the centre (View ▸ …, Ctrl+1…Ctrl+9, the section list).
    void showSection(RecordKind kind);
    RecordKind currentSection() const { return m_section; }
    // The indicator dashboard («Показатели»: View ▸ Indicators, Ctrl+0) for the selected unit and
    // the period's academic year; choosing a section in the list leaves it.
    void showDashboard();
    DashboardPanel* dashboard() const { return m_dashboard; }
    // The reports panel (Reports ▸ …, Ctrl+R) with a kind chosen (empty: the last one), for the
    // unit selected in the tree and the period's academic year.
    void showReports(const QString& kind = {});
    ReportPanel* reports() const { return m_reports; }
    QListWidget* sectionList() const { return m_sections; }
    WelcomePage* welcomePage() const { return m_welcome; } // shown while no database is open
    QWidget* currentPage() const; // what the centre shows
    // The period every register shows; the current academic year when a database is opened.
    QComboBox* periodSelector() const { return m_period; }
    RegisterPeriod period() const;
    IndicatorPeriod dashboardPeriod() const; // the academic year chosen, else the current one
    RecordForms* recordForms() const { return m_forms.get(); }
    // Every edit goes through it: one action, one transaction, one step of Edit ▸ Undo.
    EditSession* editSession() const { return m_edits; }
    QAction* action(const char* name) const; // by objectName, e.g. "newAction"; for tests

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void takeDailyBackup();
    void saveCopy();
    void showBackups();
    void createMenus();
    void createSections();
    void addWorkflowActions(); // the person's card, a route from a diagnostic, an event's participants
    void showPersonCard(qint64 personId);
    void showPage(QWidget* page, const QString& title, const char* actionName);
    void fillPeriods();
    void newDatabase();
    void chooseDatabase(OpenAs as = OpenAs::AsAllowed);
    QString fileFolder() const; // where the file dialogs start
    bool makeDatabase(const QString& file, const QString& regionName);
    void exportCsv(CsvKind kind);
    void showAbout();
    void adopt(std::shared_ptr<Database> database);
    void updateActions();
    void updateTitle();
    void updateStatus();
    void saveSettings();
    void restoreSettings();
    QString droppedFile(const QMimeData* mime) const;

    Settings& m_settings;
    std::shared_ptr<Database> m_database;
    CsvCommands m_csv;
    EditSession* m_edits;
    UnitTreeView* m_tree;
    StaffPanel* m_staff;
    std::unique_ptr<RecordForms> m_forms;
    QVector<RegisterPanel*> m_registers; // every kind but Person, in RecordKinds::all() order
    DashboardPanel* m_dashboard;
    ReportPanel* m_reports;
    WelcomePage* m_welcome;
    DemoOptions m_demoOptions;
    QListWidget* m_sections;
    QStackedWidget* m_stack;
    QWidget* m_heading; // the section's title and the period
    QLabel* m_sectionTitle;
    QComboBox* m_period;
    QVector<RegisterPeriod> m_periods; // the choices of m_period
    RecordKind m_section = RecordKind::Person;
    QSplitter* m_splitter;
    RecentFilesMenu* m_recent = nullptr;
    QLabel* m_pathLabel;
    QLabel* m_countsLabel;
    QMetaObject::Connection m_changed;
};
