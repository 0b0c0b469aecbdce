#include "storage/repository.h"
#include "storage/database.h"
#include "storage/transaction.h"

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
    return StorageText::sqlError(what, StorageText::reason(query.lastError()));
}

Status Repository::execWrite(QSqlQuery& query, const QString& what, Changes changed)
{
    WriteTransaction tx(m_db, WriteTransaction::Nesting::Join);
    if (!tx.isActive())
        return tx.status();
    if (!query.exec())
        return Status::failure(sqlError(what, query));
    query.finish();
    m_db.markChanged(changed);
    return tx.commit();
}
