#include "recordforms.h"
#include "editsession.h"
#include "forms/kindforms.h"
#include "forms/recordremoval.h"
#include "messagebox.h"

#include <QCoreApplication>

namespace {

using FormFunction = qint64 (*)(FormContext&, qint64, qint64);

FormFunction formOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Person: return &KindForms::person;
    case RecordKind::Diagnostic: return &KindForms::diagnostic;
    case RecordKind::Route: return &KindForms::route;
    case RecordKind::Mentoring: return &KindForms::mentoring;
    case RecordKind::CourseProgramme: return &KindForms::courseProgramme;
    case RecordKind::CourseCompletion: return &KindForms::courseCompletion;
    case RecordKind::Attestation: return &KindForms::attestation;
    case RecordKind::Event: return &KindForms::event;
    case RecordKind::Competition: return &KindForms::competition;
    case RecordKind::Association: return &KindForms::association;
    case RecordKind::Consultation: return &KindForms::consultation;
    case RecordKind::InnovationSite: return &KindForms::innovationSite;
    case RecordKind::Material: return &KindForms::material;
    case RecordKind::Survey: return &KindForms::survey;
    case RecordKind::StudentResult: return &KindForms::studentResult;
    case RecordKind::PlanItem: return &KindForms::planItem;
    case RecordKind::Risk: return &KindForms::risk;
    case RecordKind::Checklist: return &KindForms::checklist;
    }
    return nullptr;
}

} // namespace

bool RecordForms::canEdit(RecordKind kind) const
{
    return formOf(kind) != nullptr;
}

qint64 RecordForms::create(RecordKind kind, qint64 unitId)
{
    FormFunction form = formOf(kind);
    if (!form || !m_session.database())
        return 0;
    FormContext context{m_session, *m_session.database(), m_parent};
    return form(context, 0, unitId);
}

bool RecordForms::edit(RecordKind kind, qint64 id)
{
    FormFunction form = formOf(kind);
    if (!form || !m_session.database() || id == 0)
        return false;
    FormContext context{m_session, *m_session.database(), m_parent};
    return form(context, id, 0) != 0;
}

bool RecordForms::remove(RecordKind kind, const QVector<qint64>& ids)
{
    Database* db = m_session.database();
    if (!db)
        return false;
    QVector<Removal> removals;
    for (const qint64 id : ids)
        if (auto removal = RecordRemoval::of(*db, kind, id))
            removals.append(*removal);
    if (removals.isEmpty())
        return false;
    const auto describe = [](const Removal& r) -> QString {
        return r.with.isEmpty() ? r.name
                                : r.name + u'\n' + tr("Together with it: %1.").arg(r.with.join(QStringLiteral(", ")));
    };
    QString question;
    QString step;
    if (removals.size() == 1) {
        question = tr("Delete the record?") + QStringLiteral("\n\n") + describe(removals.first());
        QString name = removals.first().name;
        name[0] = name.at(0).toLower();
        step = tr("Delete %1").arg(name);
    } else {
        const int shownCount = 10;
        QStringList lines;
        for (int i = 0; i < removals.size() && i < shownCount; ++i)
            lines.append(QStringLiteral("• ") + describe(removals.at(i)));
        if (removals.size() > shownCount)
            lines.append(tr("… and %n more", nullptr, int(removals.size()) - shownCount));
        question = tr("Delete %n records?", nullptr, int(removals.size())) + QStringLiteral("\n\n") + lines.join(u'\n');
        step = tr("Delete %n records (%1)", nullptr, int(removals.size())).arg(RecordKinds::info(kind).title);
    }
    if (MessageBox::question(m_parent, tr("Delete"), question) != QMessageBox::Yes)
        return false;
    const Status removed = m_session.run(step, [&]() -> Status {
        for (const Removal& r : std::as_const(removals))
            if (Status s = r.remove(); !s)
                return Status::failure(tr("The record «%1» is not deleted: %2").arg(r.name, s.error()));
        return Status::success();
    });
    if (!removed) {
        MessageBox::warning(m_parent, tr("Not deleted"), removed.error());
        return false;
    }
    return true;
}
