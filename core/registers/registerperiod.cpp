#include "registers/registerperiod.h"
#include "domain/academicyear.h"

namespace {
constexpr int yearsOffered = 8; // academic and calendar years back from the current one
}

RegisterPeriod RegisterPeriod::currentAcademicYear(const QDate& today)
{
    return academicYear(AcademicYear::of(today));
}

QDate RegisterPeriod::from() const
{
    switch (type) {
    case Type::AcademicYear: return AcademicYear::firstDay(year);
    case Type::CalendarYear: return QDate(year, 1, 1);
    case Type::All: break;
    }
    return {};
}

QDate RegisterPeriod::to() const
{
    switch (type) {
    case Type::AcademicYear: return AcademicYear::lastDay(year);
    case Type::CalendarYear: return QDate(year, 12, 31);
    case Type::All: break;
    }
    return {};
}

QString RegisterPeriod::text() const
{
    switch (type) {
    case Type::AcademicYear: return RegisterPeriodText::tr("%1 academic year").arg(AcademicYear::text(year));
    case Type::CalendarYear: return RegisterPeriodText::tr("%1 calendar year").arg(year);
    case Type::All: break;
    }
    return RegisterPeriodText::tr("All years");
}

QVector<RegisterPeriod> RegisterPeriod::choices(const QDate& today)
{
    QVector<RegisterPeriod> result;
    const int academic = AcademicYear::of(today);
    for (int year = academic + 1; year > academic - yearsOffered; --year)
        result << academicYear(year);
    for (int year = today.year(); year > today.year() - yearsOffered; --year)
        result << calendarYear(year);
    result << all();
    return result;
}
