// The form of a mentoring programme with its mentees; the status moves along the lifecycle.
#include "forms/formdialog.h"
#include "forms/formfields.h"
#include "forms/kindforms.h"
#include "forms/rowstable.h"
#include "storage/mentoringrepository.h"

#include <QFormLayout>
#include <QPlainTextEdit>
#include <QSet>

namespace {
enum MenteeColumn { MenteePerson, Joined, Left };
}

qint64 KindForms::mentoring(FormContext& c, qint64 id, qint64)
{
    MentoringRepository programmes(c.db);
    ReferenceRepository references(c.db);
    const MentoringProgramme original = id ? programmes.find(id).value_or(MentoringProgramme{}) : MentoringProgramme{};
    if (id && original.id == 0)
        return 0;
    const QDate today = c.today();
    const QString title = id ? tr("Edit mentoring programme") : tr("New mentoring programme");
    FormDialog dialog(title, c.parent);
    QFormLayout* main = dialog.page();
    auto* mentor = dialog.add(main, tr("Mentor"), new PersonPicker(c.db), "mentor");
    dialog.require(mentor);
    auto* form = dialog.add(main, tr("Form"), new CodeCombo, "form");
    form->setReference(references, ReferenceList::MentoringForm);
    auto* type = dialog.add(main, tr("Type"), new CodeCombo, "type");
    type->setReference(references, ReferenceList::MentoringType);
    auto* start = dialog.add(main, tr("Start"), new DateField(false), "start");
    auto* end = dialog.add(main, tr("End"), new DateField(true), "end");
    auto* status = dialog.add(main, tr("Status"), new CodeCombo, "status");
    status->setChoices(statusChoices(original.status, MentoringStatus::codes(), MentoringStatus::transitions(), &MentoringStatus::name));
    Database& db = c.db;
    auto* mentees = new RowsTable({
        {tr("Mentee"), [&db] { return new PersonPicker(db); }},
        {tr("Joined"), [today] { auto* d = new DateField(false); d->setValue(today); return d; }},
        {tr("Left"), [] { return new DateField(true); }},
    });
    dialog.addWide(main, tr("Mentees"), mentees, "mentees");
    QFormLayout* more = dialog.page(tr("Programme and outcome"));
    auto* programme = dialog.add(more, tr("Programme (goals and tasks)"), new QPlainTextEdit, "programme");
    auto* outcome = dialog.add(more, tr("Outcome"), new QPlainTextEdit, "outcome");

    mentor->setPersonId(original.mentorId);
    form->setCode(original.formCode);
    type->setCode(original.typeCode);
    start->setValue(id ? original.start : today);
    end->setValue(original.end);
    status->setCode(original.status);
    programme->setPlainText(original.programme);
    outcome->setPlainText(original.outcome);
    const QVector<MentoringMentee> oldMentees = id ? programmes.mentees(id) : QVector<MentoringMentee>{};
    for (const MentoringMentee& m : oldMentees) {
        const int row = mentees->addRow(m.id);
        mentees->cell<PersonPicker>(row, MenteePerson)->setPersonId(m.personId);
        mentees->cell<DateField>(row, Joined)->setValue(m.joinedOn);
        mentees->cell<DateField>(row, Left)->setValue(m.leftOn);
    }

    // The status changes through its own step of the lifecycle, after the facts are saved.
    const auto build = [&] {
        MentoringProgramme p = original;
        p.mentorId = mentor->personId();
        p.formCode = form->code();
        p.typeCode = type->code();
        p.start = start->value();
        p.end = end->value();
        p.programme = programme->toPlainText();
        p.outcome = outcome->toPlainText();
        if (!id)
            p.status = status->code();
        p.unitId = keptUnit(original.unitId, original.mentorId, p.mentorId, original.start, p.start);
        return p;
    };
    const auto menteeAt = [&](int row) {
        MentoringMentee m;
        m.id = mentees->rowId(row);
        m.programmeId = id;
        m.personId = mentees->cell<PersonPicker>(row, MenteePerson)->personId();
        m.joinedOn = mentees->cell<DateField>(row, Joined)->value();
        m.leftOn = mentees->cell<DateField>(row, Left)->value();
        return m;
    };
    const auto menteeList = [&] {
        QVector<MentoringMentee> list;
        for (int row = 0; row < mentees->rowCount(); ++row)
            list.append(menteeAt(row));
        return list;
    };
    dialog.setCheck([&] {
        MentoringProgramme p = build();
        if (!id && MentoringStatus::isFinal(p.status) && !p.end.isValid())
            p.end = today;
        return programmes.validate(p, menteeList());
    });
    qint64 saved = 0;
    dialog.setSave([&] {
        return saveStep(c, title, saved, [&]() -> Result<qint64> {
            MentoringProgramme p = build();
            if (!id) {
                p.statusDate = today;
                return programmes.insert(p, menteeList());
            }
            if (Status s = programmes.update(p); !s)
                return Result<qint64>(s);
            // Mentees removed or changed leave the list; changed and new ones join it again.
            QSet<qint64> unchanged;
            for (int row = 0; row < mentees->rowCount(); ++row) {
                const MentoringMentee m = menteeAt(row);
                for (const MentoringMentee& old : oldMentees)
                    if (old.id == m.id && old.personId == m.personId && old.joinedOn == m.joinedOn && old.leftOn == m.leftOn)
                        unchanged.insert(m.id);
            }
            for (const MentoringMentee& old : oldMentees)
                if (!unchanged.contains(old.id))
                    if (Status s = programmes.removeMentee(id, old.personId); !s)
                        return Result<qint64>(s);
            for (int row = 0; row < mentees->rowCount(); ++row) {
                const MentoringMentee m = menteeAt(row);
                if (unchanged.contains(m.id))
                    continue;
                if (auto added = programmes.addMentee(id, m.personId, m.joinedOn); !added)
                    return Result<qint64>(added.status());
                if (m.leftOn.isValid())
                    if (Status s = programmes.endMentee(id, m.personId, m.leftOn); !s)
                        return Result<qint64>(s);
            }
            if (status->code() != original.status)
                if (Status s = programmes.setStatus(id, status->code(), today); !s)
                    return Result<qint64>(s);
            return id;
        });
    });
    return dialog.run() ? saved : 0;
}
