#pragma once
// Converting between domain values and SQL values. Dates are ISO text ("2024-09-01") or NULL,
// which sorts correctly and means the same in SQLite and PostgreSQL.
#include <QDate>
#include <QDateTime>
#include <QString>
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

// Text for a NOT NULL column: a null QString would be bound as SQL NULL.
inline QString sqlNotNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// Bounds of a period for "date >= ? AND date <= ?": an invalid date leaves that side open.
inline QVariant sqlLowerBound(const QDate& from)
{
    return from.isValid() ? sqlDate(from) : QVariant(QStringLiteral("0001-01-01"));
}

inline QVariant sqlUpperBound(const QDate& to)
{
    return to.isValid() ? sqlDate(to) : QVariant(QStringLiteral("9999-12-31"));
}

// A LIKE pattern (with ESCAPE '\\') matching the text anywhere; %, _ and the escape character
// are literal.
inline QString sqlContainsPattern(const QString& text)
{
    QString escaped;
    for (const QChar c : text) {
        if (c == u'\\' || c == u'%' || c == u'_')
            escaped += u'\\';
        escaped += c;
    }
    return u'%' + escaped + u'%';
}
