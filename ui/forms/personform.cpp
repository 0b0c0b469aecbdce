// The form of a person with their main employment; the category and the roles on a second tab.
#include "domain/orgunit.h"
#include "forms/formdialog.h"
#include "forms/formfields.h"
#include "forms/kindforms.h"
#include "storage/personrepository.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>

namespace {
// The main employment (DOMAIN.md §4): active on the date with the highest rate, then the
// earliest start; else the latest one.
Employment mainEmployment(const QVector<Employment>& employments, const QDate& on)
{
    Employment main;
    for (const Employment& e : employments)
        if (e.activeOn(on) && (!main.activeOn(on) || e.rate > main.rate || (e.rate == main.rate && e.start < main.start)))
            main = e;
    if (main.id == 0 && !employments.isEmpty())
        main = employments.last();
    return main;
}
} // namespace

qint64 KindForms::person(FormContext& c, qint64 id, qint64 unitId)
{
    PersonRepository persons(c.db);
    ReferenceRepository& references = persons.references();
    const Person original = id ? persons.find(id).value_or(Person{}) : Person{};
    if (id && original.id == 0)
        return 0;
    const QDate today = c.today();
    Employment employment = id ? mainEmployment(persons.employments(id), today) : Employment{};
    const QString title = id ? tr("Edit person") : tr("New person");
    FormDialog dialog(title, c.parent);
    QFormLayout* main = dialog.page();
    auto* lastName = dialog.add(main, tr("Last name"), new QLineEdit, "lastName");
    auto* firstName = dialog.add(main, tr("First name"), new QLineEdit, "firstName");
    auto* middleName = dialog.add(main, tr("Patronymic"), new QLineEdit, "middleName");
    auto* birthDate = dialog.add(main, tr("Birth date"), new DateField(true), "birthDate");
    auto* snils = dialog.add(main, tr("SNILS"), new QLineEdit, "snils");
    auto* experience = dialog.add(main, tr("Teaching since"), new DateField(true), "experienceStart");
    auto* subjects = dialog.add(main, tr("Subjects (separated by ;)"), new QLineEdit, "subjects");
    auto* unit = dialog.add(main, tr("Organisation"), new SearchCombo, "unit");
    unit->setEntries(unitEntries(c.db, {int(UnitLevel::Organisation)}));
    dialog.require(unit);
    auto* position = dialog.add(main, tr("Position"), new CodeCombo, "position");
    position->setReference(references, ReferenceList::Position);
    auto* rate = dialog.add(main, tr("Rate"), new QDoubleSpinBox, "rate");
    rate->setRange(0.05, 2.0);
    rate->setSingleStep(0.25);
    auto* employedFrom = dialog.add(main, tr("Employed from"), new DateField(false), "employedFrom");
    auto* employedUntil = dialog.add(main, tr("Employed until"), new DateField(true), "employedUntil");
    QFormLayout* more = dialog.page(tr("Category and roles"));
    auto* category = dialog.add(more, tr("Category"), new CodeCombo, "category");
    category->setReference(references, ReferenceList::Category);
    auto* granted = dialog.add(more, tr("Granted on"), new DateField(true), "categoryGranted");
    auto* expires = dialog.add(more, tr("Valid until"), new DateField(true), "categoryExpires");
    auto* mentor = dialog.add(more, tr("Mentor"), new QCheckBox, "mentor");
    auto* tutor = dialog.add(more, tr("Tutor"), new QCheckBox, "tutor");
    auto* methodist = dialog.add(more, tr("Methodist"), new QCheckBox, "methodist");
    auto* expert = dialog.add(more, tr("Expert"), new QCheckBox, "expert");

    lastName->setText(original.lastName);
    firstName->setText(original.firstName);
    middleName->setText(original.middleName);
    birthDate->setValue(original.birthDate);
    snils->setText(original.snils);
    experience->setValue(original.experienceStart);
    subjects->setText(original.subjects.join(QStringLiteral("; ")));
    unit->setId(employment.id ? employment.unitId : unitId);
    position->setCode(employment.positionCode);
    rate->setValue(employment.rate);
    employedFrom->setValue(employment.id ? employment.start : today);
    employedUntil->setValue(employment.end);
    category->setCode(original.category);
    granted->setValue(original.categoryGranted);
    expires->setValue(original.categoryExpires);
    mentor->setChecked(original.mentor);
    tutor->setChecked(original.tutor);
    methodist->setChecked(original.methodist);
    expert->setChecked(original.expert);

    const auto build = [&] {
        Person p = original;
        p.lastName = lastName->text();
        p.firstName = firstName->text();
        p.middleName = middleName->text();
        p.birthDate = birthDate->value();
        p.snils = snils->text();
        p.experienceStart = experience->value();
        p.subjects = subjects->text().split(u';');
        p.category = category->code();
        p.categoryGranted = granted->value();
        p.categoryExpires = expires->value();
        p.mentor = mentor->isChecked();
        p.tutor = tutor->isChecked();
        p.methodist = methodist->isChecked();
        p.expert = expert->isChecked();
        return p;
    };
    const auto buildEmployment = [&](qint64 personId) {
        Employment e = employment;
        e.personId = personId;
        e.unitId = unit->id();
        e.positionCode = position->code();
        e.rate = rate->value();
        e.start = employedFrom->value();
        e.end = employedUntil->value();
        return e;
    };
    dialog.setCheck([&] {
        Person p = build();
        if (Status s = persons.validate(p); !s || !id)
            return s; // a new person's employment is checked when saved, once the person exists
        return persons.validateEmployment(buildEmployment(id));
    });
    qint64 saved = 0;
    dialog.setSave([&] {
        return saveStep(c, title, saved, [&]() -> Result<qint64> {
            Person p = build();
            if (id) {
                if (Status s = persons.update(p); !s)
                    return Result<qint64>(s);
            } else if (auto inserted = persons.insert(p); !inserted) {
                return inserted;
            }
            Employment e = buildEmployment(p.id);
            if (e.id) {
                if (Status s = persons.updateEmployment(e); !s)
                    return Result<qint64>(s);
            } else if (auto added = persons.addEmployment(e); !added) {
                return Result<qint64>(added.status());
            }
            return p.id;
        });
    });
    return dialog.run() ? saved : 0;
}
