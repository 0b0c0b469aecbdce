// The form of a targeted consultation with the persons consulted.
#include "forms/formdialog.h"
#include "forms/formfields.h"
#include "forms/kindforms.h"
#include "forms/rowstable.h"
#include "storage/consultationrepository.h"

#include <QFormLayout>
#include <QLineEdit>

qint64 KindForms::consultation(FormContext& c, qint64 id, qint64)
{
    ConsultationRepository consultations(c.db);
    ReferenceRepository references(c.db);
    const Consultation original = id ? consultations.find(id).value_or(Consultation{}) : Consultation{};
    if (id && original.id == 0)
        return 0;
    const QString title = id ? tr("Edit consultation") : tr("New consultation");
    FormDialog dialog(title, c.parent);
    QFormLayout* main = dialog.page();
    auto* methodist = dialog.add(main, tr("Methodist"), new PersonPicker(c.db), "methodist");
    dialog.require(methodist);
    auto* date = dialog.add(main, tr("Date"), new DateField(false), "date");
    auto* topic = dialog.add(main, tr("Topic"), new QLineEdit, "topic");
    auto* form = dialog.add(main, tr("Form"), new CodeCombo, "form");
    form->setReference(references, ReferenceList::ConsultationForm);
    auto* area = dialog.add(main, tr("Competence area"), new CodeCombo, "area");
    area->setReference(references, ReferenceList::CompetenceArea, true);
    Database& db = c.db;
    auto* persons = new RowsTable({{tr("Person consulted"), [&db] { return new PersonPicker(db); }}});
    dialog.addWide(main, tr("Persons consulted"), persons, "persons");

    methodist->setPersonId(original.methodistId);
    date->setValue(id ? original.date : c.today());
    topic->setText(original.topic);
    form->setCode(original.form);
    area->setCode(original.competenceArea);
    for (const qint64 personId : original.personIds)
        persons->cell<PersonPicker>(persons->addRow(personId), 0)->setPersonId(personId);

    const auto build = [&] {
        Consultation x = original;
        x.methodistId = methodist->personId();
        x.date = date->value();
        x.topic = topic->text();
        x.form = form->code();
        x.competenceArea = area->code();
        x.orgUnitId = keptUnit(original.orgUnitId, original.methodistId, x.methodistId, original.date, x.date);
        x.personIds.clear();
        for (int row = 0; row < persons->rowCount(); ++row)
            x.personIds.append(persons->cell<PersonPicker>(row, 0)->personId());
        return x;
    };
    dialog.setCheck([&] {
        Consultation x = build();
        return consultations.validate(x);
    });
    qint64 saved = 0;
    dialog.setSave([&] {
        return saveStep(c, title, saved, [&]() -> Result<qint64> {
            Consultation x = build();
            if (!id)
                return consultations.insert(x);
            if (Status s = consultations.update(x); !s)
                return Result<qint64>(s);
            return id;
        });
    });
    return dialog.run() ? saved : 0;
}
