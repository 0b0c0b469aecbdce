#pragma once
// LIKE patterns built from what a user typed.
#include <QString>

// A LIKE pattern (for ESCAPE '\') matching the text anywhere; %, _ and the escape character are
// literal.
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
