#pragma once
// Shared plumbing of the repositories: a database and a cache of prepared statements.
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <memory>

#include "status.h"
#include "storage/database.h"

class Database;

class Repository {
public:
    explicit Repository(Database& db) : m_db(db) {}
    Database& database() const { return m_db; }

protected:
    // A prepared statement for this SQL text, prepared once per repository.
    // Callers bind values, exec, read, then finish() so no lock is held. A statement SQLite
    // cannot prepare (a missing table of a damaged or foreign file) is not kept: its exec fails,
    // sqlError names the reason prepare gave, and the next call prepares it again.
    QSqlQuery& prepared(const QString& sql);
    QString sqlError(const QString& what, const QSqlQuery& query) const;
    // Runs one bound write statement in its own transaction, or as part of the caller's (one
    // statement is atomic anyway); a failure reads "Database error while <what>: ...".
    // Marks what changed, for Database::changed.
    Status execWrite(QSqlQuery& query, const QString& what, Changes changed);

private:
    Database& m_db;
    QHash<QString, QSqlQuery> m_statements;
    std::shared_ptr<QSqlQuery> m_unprepared; // the last statement that failed to prepare
    QSqlError m_prepareError; // and why
};
