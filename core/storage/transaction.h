#pragma once
// One user action = one transaction (RAII). The outermost guard starts a write transaction
// with BEGIN IMMEDIATE (so two programs writing one file wait instead of failing with
// "database is locked"); nested guards use savepoints. Destroying an uncommitted guard rolls back.
#include "status.h"

class Database;

class WriteTransaction {
public:
    // Savepoint: a nested guard can roll back its own part. Join: a nested guard of a single
    // statement (atomic anyway) adds nothing and leaves commit and rollback to the outer one.
    enum class Nesting { Savepoint, Join };
    explicit WriteTransaction(Database& db, Nesting nesting = Nesting::Savepoint);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    bool isActive() const { return m_active; }
    const QString& error() const { return m_error; }
    Status status() const { return m_active ? Status::success() : Status::failure(m_error); }
    Status commit();
    void rollback();

private:
    bool exec(const QString& sql);
    Database& m_db;
    QString m_savepoint; // empty for the outermost transaction
    bool m_joined = false;
    bool m_active = false;
    QString m_error;
};
