#include "storage/undojournal.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

QString quoted(const QString& name)
{
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

// A SQL string literal inside a trigger body.
QString literal(const QString& text)
{
    return u'\'' + QString(text).replace(u'\'', QStringLiteral("''")) + u'\'';
}

// Runs with logging on; switches it off again however the scope ends.
class Logging {
public:
    explicit Logging(QSqlDatabase connection) : m_connection(connection) { set(1); }
    ~Logging() { set(0); }

private:
    void set(int on)
    {
        QSqlQuery q(m_connection);
        q.exec(QStringLiteral("UPDATE temp.undo_state SET active = %1").arg(on));
    }
    QSqlDatabase m_connection;
};

} // namespace

UndoJournal::UndoJournal(Database& db) : m_db(db) {}

UndoJournal::~UndoJournal()
{
    if (!m_installed)
        return;
    QSqlQuery q(m_db.connection());
    for (const QString& trigger : std::as_const(m_triggers))
        q.exec(QStringLiteral("DROP TRIGGER IF EXISTS temp.%1").arg(quoted(trigger)));
    q.exec(QStringLiteral("DROP TABLE IF EXISTS temp.undo_log"));
    q.exec(QStringLiteral("DROP TABLE IF EXISTS temp.undo_state"));
}

Status UndoJournal::exec(const QString& sql)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(sql))
        return Status::failure(StorageText::sqlError(tr("keeping the undo history"), StorageText::reason(q.lastError())));
    return Status::success();
}

Status UndoJournal::install()
{
    if (m_installed)
        return Status::success();
    for (const QString& sql :
         {QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS undo_log (seq INTEGER PRIMARY KEY, statement TEXT NOT NULL)"),
          QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS undo_state (active INTEGER NOT NULL)"),
          QStringLiteral("DELETE FROM temp.undo_state"),
          QStringLiteral("INSERT INTO temp.undo_state (active) VALUES (0)")}) {
        if (Status s = exec(sql); !s)
            return s;
    }
    QSqlQuery tables(m_db.connection());
    if (!tables.exec(QStringLiteral("SELECT name FROM main.sqlite_master WHERE type = 'table' "
                                    "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")))
        return Status::failure(StorageText::sqlError(tr("keeping the undo history"), StorageText::reason(tables.lastError())));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString& table : std::as_const(names)) {
        if (Status s = createTriggers(table); !s)
            return s;
    }
    m_installed = true;
    return Status::success();
}

Status UndoJournal::createTriggers(const QString& table)
{
    QSqlQuery info(m_db.connection());
    if (!info.exec(QStringLiteral("PRAGMA main.table_info(%1)").arg(quoted(table))))
        return Status::failure(StorageText::sqlError(tr("keeping the undo history"), StorageText::reason(info.lastError())));
    QStringList columns;
    while (info.next())
        columns << info.value(1).toString();

    const QString t = quoted(table);
    const QString when = QStringLiteral("WHEN (SELECT active FROM temp.undo_state) = 1");
    // Each trigger logs, as text, the statement that reverses its row's change.
    QStringList sets, values;
    for (const QString& c : std::as_const(columns)) {
        sets << literal(quoted(c) + u'=') + QStringLiteral("||quote(old.%1)").arg(quoted(c));
        values << QStringLiteral("quote(old.%1)").arg(quoted(c));
    }
    const QString columnList = QStringLiteral("rowid,") + [&] {
        QStringList q;
        for (const QString& c : std::as_const(columns))
            q << quoted(c);
        return q.join(u',');
    }();
    const QString onInsert = literal(QStringLiteral("DELETE FROM main.%1 WHERE rowid=").arg(t)) +
                             QStringLiteral("||new.rowid");
    const QString onUpdate = literal(QStringLiteral("UPDATE main.%1 SET ").arg(t)) + QStringLiteral("||") +
                             sets.join(QStringLiteral("||','||")) +
                             QStringLiteral("||' WHERE rowid='||old.rowid");
    const QString onDelete = literal(QStringLiteral("INSERT INTO main.%1(%2) VALUES(").arg(t, columnList)) +
                             QStringLiteral("||old.rowid||','||") + values.join(QStringLiteral("||','||")) +
                             QStringLiteral("||')'");
    const struct {
        const char* suffix;
        const char* event;
        QString statement;
    } triggers[] = {{"ins", "AFTER INSERT", onInsert}, {"upd", "AFTER UPDATE", onUpdate},
                    {"del", "BEFORE DELETE", onDelete}};
    for (const auto& trigger : triggers) {
        const QString name = QStringLiteral("undo_%1_%2").arg(QLatin1String(trigger.suffix), table);
        const QString sql = QStringLiteral("CREATE TEMP TRIGGER %1 %2 ON main.%3 %4 BEGIN "
                                           "INSERT INTO undo_log (statement) VALUES (%5); END")
                                .arg(quoted(name), QLatin1String(trigger.event), t, when, trigger.statement);
        if (Status s = exec(sql); !s)
            return s;
        m_triggers << name;
    }
    return Status::success();
}

Result<QStringList> UndoJournal::takeLog()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT statement FROM temp.undo_log ORDER BY seq")))
        return Result<QStringList>::failure(
            StorageText::sqlError(tr("keeping the undo history"), StorageText::reason(q.lastError())));
    QStringList statements;
    while (q.next())
        statements << q.value(0).toString();
    q.finish();
    if (Status s = exec(QStringLiteral("DELETE FROM temp.undo_log")); !s)
        return Result<QStringList>::failure(s.error());
    return statements;
}

Result<QStringList> UndoJournal::record(const std::function<Status()>& action)
{
    if (Status s = install(); !s)
        return Result<QStringList>::failure(s.error());
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Result<QStringList>::failure(transaction.error());
    Result<QStringList> log = QStringList();
    {
        Logging logging(m_db.connection());
        if (Status s = action(); !s)
            return Result<QStringList>::failure(s.error());
        log = takeLog();
    }
    if (!log)
        return log;
    if (Status s = transaction.commit(); !s)
        return Result<QStringList>::failure(s.error());
    return log;
}

Result<QStringList> UndoJournal::replay(const QStringList& step)
{
    return record([&]() -> Status {
        // The step may re-insert a child before its parent (a cascade logged parent first).
        if (Status s = exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")); !s)
            return s;
        QSqlQuery q(m_db.connection());
        for (auto it = step.crbegin(); it != step.crend(); ++it) {
            if (!q.exec(*it))
                return Status::failure(tr("The change cannot be undone or redone: the records were changed "
                                          "since (%1).")
                                           .arg(q.lastError().databaseText()));
        }
        m_db.markChanged(Changes::fromInt(~0u)); // any kind may have changed
        return Status::success();
    });
}
