#pragma once
// How reports state indicator figures (IndicatorBoard), with the numbers as FigureText writes
// them everywhere: the sentence of a conclusion («… составила 78,0 % (47 из 60), что ниже целевого значения 85,0 %») and the table
// of a unit's figures against targets and the year before. The annual analysis and the
// monitoring report print figures only through these, so a number reads the same everywhere.
#include "indicators/indicatorboard.h"
#include "reports/reportdocument.h"

#include <QCoreApplication>

class IndicatorFindings {
    Q_DECLARE_TR_FUNCTIONS(IndicatorFindings)
public:
    // "<subject> 78,3 % (47 из 60), что ниже целевого значения 85,0 %; в прошлом году — 70,0 %."
    // subject: the start of the sentence; empty: «Показатель «name» составил».
    static QString sentence(const IndicatorReading& reading, const QString& subject = {});
    // The readings as a table: code, indicator, numerator, denominator, value, target, deviation,
    // status and the year before; only readings with a value or a target.
    static ReportTable table(const QString& caption, const QVector<IndicatorReading>& readings);
    // A reading's value in the table's Number/Percent column (null without one).
    static QVariant cell(std::optional<double> value);
};
