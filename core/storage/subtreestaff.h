#pragma once
// The staff of a subtree on a date, each person once at their main employment (staffsql.h),
// whose name contains a text: for pickers that choose persons (an event's participants). At
// most `limit` persons are read, so a region of 100,000 staff never fills a widget whole.
#include "status.h"
#include "storage/repository.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

struct StaffMember {
    qint64 personId = 0;
    QString name;         // "Фамилия Имя Отчество"
    QString organisation; // of the main employment: the short name, else the name
    QString position;     // of the main employment
};

class SubtreeStaff : public Repository {
    Q_DECLARE_TR_FUNCTIONS(SubtreeStaff)
public:
    using Repository::Repository;

    // By name, at most `limit` persons; nameText as in StaffFilter (case, ё/е, spacing ignored).
    Result<QVector<StaffMember>> find(qint64 rootUnitId, const QDate& on, const QString& nameText, int limit);
};
