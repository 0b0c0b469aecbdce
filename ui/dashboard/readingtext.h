#pragma once
// How the dashboard shows a reading: the value ("78,3 %", «нет данных»), the counts ("47 из 60"),
// the target and deviation ("цель 85 %; отклонение −6,7"), and the light colour of its status.
#include "indicators/indicatorboard.h"

#include <QColor>
#include <QCoreApplication>

class ReadingText {
    Q_DECLARE_TR_FUNCTIONS(ReadingText)
public:
    static QString number(double v);                                     // 12; 12,5; 20 000
    static QString value(const Indicator& i, std::optional<double> v);   // 78,3 %; нет данных
    static QString counts(const IndicatorFigure& f);                     // 47 из 60
    static QString target(const IndicatorReading& r);                    // цель 85 %; отклонение −6,7
    static QString tooltip(const IndicatorReading& r);                   // counts; target
    static QString trend(const IndicatorReading& r);                     // ▲ / ▼ / empty
    static QColor background(TargetStatus status);                       // invalid for None
    static QColor foreground(TargetStatus status);                       // a darker tone for text
};
