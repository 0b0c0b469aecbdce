// The form of an attestation: the category sought, the outcome and, when granted, its validity.
#include "forms/formdialog.h"
#include "forms/formfields.h"
#include "forms/kindforms.h"
#include "storage/attestationrepository.h"

#include <QFormLayout>

qint64 KindForms::attestation(FormContext& c, qint64 id, qint64)
{
    AttestationRepository attestations(c.db);
    ReferenceRepository references(c.db);
    const Attestation original = id ? attestations.find(id).value_or(Attestation{}) : Attestation{};
    if (id && original.id == 0)
        return 0;
    const QString title = id ? tr("Edit attestation") : tr("New attestation");
    FormDialog dialog(title, c.parent);
    QFormLayout* main = dialog.page();
    auto* person = dialog.add(main, tr("Person"), new PersonPicker(c.db), "person");
    dialog.require(person);
    auto* date = dialog.add(main, tr("Date"), new DateField(false), "date");
    auto* category = dialog.add(main, tr("Category sought"), new CodeCombo, "category");
    QVector<CodeCombo::Choice> categories;
    for (const ReferenceItem& item : references.categories())
        if (item.code != u"none")
            categories.append({item.code, item.name});
    category->setChoices(categories);
    auto* outcome = dialog.add(main, tr("Outcome"), new CodeCombo, "outcome");
    outcome->setChoices(codeChoices(AttestationOutcome::codes(), &AttestationOutcome::name));
    auto* validUntil = dialog.add(main, tr("Valid until"), new DateField(true), "validUntil");
    validUntil->setToolTip(tr("Not set: the validity the rules set on the date"));

    person->setPersonId(original.personId);
    date->setValue(id ? original.date : c.today());
    category->setCode(original.category);
    outcome->setCode(id ? original.outcome : AttestationOutcome::granted());
    validUntil->setValue(original.validUntil);

    const auto build = [&] {
        Attestation a = original;
        a.personId = person->personId();
        a.date = date->value();
        a.category = category->code();
        a.outcome = outcome->code();
        a.validUntil = validUntil->value();
        a.unitId = keptUnit(original.unitId, original.personId, a.personId, original.date, a.date);
        return a;
    };
    dialog.setCheck([&] {
        Attestation a = build();
        return attestations.validate(a);
    });
    qint64 saved = 0;
    dialog.setSave([&] {
        return saveStep(c, title, saved, [&]() -> Result<qint64> {
            Attestation a = build();
            if (!id)
                return attestations.insert(a);
            if (Status s = attestations.update(a); !s)
                return Result<qint64>(s);
            return id;
        });
    });
    return dialog.run() ? saved : 0;
}
