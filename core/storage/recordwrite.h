#pragma once
// The common end of writing one record (a struct with id, createdAt and updatedAt): runs its
// bound INSERT (new) or UPDATE and, on success, sets its id (new) and times from `now` — the
// timestamp bound as created_at/updated_at. On failure the query keeps its error for the caller.
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

template <class Record>
bool execRecordWrite(QSqlQuery& q, Record& record, bool isNew, const QString& now)
{
    if (!q.exec())
        return false;
    if (isNew) {
        record.id = q.lastInsertId().toLongLong();
        record.createdAt = QDateTime::fromString(now, Qt::ISODate);
    }
    q.finish();
    record.updatedAt = QDateTime::fromString(now, Qt::ISODate);
    return true;
}
