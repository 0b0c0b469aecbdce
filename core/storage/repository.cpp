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
        if (!q.prepare(sql)) {
            m_prepareError = q.lastError();
            m_unprepared = std::make_shared<QSqlQuery>(std::move(q));
            return *m_unprepared;
        }
        it = m_statements.insert(sql, q);
    }
    return *it;
}

QString Repository::sqlError(const QString& what, const QSqlQuery& query) const
{
    // After a failed prepare, exec says only «parameter count mismatch»: the reason is prepare's.
    const QSqlError& error = &query == m_unprepared.get() ? m_prepareError : query.lastError();
    return StorageText::sqlError(what, StorageText::reason(error));
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
