#pragma once
// The time the support-cycle records cover: five academic years (1 September – 31 August)
// before the reference date, and the academic year that the reference date falls in.
#include "demo/demorandom.h"

#include <QDate>

class DemoCalendar {
public:
    static constexpr int years = 5;

    explicit DemoCalendar(const QDate& referenceDate)
        : m_today(referenceDate)
        , m_current(QDate(referenceDate.month() >= 9 ? referenceDate.year() : referenceDate.year() - 1, 9, 1))
    {
    }

    const QDate& today() const { return m_today; }
    // Academic year i: 0 .. years-1 are the five before the reference date's, `years` is its own.
    QDate start(int i) const { return m_current.addYears(i - years); }
    QDate end(int i) const { return start(i + 1).addDays(-1); }
    // 31 May: the end of the teaching part of the year, when routes and programmes end.
    QDate teachingEnd(int i) const { return QDate(start(i).year() + 1, 5, 31); }
    QDate first() const { return start(0); }
    // The year a date falls in (may be negative or above `years` outside the window).
    int yearOf(const QDate& date) const
    {
        const int y = date.month() >= 9 ? date.year() : date.year() - 1;
        return y - m_current.year() + years;
    }

    // A day of [from, to], uniform; `from` when to < from.
    static QDate between(DemoRandom& random, const QDate& from, const QDate& to)
    {
        return to <= from ? from : from.addDays(random.between(0, int(from.daysTo(to))));
    }
    // The date moved off a weekend to the Friday before (events and diagnostics are on workdays).
    static QDate workday(const QDate& date)
    {
        const int day = date.dayOfWeek();
        return day >= 6 ? date.addDays(5 - day) : date;
    }

private:
    QDate m_today;
    QDate m_current; // 1 September of the reference date's academic year
};
