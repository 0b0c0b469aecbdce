#include "backup/backups.h"
#include "storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <algorithm>
#include <set>

namespace {

const QString NameFormat = QStringLiteral("yyyy-MM-dd_HHmmss");

QDateTime takenFromName(const QString& fileName)
{
    if (!fileName.endsWith(QLatin1String(".db")))
        return {};
    return QDateTime::fromString(fileName.chopped(3), NameFormat);
}

// The counts a user recognises a backup by, read without writing (0 when it cannot be read).
void readCounts(BackupInfo& info)
{
    const auto db = Database::open(info.path, Database::OpenMode::ReadOnly);
    if (!db)
        return;
    info.schema = (*db)->schemaVersion();
    QSqlQuery q((*db)->connection());
    if (q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM org_unit), (SELECT COUNT(*) FROM person), "
                              "(SELECT COUNT(*) FROM employment)"))
        && q.next()) {
        info.units = q.value(0).toInt();
        info.persons = q.value(1).toInt();
        info.employments = q.value(2).toInt();
    }
}

} // namespace

QVector<BackupInfo> Backups::list() const
{
    QVector<BackupInfo> backups;
    const QDir dir(m_folder);
    for (const QFileInfo& file : dir.entryInfoList({QStringLiteral("*.db")}, QDir::Files)) {
        BackupInfo info;
        info.taken = takenFromName(file.fileName());
        if (!info.taken.isValid())
            continue;
        info.path = file.absoluteFilePath();
        info.bytes = file.size();
        readCounts(info);
        backups.append(info);
    }
    std::sort(backups.begin(), backups.end(), [](const BackupInfo& a, const BackupInfo& b) { return a.taken > b.taken; });
    return backups;
}

int Backups::rotate()
{
    const BackupPolicy& policy = m_policy;
    QVector<QPair<QDateTime, QString>> backups; // newest first
    for (const QFileInfo& file : QDir(m_folder).entryInfoList({QStringLiteral("*.db")}, QDir::Files))
        if (const QDateTime taken = takenFromName(file.fileName()); taken.isValid())
            backups.append({taken, file.absoluteFilePath()});
    std::sort(backups.begin(), backups.end(), [](const auto& a, const auto& b) { return a.first > b.first; });

    // The newest of each of the last `daily` days, then the newest of each of the `weekly` weeks
    // before the oldest of those days.
    std::set<QDate> days;
    std::set<QPair<int, int>> weeks; // ISO year and week
    QDate oldestDay;
    int removed = 0;
    for (const auto& [taken, path] : backups) {
        const QDate day = taken.date();
        bool keep = false;
        if (!days.count(day) && int(days.size()) < policy.daily) {
            days.insert(day);
            oldestDay = day;
            keep = true;
        } else if (!days.count(day) && (!oldestDay.isValid() || day < oldestDay)) {
            int year = 0;
            const int week = day.weekNumber(&year);
            const bool weekOfKeptDay = std::any_of(days.begin(), days.end(), [&](const QDate& d) {
                int y = 0;
                return d.weekNumber(&y) == week && y == year;
            });
            if (!weekOfKeptDay && !weeks.count({year, week}) && int(weeks.size()) < policy.weekly) {
                weeks.insert({year, week});
                keep = true;
            }
        }
        if (!keep && QFile::remove(path))
            ++removed;
    }
    return removed;
}

Result<BackupInfo> Backups::take(Database& db, const QDateTime& now)
{
    auto taken = takeOnly(db, now);
    if (taken)
        rotate();
    return taken;
}

Result<BackupInfo> Backups::takeOnly(Database& db, const QDateTime& now)
{
    if (!QDir().mkpath(m_folder))
        return Result<BackupInfo>::failure(tr("Cannot create the folder of backups %1.").arg(QDir::toNativeSeparators(m_folder)));
    // A second backup within the same second takes the next free second's name.
    QDateTime taken = now.toLocalTime();
    QString path;
    for (;; taken = taken.addSecs(1)) {
        path = QDir(m_folder).filePath(taken.toString(NameFormat) + QStringLiteral(".db"));
        if (!QFileInfo::exists(path))
            break;
    }
    if (Status s = db.backupTo(path); !s)
        return Result<BackupInfo>(s);
    BackupInfo info;
    info.path = path;
    info.taken = takenFromName(QFileInfo(path).fileName());
    info.bytes = QFileInfo(path).size();
    readCounts(info);
    return info;
}

Result<std::optional<BackupInfo>> Backups::takeDaily(Database& db, const QDateTime& now)
{
    const QDate today = now.toLocalTime().date();
    for (const QFileInfo& file : QDir(m_folder).entryInfoList({QStringLiteral("*.db")}, QDir::Files))
        if (takenFromName(file.fileName()).date() == today)
            return std::optional<BackupInfo>();
    auto taken = take(db, now);
    if (!taken)
        return Result<std::optional<BackupInfo>>(taken.status());
    return std::optional<BackupInfo>(*taken);
}

Status Backups::restore(Database& db, const QString& backupPath, const QDateTime& now)
{
    const auto source = Database::open(backupPath, Database::OpenMode::ReadOnly);
    if (!source)
        return Status::failure(tr("The backup cannot be restored: %1").arg(source.error()));
    if ((*source)->schemaVersion() != db.schemaVersion())
        return Status::failure(tr("The backup %1 has schema %2 and the database %3: open the backup as a file "
                                  "(File ▸ Open) to upgrade it, and restore it then.")
                                   .arg(QDir::toNativeSeparators(backupPath))
                                   .arg((*source)->schemaVersion())
                                   .arg(db.schemaVersion()));
    {
        QSqlQuery q((*source)->connection());
        if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() || q.value(0).toString() != QLatin1String("ok"))
            return Status::failure(tr("The backup %1 is damaged and was not restored.").arg(QDir::toNativeSeparators(backupPath)));
    }
    if (const auto kept = takeOnly(db, now); !kept)
        return Status::failure(tr("The backup was not restored because the current data could not be kept first: %1")
                                   .arg(kept.error()));
    return db.restoreFrom(**source);
}
