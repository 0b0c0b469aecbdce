// The record forms (ui/recordforms.h): a record is created and edited by setting the editors of
// its form (the test answers the form, see FormDialog::setNextScript), the form shows the
// core's Russian reason and keeps OK disabled while the record is invalid, a save is one undo
// step, a delete asks first naming the record and what goes with it, and Edit ▸ Undo / Redo
// reverse and repeat create, edit and delete exactly. A refused delete writes nothing.
#include "editsession.h"
#include "forms/formdialog.h"
#include "forms/formfields.h"
#include "forms/rowstable.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "recordforms.h"
#include "settings.h"
#include "stafffixture.h"
#include "storage/courserepository.h"
#include "storage/diagnosticrepository.h"
#include "storage/eventrepository.h"
#include "storage/mentoringrepository.h"
#include "storage/personrepository.h"
#include "storage/riskrepository.h"
#include "storage/routerepository.h"

#include <QAction>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

template <class Editor>
Editor* editor(FormDialog& form, const char* name)
{
    auto* e = form.findChild<Editor*>(QString::fromLatin1(name));
    REQUIRE(e);
    return e;
}

// The session of the window, on the fixture's database, with the forms over it.
struct Forms {
    Forms() { session.setDatabase(f.db.get()); }
    StaffFixture f;
    EditSession session;
    RecordForms forms{session, nullptr};
    QUndoStack& undo() { return *session.undoStack(); }
};

void requireSameRoute(const Route& a, const Route& b)
{
    CHECK(a.uuid == b.uuid);
    CHECK(a.unitId == b.unitId);
    CHECK(a.personId == b.personId);
    CHECK(a.start == b.start);
    CHECK(a.end == b.end);
    CHECK(a.status == b.status);
    CHECK(a.statusDate == b.statusDate);
    CHECK(a.goals == b.goals);
    CHECK(a.skills == b.skills);
    CHECK(a.responsibleId == b.responsibleId);
    CHECK(a.createdAt == b.createdAt);
    CHECK(a.updatedAt == b.updatedAt);
}

} // namespace

