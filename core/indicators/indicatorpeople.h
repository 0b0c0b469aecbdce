#pragma once
// The people behind a figure: the staff of a unit's subtree in an indicator's denominator, each
// marked whether they are in its numerator, with the fact a methodist acts on (K03: the last
// ДПО course; K17: the start of experience of a novice without a mentor). The gaps — in the
// denominator but not the numerator — are what a methodist works through. Only indicators that
// count persons have people behind them; K09, K14, K19, K22, per-100 and checklist indicators
// count records or units.
#include "indicators/indicator.h"
#include "indicators/indicatorperiod.h"
#include "status.h"
#include "storage/repository.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QVector>

struct PersonBehind {
    qint64 personId = 0;
    QString name;     // "Иванова Мария Петровна"
    QString unitCode; // the main organisation
    QString unitName;
    bool inNumerator = false;
    QString fact;     // as shown: a date dd.MM.yyyy, a year, levels; empty when none
};

struct PeopleBehind {
    Indicator indicator;
    IndicatorPeriod period;
    QDate snapshot;
    QString factLabel;             // the heading of the fact, translated; empty when none
    QVector<PersonBehind> persons; // the whole denominator, by name
    QVector<qint64> reportedUnits; // units of the subtree that reported figures: no people there

    QVector<PersonBehind> gaps() const;      // in the denominator, not the numerator
    QVector<PersonBehind> numerator() const; // in the numerator
};

class IndicatorPeople : public Repository {
    Q_DECLARE_TR_FUNCTIONS(IndicatorPeople)
public:
    using Repository::Repository;

    Result<PeopleBehind> list(const QString& code, qint64 unitId, const IndicatorPeriod& period);
    // CSV for Excel (core/io CsvWriter): ФИО; код и организация; в числителе; the fact.
    static Status writeCsv(const PeopleBehind& people, const QVector<PersonBehind>& persons, QIODevice& device);
};
