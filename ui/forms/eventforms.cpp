// The forms of methodical events and of professional competitions (their participants are
// recorded elsewhere, many at once).
#include "forms/formdialog.h"
#include "forms/formfields.h"
#include "forms/kindforms.h"
#include "storage/competitionrepository.h"
#include "storage/eventrepository.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

qint64 KindForms::event(FormContext& c, qint64 id, qint64 unitId)
{
    EventRepository events(c.db);
    ReferenceRepository references(c.db);
    const MethodicalEvent original = id ? events.find(id).value_or(MethodicalEvent{}) : MethodicalEvent{};
    if (id && original.id == 0)
        return 0;
    const QString title = id ? tr("Edit event") : tr("New event");
    FormDialog dialog(title, c.parent);
    QFormLayout* main = dialog.page();
    auto* topic = dialog.add(main, tr("Topic"), new QPlainTextEdit, "topic");
    auto* kind = dialog.add(main, tr("Kind"), new CodeCombo, "kind");
    kind->setReference(references, ReferenceList::EventKind);
    auto* level = dialog.add(main, tr("Level"), new CodeCombo, "level");
    level->setReference(references, ReferenceList::EventLevel);
    auto* date = dialog.add(main, tr("Date"), new DateField(false), "date");
    auto* endDate = dialog.add(main, tr("Last day"), new DateField(true), "endDate");
    endDate->setToolTip(tr("Not set for a one-day event"));
    auto* area = dialog.add(main, tr("Competence area"), new CodeCombo, "area");
    area->setReference(references, ReferenceList::CompetenceArea, true);
    auto* organiser = dialog.add(main, tr("Organiser"), new SearchCombo, "unit");
    organiser->setEntries(unitEntries(c.db));
    dialog.require(organiser);

    topic->setPlainText(original.topic);
    kind->setCode(original.kind);
    level->setCode(original.level);
    date->setValue(id ? original.date : c.today());
    endDate->setValue(original.endDate);
    area->setCode(original.competenceArea);
    organiser->setId(id ? original.orgUnitId : unitId);

    const auto build = [&] {
        MethodicalEvent e = original;
        e.topic = topic->toPlainText();
        e.kind = kind->code();
        e.level = level->code();
        e.date = date->value();
        e.endDate = endDate->value();
        e.competenceArea = area->code();
        e.orgUnitId = organiser->id();
        return e;
    };
    dialog.setCheck([&] {
        MethodicalEvent e = build();
        return events.validate(e);
    });
    qint64 saved = 0;
    dialog.setSave([&] {
        return saveStep(c, title, saved, [&]() -> Result<qint64> {
            MethodicalEvent e = build();
            if (!id)
                return events.insert(e);
            if (Status s = events.update(e); !s)
                return Result<qint64>(s);
            return id;
        });
    });
    return dialog.run() ? saved : 0;
}

qint64 KindForms::competition(FormContext& c, qint64 id, qint64 unitId)
{
    CompetitionRepository competitions(c.db);
    ReferenceRepository references(c.db);
    const Competition original = id ? competitions.find(id).value_or(Competition{}) : Competition{};
    if (id && original.id == 0)
        return 0;
    const QString title = id ? tr("Edit competition") : tr("New competition");
    FormDialog dialog(title, c.parent);
    QFormLayout* main = dialog.page();
    auto* name = dialog.add(main, tr("Title"), new QLineEdit, "title");
    auto* level = dialog.add(main, tr("Level"), new CodeCombo, "level");
    level->setReference(references, ReferenceList::EventLevel);
    auto* year = dialog.add(main, tr("Year"), new QSpinBox, "year");
    year->setRange(1990, 2100);
    auto* organiser = dialog.add(main, tr("Organiser"), new SearchCombo, "unit");
    organiser->setEntries(unitEntries(c.db));
    dialog.require(organiser);

    name->setText(original.title);
    level->setCode(original.level);
    year->setValue(id ? original.year : c.today().year());
    organiser->setId(id ? original.orgUnitId : unitId);

    const auto build = [&] {
        Competition x = original;
        x.title = name->text();
        x.level = level->code();
        x.year = year->value();
        x.orgUnitId = organiser->id();
        return x;
    };
    dialog.setCheck([&] {
        Competition x = build();
        return competitions.validate(x);
    });
    qint64 saved = 0;
    dialog.setSave([&] {
        return saveStep(c, title, saved, [&]() -> Result<qint64> {
            Competition x = build();
            if (!id)
                return competitions.insert(x);
            if (Status s = competitions.update(x); !s)
                return Result<qint64>(s);
            return id;
        });
    });
    return dialog.run() ? saved : 0;
}
