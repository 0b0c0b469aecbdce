// The window's reports: the Reports menu (an action per kind), the panel building a hand-made
// school's annual analysis in its worker, the author's text typed there saved with the database
// and undone by Edit ▸ Undo, the document saved as PDF (its text read back by pdftotext), the
// card refusing to build without a person, and the choices remembered. Data: ReportFixture
// (Школа А, today 15.03.2025 for the panel's own tests).
#include "../core/reportfixture.h"
#include "editsession.h"
#include "errorlabel.h"
#include "filedialog.h"
#include "forms/formfields.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "reports/authortexts.h"
#include "reports/reportpanel.h"
#include "settings.h"
#include "storage/authortextrepository.h"
#include "testwindow.h"
#include "unittreeview.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

namespace {

const QString conclusions = QStringLiteral("analysis.conclusions");

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

// A panel of its own over the fixture's database (its clock: 15.03.2025).
struct PanelFixture : ReportFixture {
    QSettings storage{folder.path(QStringLiteral("settings.ini")), QSettings::IniFormat};
    Settings settings{&storage};
    EditSession edits;
    ReportPanel panel{&edits, settings};

    PanelFixture()
    {
        edits.setDatabase(db.get());
        panel.setDatabase(db.get());
    }
    ~PanelFixture() { panel.setDatabase(nullptr); }

    void build()
    {
        QSignalSpy built(&panel, &ReportPanel::built);
        REQUIRE(panel.buildButton()->isEnabled());
        QTest::mouseClick(panel.buildButton(), Qt::LeftButton);
        CHECK(panel.isBusy());
        CHECK_FALSE(panel.buildButton()->isEnabled()); // one build at a time
        REQUIRE(built.wait(30000));
        CHECK_FALSE(panel.isBusy());
        INFO(panel.message().toStdString());
        REQUIRE(panel.document());
    }
};

} // namespace

TEST_CASE("the Reports menu has an action per report kind and the panel's outputs", "[ui][reportpanel]")
{
    TempFolder folder;
    TestWindow w(folder.path(QStringLiteral("settings.ini")));
    for (const ReportKind& kind : reportKinds()) {
        const QAction* a = w.window.findChild<QAction*>(QStringLiteral("report-%1").arg(QLatin1String(kind.name)));
        REQUIRE(a);
        CHECK(a->text() == QCoreApplication::translate("Report", kind.title) + QStringLiteral("…"));
    }
    CHECK(w.window.action("report-analysis")->text() == QStringLiteral("Анализ методической работы за учебный год…"));
    CHECK(w.window.action("reportsAction")->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_R));
    CHECK(w.window.action("printReportAction")->shortcut() == QKeySequence::Print);
    // Nothing built yet: nothing to preview, print or save.
    CHECK_FALSE(w.window.action("printReportAction")->isEnabled());
    CHECK_FALSE(w.window.action("saveReportAction")->isEnabled());
    // The panel offers every kind.
    CHECK(w.window.reports()->kindSelector()->count() == reportKinds().size());
    // The reports' shortcuts are taken by no other action of the window.
    for (const QKeySequence& k : {QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(QKeySequence::Print),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}) {
        int owners = 0;
        for (const QAction* a : w.window.findChildren<QAction*>())
            owners += a->shortcuts().contains(k) ? 1 : 0;
        INFO(k.toString().toStdString());
        CHECK(owners == 1);
    }
}