TEST_CASE("a route is created, edited and deleted through its form, and Edit > Undo / Redo reverse each step",
          "[ui][forms]")
{
    StaffFixture f;
    QSettings storage(f.folder.path(QStringLiteral("settings.ini")), QSettings::IniFormat);
    Settings settings(&storage);
    MainWindow window(settings);
    REQUIRE(window.openDatabase(f.path));
    window.database()->setClock(&f.clock);
    QAction* undo = window.action("undoAction");
    QAction* redo = window.action("redoAction");
    RecordForms forms(*window.editSession(), &window);
    RouteRepository routes(*window.database());

    // Create: nothing chosen yet, then a period that ends before it starts, then a valid route
    // with one item, saved with Ctrl+Enter.
    FormDialog::setNextScript([&](FormDialog& form) {
        CHECK(form.windowTitle() == QStringLiteral("Новый маршрут"));
        CHECK_FALSE(form.okButton()->isEnabled());
        CHECK(form.problem() == QStringLiteral("Выберите: Сотрудник."));
        editor<PersonPicker>(form, "person")->setPersonId(f.person(3)); // Соколова А. В., S1
        editor<DateField>(form, "start")->setValue(d(2024, 9, 1));
        editor<DateField>(form, "end")->setValue(d(2024, 8, 31));
        CHECK(form.problem() == QStringLiteral("Маршрут заканчивается (31.08.2024) раньше, чем начинается (01.09.2024)."));
        CHECK_FALSE(form.okButton()->isEnabled());
        editor<DateField>(form, "end")->setValue(d(2025, 5, 31));
        editor<QPlainTextEdit>(form, "goals")->setPlainText(QStringLiteral("Освоить формирующее оценивание"));
        auto* items = editor<RowsTable>(form, "items");
        const int row = items->addRow();
        items->cell<CodeCombo>(row, 0)->setCode(QStringLiteral("courses"));
        CHECK(form.problem() == QStringLiteral("Пункт 1: У пункта маршрута должно быть название."));
        items->cell<QLineEdit>(row, 1)->setText(QStringLiteral("Курсы «Формирующее оценивание»"));
        items->cell<DateField>(row, 2)->setValue(d(2025, 6, 15)); // after the end
        CHECK_FALSE(form.okButton()->isEnabled());
        items->cell<DateField>(row, 2)->setValue(d(2024, 12, 15));
        CHECK(form.problem().isEmpty());
        CHECK(form.okButton()->isEnabled());
        QTest::keyClick(&form, Qt::Key_Return, Qt::ControlModifier);
    });
    const qint64 id = forms.create(RecordKind::Route, f.unit("S1"));
    REQUIRE(id != 0);
    const Route created = *routes.find(id);
    CHECK(created.personId == f.person(3));
    CHECK(created.unitId == f.unit("S1")); // the person's organisation on the start date
    CHECK(created.start == d(2024, 9, 1));
    CHECK(created.end == d(2025, 5, 31));
    CHECK(created.status == QStringLiteral("draft"));
    CHECK(created.goals == QStringLiteral("Освоить формирующее оценивание"));
    REQUIRE(routes.items(id).size() == 1);
    CHECK(routes.items(id).first().title == QStringLiteral("Курсы «Формирующее оценивание»"));
    CHECK(routes.items(id).first().dueDate == d(2024, 12, 15));
    CHECK(undo->text().contains(QStringLiteral("Новый маршрут")));

    // Edit: the status offers only the steps of the lifecycle from a draft; a second item.
    FormDialog::setNextScript([&](FormDialog& form) {
        CHECK(form.windowTitle() == QStringLiteral("Изменить маршрут"));
        auto* status = editor<CodeCombo>(form, "status");
        QStringList offered;
        for (int i = 0; i < status->count(); ++i)
            offered.append(status->itemData(i).toString());
        CHECK(offered == QStringList{QStringLiteral("draft"), QStringLiteral("active"), QStringLiteral("abandoned")});
        status->setCode(QStringLiteral("active"));
        editor<QPlainTextEdit>(form, "skills")->setPlainText(QStringLiteral("обратная связь на уроке"));
        auto* items = editor<RowsTable>(form, "items");
        REQUIRE(items->rowCount() == 1);
        const int row = items->addRow();
        items->cell<CodeCombo>(row, 0)->setCode(QStringLiteral("community"));
        items->cell<QLineEdit>(row, 1)->setText(QStringLiteral("Семинар РМО"));
        items->cell<DateField>(row, 2)->setValue(d(2025, 2, 10));
        auto* problems = editor<RowsTable>(form, "problems");
        problems->cell<CodeCombo>(problems->addRow(), 0)->setCode(QStringLiteral("methodical"));
        auto* reviews = editor<RowsTable>(form, "reviews");
        const int review = reviews->addRow();
        reviews->cell<DateField>(review, 0)->setValue(d(2025, 1, 10));
        CHECK(form.problem() == QStringLiteral("Заполните текст промежуточной оценки от 10.01.2025."));
        reviews->cell<QLineEdit>(review, 1)->setText(QStringLiteral("Курсы пройдены наполовину"));
        CHECK(form.save());
    });
    REQUIRE(forms.edit(RecordKind::Route, id));
    const Route edited = *routes.find(id);
    CHECK(edited.status == QStringLiteral("active"));
    CHECK(edited.statusDate == StaffFixture::today());
    CHECK(edited.skills == QStringLiteral("обратная связь на уроке"));
    CHECK(routes.items(id).size() == 2);
    REQUIRE(routes.problems(id).size() == 1);
    CHECK(routes.problems(id).first().description == QStringLiteral("методические")); // the area's name when none given
    REQUIRE(routes.reviews(id).size() == 1);
    CHECK(routes.reviews(id).first().notes == QStringLiteral("Курсы пройдены наполовину"));

    // Cancelling writes nothing.
    FormDialog::setNextScript([](FormDialog& form) { editor<QPlainTextEdit>(form, "goals")->setPlainText(QStringLiteral("x")); });
    CHECK_FALSE(forms.edit(RecordKind::Route, id));
    CHECK(routes.find(id)->goals == QStringLiteral("Освоить формирующее оценивание"));

    // Delete: the question names the route and its two items; answered No, nothing happens.
    const int before = MessageBox::count();
    MessageBox::setNextAnswer(QMessageBox::No);
    CHECK_FALSE(forms.remove(RecordKind::Route, {id}));
    CHECK(MessageBox::count() == before + 1);
    CHECK(MessageBox::last().text
          == QStringLiteral("Удалить запись?\n\nМаршрут: Соколова А. В., 01.09.2024–31.05.2025\n"
                            "Вместе с ней будут удалены: 2 пункта маршрута, 1 проблема, 1 промежуточная оценка."));
    REQUIRE(routes.find(id));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(forms.remove(RecordKind::Route, {id}));
    CHECK_FALSE(routes.find(id));
    CHECK(routes.items(id).isEmpty());
    CHECK(undo->text().contains(QStringLiteral("Удалить маршрут: Соколова А. В.")));

    // Undo the delete: the route and its items exactly as they were; Redo deletes them again.
    undo->trigger();
    REQUIRE(routes.find(id));
    requireSameRoute(*routes.find(id), edited);
    CHECK(routes.items(id).size() == 2);
    CHECK(routes.problems(id).size() == 1);
    CHECK(routes.reviews(id).size() == 1);
    redo->trigger();
    CHECK_FALSE(routes.find(id));
    // Undo the delete and the edit: the route as created; undo the creation: no route.
    undo->trigger();
    undo->trigger();
    requireSameRoute(*routes.find(id), created);
    CHECK(routes.items(id).size() == 1);
    undo->trigger();
    CHECK_FALSE(routes.find(id));
    CHECK(routes.items(id).isEmpty());
    redo->trigger();
    requireSameRoute(*routes.find(id), created);
}

