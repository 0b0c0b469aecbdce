// The form of a measure of a teacher's students' results in an academic year.
#include "forms/formdialog.h"
#include "forms/formfields.h"
#include "forms/kindforms.h"
#include "storage/studentresultrepository.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>

qint64 KindForms::studentResult(FormContext& c, qint64 id, qint64)
{
    StudentResultRepository results(c.db);
    const StudentResult original = id ? results.find(id).value_or(StudentResult{}) : StudentResult{};
    if (id && original.id == 0)
        return 0;
    const QString title = id ? tr("Edit student result") : tr("New student result");
    FormDialog dialog(title, c.parent);
    QFormLayout* main = dialog.page();
    auto* person = dialog.add(main, tr("Teacher"), new PersonPicker(c.db), "person");
    dialog.require(person);
    auto* year = dialog.add(main, tr("Academic year"), new SearchCombo, "year");
    year->setEntries(academicYearEntries(c.today()));
    dialog.require(year);
    auto* measure = dialog.add(main, tr("Measure"), new QLineEdit, "measure");
    auto* value = dialog.add(main, tr("Value"), new QDoubleSpinBox, "value");
    value->setRange(-1e9, 1e9);
    value->setDecimals(2);

    person->setPersonId(original.personId);
    year->setId(id ? original.year : year->itemData(0).toLongLong());
    measure->setText(original.measure);
    value->setValue(original.value);

    const auto build = [&] {
        StudentResult r = original;
        r.personId = person->personId();
        r.year = int(year->id());
        r.measure = measure->text();
        r.value = value->value();
        r.orgUnitId = original.personId == r.personId && original.year == r.year ? original.orgUnitId : 0;
        return r;
    };
    dialog.setCheck([&] {
        StudentResult r = build();
        return results.validate(r);
    });
    qint64 saved = 0;
    dialog.setSave([&] {
        return saveStep(c, title, saved, [&]() -> Result<qint64> {
            StudentResult r = build();
            if (!id)
                return results.insert(r);
            if (Status s = results.update(r); !s)
                return Result<qint64>(s);
            return id;
        });
    });
    return dialog.run() ? saved : 0;
}
