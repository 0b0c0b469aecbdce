#pragma once
// The period a register shows (shared by all registers of the window): an academic year
// (2024/25: 01.09.2024 – 31.08.2025), a calendar year, or all years.
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

struct RegisterPeriod {
    enum class Type { AcademicYear, CalendarYear, All };
    Type type = Type::All;
    int year = 0; // the academic year's starting year, or the calendar year

    static RegisterPeriod academicYear(int year) { return {Type::AcademicYear, year}; }
    static RegisterPeriod calendarYear(int year) { return {Type::CalendarYear, year}; }
    static RegisterPeriod all() { return {Type::All, 0}; }
    static RegisterPeriod currentAcademicYear(const QDate& today);

    QDate from() const; // invalid for all years
    QDate to() const;   // invalid for all years
    QString text() const; // "2024/25 учебный год", "2025 год", "все годы"

    // What the window offers around today: the next and the last academic years, the last
    // calendar years, all years.
    static QVector<RegisterPeriod> choices(const QDate& today);

    bool operator==(const RegisterPeriod& other) const = default;
};

class RegisterPeriodText {
    Q_DECLARE_TR_FUNCTIONS(RegisterPeriod)
};
