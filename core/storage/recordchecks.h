#pragma once
// Checks shared by the repositories of the support cycle's records (diagnostics, routes,
// mentoring, courses, events, ...): the person exists, the record belongs to the organisation
// where its person works, periods are ordered, a status moves only along its lifecycle.
#include "status.h"
#include "storage/repository.h"

#include <QCoreApplication>
#include <QDate>
#include <QPair>
#include <QVector>
#include <functional>

class RecordChecks : public Repository {
    Q_DECLARE_TR_FUNCTIONS(RecordChecks)
public:
    using Repository::Repository;

    // "Фамилия Имя Отчество", or a failure naming the missing id.
    Result<QString> personName(qint64 personId);
    // The unit exists; its name for messages.
    Result<QString> unitName(qint64 unitId);
    // The person's main organisation on the date: the employment with the highest rate, then
    // the earliest start (DOMAIN.md §4). 0 when the person works nowhere on that date.
    qint64 mainOrganisation(qint64 personId, const QDate& on);
    // The person works (an employment active on the date) at this organisation.
    Status worksAt(qint64 personId, qint64 unitId, const QDate& on);
    // The same as a yes or no, without the names a message needs (one query).
    bool employedAt(qint64 personId, qint64 unitId, const QDate& on);
    // start is given and end is empty or not before start.
    static Status period(const QDate& start, const QDate& end);
    // A status change allowed by a lifecycle given as (from, to) pairs; equal is always allowed.
    static Status transition(const QString& from, const QString& to, const QVector<QPair<QString, QString>>& allowed,
                             const std::function<QString(const QString&)>& statusName);
};

// One line of a person's history (the card a methodist opens first), from any record kind.
struct HistoryEntry {
    QDate date;
    QString kind;    // translated record kind, e.g. "Диагностика"
    QString summary; // one line in Russian
    QString uuid;    // of the record
};
