#include "storage/database.h"
#include "files/replacefile.h"
#include "storage/clock.h"
#include "storage/transaction.h"
#include "storage/uuidsource.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <sqlite3.h>

namespace {

QAtomicInteger<int> connectionCounter;

QVariant pragma(const QSqlDatabase& db, const QString& name)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA ") + name) && q.next())
        return q.value(0);
    return {};
}

// SQLite's own answer to "is this a database": its primary result code SQLITE_NOTADB (26).
// The file is never opened behind SQLite's back to look at its header: closing any descriptor
// of it would release every lock another connection of this process holds on it.
bool isNotADatabase(const QSqlError& error)
{
    return (error.nativeErrorCode().toInt() & 0xff) == 26;
}

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(handle.constData());
    return nullptr;
}

// A program writing the file stopped in the middle (killed, a power cut): its WAL's index must be
// rebuilt, or its unfinished transaction rolled back from the journal — what a connection that
// only reads cannot do itself.
bool needsRecovery(const QSqlDatabase& db)
{
    sqlite3* handle = sqliteHandle(db);
    if (!handle)
        return false;
    const int code = sqlite3_extended_errcode(handle);
    return code == SQLITE_READONLY_RECOVERY || code == SQLITE_READONLY_CANTINIT || code == SQLITE_READONLY_ROLLBACK;
}

// Recovers the file as any writing connection does on its first read: the WAL's index rebuilt or
// the unfinished transaction rolled back, nothing committed changed. False when the file cannot
// be opened to write (a read-only medium).
bool recover(const QString& path)
{
    const QString name = QStringLiteral("metodist-recovery-%1").arg(++connectionCounter);
    bool recovered = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            recovered = q.exec(QStringLiteral("PRAGMA application_id")) && q.next();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return recovered;
}

} // namespace

QString StorageText::sqlError(const QString& what, const QString& detail)
{
    return tr("Database error while %1: %2").arg(what, detail);
}

QString StorageText::reason(const QSqlError& error)
{
    const QString detail = error.text().trimmed();
    QString plain;
    switch (error.nativeErrorCode().toInt() & 0xff) { // SQLite's primary result codes
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        plain = tr("the database is busy: another program has been writing to it for too long");
        break;
    case 8: // SQLITE_READONLY
        plain = tr("the file or its folder can only be read (a read-only file, folder, USB stick or share)");
        break;
    case 10: // SQLITE_IOERR
        plain = tr("the disk or medium failed to read or write");
        break;
    case 11: // SQLITE_CORRUPT
        plain = tr("the database file is damaged");
        break;
    case 13: // SQLITE_FULL
        plain = tr("there is no free space left on the disk");
        break;
    case 14: // SQLITE_CANTOPEN
        plain = tr("the file cannot be opened (no access to it or to its folder)");
        break;
    case 26: // SQLITE_NOTADB
        plain = tr("the file is not a database");
        break;
    default:
        return detail;
    }
    return detail.isEmpty() ? plain : QStringLiteral("%1 (%2)").arg(plain, detail);
}

