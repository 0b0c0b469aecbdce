// A newcomer's first start: with no database the window shows the welcome page — a new
// database, an existing one, the demo (made on request in the user's XDG data folder, with a
// progress dialog that can cancel it), the files opened last — never an empty grey window.
#include "demodatabase.h"
#include "filedialog.h"
#include "inputdialog.h"
#include "messagebox.h"
#include "stafffixture.h"
#include "storage/orgunitrepository.h"
#include "storage/personrepository.h"
#include "testwindow.h"
#include "files/userfolders.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>
#include <catch2/catch.hpp>

namespace {

// The user's XDG data folder inside the test's folder, for the test's length.

QCommandLinkButton* welcomeButton(MainWindow& window, const char* name)
{
    return window.welcomePage()->findChild<QCommandLinkButton*>(QString::fromLatin1(name));
}

DemoOptions smallDemo()
{
    DemoOptions options;
    options.size = DemoSize::S;
    return options;
}

} // namespace

TEST_CASE("with no database the window shows the welcome page, and a section shortcut does not leave it", "[ui][window][welcome]")
{
    TempFolder folder;
    const DataHome home(folder.path(QStringLiteral("share")));
    TestWindow w(folder.path(QStringLiteral("settings.ini")));
    MainWindow& window = w.window;
    window.show();
    CHECK(window.currentPage() == window.welcomePage());
    CHECK_FALSE(window.sectionList()->isEnabled());
    CHECK(window.sectionList()->currentRow() == -1);
    CHECK_FALSE(window.periodSelector()->isVisibleTo(&window));
    REQUIRE(welcomeButton(window, "welcomeNew"));
    REQUIRE(welcomeButton(window, "welcomeOpen"));
    REQUIRE(welcomeButton(window, "welcomeDemo"));
    CHECK(welcomeButton(window, "welcomeDemo")->description().contains(QString::fromUtf8("Создаётся при первом открытии")));
    CHECK(window.findChildren<QCommandLinkButton*>(QStringLiteral("welcomeRecent0")).isEmpty());

    window.action("section-diagnostic")->trigger();
    window.action("dashboardAction")->trigger();
    CHECK(window.currentPage() == window.welcomePage());

    // Once a database is open, the section chosen meanwhile is shown, with its period.
    StaffFixture f;
    REQUIRE(window.openDatabase(f.path));
    CHECK(window.currentPage() != window.welcomePage());
    CHECK(window.currentSection() == RecordKind::Diagnostic);
    CHECK(window.sectionList()->isEnabled());
    CHECK(window.periodSelector()->isVisibleTo(&window));

    // Closed again: the welcome page offers the file just opened.
    window.closeDatabase();
    CHECK(window.currentPage() == window.welcomePage());
    QCommandLinkButton* recent = window.welcomePage()->findChild<QCommandLinkButton*>(QStringLiteral("welcomeRecent0"));
    REQUIRE(recent);
    CHECK(recent->text() == QFileInfo(f.path).fileName());
    CHECK(recent->description() == QDir::toNativeSeparators(QFileInfo(f.path).absolutePath()));
    recent->click();
    REQUIRE(window.database() != nullptr);
    CHECK(QFileInfo(window.database()->path()) == QFileInfo(f.path));
}

TEST_CASE("the welcome page creates a database with its region", "[ui][window][welcome]")
{
    TempFolder folder;
    const DataHome home(folder.path(QStringLiteral("share")));
    TestWindow w(folder.path(QStringLiteral("settings.ini")));
    const QString path = folder.path(QStringLiteral("школа.db"));
    FileDialog::setNextFileName(path);
    InputDialog::setNextText(QString::fromUtf8("Томская область"));
    welcomeButton(w.window, "welcomeNew")->click();
    REQUIRE(w.window.database() != nullptr);
    CHECK(QFileInfo(w.window.database()->path()) == QFileInfo(path));
    CHECK(OrgUnitRepository(*w.window.database()).region()->name == QString::fromUtf8("Томская область"));
    CHECK(w.window.currentPage() != w.window.welcomePage());
}

