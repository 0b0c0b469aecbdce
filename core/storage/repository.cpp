#include "storage/repository.h"
#include "storage/database.h"

#include <QSqlError>

QSqlQuery& Repository::prepared(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(sql);
        it = m_statements.insert(sql, q);
    }
    return *it;
}

QString Repository::sqlError(const QString& what, const QSqlQuery& query) const
{
    return StorageText::sqlError(what, query.lastError().text());
}
