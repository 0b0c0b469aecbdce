#pragma once
// Binding named parameters to a statement that uses only some of them (Qt's SQLite driver
// refuses values for names the statement lacks).
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariantMap>

inline void bindUsed(QSqlQuery& query, const QString& sql, const QVariantMap& values)
{
    static const QRegularExpression name(QStringLiteral(":[a-z][a-z0-9_]*"));
    QSet<QString> seen;
    for (auto it = name.globalMatch(sql); it.hasNext();) {
        const QString n = it.next().captured(0);
        if (!seen.contains(n) && values.contains(n)) {
            seen.insert(n);
            query.bindValue(n, values.value(n));
        }
    }
}
