#include "storage/transaction.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace {

QString lostTransaction()
{
    return StorageText::tr("SQLite undid the whole write after the error before (a full disk, a failing disk or "
                           "medium): nothing of it is written");
}

} // namespace

WriteTransaction::WriteTransaction(Database& db, Nesting nesting)
    : m_db(db)
{
    if (m_db.m_depth > 0 && !m_db.inSqliteTransaction()) {
        // Ours is open but SQLite's is gone: a statement here would be committed on its own.
        m_error = lostTransaction();
        return;
    }
    if (m_db.m_depth > 0 && nesting == Nesting::Join) {
        m_joined = m_active = true;
        return;
    }
    if (m_db.m_depth > 0)
        m_savepoint = QStringLiteral("sp%1").arg(m_db.m_depth);
    // The busy handler makes BEGIN IMMEDIATE wait for another writer; retries within the same
    // time cover the cases where SQLite answers SQLITE_BUSY without waiting (a WAL being reset).
    const QString begin = m_savepoint.isEmpty() ? QStringLiteral("BEGIN IMMEDIATE")
                                                : QStringLiteral("SAVEPOINT ") + m_savepoint;
    QElapsedTimer waiting;
    waiting.start();
    for (;;) {
        m_active = exec(begin);
        if (m_active || !m_savepoint.isEmpty() || waiting.elapsed() >= Database::BusyTimeoutMs)
            break;
        QThread::msleep(20);
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
    m_error = StorageText::sqlError(StorageText::tr("writing"), StorageText::reason(q.lastError()));
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
    if (!m_db.inSqliteTransaction()) { // rolled back by SQLite itself: COMMIT would commit nothing
        const QString error = lostTransaction();
        rollback();
        m_error = error;
        return Status::failure(error);
    }
    const bool ok = exec(m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint);
    if (!ok) {
        const QString error = m_error; // the real reason: a rollback that fails must not replace it
        rollback();
        m_error = error;
        return Status::failure(error);
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
    if (!m_db.inSqliteTransaction()) {
        // nothing left to roll back: SQLite did it
    } else if (m_savepoint.isEmpty()) {
        exec(QStringLiteral("ROLLBACK"));
    } else {
        exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        exec(QStringLiteral("RELEASE ") + m_savepoint);
    }
    m_active = false;
    --m_db.m_depth;
    m_db.transactionFinished(false);
}
