#pragma once
// How a figure reads, the same in the dashboard, the command line and the reports: a count
// ("20 000", "12,5"), a value ("78,3 %", «нет данных»), the counts ("47 из 60"), the target and
// deviation ("цель 85 %; отклонение −6,7") and the trend against the year before (▲ ▼). Colours
// are the window's business (ui/dashboard/statuscolours.h).
#include "indicators/indicatorboard.h"

#include <QCoreApplication>

class FigureText {
    Q_DECLARE_TR_FUNCTIONS(FigureText)
public:
    static QString number(double v);                                   // 12; 12,5; 20 000
    static QString value(const Indicator& i, std::optional<double> v); // 78,3 %; 12,5; нет данных
    static QString counts(const IndicatorFigure& f);                   // 47 из 60
    static QString deviation(double d);                                // +3,3; −2,0; 0,0
    static QString target(const IndicatorReading& r);                  // цель 85 %; отклонение −6,7 — or «нет цели»
    static QString tooltip(const IndicatorReading& r);                 // counts; target
    static QString trend(const IndicatorReading& r);                   // ▲ / ▼ / empty
};
