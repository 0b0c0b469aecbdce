#pragma once
// What deleting a record means, before it is asked: the record named as the user knows it, what
// would go with it (a route's items, a programme's mentees), and the delete itself.
#include "domain/recordkind.h"
#include "status.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>
#include <optional>

struct Removal {
    QString name;      // "Маршрут: Иванова М. П., с 01.09.2024"
    QStringList with;  // "5 пунктов маршрута", "2 промежуточные оценки"
    std::function<Status()> remove; // the core's delete, which may refuse with the reason
};

class RecordRemoval {
    Q_DECLARE_TR_FUNCTIONS(RecordRemoval)
public:
    // nullopt when there is no such record.
    static std::optional<Removal> of(Database& db, RecordKind kind, qint64 id);
};
