#include "editsession.h"
#include "storage/database.h"
#include "storage/undojournal.h"

#include <QActionGroup>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

// One recorded action. The first redo() is the action itself, already done when pushed.
class EditSession::Command : public QUndoCommand {
public:
    Command(EditSession& session, const QString& text, QStringList step)
        : QUndoCommand(text), m_session(session), m_step(std::move(step))
    {
    }
    void undo() override { replay(); }
    void redo() override
    {
        if (m_done) {
            m_done = false;
            return;
        }
        replay();
    }

private:
    void replay()
    {
        auto reversed = m_session.replay(m_step);
        if (!reversed) {
            // The history no longer matches the file: forget it rather than apply half of it.
            QTimer::singleShot(0, &m_session, [session = &m_session] { session->undoStack()->clear(); });
            emit m_session.failed(reversed.error());
            return;
        }
        m_step = reversed.value();
    }

    EditSession& m_session;
    QStringList m_step;
    bool m_done = true;
};

EditSession::EditSession(QObject* parent)
    : QObject(parent), m_stack(new QUndoStack(this)), m_writeActions(new QActionGroup(this))
{
    m_writeActions->setExclusionPolicy(QActionGroup::ExclusionPolicy::None);
    m_stack->setUndoLimit(200);
}

EditSession::~EditSession()
{
    m_stack->clear(); // the commands refer to the journal
}

void EditSession::setDatabase(Database* database)
{
    m_stack->clear();
    disconnect(m_changed);
    m_journal.reset();
    m_database = database;
    m_writeActions->setEnabled(!readOnly());
    if (!database)
        return;
    m_journal = std::make_unique<UndoJournal>(*database);
    // A write that did not go through the session (an import) invalidates the history.
    m_changed = connect(database, &Database::changed, this, [this] {
        if (!m_busy)
            m_stack->clear();
    });
}

bool EditSession::readOnly() const
{
    return m_database && m_database->isReadOnly();
}

void EditSession::addWriteAction(QAction* action)
{
    m_writeActions->addAction(action);
}

Status EditSession::run(const QString& text, const std::function<Status()>& action)
{
    if (!m_database)
        return Status::failure(tr("No database is open."));
    if (readOnly())
        return Status::failure(tr("The database is open to read only: nothing can be changed in it. "
                                  "To change it, copy the file to a folder you can write and open the copy."));
    m_busy = true;
    auto step = m_journal->record(action);
    m_busy = false;
    if (!step)
        return Status::failure(step.error());
    if (!step.value().isEmpty()) {
        m_busy = true; // the first redo is a no-op, but keep the history while pushing
        m_stack->push(new Command(*this, text, step.value()));
        m_busy = false;
    }
    return Status::success();
}

Result<QStringList> EditSession::replay(const QStringList& step)
{
    m_busy = true;
    auto reversed = m_journal->replay(step);
    m_busy = false;
    return reversed;
}
