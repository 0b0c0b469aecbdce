// The form of a survey response: who answered (or anonymous, with their unit), the satisfaction
// score and the needs named.
#include "forms/formdialog.h"
#include "forms/formfields.h"
#include "forms/kindforms.h"
#include "forms/rowstable.h"
#include "storage/surveyrepository.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace {
enum NeedColumn { Topic, PreferredForm };
}

qint64 KindForms::survey(FormContext& c, qint64 id, qint64 unitId)
{
    SurveyRepository surveys(c.db);
    ReferenceRepository references(c.db);
    const Survey original = id ? surveys.find(id).value_or(Survey{}) : Survey{};
    if (id && original.id == 0)
        return 0;
    const QString title = id ? tr("Edit survey response") : tr("New survey response");
    FormDialog dialog(title, c.parent);
    QFormLayout* main = dialog.page();
    auto* person = dialog.add(main, tr("Respondent"), new PersonPicker(c.db), "person");
    person->setToolTip(tr("Empty for an anonymous response"));
    auto* unit = dialog.add(main, tr("Unit (anonymous response)"), new SearchCombo, "unit");
    unit->setEntries(unitEntries(c.db));
    auto* date = dialog.add(main, tr("Date"), new DateField(false), "date");
    auto* satisfaction = dialog.add(main, tr("Satisfaction (1–5)"), new QSpinBox, "satisfaction");
    satisfaction->setRange(0, 5);
    satisfaction->setSpecialValueText(QStringLiteral("—"));
    auto* needs = new RowsTable({
        {tr("Topic"), [] { return new QLineEdit; }},
        {tr("Preferred form"), [&references] { auto* f = new CodeCombo; f->setReference(references, ReferenceList::SupportForm, true); return f; }},
    });
    dialog.addWide(main, tr("Needs"), needs, "needs");

    person->setPersonId(original.personId);
    unit->setId(id ? (original.anonymous() ? original.orgUnitId : 0) : unitId);
    date->setValue(id ? original.date : c.today());
    satisfaction->setValue(original.satisfaction);
    for (const SurveyNeed& need : original.needs) {
        const int row = needs->addRow(need.id);
        needs->cell<QLineEdit>(row, Topic)->setText(need.topic);
        needs->cell<CodeCombo>(row, PreferredForm)->setCode(need.preferredForm);
    }

    const auto build = [&] {
        Survey s = original;
        s.personId = person->personId();
        s.date = date->value();
        s.satisfaction = satisfaction->value();
        s.orgUnitId = s.anonymous() ? unit->id()
                                    : keptUnit(original.orgUnitId, original.personId, s.personId, original.date, s.date);
        s.needs.clear();
        for (int row = 0; row < needs->rowCount(); ++row)
            s.needs.append({needs->rowId(row), needs->cell<QLineEdit>(row, Topic)->text(),
                            needs->cell<CodeCombo>(row, PreferredForm)->code()});
        return s;
    };
    dialog.setCheck([&] {
        Survey s = build();
        return surveys.validate(s);
    });
    qint64 saved = 0;
    dialog.setSave([&] {
        return saveStep(c, title, saved, [&]() -> Result<qint64> {
            Survey s = build();
            if (!id)
                return surveys.insert(s);
            if (Status st = surveys.update(s); !st)
                return Result<qint64>(st);
            return id;
        });
    });
    return dialog.run() ? saved : 0;
}
