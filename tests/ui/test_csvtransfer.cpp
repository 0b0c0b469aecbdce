// File ▸ Import CSV / Export CSV through the window: the check first, the user's choice, the
// register updated; export of the selected subtree. Dialogs are answered by the test.
#include "csvtransfer.h"
#include "filedialog.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "settings.h"
#include "stafffixture.h"
#include "staffpanel.h"
#include "stafftablemodel.h"
#include "storage/personrepository.h"
#include "unittreeview.h"

#include <QAction>
#include <QFile>
#include <QSettings>

namespace {

struct Window {
    explicit Window(const QString& ini) : storage(ini, QSettings::IniFormat), settings(&storage), window(settings)
    {
        const CsvCommands csv = CsvTransfer::commands();
        window.setImportHandler(csv.importFile);
        window.setExportHandler(csv.exportFile);
    }
    QSettings storage;
    Settings settings;
    MainWindow window;
};

} // namespace

TEST_CASE("importing staff from the window: check, choose, see them in the register", "[ui][csv]")
{
    StaffFixture f;
    Window w(f.folder.path(QStringLiteral("settings.ini")));
    MainWindow& window = w.window;
    REQUIRE(window.openDatabase(f.path));
    REQUIRE(window.unitTree()->selectUnit(f.unit("S1")));
    StaffTableModel* staff = window.staffPanel()->model();
    const int before = staff->rowCount();
    PersonRepository persons(*window.database());
    const int personsBefore = persons.count();

    const QString csv = f.folder.write(QStringLiteral("new.csv"),
                                       "ФИО;Дата рождения;Код организации;Должность;Дата приёма\n"
                                       "Новикова Дарья Олеговна;11.11.1999;S1;учитель;01.09.2022\n"
                                       "Гусев Олег;31.11.1990;S1;учитель;01.09.2020\n");

    // Cancelled after the check: nothing is written, and the problem was shown with its line.
    FileDialog::setNextFileName(csv);
    MessageBox::setNextChoice(-1);
    window.action("importPersonsAction")->trigger();
    CHECK(MessageBox::last().details == QStringLiteral("строка 3, столбец «Дата рождения»: «31.11.1990» — не дата (нужно дд.мм.гггг или гггг-мм-дд)"));
    CHECK(MessageBox::last().text.contains(QStringLiteral("Новых: 1")));
    CHECK(persons.count() == personsBefore);

    // "Import only the valid rows".
    FileDialog::setNextFileName(csv);
    MessageBox::setNextChoice(0);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window.action("importPersonsAction")->trigger();
    CHECK(persons.count() == personsBefore + 1);
    CHECK(MessageBox::last().text == QStringLiteral("Загружено из new.csv: новых 1, изменённых 0, без изменений 0, отклонено 1."));
    CHECK(staff->rowCount() == before + 1);
}

TEST_CASE("a file the database already holds changes nothing and says so", "[ui][csv]")
{
    StaffFixture f;
    Window w(f.folder.path(QStringLiteral("settings.ini")));
    REQUIRE(w.window.openDatabase(f.path));
    const QString csv = f.folder.write(QStringLiteral("one.csv"),
                                       "ФИО;Дата рождения\nНовикова Дарья Олеговна;11.11.1999\n");
    FileDialog::setNextFileName(csv);
    MessageBox::setNextChoice(0);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    w.window.action("importPersonsAction")->trigger();
    FileDialog::setNextFileName(csv);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    w.window.action("importPersonsAction")->trigger();
    CHECK(MessageBox::last().text.endsWith(QStringLiteral("Менять нечего: в базе уже есть всё из этого файла.")));
}

TEST_CASE("exporting the staff of the selected unit", "[ui][csv]")
{
    StaffFixture f;
    Window w(f.folder.path(QStringLiteral("settings.ini")));
    REQUIRE(w.window.openDatabase(f.path));
    REQUIRE(w.window.unitTree()->selectUnit(f.unit("SP")));
    const QString out = f.folder.path(QStringLiteral("sp.csv"));
    FileDialog::setNextFileName(out);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    w.window.action("exportPersonsAction")->trigger();
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF")); // the BOM Excel needs
    const QStringList lines = QString::fromUtf8(bytes).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CHECK(lines.size() == 1 + 3); // header and the three persons of Первомайская СОШ
    CHECK(lines.first().endsWith(QStringLiteral("Фамилия;Имя;Отчество;ФИО;Дата рождения;СНИЛС;Начало педагогического стажа;"
                                                "Предметы;Категория;Дата присвоения категории;Категория действительна до;"
                                                "Наставник;Тьютор;Методист;Эксперт;Код организации;Организация;Должность;"
                                                "Ставка;Дата приёма;Дата увольнения")));
}