TEST_CASE("a diagnostic with its results per area — a delete refused by the core writes nothing", "[ui][forms]")
{
    Forms t;
    DiagnosticRepository diagnostics(*t.f.db);
    FormDialog::setNextScript([&](FormDialog& form) {
        editor<PersonPicker>(form, "person")->setPersonId(t.f.person(8)); // Иванов И. И., S4
        editor<DateField>(form, "date")->setValue(d(2025, 4, 1));
        CHECK(form.problem() == QStringLiteral("Дата диагностики 01.04.2025 ещё не наступила."));
        editor<DateField>(form, "date")->setValue(d(2025, 2, 20));
        CHECK(form.problem() == QStringLiteral("В диагностике нужен результат хотя бы по одной компетентностной области."));
        auto* results = editor<RowsTable>(form, "results");
        int row = results->addRow();
        results->cell<CodeCombo>(row, 0)->setCode(QStringLiteral("methodical"));
        results->cell<QSpinBox>(row, 1)->setValue(35);
        results->cell<CodeCombo>(row, 2)->setCode(QStringLiteral("low"));
        row = results->addRow();
        results->cell<CodeCombo>(row, 0)->setCode(QStringLiteral("digital"));
        results->cell<CodeCombo>(row, 2)->setCode(QStringLiteral("high"));
        CHECK(form.okButton()->isEnabled());
        CHECK(form.save());
    });
    const qint64 id = t.forms.create(RecordKind::Diagnostic, 0);
    REQUIRE(id != 0);
    const Diagnostic saved = *diagnostics.find(id);
    CHECK(saved.unitId == t.f.unit("S4"));
    REQUIRE(saved.results.size() == 2);
    CHECK(saved.results.at(0).score == 35);
    CHECK(saved.results.at(1).score == std::nullopt); // "—"
    CHECK(saved.deficitAreas() == QStringList{QStringLiteral("methodical")});

    // A route built from it: the core refuses to delete the diagnostic, and nothing is written.
    RouteRepository routes(*t.f.db);
    REQUIRE(t.session.run(QStringLiteral("Маршрут по диагностике"),
                          [&] { return routes.createFromDiagnostic(id, d(2025, 3, 1), d(2025, 12, 31)).status(); }).ok());
    const int steps = t.undo().count();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    CHECK_FALSE(t.forms.remove(RecordKind::Diagnostic, {id}));
    CHECK(MessageBox::last().icon == QMessageBox::Warning);
    CHECK(MessageBox::last().text.startsWith(QStringLiteral("Запись «Диагностика: Иванов И. И., 20.02.2025» не удалена: ")));
    CHECK(diagnostics.find(id)->results.size() == 2);
    CHECK(t.undo().count() == steps);
}

