// The form of an innovation site: an organisation that is a site of a level on a topic.
#include "domain/orgunit.h"
#include "forms/formdialog.h"
#include "forms/formfields.h"
#include "forms/kindforms.h"
#include "storage/innovationsiterepository.h"

#include <QFormLayout>
#include <QPlainTextEdit>

qint64 KindForms::innovationSite(FormContext& c, qint64 id, qint64 unitId)
{
    InnovationSiteRepository sites(c.db);
    const InnovationSite original = id ? sites.find(id).value_or(InnovationSite{}) : InnovationSite{};
    if (id && original.id == 0)
        return 0;
    const QString title = id ? tr("Edit innovation site") : tr("New innovation site");
    FormDialog dialog(title, c.parent);
    QFormLayout* main = dialog.page();
    auto* unit = dialog.add(main, tr("Organisation"), new SearchCombo, "unit");
    unit->setEntries(unitEntries(c.db, {int(UnitLevel::Organisation)}));
    dialog.require(unit);
    auto* level = dialog.add(main, tr("Level"), new CodeCombo, "level");
    QStringList levels = UnitLevels::innovationLevels();
    levels.removeAll(QString());
    level->setChoices(codeChoices(levels, &UnitLevels::innovationLevelName));
    auto* topic = dialog.add(main, tr("Topic"), new QPlainTextEdit, "topic");
    auto* start = dialog.add(main, tr("Start"), new DateField(false), "start");
    auto* end = dialog.add(main, tr("End"), new DateField(true), "end");

    unit->setId(id ? original.orgUnitId : unitId);
    level->setCode(original.level);
    topic->setPlainText(original.topic);
    start->setValue(id ? original.start : c.today());
    end->setValue(original.end);

    const auto build = [&] {
        InnovationSite s = original;
        s.orgUnitId = unit->id();
        s.level = level->code();
        s.topic = topic->toPlainText();
        s.start = start->value();
        s.end = end->value();
        return s;
    };
    dialog.setCheck([&] {
        InnovationSite s = build();
        return sites.validate(s);
    });
    qint64 saved = 0;
    dialog.setSave([&] {
        return saveStep(c, title, saved, [&]() -> Result<qint64> {
            InnovationSite s = build();
            if (!id)
                return sites.insert(s);
            if (Status st = sites.update(s); !st)
                return Result<qint64>(st);
            return id;
        });
    });
    return dialog.run() ? saved : 0;
}
