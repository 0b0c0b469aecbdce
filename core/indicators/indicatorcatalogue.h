#pragma once
// The catalogue of indicators (table `indicator`): the built-in K01–K22 and C01–C16, and users'
// own indicators of the three data forms, coded U01, U02, ... as they are added.
#include "indicators/indicator.h"
#include "status.h"
#include "storage/repository.h"

#include <QCoreApplication>
#include <QVector>
#include <optional>

class IndicatorCatalogue : public Repository {
    Q_DECLARE_TR_FUNCTIONS(IndicatorCatalogue)
public:
    using Repository::Repository;

    QVector<Indicator> all(); // in catalogue order: K01–K22, C01–C16, users' own
    std::optional<Indicator> find(const QString& code); // any case: «k03» is K03
    // The indicators of the codes, in catalogue order; all of them for an empty list; an unknown
    // code is refused by name.
    Result<QVector<Indicator>> select(const QStringList& codes);

    // A user's indicator: form Share or Per100 (with a record kind and optional competence area)
    // or Checklist (a new checklist item named by the indicator, answered like C01–C16). Its code
    // is the next free U-number; returns it.
    Result<QString> add(const Indicator& indicator);
    Status remove(const QString& code); // users' own only, without targets or reported figures
};