TEST_CASE("an event's form checks its dates — a risk's status moves along its lifecycle", "[ui][forms]")
{
    Forms t;
    EventRepository events(*t.f.db);
    FormDialog::setNextScript([&](FormDialog& form) {
        CHECK(editor<SearchCombo>(form, "unit")->id() == t.f.unit("MA")); // the unit chosen in the tree
        editor<QPlainTextEdit>(form, "topic")->setPlainText(QStringLiteral("Формирующее оценивание на уроке"));
        editor<CodeCombo>(form, "kind")->setCode(QStringLiteral("seminar"));
        editor<CodeCombo>(form, "level")->setCode(QStringLiteral("municipal"));
        editor<DateField>(form, "date")->setValue(d(2025, 2, 12));
        editor<DateField>(form, "endDate")->setValue(d(2025, 2, 11));
        CHECK(form.problem() == QStringLiteral("Мероприятие заканчивается (11.02.2025) раньше, чем начинается (12.02.2025)."));
        CHECK_FALSE(form.save());
        editor<DateField>(form, "endDate")->setValue({});
        CHECK(form.save());
    });
    const qint64 eventId = t.forms.create(RecordKind::Event, t.f.unit("MA"));
    REQUIRE(eventId != 0);
    CHECK(events.find(eventId)->kind == QStringLiteral("seminar"));
    CHECK_FALSE(events.find(eventId)->endDate.isValid());
    CHECK(t.undo().count() == 1); // the refused save added no step

    RiskRepository risks(*t.f.db);
    FormDialog::setNextScript([&](FormDialog& form) {
        CHECK(form.problem() == QStringLiteral("Нужно описать риск."));
        editor<QPlainTextEdit>(form, "description")->setPlainText(QStringLiteral("Формальный подход к составлению ИОМ"));
        editor<QLineEdit>(form, "ownerText")->setText(QStringLiteral("МКМС"));
        CHECK(form.save());
    });
    const qint64 riskId = t.forms.create(RecordKind::Risk, t.f.unit("MA"));
    REQUIRE(riskId != 0);
    const Risk created = *risks.find(riskId);
    CHECK(created.status == QStringLiteral("open"));
    CHECK(created.identifiedOn == StaffFixture::today());
    FormDialog::setNextScript([&](FormDialog& form) {
        auto* status = editor<CodeCombo>(form, "status");
        // open ⇄ mitigated; open → occurred, closed.
        CHECK(status->count() == 4);
        status->setCode(QStringLiteral("mitigated"));
        CHECK(form.save());
    });
    REQUIRE(t.forms.edit(RecordKind::Risk, riskId));
    CHECK(risks.find(riskId)->status == QStringLiteral("mitigated"));
    FormDialog::setNextScript([&](FormDialog& form) {
        QStringList offered;
        auto* status = editor<CodeCombo>(form, "status");
        for (int i = 0; i < status->count(); ++i)
            offered.append(status->itemData(i).toString());
        CHECK(offered == QStringList{QStringLiteral("mitigated"), QStringLiteral("open"), QStringLiteral("occurred"),
                                     QStringLiteral("closed")});
    });
    CHECK_FALSE(t.forms.edit(RecordKind::Risk, riskId));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(t.forms.remove(RecordKind::Risk, {riskId}));
    CHECK_FALSE(risks.find(riskId));
    t.undo().undo();
    CHECK(risks.find(riskId)->status == QStringLiteral("mitigated"));
    t.undo().undo();
    CHECK(risks.find(riskId)->status == QStringLiteral("open"));
    CHECK(risks.find(riskId)->updatedAt == created.updatedAt);
    t.undo().redo();
    t.undo().redo();
    CHECK_FALSE(risks.find(riskId));
}

