// The form of a diagnostic of professional deficits with its results per competence area.
#include "forms/formdialog.h"
#include "forms/formfields.h"
#include "forms/kindforms.h"
#include "forms/rowstable.h"
#include "storage/diagnosticrepository.h"

#include <QFormLayout>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace {
enum ResultColumn { Area, Score, Level, Deficit };
const int noScore = -1; // the score spin box's "—"
}

qint64 KindForms::diagnostic(FormContext& c, qint64 id, qint64)
{
    DiagnosticRepository diagnostics(c.db);
    const Diagnostic original = id ? diagnostics.find(id).value_or(Diagnostic{}) : Diagnostic{};
    if (id && original.id == 0)
        return 0;
    const QString title = id ? tr("Edit diagnostic") : tr("New diagnostic");
    FormDialog dialog(title, c.parent);
    QFormLayout* main = dialog.page();
    ReferenceRepository& references = diagnostics.references();
    auto* person = dialog.add(main, tr("Person"), new PersonPicker(c.db), "person");
    dialog.require(person);
    auto* date = dialog.add(main, tr("Date"), new DateField(false), "date");
    auto* source = dialog.add(main, tr("Source"), new CodeCombo, "source");
    source->setReference(references, ReferenceList::DiagnosticSource);
    auto* results = new RowsTable({
        {tr("Competence area"), [&references] { auto* a = new CodeCombo; a->setReference(references, ReferenceList::CompetenceArea); return a; }},
        {tr("Score"), [] { auto* s = new QSpinBox; s->setRange(noScore, 100); s->setSpecialValueText(QStringLiteral("—")); s->setValue(noScore); return s; }},
        {tr("Level"), [] { auto* l = new CodeCombo; l->setChoices(codeChoices(CompetenceLevels::codes(), &CompetenceLevels::name)); l->setCode(QStringLiteral("medium")); return l; }},
        {tr("Deficit"), [] { auto* d = new CodeCombo; d->setChoices({{QString(), tr("by the level")}, {QStringLiteral("yes"), tr("yes")}, {QStringLiteral("no"), tr("no")}}); return d; }},
    });
    dialog.addWide(main, tr("Results by competence area"), results, "results");
    auto* notes = dialog.add(dialog.page(tr("Notes")), tr("Notes"), new QPlainTextEdit, "notes");

    person->setPersonId(original.personId);
    date->setValue(id ? original.date : c.today());
    source->setCode(original.sourceCode);
    notes->setPlainText(original.notes);
    for (const DiagnosticResult& r : original.results) {
        const int row = results->addRow(r.id);
        results->cell<CodeCombo>(row, Area)->setCode(r.areaCode);
        results->cell<QSpinBox>(row, Score)->setValue(r.score.value_or(noScore));
        results->cell<CodeCombo>(row, Level)->setCode(r.level);
        results->cell<CodeCombo>(row, Deficit)->setCode(r.deficit ? (*r.deficit ? QStringLiteral("yes") : QStringLiteral("no")) : QString());
    }

    const auto build = [&] {
        Diagnostic d = original;
        d.personId = person->personId();
        d.date = date->value();
        d.sourceCode = source->code();
        d.notes = notes->toPlainText();
        d.unitId = keptUnit(original.unitId, original.personId, d.personId, original.date, d.date);
        d.results.clear();
        for (int row = 0; row < results->rowCount(); ++row) {
            DiagnosticResult r;
            r.id = results->rowId(row);
            r.areaCode = results->cell<CodeCombo>(row, Area)->code();
            const int score = results->cell<QSpinBox>(row, Score)->value();
            if (score != noScore)
                r.score = score;
            r.level = results->cell<CodeCombo>(row, Level)->code();
            const QString deficit = results->cell<CodeCombo>(row, Deficit)->code();
            if (!deficit.isEmpty())
                r.deficit = deficit == u"yes";
            d.results.append(r);
        }
        return d;
    };
    dialog.setCheck([&] {
        Diagnostic d = build();
        return diagnostics.validate(d);
    });
    qint64 saved = 0;
    dialog.setSave([&] {
        return saveStep(c, title, saved, [&]() -> Result<qint64> {
            Diagnostic d = build();
            if (!id)
                return diagnostics.insert(d);
            if (Status s = diagnostics.update(d); !s)
                return Result<qint64>(s);
            return id;
        });
    });
    return dialog.run() ? saved : 0;
}
