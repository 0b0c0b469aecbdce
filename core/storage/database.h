#pragma once
// One Metodist database file: opening, pragmas, schema migrations, backups, change signals.
#include "status.h"
#include "storage/migration.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <functional>
#include <memory>

class Clock;
class UuidSource;

// What a committed transaction changed; ui/ models listen to Database::changed.
enum class Change : unsigned {
    None = 0,
    Units = 1u << 0,
    Persons = 1u << 1,
    References = 1u << 2,
    Diagnostics = 1u << 8,
    Routes = 1u << 9,
    Mentoring = 1u << 10,
    Attestation = 1u << 11,
    Courses = 1u << 12,
    Events = 1u << 13,
    Competitions = 1u << 14,
    Associations = 1u << 15,
    Consultations = 1u << 16,
    InnovationSites = 1u << 17,
    Materials = 1u << 18,
    Surveys = 1u << 19,
    StudentResults = 1u << 20,
    Plan = 1u << 21,
    Risks = 1u << 22,
    Checklist = 1u << 23,
    Indicators = 1u << 24, // the catalogue, targets and reported figures
    AuthorTexts = 1u << 25, // the author's own text of reports
};
Q_DECLARE_FLAGS(Changes, Change)
Q_DECLARE_OPERATORS_FOR_FLAGS(Changes)

class Database : public QObject {
    Q_OBJECT
public:
    // ExistingOnly: an existing file, upgraded to the latest schema (after a backup copy).
    // CreateIfMissing: the same, or a new database where there is no file (or an empty one).
    // ReadOnly: an existing file read as it is, never written nor upgraded (an older schema is
    // refused with the way to upgrade it): the commands that only read, the window's workers.
    // WritableOrReadOnly (the window): ExistingOnly where the file and its folder can be written,
    // ReadOnly where they cannot (a read-only file, folder or medium); isReadOnly() says which.
    // An empty (0-byte) file is refused as «existing»: it holds no database to open.
    enum class OpenMode { ExistingOnly, CreateIfMissing, ReadOnly, WritableOrReadOnly };
    static constexpr int ApplicationId = 0x4D455444; // "METD" in the SQLite header
    // How long a statement waits for another program's lock before it gives up (SQLITE_BUSY), and
    // after how long of it the busy notice is given.
    static constexpr int BusyTimeoutMs = 60000;
    static constexpr int BusyNoticeMs = 1000;

    ~Database() override;

    // Opens (and if needed creates or migrates) a database file. A file of another program,
    // a file from a newer Metodist, or a file that is not SQLite is refused with a message.
    static Result<std::shared_ptr<Database>> open(const QString& path, OpenMode mode,
                                                  const QList<Migration>& migrations = Migration::all());

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    QString lastBackupPath() const { return m_lastBackup; }
    // Opened to read only (asked for, or the file, folder or medium cannot be written).
    bool isReadOnly() const { return m_readOnly; }

    const Clock& clock() const { return *m_clock; }
    void setClock(const Clock* clock); // nullptr: the system clock; the caller keeps ownership
    QString newUuid();
    void setUuidSource(UuidSource* source); // nullptr: random UUIDs
    QString timestamp() const;               // now, ISO 8601 UTC, for created_at/updated_at

    // Called on this connection's thread once a statement has waited BusyNoticeMs for another
    // program's lock (once per wait): the command line says «база занята другой программой, жду…».
    void setBusyNotice(std::function<void()> notice) { m_busyNotice = std::move(notice); }

    // Copies the whole database into a new file (VACUUM INTO: consistent while open).
    Status backupTo(const QString& target) const;
    // Replaces all of this database's data with source's (SQLite's backup API, in one step: other
    // connections wait, then read the new data), then tells every listener that everything changed.
    // Both must be of this program's schema; not inside a transaction.
    Status restoreFrom(const Database& source);

    // Used by WriteTransaction.
    int transactionDepth() const { return m_depth; }
    // Whether SQLite has a transaction open on the connection: false inside one of ours means
    // SQLite rolled it back by itself (a full disk, an I/O error) and nothing of it will be written.
    bool inSqliteTransaction() const;
    void markChanged(Changes changes)
    {
        m_pending |= changes;
        if (changes.testFlag(Change::References))
            ++m_referenceGeneration; // caches of reference lists read anew
    }
    int referenceGeneration() const { return m_referenceGeneration; }

signals:
    void changed(Changes what);

private:
    friend class WriteTransaction;
    Database() = default;
    Status migrate(const QList<Migration>& migrations);
    static int waitWhileBusy(void* database, int attempt); // SQLite's busy handler
    void transactionFinished(bool committed);

    QString m_connectionName;
    QString m_path;
    QString m_lastBackup;
    const Clock* m_clock = nullptr;
    UuidSource* m_uuids = nullptr;
    int m_depth = 0;
    std::function<void()> m_busyNotice;
    QElapsedTimer m_busySince;
    bool m_busyNoticed = false;
    bool m_readOnly = false;
    int m_referenceGeneration = 0;
    Changes m_pending;
    QHash<QString, QSqlQuery> m_transactionStatements; // BEGIN, COMMIT, SAVEPOINT spN...
};

// Messages of the storage layer, in one translation context.
class StorageText {
    Q_DECLARE_TR_FUNCTIONS(StorageText)
public:
    static QString sqlError(const QString& what, const QString& detail);
    // What an SQLite error means, in words a user can act on (a full disk, a read-only file or
    // folder, a damaged file, another program holding the file), with SQLite's own text after it.
    static QString reason(const QSqlError& error);
};
