// The form of a risk of the register; its status moves along the lifecycle.
#include "forms/formdialog.h"
#include "forms/formfields.h"
#include "forms/kindforms.h"
#include "storage/riskrepository.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

qint64 KindForms::risk(FormContext& c, qint64 id, qint64 unitId)
{
    RiskRepository risks(c.db);
    const Risk original = id ? risks.find(id).value_or(Risk{}) : Risk{};
    if (id && original.id == 0)
        return 0;
    const QString title = id ? tr("Edit risk") : tr("New risk");
    FormDialog dialog(title, c.parent);
    QFormLayout* main = dialog.page();
    auto* description = dialog.add(main, tr("Risk"), new QPlainTextEdit, "description");
    auto* prevention = dialog.add(main, tr("Prevention"), new QPlainTextEdit, "prevention");
    auto* unit = dialog.add(main, tr("Unit"), new SearchCombo, "unit");
    unit->setEntries(unitEntries(c.db));
    dialog.require(unit);
    auto* owner = dialog.add(main, tr("Owner"), new PersonPicker(c.db), "owner");
    auto* ownerText = dialog.add(main, tr("or owner in words"), new QLineEdit, "ownerText");
    auto* status = dialog.add(main, tr("Status"), new CodeCombo, "status");
    status->setChoices(statusChoices(original.status, RiskStatuses::codes(), RiskStatuses::lifecycle(), &RiskStatuses::name));
    auto* identified = dialog.add(main, tr("Identified on"), new DateField(false), "identifiedOn");

    description->setPlainText(original.description);
    prevention->setPlainText(original.prevention);
    unit->setId(id ? original.orgUnitId : unitId);
    owner->setPersonId(original.ownerId);
    ownerText->setText(original.ownerText);
    status->setCode(original.status);
    identified->setValue(id ? original.identifiedOn : c.today());

    const auto build = [&] {
        Risk r = original;
        r.description = description->toPlainText();
        r.prevention = prevention->toPlainText();
        r.orgUnitId = unit->id();
        r.ownerId = owner->personId();
        r.ownerText = ownerText->text();
        r.status = status->code();
        r.identifiedOn = identified->value();
        return r;
    };
    dialog.setCheck([&] {
        Risk r = build();
        return risks.validate(r);
    });
    qint64 saved = 0;
    dialog.setSave([&] {
        return saveStep(c, title, saved, [&]() -> Result<qint64> {
            Risk r = build();
            if (!id)
                return risks.insert(r);
            if (Status s = risks.update(r); !s)
                return Result<qint64>(s);
            return id;
        });
    });
    return dialog.run() ? saved : 0;
}
