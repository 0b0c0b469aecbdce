#pragma once
// Undo and redo of whole user actions, for any record kind, without per-kind code (the technique
// of sqlite.org/undoredo.html). While an action is recorded, temporary triggers on every table
// log the SQL that reverses each row it inserts, updates or deletes; the action's step is that
// list. Replaying a step runs it backwards in one transaction while the triggers log the reverse
// of the replay — which is the step to replay next (undo gives redo and back).
//
// The journal is per connection (temporary objects) and SQLite-specific; a PostgreSQL server
// would log in its own way behind the same interface. Steps stay valid while every write goes
// through record(); a write outside it must clear the history (EditSession does).
#include "status.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>

class Database;

class UndoJournal {
    Q_DECLARE_TR_FUNCTIONS(UndoJournal)
public:
    explicit UndoJournal(Database& db);
    ~UndoJournal(); // drops its temporary triggers and table

    // Creates the temporary log and a trigger per table and event. Call once, after migrations.
    Status install();
    bool isInstalled() const { return m_installed; }

    // Runs `action` in one write transaction with logging on. On success returns the statements
    // that reverse it (in the order they were logged); on failure rolls back and returns the
    // action's message.
    Result<QStringList> record(const std::function<Status()>& action);
    // Runs a step's statements backwards in one transaction (foreign keys checked at commit) and
    // returns the statements that reverse the replay. Nothing changes when one fails.
    Result<QStringList> replay(const QStringList& step);

    int triggerCount() const { return m_triggers.size(); }

private:
    Status exec(const QString& sql);
    Status createTriggers(const QString& table);
    Result<QStringList> takeLog();

    Database& m_db;
    QStringList m_triggers;
    bool m_installed = false;
};
