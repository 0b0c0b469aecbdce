// The form of a methodical material with its authors (the first is the main author).
#include "forms/formdialog.h"
#include "forms/formfields.h"
#include "forms/kindforms.h"
#include "forms/rowstable.h"
#include "storage/materialrepository.h"

#include <QFormLayout>
#include <QLineEdit>

qint64 KindForms::material(FormContext& c, qint64 id, qint64)
{
    MaterialRepository materials(c.db);
    ReferenceRepository references(c.db);
    const MethodicalMaterial original = id ? materials.find(id).value_or(MethodicalMaterial{}) : MethodicalMaterial{};
    if (id && original.id == 0)
        return 0;
    const QString title = id ? tr("Edit material") : tr("New material");
    FormDialog dialog(title, c.parent);
    QFormLayout* main = dialog.page();
    auto* name = dialog.add(main, tr("Title"), new QLineEdit, "title");
    auto* type = dialog.add(main, tr("Type"), new CodeCombo, "type");
    type->setReference(references, ReferenceList::MaterialType);
    auto* area = dialog.add(main, tr("Competence area"), new CodeCombo, "area");
    area->setReference(references, ReferenceList::CompetenceArea, true);
    auto* location = dialog.add(main, tr("File or link"), new QLineEdit, "location");
    Database& db = c.db;
    auto* authors = new RowsTable({{tr("Author"), [&db] { return new PersonPicker(db); }}});
    dialog.addWide(main, tr("Authors (the first is the main author)"), authors, "authors");
    QFormLayout* approval = dialog.page(tr("Approval"));
    auto* approvalLevel = dialog.add(approval, tr("Approved at the level"), new CodeCombo, "approvalLevel");
    approvalLevel->setReference(references, ReferenceList::ApprovalLevel, true);
    auto* approvedOn = dialog.add(approval, tr("Approved on"), new DateField(true), "approvedOn");

    name->setText(original.title);
    type->setCode(original.type);
    area->setCode(original.competenceArea);
    location->setText(original.location);
    approvalLevel->setCode(original.approvalLevel);
    approvedOn->setValue(original.approvedOn);
    for (const qint64 authorId : original.authorIds)
        authors->cell<PersonPicker>(authors->addRow(authorId), 0)->setPersonId(authorId);
    if (!id)
        authors->addRow();

    const auto build = [&] {
        MethodicalMaterial m = original;
        m.title = name->text();
        m.type = type->code();
        m.competenceArea = area->code();
        m.location = location->text();
        m.approvalLevel = approvalLevel->code();
        m.approvedOn = approvedOn->value();
        m.authorIds.clear();
        for (int row = 0; row < authors->rowCount(); ++row)
            m.authorIds.append(authors->cell<PersonPicker>(row, 0)->personId());
        const qint64 firstAuthor = m.authorIds.value(0);
        m.orgUnitId = keptUnit(original.orgUnitId, original.authorIds.value(0), firstAuthor, original.date(), m.date());
        return m;
    };
    dialog.setCheck([&] {
        MethodicalMaterial m = build();
        return materials.validate(m);
    });
    qint64 saved = 0;
    dialog.setSave([&] {
        return saveStep(c, title, saved, [&]() -> Result<qint64> {
            MethodicalMaterial m = build();
            if (!id)
                return materials.insert(m);
            if (Status s = materials.update(m); !s)
                return Result<qint64>(s);
            return id;
        });
    });
    return dialog.run() ? saved : 0;
}
