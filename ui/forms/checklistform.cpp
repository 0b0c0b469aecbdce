// The form of an answer of a municipality or an organisation to an item of the presence
// checklist for an academic year.
#include "domain/academicyear.h"
#include "domain/orgunit.h"
#include "forms/formdialog.h"
#include "forms/formfields.h"
#include "forms/kindforms.h"
#include "storage/checklistrepository.h"

#include <QFormLayout>
#include <QLineEdit>

qint64 KindForms::checklist(FormContext& c, qint64 id, qint64 unitId)
{
    ChecklistRepository checklist(c.db);
    const ChecklistAnswer original = id ? checklist.findAnswer(id).value_or(ChecklistAnswer{}) : ChecklistAnswer{};
    if (id && original.id == 0)
        return 0;
    const QString title = id ? tr("Edit checklist answer") : tr("New checklist answer");
    FormDialog dialog(title, c.parent);
    QFormLayout* main = dialog.page();
    auto* unit = dialog.add(main, tr("Unit"), new SearchCombo, "unit");
    unit->setEntries(unitEntries(c.db, {int(UnitLevel::Municipality), int(UnitLevel::Organisation)}));
    dialog.require(unit);
    auto* year = dialog.add(main, tr("Academic year"), new SearchCombo, "year");
    year->setEntries(academicYearEntries(c.today()));
    dialog.require(year);
    auto* item = dialog.add(main, tr("Item"), new CodeCombo, "item");
    QVector<CodeCombo::Choice> items;
    for (const ChecklistItem& i : checklist.items())
        items.append({i.code, QStringLiteral("%1. %2").arg(i.code, i.name)});
    item->setChoices(items);
    auto* answer = dialog.add(main, tr("Answer"), new CodeCombo, "answer");
    answer->setChoices(codeChoices(ChecklistCodes::answers(), &ChecklistCodes::answerName));
    auto* evidence = dialog.add(main, tr("Evidence"), new QLineEdit, "evidence");

    unit->setId(id ? original.orgUnitId : unitId);
    year->setId(id ? original.year : AcademicYear::of(c.today()));
    item->setCode(original.itemCode);
    answer->setCode(original.answer);
    evidence->setText(original.evidence);

    dialog.setCheck([&] { return checklist.validateAnswer(unit->id(), int(year->id()), item->code(), answer->code()); });
    qint64 saved = 0;
    dialog.setSave([&] {
        return saveStep(c, title, saved, [&]() -> Result<qint64> {
            const bool moved = id && (original.orgUnitId != unit->id() || original.year != year->id() || original.itemCode != item->code());
            if (moved)
                if (Status s = checklist.removeAnswer(original.orgUnitId, original.year, original.itemCode); !s)
                    return Result<qint64>(s);
            return checklist.setAnswer(unit->id(), int(year->id()), item->code(), answer->code(), evidence->text());
        });
    });
    return dialog.run() ? saved : 0;
}