Database::~Database()
{
    m_transactionStatements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::shared_ptr<Database>> Database::open(const QString& path, OpenMode mode,
                                                 const QList<Migration>& migrations)
{
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return Result<std::shared_ptr<Database>>::failure(StorageText::tr("%1 is a folder, not a database file.").arg(path));
    if (!info.exists() && mode != OpenMode::CreateIfMissing)
        return Result<std::shared_ptr<Database>>::failure(StorageText::tr("The database file %1 does not exist.").arg(path));
    if (info.exists() && info.size() == 0 && mode != OpenMode::CreateIfMissing)
        return Result<std::shared_ptr<Database>>::failure(
            StorageText::tr("%1 is empty (0 bytes): it holds no database. A new database is made with File ▸ New "
                            "or metodist-cli init.").arg(path));
    if (mode == OpenMode::WritableOrReadOnly) {
        // SQLite writes the -wal and -shm files beside the database: the folder must be writable too.
        const bool writable = info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
        return open(path, writable ? OpenMode::ExistingOnly : OpenMode::ReadOnly, migrations);
    }
    const bool readOnly = mode == OpenMode::ReadOnly;
    if (!readOnly)
        removeStaleParts(info.absoluteFilePath()); // of a backup or copy a killed program left

    std::shared_ptr<Database> self(new Database);
    self->m_path = info.absoluteFilePath();
    self->m_clock = &Clock::system();
    self->m_uuids = &UuidSource::random();
    self->m_connectionName = QStringLiteral("metodist-%1").arg(++connectionCounter);
    self->m_readOnly = readOnly;

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), self->m_connectionName);
    db.setDatabaseName(self->m_path);
    if (readOnly) {
        // A WAL file in a folder that cannot be written (a CD, a share, a write-protected stick)
        // has no -shm to share with writers, and can have no writers: it is read as immutable.
        // (With a -wal left beside it SQLite needs its -shm too, and says so.)
        const bool walInReadOnlyFolder = !QFileInfo(info.absolutePath()).isWritable()
                                         && !QFileInfo::exists(self->m_path + QStringLiteral("-shm"))
                                         && !QFileInfo::exists(self->m_path + QStringLiteral("-wal"));
        if (walInReadOnlyFolder) {
            db.setDatabaseName(QStringLiteral("file:%1?immutable=1")
                                   .arg(QString::fromLatin1(QUrl::toPercentEncoding(self->m_path, "/"))));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        } else {
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        }
    }
    if (!db.open())
        return Result<std::shared_ptr<Database>>::failure(
            StorageText::tr("Cannot open %1: %2").arg(path, StorageText::reason(db.lastError())));
    // Instead of Qt's QSQLITE_BUSY_TIMEOUT: the same wait, and the notice after a second of it.
    if (sqlite3* handle = sqliteHandle(db))
        sqlite3_busy_handler(handle, &Database::waitWhileBusy, self.get());

    // The first read of the file: its header says whether it is a database at all.
    QSqlQuery q(db);
    bool read = q.exec(QStringLiteral("PRAGMA application_id")) && q.next();
    if (!read && readOnly && needsRecovery(db) && recover(self->m_path))
        read = q.exec(QStringLiteral("PRAGMA application_id")) && q.next();
    if (!read) {
        if (isNotADatabase(q.lastError()))
            return Result<std::shared_ptr<Database>>::failure(
                StorageText::tr("%1 is not a Metodist database (not an SQLite file).").arg(path));
        return Result<std::shared_ptr<Database>>::failure(
            StorageText::tr("Cannot open %1: %2").arg(path, StorageText::reason(q.lastError())));
    }
    const QVariant appId = q.value(0);
    q.finish();
    // Foreign keys are off on every new SQLite connection; they must be set outside a transaction.
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON"))
        || pragma(db, QStringLiteral("foreign_keys")).toInt() != 1)
        return Result<std::shared_ptr<Database>>::failure(
            StorageText::tr("Cannot open %1: %2").arg(path, StorageText::reason(q.lastError())));
    const int version = pragma(db, QStringLiteral("user_version")).toInt();
    const int tables = [&] {
        QSqlQuery t(db);
        t.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master"));
        return t.next() ? t.value(0).toInt() : 0;
    }();
    if ((appId.toInt() != 0 && appId.toInt() != ApplicationId) || (appId.toInt() == 0 && tables > 0))
        return Result<std::shared_ptr<Database>>::failure(
            StorageText::tr("%1 is an SQLite file of another program, not a Metodist database.").arg(path));
    // The last step's number, not the count of steps: numbers may have gaps while branches join.
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    if (version > latest)
        return Result<std::shared_ptr<Database>>::failure(
            StorageText::tr("%1 was written by a newer version of Metodist (schema %2; this program knows up to %3). "
                            "Please update the program.").arg(path).arg(version).arg(latest));

    // SQLite opens a file it cannot write to read only, without a word: said here, before any write.
    if (!readOnly && sqlite3_db_readonly(sqliteHandle(db), "main") == 1)
        return Result<std::shared_ptr<Database>>::failure(
            StorageText::tr("%1 can only be read (a read-only file, folder, USB stick or share): nothing can be "
                            "changed in it. Copy it to a folder that can be written, or open it to read only.")
                .arg(path));
    if (readOnly) {
        if (version == 0)
            return Result<std::shared_ptr<Database>>::failure(
                StorageText::tr("%1 holds no Metodist data yet (an empty SQLite file).").arg(path));
        if (version < latest)
            return Result<std::shared_ptr<Database>>::failure(
                StorageText::tr("%1 has schema %2, older than this program's %3. Commands that only read do not "
                                "upgrade a file: upgrade it with «metodist-cli upgrade --db FILE» or by opening it "
                                "in the window (a backup copy is written first).")
                    .arg(path).arg(version).arg(latest));
    } else {
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL")); // kept in the file: readers find it set
    }
    q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    // Up to 64 MiB of page cache (SQLite's default is 2 MiB): registers of 100,000 persons
    // otherwise re-read their index pages from the OS on every filter change.
    q.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    q.finish();

    if (!readOnly)
        if (Status s = self->migrate(migrations); !s)
            return Result<std::shared_ptr<Database>>(s);
    return Result<std::shared_ptr<Database>>(self);
}

