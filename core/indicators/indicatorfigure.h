#pragma once
// A figure: one indicator for one unit's subtree and period, as one ratio over the whole subtree
// (the sum of numerators over the sum of denominators), never an average of children's values.
#include <QString>
#include <QVector>
#include <optional>

struct IndicatorFigure {
    QString code;
    double numerator = 0;
    double denominator = 0;
    double scale = 100;            // percent and per 100 staff: 100; a ratio: 1
    QVector<qint64> reportedUnits; // units whose reported figures stand in for their records here

    // No denominator, no figure: shown as «нет данных», never 0 %.
    bool hasData() const { return denominator > 0; }
    std::optional<double> value() const
    {
        return denominator > 0 ? std::optional<double>(numerator / denominator * scale) : std::nullopt;
    }
};

// The figures of one unit, in the order the indicators were asked for.
struct UnitFigures {
    qint64 unitId = 0;
    QString unitCode;
    QString unitName;
    QVector<IndicatorFigure> figures;

    const IndicatorFigure* find(const QString& code) const
    {
        for (const IndicatorFigure& f : figures)
            if (f.code == code)
                return &f;
        return nullptr;
    }
};

// A unit and its direct children (by name): the drill-down table. The unit's figure is the sum
// of its own part (staff and records at the unit itself, such as a municipality's methodists)
// and its children's — unless the unit itself reported its figure.
struct DrillDown {
    UnitFigures unit;
    UnitFigures own;
    QVector<UnitFigures> children;
};
