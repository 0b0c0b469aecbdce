// The forms of further-training (ДПО) programmes and of their completions.
#include "forms/formdialog.h"
#include "forms/formfields.h"
#include "forms/kindforms.h"
#include "storage/courserepository.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

qint64 KindForms::courseProgramme(FormContext& c, qint64 id, qint64 unitId)
{
    CourseRepository courses(c.db);
    ReferenceRepository references(c.db);
    const CourseProgramme original = id ? courses.findProgramme(id).value_or(CourseProgramme{}) : CourseProgramme{};
    if (id && original.id == 0)
        return 0;
    const QString title = id ? tr("Edit CPD programme") : tr("New CPD programme");
    FormDialog dialog(title, c.parent);
    QFormLayout* main = dialog.page();
    auto* name = dialog.add(main, tr("Title"), new QLineEdit, "title");
    auto* provider = dialog.add(main, tr("Provider"), new QLineEdit, "provider");
    auto* hours = dialog.add(main, tr("Hours"), new QSpinBox, "hours");
    hours->setRange(0, 10000);
    auto* form = dialog.add(main, tr("Form"), new CodeCombo, "form");
    form->setReference(references, ReferenceList::CourseForm);
    auto* area = dialog.add(main, tr("Competence area"), new CodeCombo, "area");
    area->setReference(references, ReferenceList::CompetenceArea, true);
    auto* registry = dialog.add(main, tr("In the federal registry"), new QCheckBox, "federalRegistry");
    auto* unit = dialog.add(main, tr("Registered by"), new SearchCombo, "unit");
    unit->setEntries(unitEntries(c.db));

    name->setText(original.title);
    provider->setText(original.provider);
    hours->setValue(id ? original.hours : 72);
    form->setCode(original.form);
    area->setCode(original.competenceArea);
    registry->setChecked(original.inFederalRegistry);
    unit->setId(id ? original.orgUnitId : unitId);

    const auto build = [&] {
        CourseProgramme p = original;
        p.title = name->text();
        p.provider = provider->text();
        p.hours = hours->value();
        p.form = form->code();
        p.competenceArea = area->code();
        p.inFederalRegistry = registry->isChecked();
        p.orgUnitId = unit->id();
        return p;
    };
    dialog.setCheck([&] {
        CourseProgramme p = build();
        return courses.validateProgramme(p);
    });
    qint64 saved = 0;
    dialog.setSave([&] {
        return saveStep(c, title, saved, [&]() -> Result<qint64> {
            CourseProgramme p = build();
            if (!id)
                return courses.insertProgramme(p);
            if (Status s = courses.updateProgramme(p); !s)
                return Result<qint64>(s);
            return id;
        });
    });
    return dialog.run() ? saved : 0;
}

qint64 KindForms::courseCompletion(FormContext& c, qint64 id, qint64)
{
    CourseRepository courses(c.db);
    const CourseCompletion original = id ? courses.findCompletion(id).value_or(CourseCompletion{}) : CourseCompletion{};
    if (id && original.id == 0)
        return 0;
    const QString title = id ? tr("Edit CPD completion") : tr("New CPD completion");
    FormDialog dialog(title, c.parent);
    QFormLayout* main = dialog.page();
    auto* person = dialog.add(main, tr("Person"), new PersonPicker(c.db), "person");
    dialog.require(person);
    auto* programme = dialog.add(main, tr("Programme"), new SearchCombo, "programme");
    QVector<SearchCombo::Entry> entries;
    for (const CourseProgramme& p : courses.programmes())
        entries.append({p.id, tr("%1 (%2, %n h)", nullptr, p.hours).arg(p.title, p.provider)});
    programme->setEntries(entries);
    dialog.require(programme);
    auto* start = dialog.add(main, tr("Start"), new DateField(false), "start");
    auto* end = dialog.add(main, tr("End"), new DateField(false), "end");
    auto* certificate = dialog.add(main, tr("Certificate No."), new QLineEdit, "certificate");

    person->setPersonId(original.personId);
    programme->setId(original.programmeId);
    start->setValue(id ? original.start : c.today());
    end->setValue(id ? original.end : c.today());
    certificate->setText(original.certificate);

    const auto build = [&] {
        CourseCompletion x = original;
        x.personId = person->personId();
        x.programmeId = programme->id();
        x.start = start->value();
        x.end = end->value();
        x.certificate = certificate->text();
        x.orgUnitId = keptUnit(original.orgUnitId, original.personId, x.personId, original.end, x.end);
        return x;
    };
    dialog.setCheck([&] {
        CourseCompletion x = build();
        return courses.validateCompletion(x);
    });
    qint64 saved = 0;
    dialog.setSave([&] {
        return saveStep(c, title, saved, [&]() -> Result<qint64> {
            CourseCompletion x = build();
            if (!id)
                return courses.insertCompletion(x);
            if (Status s = courses.updateCompletion(x); !s)
                return Result<qint64>(s);
            return id;
        });
    });
    return dialog.run() ? saved : 0;
}
