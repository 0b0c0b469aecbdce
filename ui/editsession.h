#pragma once
// Every edit the window makes runs through the edit session: one user action = one write
// transaction = one step on the undo stack (Edit ▸ Undo / Redo). The action itself writes
// through the core repositories, which check every rule; the session only frames it.
#include "status.h"

#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>

class Database;
class QAction;
class QActionGroup;
class QUndoStack;
class UndoJournal;

class EditSession : public QObject {
    Q_OBJECT
public:
    explicit EditSession(QObject* parent = nullptr);
    ~EditSession() override;

    // Forgets the undo history of the previous database.
    void setDatabase(Database* database);
    Database* database() const { return m_database; }
    QUndoStack* undoStack() const { return m_stack; }
    // The database was opened to read only: run() refuses, and the write actions are disabled.
    bool readOnly() const;
    // An action that writes (create, edit, delete, import): disabled while readOnly(), whatever
    // its own panel enables (a QActionGroup that is disabled keeps its actions disabled).
    void addWriteAction(QAction* action);

    // Runs `action` in one write transaction. On success commits and adds an undo step called
    // `text` ("Новый маршрут", "Удалить мероприятие «…»"). On failure rolls back — nothing is
    // written and the undo history is unchanged — and returns the action's message.
    Status run(const QString& text, const std::function<Status()>& action);

signals:
    // An undo or redo failed (another program changed the same records); the message says why.
    void failed(const QString& message);

private:
    class Command; // one recorded action on the undo stack
    Result<QStringList> replay(const QStringList& step);

    Database* m_database = nullptr;
    QUndoStack* m_stack;
    QActionGroup* m_writeActions;
    std::unique_ptr<UndoJournal> m_journal;
    QMetaObject::Connection m_changed;
    bool m_busy = false; // inside run, undo or redo: changes are ours
};
