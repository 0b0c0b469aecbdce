#pragma once
// How a period reads in messages and histories: "01.09.2024 – 31.05.2025", or "from 01.09.2024"
// (translated) while it is open-ended.
#include <QCoreApplication>
#include <QDate>
#include <QString>

inline QString shownDate(const QDate& date)
{
    return date.toString(QStringLiteral("dd.MM.yyyy"));
}

inline QString periodText(const QDate& start, const QDate& end)
{
    if (!end.isValid())
        return QCoreApplication::translate("Period", "from %1").arg(shownDate(start));
    if (end == start)
        return shownDate(start);
    return shownDate(start) + QStringLiteral(" – ") + shownDate(end);
}
