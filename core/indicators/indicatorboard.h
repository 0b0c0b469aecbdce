#pragma once
// What a dashboard or a report shows, in one call: for a unit and its direct children, each
// indicator's figure (numerator, denominator, value), its target with deviation and status, and
// the value of the period before (for the trend); and one unit's values and targets over years.
#include "indicators/indicatorengine.h"
#include "indicators/indicatortargets.h"

struct IndicatorReading {
    Indicator indicator;
    IndicatorFigure figure;
    std::optional<double> previous; // the same unit's value in the period before
    TargetCheck target;
};

struct UnitReadings {
    qint64 unitId = 0;
    QString unitCode;
    QString unitName;
    QVector<IndicatorReading> readings; // in the order of the indicators asked

    const IndicatorReading* find(const QString& code) const;
};

struct IndicatorBoardData {
    IndicatorPeriod period;
    UnitReadings unit;
    QVector<UnitReadings> children; // by name
};

// A point of a unit's line over the years.
struct IndicatorYear {
    IndicatorPeriod period;
    IndicatorFigure figure;
    std::optional<double> target;
};

class IndicatorBoard {
public:
    explicit IndicatorBoard(Database& db) : m_db(db) {}

    // Codes: all indicators when empty; previous: also compute the period before.
    Result<IndicatorBoardData> read(qint64 unitId, const IndicatorPeriod& period, const QStringList& codes = {},
                                    bool previous = true);
    // The unit's figure of one indicator for `years` periods ending with `last`, oldest first.
    Result<QVector<IndicatorYear>> history(qint64 unitId, const QString& code, const IndicatorPeriod& last, int years = 5);

private:
    Database& m_db;
};