TEST_CASE("the reports panel builds a school's analysis in its worker, the author's text saved and undone",
          "[ui][reportpanel]")
{
    ReportFixture f;
    TestWindow w(f.folder.path(QStringLiteral("settings.ini")));
    MainWindow& window = w.window;
    REQUIRE(window.openDatabase(f.db->path()));
    REQUIRE(window.unitTree()->selectUnit(f.schoolA));
    window.action("report-analysis")->trigger();
    ReportPanel* panel = window.reports();
    CHECK(panel->isVisibleTo(&window));
    CHECK(panel->kind() == QStringLiteral("analysis"));
    CHECK(panel->unitSelector()->id() == f.schoolA); // the tree's selection
    panel->setYear(2024);
    QSignalSpy built(panel, &ReportPanel::built);
    QTest::mouseClick(panel->buildButton(), Qt::LeftButton);
    CHECK(panel->isBusy());
    REQUIRE(built.wait(30000));
    REQUIRE(panel->document());
    const ReportDocument& d = *panel->document();
    CHECK(d.title == QStringLiteral("Анализ методической работы"));
    CHECK(d.unitName == QStringLiteral("Школа А"));
    CHECK(d.period == QStringLiteral("2024/25 учебный год"));
    CHECK(d.sections.at(1).heading == QStringLiteral("Состав педагогических работников"));
    CHECK(window.action("printReportAction")->isEnabled());

    // The author's text typed into the panel goes into the document and, saved, into the database.
    QPlainTextEdit* editor = panel->authorEditor(conclusions);
    REQUIRE(editor);
    REQUIRE(panel->authorEditor(QStringLiteral("analysis.tasks")));
    auto* save = panel->findChild<QPushButton*>(QStringLiteral("saveAuthorTextButton"));
    CHECK_FALSE(save->isEnabled());
    editor->setFocus();
    editor->insertPlainText(QStringLiteral("Методическая работа выстроена")); // as typed (keyClicks is ASCII only)
    CHECK(AuthorTexts::blocks(*panel->document()).first().text == QStringLiteral("Методическая работа выстроена"));
    CHECK(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK_FALSE(save->isEnabled());
    AuthorTextRepository texts(*window.database());
    CHECK(texts.text(f.schoolA, conclusions, 2024) == QStringLiteral("Методическая работа выстроена"));

    // Edit ▸ Undo takes it out of the database and the panel; Redo puts it back.
    QAction* undo = window.action("undoAction");
    CHECK(window.editSession()->undoStack()->undoText() == QStringLiteral("Текст автора: «Школа А», 2024/25 учебный год"));
    undo->trigger();
    CHECK(texts.text(f.schoolA, conclusions, 2024).isEmpty());
    CHECK(editor->toPlainText().isEmpty());
    CHECK(AuthorTexts::blocks(*panel->document()).first().text.isEmpty());
    window.action("redoAction")->trigger();
    CHECK(texts.text(f.schoolA, conclusions, 2024) == QStringLiteral("Методическая работа выстроена"));
    CHECK(editor->toPlainText() == QStringLiteral("Методическая работа выстроена"));

    // A later build of the same school and year brings the saved text back.
    QTest::mouseClick(panel->buildButton(), Qt::LeftButton);
    REQUIRE(built.wait(30000));
    CHECK(panel->authorEditor(conclusions)->toPlainText() == QStringLiteral("Методическая работа выстроена"));
}

TEST_CASE("the reports panel saves the document as PDF with the author's text, and says why it cannot", "[ui][reportpanel]")
{
    PanelFixture f;
    f.panel.setKind(QStringLiteral("analysis"));
    f.panel.setUnit(f.schoolA);
    f.panel.setYear(2024);
    f.build();
    f.panel.authorEditor(QStringLiteral("analysis.tasks"))->insertPlainText(QStringLiteral("Направить Гришину на курсы"));

    // «Сохранить как…» with the file chosen: the text typed is saved first, then the PDF written.
    const QString pdf = f.folder.path(QStringLiteral("analysis.pdf"));
    FileDialog::setNextFileName(pdf);
    f.panel.findChild<QPushButton*>(QStringLiteral("saveReportButton"))->click();
    REQUIRE(QFile::exists(pdf));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
    const QString printed = pdfText(pdf);
    CHECK(printed.contains(QStringLiteral("Анализ методической работы")));
    CHECK(printed.contains(QStringLiteral("Направить Гришину на курсы")));
    CHECK(AuthorTextRepository(*f.db).text(f.schoolA, QStringLiteral("analysis.tasks"), 2024) == QStringLiteral("Направить Гришину на курсы"));

    // ODT through the same function; a wrong suffix and a folder that does not exist are refused in Russian.
    CHECK(f.panel.saveTo(f.folder.path(QStringLiteral("analysis.odt"))));
    CHECK(QFile::exists(f.folder.path(QStringLiteral("analysis.odt"))));
    const int before = MessageBox::count();
    CHECK_FALSE(f.panel.saveTo(f.folder.path(QStringLiteral("analysis.docx"))));
    CHECK(MessageBox::count() == before + 1);
    CHECK(MessageBox::last().text.startsWith(QStringLiteral("Нельзя записать отчёт в ")));
    CHECK_FALSE(f.panel.saveTo(f.folder.path(QStringLiteral("no/such/folder/analysis.pdf"))));
    CHECK(MessageBox::last().text.startsWith(QStringLiteral("Не удаётся записать ")));
    CHECK_FALSE(QFile::exists(f.folder.path(QStringLiteral("analysis.docx"))));
}

TEST_CASE("the card needs a person: the button stays disabled and says so until one is chosen", "[ui][reportpanel]")
{
    PanelFixture f;
    f.panel.setUnit(f.schoolA);
    f.panel.setYear(2024);
    f.panel.setKind(QStringLiteral("analysis")); // first a report with author's text: its blocks show
    f.build();
    QWidget* authorTexts = f.panel.findChild<QWidget*>(QStringLiteral("authorTexts"));
    REQUIRE(authorTexts);
    CHECK(authorTexts->isVisibleTo(&f.panel));
    f.panel.setKind(QStringLiteral("card"));
    REQUIRE(f.panel.personPicker());
    CHECK(f.panel.personPicker()->isVisibleTo(&f.panel));
    CHECK_FALSE(f.panel.buildButton()->isEnabled());
    CHECK(f.panel.missing() == QStringLiteral("Выберите педагога: введите часть фамилии и выберите его из списка."));
    f.panel.personPicker()->setPersonId(f.demin);
    CHECK(f.panel.missing().isEmpty());
    f.build();
    CHECK(f.panel.document()->title == QStringLiteral("Карта профессионального развития педагога: Дёмин Пётр"));
    CHECK_FALSE(authorTexts->isVisibleTo(&f.panel)); // the card has no author's text

    // The lists ask for months, the analysis for nothing more; a unit is needed.
    f.panel.setKind(QStringLiteral("lists"));
    CHECK(f.panel.monthsBox()->isVisibleTo(&f.panel));
    CHECK_FALSE(f.panel.personPicker()->isVisibleTo(&f.panel));
    f.panel.setKind(QStringLiteral("analysis"));
    CHECK_FALSE(f.panel.monthsBox()->isVisibleTo(&f.panel));
    f.panel.setUnit(0);
    CHECK(f.panel.missing() == QStringLiteral("Выберите подразделение, отчёт которого нужно сформировать."));
    CHECK_FALSE(f.panel.buildButton()->isEnabled());
}

TEST_CASE("the reports panel remembers the last report chosen", "[ui][reportpanel]")
{
    PanelFixture f;
    f.panel.setKind(QStringLiteral("lists"));
    f.panel.monthsBox()->setValue(9);
    f.panel.setUnit(f.schoolA);
    f.panel.setYear(2024);
    f.build();
    ReportPanel again(&f.edits, f.settings);
    CHECK(again.kind() == QStringLiteral("lists"));
    CHECK(again.monthsBox()->value() == 9);
}

TEST_CASE("the reports panel builds a trend of the indicator and years chosen", "[ui][reportpanel]")
{
    PanelFixture f;
    f.panel.setKind(QStringLiteral("trend"));
    CHECK(f.panel.indicatorSelector()->isVisibleTo(&f.panel));
    CHECK(f.panel.yearsBox()->isVisibleTo(&f.panel));
    CHECK_FALSE(f.panel.monthsBox()->isVisibleTo(&f.panel));
    CHECK_FALSE(f.panel.personPicker()->isVisibleTo(&f.panel));
    f.panel.setUnit(f.schoolA);
    f.panel.setYear(2024);
    const int k03 = f.panel.indicatorSelector()->findData(QStringLiteral("K03"));
    REQUIRE(k03 >= 0);
    f.panel.indicatorSelector()->setCurrentIndex(k03);
    f.panel.yearsBox()->setValue(3);
    f.build();
    const ReportDocument& d = *f.panel.document();
    CHECK(d.title == QStringLiteral("Динамика показателя"));
    CHECK(d.unitName == QStringLiteral("Школа А"));
    CHECK(d.period == QStringLiteral("2022/23–2024/25 учебные годы")); // three years ending with 2024/25
    const QVector<const ReportTable*> tables = d.tables();
    REQUIRE_FALSE(tables.isEmpty());
    CHECK(tables.first()->caption == QStringLiteral("Значения по годам"));
    CHECK(tables.first()->rows.size() == 3); // one row per year asked
}
