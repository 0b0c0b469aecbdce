#pragma once
// The period of a figure: an academic year (1 September – 31 August, the default) or a calendar
// year. Its snapshot date — whose staff form the denominators — is the period's last day, or
// today while the period is current. Records dated "in the period" count from its first day to
// the snapshot.
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <optional>

struct IndicatorPeriod {
    Q_DECLARE_TR_FUNCTIONS(IndicatorPeriod)
public:
    enum class Kind { Academic, Calendar };
    Kind kind = Kind::Academic;
    int year = 0; // the starting year: 2024 is 2024/25, or the calendar year 2024

    QDate from() const;
    QDate to() const;
    QDate snapshot(const QDate& today) const; // today inside the period, else its last day
    // The year of targets, competitions and the academic year of answers and results:
    // targets and competitions by the calendar year the period ends in (2024/25 → 2025);
    // checklist answers and student results by the academic year that ends in it (→ 2024/25).
    int targetYear() const { return to().year(); }
    int endingAcademicYear() const { return to().year() - 1; }
    IndicatorPeriod previous() const { return {kind, year - 1}; }
    QString text() const;     // "2024/25", "2025"
    QString kindCode() const; // "academic", "calendar"
    bool operator==(const IndicatorPeriod& o) const { return kind == o.kind && year == o.year; }

    static IndicatorPeriod current(const QDate& today, Kind kind = Kind::Academic);
    // "2024/25" or "2024/2025" (academic), "2025" with calendar; an error names the text.
    static std::optional<IndicatorPeriod> parse(const QString& text, Kind kind, QString* error = nullptr);
    static std::optional<Kind> parseKind(const QString& code);
};
