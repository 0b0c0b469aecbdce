// The form of a methodical association (its members join and leave elsewhere).
#include "forms/formdialog.h"
#include "forms/formfields.h"
#include "forms/kindforms.h"
#include "storage/associationrepository.h"

#include <QFormLayout>
#include <QLineEdit>

qint64 KindForms::association(FormContext& c, qint64 id, qint64 unitId)
{
    AssociationRepository associations(c.db);
    ReferenceRepository references(c.db);
    const MethodicalAssociation original = id ? associations.find(id).value_or(MethodicalAssociation{}) : MethodicalAssociation{};
    if (id && original.id == 0)
        return 0;
    const QString title = id ? tr("Edit association") : tr("New association");
    FormDialog dialog(title, c.parent);
    QFormLayout* main = dialog.page();
    auto* subject = dialog.add(main, tr("Subject or theme"), new QLineEdit, "subject");
    auto* level = dialog.add(main, tr("Level"), new CodeCombo, "level");
    level->setReference(references, ReferenceList::AssociationLevel);
    auto* unit = dialog.add(main, tr("Unit"), new SearchCombo, "unit");
    unit->setEntries(unitEntries(c.db));
    auto* head = dialog.add(main, tr("Head"), new PersonPicker(c.db), "head");
    auto* start = dialog.add(main, tr("Start"), new DateField(false), "start");
    auto* end = dialog.add(main, tr("End"), new DateField(true), "end");

    subject->setText(original.subject);
    level->setCode(original.level);
    unit->setId(id ? original.orgUnitId : unitId);
    head->setPersonId(original.headId);
    start->setValue(id ? original.start : c.today());
    end->setValue(original.end);
    const QVector<AssociationMember> members = id ? associations.members(id) : QVector<AssociationMember>{};

    const auto build = [&] {
        MethodicalAssociation a = original;
        a.subject = subject->text();
        a.level = level->code();
        a.orgUnitId = unit->id();
        a.headId = head->personId();
        a.start = start->value();
        a.end = end->value();
        return a;
    };
    dialog.setCheck([&] {
        MethodicalAssociation a = build();
        return associations.validate(a, members);
    });
    qint64 saved = 0;
    dialog.setSave([&] {
        return saveStep(c, title, saved, [&]() -> Result<qint64> {
            MethodicalAssociation a = build();
            if (!id)
                return associations.insert(a);
            if (Status s = associations.update(a); !s)
                return Result<qint64>(s);
            return id;
        });
    });
    return dialog.run() ? saved : 0;
}
