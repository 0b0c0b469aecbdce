#pragma once
// Targets per indicator, unit and year (table `indicator_target`). A unit without its own target
// for a year has its nearest ancestor's, and failing that the default (unit 0: every unit's,
// seeded from the seeds). A target's year is IndicatorPeriod::targetYear(): the calendar year the
// period ends in. A figure against its target: reached, close (short of it by at most the
// RuleBook's TargetClosePercent of the target on the period's last day) or behind.
#include "indicators/indicator.h"
#include "status.h"
#include "storage/repository.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>

enum class TargetStatus { None, Reached, Close, Behind };

struct IndicatorTarget {
    qint64 id = 0;
    QString uuid;
    QString code;
    qint64 unitId = 0; // 0: the default for every unit
    int year = 0;
    double value = 0;
};

// A figure's value against its target.
struct TargetCheck {
    std::optional<double> target;
    qint64 targetUnitId = 0;          // whose target it is (0: the default)
    std::optional<double> deviation; // value − target, in the value's unit
    TargetStatus status = TargetStatus::None;
};

class IndicatorTargets : public Repository {
    Q_DECLARE_TR_FUNCTIONS(IndicatorTargets)
public:
    using Repository::Repository;

    Result<qint64> set(const QString& code, qint64 unitId, int year, double value); // replaces
    Status remove(const QString& code, qint64 unitId, int year);
    QVector<IndicatorTarget> own(qint64 unitId); // the unit's own (0: the defaults), by code and year

    // The target in force for the unit: its own, else the nearest ancestor's, else the default.
    std::optional<IndicatorTarget> targetFor(const QString& code, qint64 unitId, int year);
    QHash<QString, IndicatorTarget> targetsFor(qint64 unitId, int year); // by code

    // The value against a target, with the close threshold in percent of the target.
    static TargetCheck check(const Indicator& indicator, std::optional<double> value,
                             const std::optional<IndicatorTarget>& target, double closePercent);
    static QString statusCode(TargetStatus status); // reached, close, behind, none
    static QString statusName(TargetStatus status); // translated
};