TEST_CASE("a mentoring programme with its mentees — deleting it names the mentees and undo brings them back",
          "[ui][forms]")
{
    Forms t;
    MentoringRepository programmes(*t.f.db);
    FormDialog::setNextScript([&](FormDialog& form) {
        editor<PersonPicker>(form, "mentor")->setPersonId(t.f.person(14)); // Захарова И. Е., K2
        editor<CodeCombo>(form, "form")->setCode(QStringLiteral("teacher_teacher"));
        editor<CodeCombo>(form, "type")->setCode(QStringLiteral("traditional"));
        editor<DateField>(form, "start")->setValue(d(2024, 9, 1));
        auto* mentees = editor<RowsTable>(form, "mentees");
        const int row = mentees->addRow();
        mentees->cell<PersonPicker>(row, 0)->setPersonId(t.f.person(14));
        mentees->cell<DateField>(row, 1)->setValue(d(2024, 9, 1));
        CHECK(form.problem()
              == QStringLiteral("Захарова Ирина Евгеньевна — наставник в этой программе и не может быть в ней наставляемым."));
        CHECK_FALSE(form.okButton()->isEnabled());
        mentees->cell<PersonPicker>(row, 0)->setPersonId(t.f.person(15)); // Григорьев Н. С., K2
        CHECK(form.save());
    });
    const qint64 id = t.forms.create(RecordKind::Mentoring, 0);
    REQUIRE(id != 0);
    CHECK(programmes.find(id)->unitId == t.f.unit("K2"));
    REQUIRE(programmes.mentees(id).size() == 1);
    CHECK(programmes.mentees(id).first().personId == t.f.person(15));

    // The status moves through its own step: active.
    FormDialog::setNextScript([&](FormDialog& form) {
        editor<CodeCombo>(form, "status")->setCode(QStringLiteral("active"));
        CHECK(form.save());
    });
    REQUIRE(t.forms.edit(RecordKind::Mentoring, id));
    CHECK(programmes.find(id)->status == QStringLiteral("active"));
    CHECK(t.undo().count() == 2);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(t.forms.remove(RecordKind::Mentoring, {id}));
    CHECK(MessageBox::last().text.contains(QStringLiteral("записи 1 наставляемого (Григорьев Н. С.)")));
    CHECK_FALSE(programmes.find(id));
    t.undo().undo();
    REQUIRE(programmes.find(id));
    CHECK(programmes.find(id)->status == QStringLiteral("active"));
    CHECK(programmes.mentees(id).size() == 1);
    t.undo().redo();
    CHECK_FALSE(programmes.find(id));
}

