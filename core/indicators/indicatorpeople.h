#pragma once
// What is behind a figure: the rows an indicator counts for a unit's subtree and a period, each
// with what it adds to the numerator and the denominator, so that their sums are the engine's
// figure (IndicatorEngine) exactly:
//  - persons of the staff (shares, per-100 counts): the denominator's persons, in the numerator
//    when they meet its condition, with the fact a methodist acts on (K03: the last ДПО course;
//    K17: the start of experience of a novice without a mentor; per 100: the person's records);
//  - records: K09 the routes and mentoring programmes ended in the period, K14 the methodists'
//    employments (their rates are the denominator), K19 the consultations of the period, K22 the
//    survey answers with a score;
//  - units: a checklist item's answers for the academic year, in the numerator when «да».
// The gaps — in the denominator but not the numerator — are what a methodist works through. What
// no row shows is said in a note: K14's numerator and K19's denominator are the whole staff of
// the subtree. One query per list; nothing but the rows is loaded.
#include "indicators/indicator.h"
#include "indicators/indicatorperiod.h"
#include "status.h"
#include "storage/repository.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QVector>

enum class RowsBehind { Persons, Records, Units };

struct RowBehind {
    qint64 personId = 0;    // the person of the row; 0 for a unit, an anonymous answer, a group
    qint64 recordId = 0;    // the record counted (a route, a consultation, an answer...); 0 for a person of the staff
    QString record;         // what the record is, as shown («ИОМ», a consultation's topic), when the list has that column
    QString name;           // the person or persons («Иванова Мария Петровна», the mentees, those consulted; «анонимно»)
    QString unitCode;       // the person's main organisation, or the unit of the record or answer
    QString unitName;
    double numerator = 0;   // what the row adds to the numerator: 1 or 0; per 100: the person's records
    double denominator = 0; // what it adds to the denominator: 1 or 0; K14: a methodist's rate
    QStringList facts;      // as shown, under PeopleBehind::factLabels

    bool inNumerator() const { return numerator > 0; }
};

struct PeopleBehind {
    Indicator indicator;
    IndicatorPeriod period;
    QDate snapshot;
    RowsBehind kind = RowsBehind::Persons;
    QString recordLabel;    // the heading of the record column; empty: no such column
    QString nameLabel;      // the heading of the persons' column; empty: no such column
    QString unitLabel;      // «Организация» or «Подразделение»
    QStringList factLabels; // translated
    QVector<RowBehind> rows; // persons by name, records by unit and date, units by name
    double unlistedNumerator = 0;   // what no row shows: K14's numerator (the staff)
    double unlistedDenominator = 0; // K19's denominator (the staff)
    QString note;                   // says what the rows are not, or empty
    QVector<qint64> reportedUnits;  // units of the subtree that reported figures: no rows there
    // Whether the rows divide into the numerator and the gaps: not for K14 and K19, whose rows
    // all make one side of the figure (the staff is the other).
    bool divides = true;

    QVector<RowBehind> gaps() const;      // in the denominator, not the numerator
    QVector<RowBehind> numerator() const; // in the numerator
    // What a list shows: the gaps, or those in the numerator — every row when it does not divide.
    QVector<RowBehind> shown(bool numeratorSide) const;
    double numeratorSum() const;   // the rows' and the unlisted part: the figure's numerator
    double denominatorSum() const; // ... and its denominator
    QString countText(qsizetype n) const; // «3 педагога», «3 записи», «3 подразделения»
    // The columns as shown (csv: with the unit's code and, when the list divides, «В числителе»).
    QStringList headings(bool csv) const;
    QStringList cells(const RowBehind& row, bool csv) const;
};

class IndicatorPeople : public Repository {
    Q_DECLARE_TR_FUNCTIONS(IndicatorPeople)
public:
    using Repository::Repository;

    Result<PeopleBehind> list(const QString& code, qint64 unitId, const IndicatorPeriod& period);
    // CSV for Excel (core/io CsvWriter), the columns of headings(true).
    static Status writeCsv(const PeopleBehind& list, const QVector<RowBehind>& rows, QIODevice& device);
};
