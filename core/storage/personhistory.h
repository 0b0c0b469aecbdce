#pragma once
// A person's history in one place — the card a methodist opens first: employments and every
// record of the support cycle, in date order.
#include "storage/recordchecks.h"

#include <QCoreApplication>

class Database;

class PersonHistory {
    Q_DECLARE_TR_FUNCTIONS(PersonHistory)
public:
    static QVector<HistoryEntry> of(Database& db, qint64 personId);
};
