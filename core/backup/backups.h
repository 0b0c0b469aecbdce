#pragma once
// Backups a user can restore: whole copies of a database (SQLite's VACUUM INTO, consistent while
// the file is in use, written whole or not at all) in a folder of its own, named by the moment
// they were taken (2026-12-07_091500.db), kept in rotation (the newest of each of the last 7 days
// and of each of the last 4 weeks before them, by default), listed with their record counts, and
// restored into the open database through SQLite's backup API, so that every program that has it
// open sees the restored data and nothing is copied behind SQLite's back.
#include "status.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVector>

class Database;

struct BackupInfo {
    QString path;
    QDateTime taken; // local time, from the name
    qint64 bytes = 0;
    int schema = 0;   // 0 when the file cannot be read as a database
    int units = 0;
    int persons = 0;
    int employments = 0;
};

struct BackupPolicy {
    int daily = 7;  // the newest backup of each of this many last days with backups
    int weekly = 4; // and of each of this many weeks before those days
};

class Backups {
    Q_DECLARE_TR_FUNCTIONS(Backups)
public:
    explicit Backups(QString folder, BackupPolicy policy = {}) : m_folder(std::move(folder)), m_policy(policy) {}
    QString folder() const { return m_folder; }

    // A new backup of db taken at `now` (the folder is created), then the rotation.
    Result<BackupInfo> take(Database& db, const QDateTime& now);
    // The same without the rotation: a backup taken by hand stays beside the day's own until the
    // next day's rotation keeps the newest of the day.
    Result<BackupInfo> takeOnly(Database& db, const QDateTime& now);
    // The backup of the day: taken when the folder has none of now's date; otherwise nothing.
    Result<std::optional<BackupInfo>> takeDaily(Database& db, const QDateTime& now);
    // Newest first; files of other names are not backups and are left alone.
    QVector<BackupInfo> list() const;
    // Removes the backups the policy does not keep; returns how many.
    int rotate();

    // Puts the backup's data in place of db's (in one transaction of SQLite's backup API; other
    // programs wait, then see it). The current data are first taken as a backup into this folder,
    // so they are never lost; nothing is removed (the next backup rotates). The backup must be of
    // db's schema (an older one is opened as a file to be upgraded first).
    Status restore(Database& db, const QString& backupPath, const QDateTime& now);

private:
    QString m_folder;
    BackupPolicy m_policy;
};
