#include "recordforms.h"

// Placeholder until the forms exist: no kind is editable yet.
bool RecordForms::canEdit(RecordKind) const
{
    return false;
}

qint64 RecordForms::create(RecordKind, qint64)
{
    return 0;
}

bool RecordForms::edit(RecordKind, qint64)
{
    return false;
}

bool RecordForms::remove(RecordKind, const QVector<qint64>&)
{
    return false;
}
