// Recording an event's participants at once: the staff of the organiser's subtree on the event's
// date, a name filter, "check all shown", the registered ones marked; Save is one undo step.
// Data: supportcyclefixture.h — the seminar of Асиновский район on 20.02.2025, whose subtree
// has 20 staff then (persons 1-4 at S1; 6-8 and thirteen more at S4).
#include "participantmodel.h"
#include "participantpicker.h"
#include "supportcyclefixture.h"

#include <QComboBox>
#include <QUndoStack>

namespace {

QStringList names(const ParticipantModel& model)
{
    QStringList list;
    for (int r = 0; r < model.rowCount(); ++r)
        list << model.row(r).name;
    return list;
}

QString cell(const ParticipantModel& model, int row, ParticipantModel::Column column)
{
    return model.index(row, column).data().toString();
}

} // namespace

TEST_CASE("twenty participants of a seminar are recorded in one step", "[ui][participants][undo]")
{
    SupportCycleFixture f;
    EventRepository events(*f.db);
    {
        ParticipantPicker picker(f.session, f.seminarId);
        ParticipantModel& model = *picker.model();
        const auto* unit = picker.findChild<QComboBox*>(QStringLiteral("unitCombo"));
        REQUIRE(unit);
        // Above the organiser, the organiser (chosen), the units under it.
        QStringList units;
        for (int i = 0; i < unit->count(); ++i)
            units << unit->itemText(i).trimmed();
        CHECK(units == QStringList{QStringLiteral("Томская область"), QStringLiteral("Асиновский хаб"),
                                   QStringLiteral("Асиновский район"), QStringLiteral("СОШ № 1 г. Асино"),
                                   QStringLiteral("СОШ № 4 г. Асино")});
        CHECK(unit->currentText() == QStringLiteral("Асиновский район"));
        REQUIRE(model.rowCount() == 20);
        CHECK(model.row(0).name == QStringLiteral("Абрамова Ольга Сергеевна"));
        CHECK(cell(model, 0, ParticipantModel::Organisation) == QStringLiteral("СОШ № 4 г. Асино"));
        CHECK(cell(model, 0, ParticipantModel::Position) == QStringLiteral("учитель"));
        CHECK_FALSE(names(model).contains(QStringLiteral("Ёлкина Алёна Сергеевна"))); // left on 30.06.2024

        // The filter narrows the list; what is checked stays checked.
        picker.setNameFilter(QStringLiteral("ИВАН"));
        CHECK(names(model) == QStringList{QStringLiteral("Иванов Иван Иванович"), QStringLiteral("Иванова Мария Петровна"),
                                          QStringLiteral("Петров Сергей Иванович")});
        model.setData(model.index(1, ParticipantModel::Name), Qt::Checked, Qt::CheckStateRole);
        CHECK(cell(model, 1, ParticipantModel::Role) == QStringLiteral("участник"));
        CHECK(cell(model, 1, ParticipantModel::Registered) == QStringLiteral("будет добавлен"));
        picker.setNameFilter(QString());
        REQUIRE(model.rowCount() == 20);
        CHECK(model.checkedCount() == 1);
        picker.checkAllShown();
        CHECK(model.checkedCount() == 20);
        CHECK(picker.summaryText() == QStringLiteral("Показано: 20; отмечено: 20; добавить: 20, убрать: 0"));
        REQUIRE(picker.save());
        CHECK(picker.result() == QDialog::Accepted);
    }
    CHECK(events.participantCount(f.seminarId) == 20);
    QUndoStack* stack = f.session.undoStack();
    REQUIRE(stack->count() == 1);
    CHECK(stack->undoText() == QStringLiteral("Участники мероприятия «Современный урок: деятельностный подход»: +20"));
    stack->undo();
    CHECK(events.participantCount(f.seminarId) == 0);
    stack->redo();
    CHECK(events.participantCount(f.seminarId) == 20);

    // Opened again: the registered are checked and marked; two unchecked, one made a speaker.
    ParticipantPicker again(f.session, f.seminarId);
    ParticipantModel& model = *again.model();
    REQUIRE(model.rowCount() == 20);
    CHECK(model.checkedCount() == 20);
    CHECK(cell(model, 0, ParticipantModel::Registered) == QStringLiteral("записан"));
    model.setData(model.index(0, ParticipantModel::Name), Qt::Unchecked, Qt::CheckStateRole);  // Абрамова
    model.setData(model.index(1, ParticipantModel::Name), Qt::Unchecked, Qt::CheckStateRole);  // Белова
    CHECK(cell(model, 0, ParticipantModel::Registered) == QStringLiteral("записан; будет убран"));
    const int ivanova = int(names(model).indexOf(QStringLiteral("Иванова Мария Петровна")));
    REQUIRE(ivanova >= 0);
    REQUIRE(model.setData(model.index(ivanova, ParticipantModel::Role), QStringLiteral("speaker"), Qt::EditRole));
    CHECK(cell(model, ivanova, ParticipantModel::Role) == QStringLiteral("выступающий"));
    REQUIRE(again.save());
    CHECK(stack->undoText()
          == QStringLiteral("Участники мероприятия «Современный урок: деятельностный подход»: −2, изменены роли: 1"));
    CHECK(events.participantCount(f.seminarId) == 18);
    QStringList speakers;
    for (const EventParticipation& p : events.participants(f.seminarId))
        if (p.role == u"speaker")
            speakers << QString::number(p.personId);
    CHECK(speakers == QStringList{QString::number(f.person(1))});
    stack->undo();
    CHECK(events.participantCount(f.seminarId) == 20);
}

TEST_CASE("the participant picker lists the staff of another unit's subtree", "[ui][participants]")
{
    SupportCycleFixture f;
    ParticipantPicker picker(f.session, f.seminarId);
    picker.setUnit(f.unit("R"));
    // The region on 20.02.2025: persons 1-4 and 6-20 (Никитина once, at her main school) and
    // the thirteen: 32.
    CHECK(picker.model()->rowCount() == 32);
    picker.setUnit(f.unit("S1"));
    CHECK(names(*picker.model()) == QStringList{QStringLiteral("Иванова Мария Петровна"), QStringLiteral("Петров Сергей Иванович"),
                                                QStringLiteral("Соколова Анна Викторовна"), QStringLiteral("Фёдорова Ольга Николаевна")});
}

TEST_CASE("a refused participant list shows the core's message and writes nothing", "[ui][participants]")
{
    SupportCycleFixture f;
    ParticipantPicker picker(f.session, f.seminarId);
    picker.checkAllShown();
    picker.model()->setChecked(f.person(5), true); // Ёлкина left on 30.06.2024
    CHECK_FALSE(picker.save());
    CHECK(picker.errorText() == QStringLiteral("На 20.02.2025 (дата мероприятия) сотрудник Ёлкина Алёна Сергеевна нигде не работал."));
    CHECK(EventRepository(*f.db).participantCount(f.seminarId) == 0);
    CHECK(f.session.undoStack()->count() == 0);
    CHECK(picker.result() != QDialog::Accepted);
}