TEST_CASE("a course completion: a programme must be chosen and the course must have ended", "[ui][forms]")
{
    Forms t;
    CourseRepository courses(*t.f.db);
    CourseProgramme programme;
    programme.orgUnitId = t.f.unit("R");
    programme.title = QStringLiteral("Формирующее оценивание");
    programme.provider = QStringLiteral("ТОИПКРО");
    programme.hours = 36;
    programme.form = QStringLiteral("distance");
    REQUIRE(courses.insertProgramme(programme).ok());

    FormDialog::setNextScript([&](FormDialog& form) {
        editor<PersonPicker>(form, "person")->setPersonId(t.f.person(1));
        CHECK(form.problem() == QStringLiteral("Выберите: Программа."));
        editor<SearchCombo>(form, "programme")->setId(programme.id);
        editor<DateField>(form, "start")->setValue(d(2025, 3, 10));
        editor<DateField>(form, "end")->setValue(d(2025, 3, 20));
        CHECK(form.problem() == QStringLiteral("Дата окончания обучения 20.03.2025 ещё не наступила."));
        editor<DateField>(form, "end")->setValue(d(2025, 3, 14));
        editor<QLineEdit>(form, "certificate")->setText(QStringLiteral("  7012 00123  "));
        CHECK(form.save());
    });
    const qint64 id = t.forms.create(RecordKind::CourseCompletion, 0);
    REQUIRE(id != 0);
    const CourseCompletion saved = *courses.findCompletion(id);
    CHECK(saved.programmeId == programme.id);
    CHECK(saved.orgUnitId == t.f.unit("S1"));
    CHECK(saved.certificate == QStringLiteral("7012 00123"));

    // A programme with a completion cannot be deleted: the reason is shown, nothing written.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    CHECK_FALSE(t.forms.remove(RecordKind::CourseProgramme, {programme.id}));
    CHECK(MessageBox::last().icon == QMessageBox::Warning);
    CHECK(courses.findProgramme(programme.id));
    CHECK(t.undo().count() == 1);

    FormDialog::setNextScript([&](FormDialog& form) {
        editor<QLineEdit>(form, "certificate")->setText(QStringLiteral("7012 00124"));
        CHECK(form.save());
    });
    REQUIRE(t.forms.edit(RecordKind::CourseCompletion, id));
    CHECK(courses.findCompletion(id)->certificate == QStringLiteral("7012 00124"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(t.forms.remove(RecordKind::CourseCompletion, {id}));
    CHECK(MessageBox::last().text.contains(QStringLiteral("Иванова М. П., «Формирующее оценивание», 14.03.2025")));
    CHECK_FALSE(courses.findCompletion(id));
    t.undo().undo();
    CHECK(courses.findCompletion(id)->certificate == QStringLiteral("7012 00124"));
    t.undo().undo();
    CHECK(courses.findCompletion(id)->certificate == QStringLiteral("7012 00123"));
    t.undo().undo();
    CHECK_FALSE(courses.findCompletion(id));
}

TEST_CASE("a person with the main employment — a person is never deleted", "[ui][forms]")
{
    Forms t;
    PersonRepository persons(*t.f.db);
    FormDialog::setNextScript([&](FormDialog& form) {
        CHECK(editor<SearchCombo>(form, "unit")->id() == t.f.unit("S4"));
        CHECK(form.problem() == QStringLiteral("Фамилия не может быть пустой."));
        editor<QLineEdit>(form, "lastName")->setText(QStringLiteral(" Белова "));
        editor<QLineEdit>(form, "firstName")->setText(QStringLiteral("Вера"));
        editor<QLineEdit>(form, "middleName")->setText(QStringLiteral("Андреевна"));
        editor<DateField>(form, "birthDate")->setValue(d(1999, 4, 2));
        editor<QLineEdit>(form, "subjects")->setText(QStringLiteral("химия; биология"));
        editor<CodeCombo>(form, "position")->setCode(QStringLiteral("teacher"));
        editor<QDoubleSpinBox>(form, "rate")->setValue(0.5);
        editor<DateField>(form, "employedFrom")->setValue(d(2024, 9, 1));
        editor<QCheckBox>(form, "tutor")->setChecked(true);
        CHECK(form.save());
    });
    const qint64 id = t.forms.create(RecordKind::Person, t.f.unit("S4"));
    REQUIRE(id != 0);
    const Person saved = *persons.find(id);
    CHECK(saved.fullName() == QStringLiteral("Белова Вера Андреевна"));
    CHECK(saved.subjects == QStringList{QStringLiteral("химия"), QStringLiteral("биология")});
    CHECK(saved.tutor);
    REQUIRE(persons.employments(id).size() == 1);
    CHECK(persons.employments(id).first().unitId == t.f.unit("S4"));
    CHECK(persons.employments(id).first().rate == 0.5);

    // The employment ends: edited in the same form; its end before its start is refused.
    FormDialog::setNextScript([&](FormDialog& form) {
        editor<DateField>(form, "employedUntil")->setValue(d(2024, 8, 31));
        CHECK(form.problem() == QStringLiteral("Работа заканчивается (31.08.2024) раньше, чем начинается (01.09.2024)."));
        editor<DateField>(form, "employedUntil")->setValue(d(2025, 1, 31));
        CHECK(form.save());
    });
    REQUIRE(t.forms.edit(RecordKind::Person, id));
    CHECK(persons.employments(id).first().end == d(2025, 1, 31));

    const int steps = t.undo().count();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    CHECK_FALSE(t.forms.remove(RecordKind::Person, {id}));
    CHECK(MessageBox::last().icon == QMessageBox::Warning);
    CHECK(persons.find(id));
    CHECK(t.undo().count() == steps);
    t.undo().undo();
    CHECK_FALSE(persons.employments(id).first().end.isValid());
    t.undo().undo();
    CHECK_FALSE(persons.find(id));
    CHECK(persons.employments(id).isEmpty());
}

TEST_CASE("the person picker finds persons by part of the name, with their school, at most Limit of them", "[ui][forms]")
{
    StaffFixture f;
    PersonPicker picker(*f.db);
    // «иван» is in Иванова, Иванов Иван Иванович, and the patronymics of Петров and Павлова.
    QStringList labels;
    for (const auto& [id, label] : picker.search(QStringLiteral("Иван")))
        labels.append(label);
    CHECK(labels == QStringList{QStringLiteral("Иванов Иван Иванович — СОШ № 4 г. Асино"),
                                QStringLiteral("Иванова Мария Петровна — СОШ № 1 г. Асино"),
                                QStringLiteral("Павлова Галина Ивановна — Детский сад № 5"),
                                QStringLiteral("Петров Сергей Иванович — СОШ № 1 г. Асино")});
    // A person who left (Ёлкина, 30.06.2024) is found, without a school.
    REQUIRE(picker.search(QStringLiteral("ёлкина")).size() == 1);
    CHECK(picker.search(QStringLiteral("ёлкина")).first().second == QStringLiteral("Ёлкина Алёна Сергеевна"));

    PersonRepository persons(*f.db);
    for (int i = 0; i < PersonPicker::Limit + 5; ++i) {
        Person p;
        p.lastName = QStringLiteral("Тестова");
        p.firstName = QStringLiteral("Анна");
        p.middleName = QStringLiteral("№%1").arg(i);
        REQUIRE(persons.insert(p).ok());
    }
    CHECK(picker.search(QStringLiteral("тестова")).size() == PersonPicker::Limit);

    // Typed but not chosen: the form says so.
    FormDialog form(QStringLiteral("Форма"), nullptr);
    auto* chosen = form.add(form.page(), QStringLiteral("Сотрудник"), new PersonPicker(*f.db), "person");
    QTest::keyClicks(chosen, QStringLiteral("Ivanov")); // QTest types Latin letters only
    CHECK(form.problem() == QStringLiteral("Выберите сотрудника «Ivanov» из списка, который открывается при вводе."));
    CHECK_FALSE(form.okButton()->isEnabled());
    chosen->setPersonId(f.person(1));
    CHECK(form.problem().isEmpty());
}

TEST_CASE("every record kind has a form — OK is enabled exactly when no reason is shown — cancelling writes nothing",
          "[ui][forms]")
{
    Forms t;
    for (const RecordKindInfo& info : RecordKinds::all()) {
        INFO(info.code);
        CHECK(t.forms.canEdit(info.kind));
        bool opened = false;
        FormDialog::setNextScript([&](FormDialog& form) {
            opened = true;
            CHECK(form.windowTitle().startsWith(QStringLiteral("Нов")));
            CHECK(form.okButton()->isEnabled() == form.problem().isEmpty());
        });
        CHECK(t.forms.create(info.kind, t.f.unit("S1")) == 0);
        CHECK(opened);
        CHECK_FALSE(t.forms.edit(info.kind, 999999)); // no such record: no form
        CHECK_FALSE(t.forms.remove(info.kind, {999999}));
    }
    CHECK(t.undo().count() == 0);
}

TEST_CASE("deleting several records is one question and one undo step — one refusal keeps them all", "[ui][forms]")
{
    Forms t;
    EventRepository events(*t.f.db);
    const auto newEvent = [&](const char* topic) {
        MethodicalEvent e;
        e.orgUnitId = t.f.unit("MA");
        e.kind = QStringLiteral("seminar");
        e.level = QStringLiteral("municipal");
        e.date = d(2025, 2, 12);
        e.topic = QString::fromUtf8(topic);
        REQUIRE(events.insert(e).ok());
        return e.id;
    };
    const qint64 first = newEvent("Формирующее оценивание");
    const qint64 second = newEvent("Наставничество в школе");
    const qint64 third = newEvent("Функциональная грамотность");
    EventParticipation p;
    p.eventId = third;
    p.personId = t.f.person(6);
    p.role = QStringLiteral("participant");
    REQUIRE(events.addParticipant(p).ok());

    // The third has a participant: the core refuses it, so none of the three is deleted.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    CHECK_FALSE(t.forms.remove(RecordKind::Event, {first, second, third}));
    CHECK(MessageBox::last().icon == QMessageBox::Warning);
    CHECK(MessageBox::last().text.startsWith(
        QStringLiteral("Запись «Мероприятие: «Функциональная грамотность», 12.02.2025» не удалена: ")));
    CHECK(events.find(first));
    CHECK(events.find(second));
    CHECK(t.undo().count() == 0);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(t.forms.remove(RecordKind::Event, {first, second}));
    CHECK(MessageBox::last().text.startsWith(QStringLiteral("Удалить 2 записи?\n\n• Мероприятие: «Формирующее оценивание», 12.02.2025\n")));
    CHECK_FALSE(events.find(first));
    CHECK_FALSE(events.find(second));
    REQUIRE(t.undo().count() == 1);
    CHECK(t.undo().text(0) == QStringLiteral("Удалить 2 записи (Методические мероприятия)"));
    t.undo().undo();
    CHECK(events.find(first)->topic == QStringLiteral("Формирующее оценивание"));
    CHECK(events.find(second)->topic == QStringLiteral("Наставничество в школе"));
}
