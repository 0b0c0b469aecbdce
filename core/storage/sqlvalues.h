#pragma once
// Converting between domain values and SQL values. Dates are ISO text ("2024-09-01") or NULL,
// which sorts correctly and means the same in SQLite and PostgreSQL.
#include <QDate>
#include <QDateTime>
#include <QVariant>

inline QVariant sqlDate(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

inline QDate dateFromSql(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

inline QDateTime timeFromSql(const QVariant& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

inline QVariant sqlText(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// Text for a NOT NULL column: Qt's SQLite driver binds a null QString (QString(), or an empty
// string produced from one by trimmed() or join()) as NULL, so an empty value is sent as ''.
inline QVariant sqlRequiredText(const QString& text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}
