#pragma once
// An academic year (учебный год), 1 September – 31 August, named by its starting year:
// 2024 is 2024/25. Plans, checklists and student results are kept per academic year.
#include <QDate>
#include <QString>

namespace AcademicYear {

inline QDate firstDay(int year) { return QDate(year, 9, 1); }
inline QDate lastDay(int year) { return QDate(year + 1, 8, 31); }
// The academic year a date falls in.
inline int of(const QDate& date) { return date.month() >= 9 ? date.year() : date.year() - 1; }
// "2024/25".
inline QString text(int year) { return QStringLiteral("%1/%2").arg(year).arg((year + 1) % 100, 2, 10, QLatin1Char('0')); }
// The first day of a month of the academic year: September..December in `year`, January..August after it.
inline QDate monthStart(int year, int month) { return QDate(month >= 9 ? year : year + 1, month, 1); }
// Academic years a user can record: from 2000 to the current one.
constexpr int earliest = 2000;

} // namespace AcademicYear