TEST_CASE("the demo database is made on request in the user's data folder and opened", "[ui][window][welcome][demo]")
{
    TempFolder folder;
    const QString share = folder.path(QStringLiteral("share"));
    const DataHome home(share);
    const QString demo = QDir(share).filePath(QStringLiteral("metodist/demo.db"));
    REQUIRE(UserFolders::demoDatabase() == demo);
    REQUIRE_FALSE(QFileInfo::exists(QFileInfo(demo).absolutePath())); // the folder too is made

    TestWindow w(folder.path(QStringLiteral("settings.ini")));
    w.window.setDemoOptions(smallDemo());
    w.window.show();
    bool progressShown = false;
    QTimer::singleShot(0, [&] { progressShown = w.window.findChild<QProgressDialog*>(QStringLiteral("demoProgress")) != nullptr; });
    welcomeButton(w.window, "welcomeDemo")->click();

    CHECK(progressShown);
    REQUIRE(w.window.database() != nullptr);
    CHECK(QFileInfo(w.window.database()->path()) == QFileInfo(demo));
    CHECK(QDir(QFileInfo(demo).absolutePath()).entryList({QStringLiteral("*.part*")}, QDir::Files).isEmpty());
    // The small demo: one school's municipality, 67 persons (as metodist-cli demo --size S makes).
    CHECK(PersonRepository(*w.window.database()).count() == 67);
    CHECK(OrgUnitRepository(*w.window.database()).count() == 5);
    CHECK(w.window.currentPage() != w.window.welcomePage());
    CHECK(w.settings.recentFiles().value(0) == QFileInfo(demo).absoluteFilePath());

    // Made once: the next time it is opened as it is, from the File menu too.
    const QDateTime made = QFileInfo(demo).lastModified();
    w.window.closeDatabase();
    CHECK(welcomeButton(w.window, "welcomeDemo")->description().contains(QString::fromUtf8("созданная ранее")));
    w.window.action("demoAction")->trigger();
    REQUIRE(w.window.database() != nullptr);
    CHECK(QFileInfo(w.window.database()->path()) == QFileInfo(demo));
    CHECK(PersonRepository(*w.window.database()).count() == 67);
    CHECK(QFileInfo(demo).lastModified() == made);
}

TEST_CASE("a cancelled demo leaves no file behind and the welcome page in place", "[ui][window][welcome][demo]")
{
    TempFolder folder;
    const QString share = folder.path(QStringLiteral("share"));
    const DataHome home(share);
    TestWindow w(folder.path(QStringLiteral("settings.ini")));
    DemoOptions municipality; // seconds of work: the cancel comes long before the end
    municipality.size = DemoSize::M;
    w.window.setDemoOptions(municipality);
    w.window.show();
    const int messages = MessageBox::count();
    QTimer::singleShot(50, [&] {
        if (auto* progress = w.window.findChild<QProgressDialog*>(QStringLiteral("demoProgress")))
            if (auto* cancel = progress->findChild<QPushButton*>())
                cancel->click(); // as the user does: «Отмена»
    });
    welcomeButton(w.window, "welcomeDemo")->click();

    CHECK(w.window.database() == nullptr);
    CHECK(w.window.currentPage() == w.window.welcomePage());
    CHECK(MessageBox::count() == messages); // the user cancelled: nothing to report
    const QDir data(QDir(share).filePath(QStringLiteral("metodist")));
    CHECK(data.entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("a demo that cannot be written says why and opens nothing", "[ui][window][welcome][demo]")
{
    TempFolder folder;
    // The data folder's place is taken by a file: the folder cannot be made.
    const QString share = folder.write(QStringLiteral("share"), "not a folder");
    const DataHome home(share);
    TestWindow w(folder.path(QStringLiteral("settings.ini")));
    w.window.setDemoOptions(smallDemo());
    w.window.action("demoAction")->trigger();
    CHECK(w.window.database() == nullptr);
    CHECK(MessageBox::last().icon == QMessageBox::Critical);
    CHECK(MessageBox::last().text.startsWith(QString::fromUtf8("Не удалось создать папку")));
}
