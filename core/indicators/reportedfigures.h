#pragma once
// Figures without people (table `indicator_reported`): a unit — a municipality that works offline,
// say — holds its numerator and denominator for an indicator and period instead of person-level
// records. They replace what the unit's subtree would compute; a parent sums them with its
// computed parts.
#include "indicators/indicatorperiod.h"
#include "status.h"
#include "storage/repository.h"

#include <QCoreApplication>
#include <QVector>

struct ReportedFigure {
    qint64 id = 0;
    QString uuid;
    qint64 unitId = 0;
    QString code;
    IndicatorPeriod period;
    double numerator = 0;
    double denominator = 0;
    QString note;
};

// A reported figure as it falls into a drill-down of `root`: the root's child that holds it
// (0 when it is the root's own).
struct ReportedPart {
    qint64 unitId = 0;
    qint64 childId = 0;
    QString code;
    double numerator = 0;
    double denominator = 0;
};

class ReportedFigures : public Repository {
    Q_DECLARE_TR_FUNCTIONS(ReportedFigures)
public:
    using Repository::Repository;

    // Sets (or replaces) a unit's figure for an indicator and period; its id.
    Result<qint64> set(const ReportedFigure& figure);
    Status remove(qint64 unitId, const QString& code, const IndicatorPeriod& period);
    QVector<ReportedFigure> ofUnit(qint64 unitId);
    // The figures of the period in the root's subtree that no other reported unit between them and
    // the root covers (the root's own included).
    QVector<ReportedPart> within(qint64 rootUnitId, const IndicatorPeriod& period);
};
