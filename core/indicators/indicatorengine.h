#pragma once
// Computes indicators for a unit's subtree and a period (DOMAIN.md §4) in SQL: each person of the
// staff is counted once, at the main employment (storage/staffsql.h), records by their unit, and
// one query gives the unit and all its direct children together — the children's numerators and
// denominators add up to the unit's. No person is loaded into memory.
//
// Reported figures (ReportedFigures) stand in for the person-level records of the unit that holds
// them: a parent's figure is its computed part plus the reported parts, and names the units whose
// figures were reported. "Today" comes from the database's clock.
#include "indicators/indicator.h"
#include "indicators/indicatorfigure.h"
#include "indicators/indicatorperiod.h"
#include "status.h"
#include "storage/repository.h"

#include <QCoreApplication>
#include <QHash>
#include <QPair>

class IndicatorEngine : public Repository {
    Q_DECLARE_TR_FUNCTIONS(IndicatorEngine)
public:
    using Repository::Repository;

    // The unit and each of its direct children, for the indicators given (in that order).
    Result<DrillDown> compute(qint64 unitId, const IndicatorPeriod& period, const QVector<Indicator>& indicators);
    // The same by codes (all indicators of the catalogue for an empty list).
    Result<DrillDown> compute(qint64 unitId, const IndicatorPeriod& period, const QStringList& codes = {});

    // The statements compute() runs for the unit's computed part, with the values written in
    // (for the sqlite3 shell: to explain a figure, and as the benchmark's floor).
    QStringList statements(qint64 unitId, const IndicatorPeriod& period, const QVector<Indicator>& indicators);

private:
    // Numerator and denominator by part (the root itself or one of its children) and code.
    using Sums = QHash<qint64, QHash<QString, QPair<double, double>>>;
    // One query: by person (columns num, den per code) or by record (rows part, code, num, den).
    struct Statement {
        QString sql;
        QVariantMap values;
        QVector<QString> codes; // by person: the codes of the column pairs; by record: empty
    };
    QVector<Statement> plan(qint64 root, const IndicatorPeriod& period, const QVector<Indicator>& indicators);
    Status computed(qint64 root, const IndicatorPeriod& period, const QVector<Indicator>& indicators, Sums& sums);
};
