#include "storage/transaction.h"
#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

WriteTransaction::WriteTransaction(Database& db, Nesting nesting)
    : m_db(db)
{
    if (m_db.m_depth > 0 && nesting == Nesting::Join) {
        m_joined = m_active = true;
        return;
    }
    if (m_db.m_depth > 0)
        m_savepoint = QStringLiteral("sp%1").arg(m_db.m_depth);
    // The busy timeout makes BEGIN IMMEDIATE wait for another writer; a few retries cover
    // the rare case where the wait still ends in SQLITE_BUSY under heavy contention.
    const QString begin = m_savepoint.isEmpty() ? QStringLiteral("BEGIN IMMEDIATE")
                                                : QStringLiteral("SAVEPOINT ") + m_savepoint;
    for (int attempt = 0; attempt < 5 && !m_active; ++attempt) {
        m_active = exec(begin);
        if (!m_active && m_savepoint.isEmpty())
            QThread::msleep(200);
    }
    if (m_active)
        ++m_db.m_depth;
}

WriteTransaction::~WriteTransaction()
{
    if (m_active && !m_joined)
        rollback();
}

bool WriteTransaction::exec(const QString& sql)
{
    // Prepared once per connection: an import runs these for every row.
    QSqlQuery& q = m_db.m_transactionStatements[sql];
    if (q.lastQuery() != sql) {
        q = QSqlQuery(m_db.connection());
        q.prepare(sql);
    }
    const bool ok = q.exec();
    q.finish();
    if (ok)
        return true;
    m_error = StorageText::sqlError(StorageText::tr("writing"), q.lastError().text());
    return false;
}

Status WriteTransaction::commit()
{
    if (!m_active)
        return Status::failure(m_error);
    if (m_joined) {
        m_active = false;
        return Status::success();
    }
    const bool ok = exec(m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint);
    if (!ok) {
        rollback();
        return Status::failure(m_error);
    }
    m_active = false;
    --m_db.m_depth;
    m_db.transactionFinished(true);
    return Status::success();
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    if (m_joined) {
        m_active = false;
        return;
    }
    if (m_savepoint.isEmpty()) {
        exec(QStringLiteral("ROLLBACK"));
    } else {
        exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        exec(QStringLiteral("RELEASE ") + m_savepoint);
    }
    m_active = false;
    --m_db.m_depth;
    m_db.transactionFinished(false);
}
