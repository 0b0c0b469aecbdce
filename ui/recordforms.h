#pragma once
// The forms that create, edit and delete records of every kind (domain/recordkind.h). The
// registers and the person's card call them; each saved form or confirmed delete is one step
// of the edit session (Edit ▸ Undo). Forms check as the user types with the core's rules and
// keep OK disabled, with the reason shown, while the record is invalid.
#include "domain/recordkind.h"

#include <QCoreApplication>
#include <QVector>

class EditSession;
class QWidget;

class RecordForms {
    Q_DECLARE_TR_FUNCTIONS(RecordForms)
public:
    RecordForms(EditSession& session, QWidget* parent) : m_session(session), m_parent(parent) {}

    bool canEdit(RecordKind kind) const; // false for kinds without a form yet
    // The form for a new record of the kind, in the unit chosen in the tree; the new id, or 0
    // when cancelled.
    qint64 create(RecordKind kind, qint64 unitId);
    // The form of an existing record; true when saved.
    bool edit(RecordKind kind, qint64 id);
    // Asks for confirmation naming the records and what would go with them (nothing is deleted
    // silently); deletes them in one step. True when deleted.
    bool remove(RecordKind kind, const QVector<qint64>& ids);

private:
    EditSession& m_session;
    QWidget* m_parent;
};
