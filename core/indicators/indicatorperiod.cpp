#include "indicators/indicatorperiod.h"
#include "domain/academicyear.h"

#include <QRegularExpression>

QDate IndicatorPeriod::from() const
{
    return kind == Kind::Academic ? AcademicYear::firstDay(year) : QDate(year, 1, 1);
}

QDate IndicatorPeriod::to() const
{
    return kind == Kind::Academic ? AcademicYear::lastDay(year) : QDate(year, 12, 31);
}

QDate IndicatorPeriod::snapshot(const QDate& today) const
{
    return today >= from() && today <= to() ? today : to();
}

QString IndicatorPeriod::text() const
{
    return kind == Kind::Academic ? AcademicYear::text(year) : QString::number(year);
}

QString IndicatorPeriod::kindCode() const
{
    return kind == Kind::Academic ? QStringLiteral("academic") : QStringLiteral("calendar");
}

IndicatorPeriod IndicatorPeriod::current(const QDate& today, Kind kind)
{
    return {kind, kind == Kind::Academic ? AcademicYear::of(today) : today.year()};
}

std::optional<IndicatorPeriod::Kind> IndicatorPeriod::parseKind(const QString& code)
{
    if (code == QLatin1String("academic"))
        return Kind::Academic;
    if (code == QLatin1String("calendar"))
        return Kind::Calendar;
    return std::nullopt;
}

std::optional<IndicatorPeriod> IndicatorPeriod::parse(const QString& text, Kind kind, QString* error)
{
    const QString t = text.trimmed();
    if (kind == Kind::Calendar) {
        static const QRegularExpression yearOnly(QStringLiteral("^(\\d{4})$"));
        if (const auto m = yearOnly.match(t); m.hasMatch())
            return IndicatorPeriod{Kind::Calendar, m.captured(1).toInt()};
        if (error)
            *error = tr("The period «%1» is not a calendar year such as 2025.").arg(text);
        return std::nullopt;
    }
    static const QRegularExpression academic(QStringLiteral("^(\\d{4})\\s*/\\s*(\\d{2}|\\d{4})$"));
    if (const auto m = academic.match(t); m.hasMatch()) {
        const int start = m.captured(1).toInt();
        const int end = m.captured(2).toInt();
        if ((m.captured(2).size() == 2 && end == (start + 1) % 100) || end == start + 1)
            return IndicatorPeriod{Kind::Academic, start};
    }
    if (error)
        *error = tr("The period «%1» is not an academic year such as 2024/25.").arg(text);
    return std::nullopt;
}