Status Database::migrate(const QList<Migration>& migrations)
{
    const int from = schemaVersion();
    if (migrations.isEmpty() || from == migrations.last().version)
        return Status::success();
    if (from > 0) {
        const QString backup = QStringLiteral("%1.v%2-%3.bak")
                                   .arg(m_path)
                                   .arg(from)
                                   .arg(clock().now().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        if (Status s = backupTo(backup); !s)
            return Status::failure(tr("The database was not upgraded because the backup copy failed: %1").arg(s.error()));
        m_lastBackup = backup;
    }
    QSqlDatabase db = connection();
    for (const Migration& m : migrations) {
        if (m.version <= from)
            continue;
        WriteTransaction tx(*this);
        if (!tx.isActive())
            return tx.status();
        // Another program may have upgraded the file while this one waited for the lock.
        if (schemaVersion() >= m.version)
            continue;
        QSqlQuery q(db);
        for (const QString& sql : m.statements) {
            if (!q.exec(sql))
                return Status::failure(tr("Upgrading the database to schema %1 (%2) failed: %3")
                                           .arg(m.version).arg(m.description, StorageText::reason(q.lastError())));
        }
        if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId))
            || !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)))
            return Status::failure(StorageText::sqlError(tr("recording the schema version"), StorageText::reason(q.lastError())));
        q.finish();
        if (Status s = tx.commit(); !s)
            return s;
    }
    return Status::success();
}

bool Database::inSqliteTransaction() const
{
    if (sqlite3* db = sqliteHandle(connection()))
        return sqlite3_get_autocommit(db) == 0;
    return m_depth > 0;
}

int Database::waitWhileBusy(void* database, int attempt)
{
    auto* self = static_cast<Database*>(database);
    if (attempt == 0) {
        self->m_busySince.start();
        self->m_busyNoticed = false;
    }
    const qint64 waited = self->m_busySince.elapsed();
    if (waited >= BusyTimeoutMs)
        return 0; // SQLITE_BUSY: StorageText::reason says the database is busy
    if (waited >= BusyNoticeMs && !self->m_busyNoticed) {
        self->m_busyNoticed = true;
        if (self->m_busyNotice)
            self->m_busyNotice();
    }
    // Short sleeps first: most locks are held for a few milliseconds.
    sqlite3_sleep(attempt < 10 ? 2 : attempt < 30 ? 10 : 50);
    return 1;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return pragma(connection(), QStringLiteral("user_version")).toInt();
}

void Database::setClock(const Clock* clock)
{
    m_clock = clock ? clock : &Clock::system();
}

void Database::setUuidSource(UuidSource* source)
{
    m_uuids = source ? source : &UuidSource::random();
}

QString Database::newUuid()
{
    return m_uuids->next();
}

QString Database::timestamp() const
{
    return m_clock->now().toUTC().toString(Qt::ISODate);
}

Status Database::restoreFrom(const Database& source)
{
    if (m_depth > 0)
        return Status::failure(tr("A backup cannot be restored while changes are being saved."));
    sqlite3* to = sqliteHandle(connection());
    sqlite3* from = sqliteHandle(source.connection());
    if (!to || !from)
        return Status::failure(tr("This database cannot be restored from a backup."));
    sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        return Status::failure(StorageText::sqlError(tr("restoring the backup"), QString::fromUtf8(sqlite3_errmsg(to))));
    QElapsedTimer waiting;
    waiting.start();
    int rc = SQLITE_OK;
    for (;;) {
        rc = sqlite3_backup_step(backup, -1); // every page at once: one write transaction
        if ((rc != SQLITE_BUSY && rc != SQLITE_LOCKED) || waiting.elapsed() >= BusyTimeoutMs)
            break;
        sqlite3_sleep(50); // another program writes: wait for it, as the busy handler does
    }
    const int finished = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE || finished != SQLITE_OK)
        return Status::failure(StorageText::sqlError(tr("restoring the backup"),
                                                     QString::fromUtf8(sqlite3_errstr(rc != SQLITE_DONE ? rc : finished))));
    ++m_referenceGeneration;
    emit changed(Changes::fromInt(~0u));
    return Status::success();
}

Status Database::backupTo(const QString& target) const
{
    // Into an empty part file beside the target (VACUUM INTO takes an empty file), put in place
    // when complete: a failed or killed copy never leaves a partial or empty backup.
    const auto part = partFileBeside(target);
    if (!part)
        return part.status();
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(*part);
    if (!q.exec()) {
        QFile::remove(*part);
        return Status::failure(StorageText::sqlError(tr("writing the backup copy %1").arg(target), StorageText::reason(q.lastError())));
    }
    q.finish();
    return replaceFile(*part, target);
}

void Database::transactionFinished(bool committed)
{
    if (m_depth > 0)
        return;
    const Changes what = m_pending;
    m_pending = Change::None;
    if (committed && what != Change::None)
        emit changed(what);
}
