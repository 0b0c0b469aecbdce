// The form of an item of the annual plan with its execution (held, moved, cancelled).
#include "domain/academicyear.h"
#include "forms/formdialog.h"
#include "forms/formfields.h"
#include "forms/kindforms.h"
#include "storage/planrepository.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>

qint64 KindForms::planItem(FormContext& c, qint64 id, qint64 unitId)
{
    PlanRepository plan(c.db);
    const PlanItem original = id ? plan.find(id).value_or(PlanItem{}) : PlanItem{};
    if (id && original.id == 0)
        return 0;
    const QDate today = c.today();
    const QString title = id ? tr("Edit plan item") : tr("New plan item");
    FormDialog dialog(title, c.parent);
    QFormLayout* main = dialog.page();
    auto* name = dialog.add(main, tr("What"), new QPlainTextEdit, "title");
    auto* unit = dialog.add(main, tr("Unit"), new SearchCombo, "unit");
    unit->setEntries(unitEntries(c.db));
    dialog.require(unit);
    auto* year = dialog.add(main, tr("Academic year"), new SearchCombo, "year");
    year->setEntries(academicYearEntries(today));
    dialog.require(year);
    auto* month = dialog.add(main, tr("Month"), new CodeCombo, "month");
    QVector<CodeCombo::Choice> months;
    const QLocale russian(QLocale::Russian);
    for (const int m : {9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8})
        months.append({QString::number(m), russian.standaloneMonthName(m)});
    month->setChoices(months);
    auto* responsible = dialog.add(main, tr("Responsible"), new PersonPicker(c.db), "responsible");
    auto* responsibleText = dialog.add(main, tr("or responsible in words"), new QLineEdit, "responsibleText");
    QFormLayout* execution = dialog.page(tr("Execution"));
    auto* status = dialog.add(execution, tr("Status"), new CodeCombo, "status");
    status->setChoices(statusChoices(original.status, PlanStatuses::codes(), PlanStatuses::lifecycle(), &PlanStatuses::name));
    auto* movedTo = dialog.add(execution, tr("Moved to"), new DateField(true), "movedTo");
    auto* notes = dialog.add(execution, tr("Notes"), new QPlainTextEdit, "notes");

    name->setPlainText(original.title);
    unit->setId(id ? original.orgUnitId : unitId);
    year->setId(id ? original.year : AcademicYear::of(today));
    month->setCode(QString::number(id ? original.month : today.month()));
    responsible->setPersonId(original.responsibleId);
    responsibleText->setText(original.responsibleText);
    status->setCode(original.status);
    movedTo->setValue(original.movedTo);
    notes->setPlainText(original.notes);

    const auto build = [&] {
        PlanItem p = original;
        p.title = name->toPlainText();
        p.orgUnitId = unit->id();
        p.year = int(year->id());
        p.month = month->code().toInt();
        p.responsibleId = responsible->personId();
        p.responsibleText = responsibleText->text();
        p.status = status->code();
        p.movedTo = movedTo->value();
        p.notes = notes->toPlainText();
        return p;
    };
    dialog.setCheck([&] {
        PlanItem p = build();
        return plan.validate(p);
    });
    qint64 saved = 0;
    dialog.setSave([&] {
        return saveStep(c, title, saved, [&]() -> Result<qint64> {
            PlanItem p = build();
            if (!id)
                return plan.insert(p);
            if (Status s = plan.update(p); !s)
                return Result<qint64>(s);
            return id;
        });
    });
    return dialog.run() ? saved : 0;
}
