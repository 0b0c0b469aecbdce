#include "demo/demofile.h"
#include "files/replacefile.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace {

void removeWithCompanions(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

// Ends WAL mode (a checkpoint into the file, the WAL removed) and closes: the part is one file.
Status closeAsOneFile(std::shared_ptr<Database>& db)
{
    QSqlQuery q(db->connection());
    const bool folded = q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) && q.next()
                        && q.value(0).toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) == 0;
    const QString reason = StorageText::reason(q.lastError());
    q = QSqlQuery();
    const QString path = db->path();
    db.reset();
    if (!folded || QFileInfo::exists(path + QStringLiteral("-wal")))
        return Status::failure(DemoFile::tr("The demo database was not written out completely: %1").arg(reason));
    return Status::success();
}

} // namespace

Result<DemoSummary> DemoFile::create(const QString& path, const DemoOptions& options,
                                     const std::function<bool(int, int)>& progress)
{
    if (QFileInfo::exists(path))
        return Result<DemoSummary>::failure(
            tr("%1 already exists; choose another name or delete the file.").arg(QDir::toNativeSeparators(path)));
    const auto part = partFileBeside(path);
    if (!part)
        return Result<DemoSummary>(part.status());
    auto opened = Database::open(*part, Database::OpenMode::CreateIfMissing);
    if (!opened) {
        removeWithCompanions(*part);
        return Result<DemoSummary>(opened.status());
    }
    auto db = *opened;
    auto summary = DemoGenerator(*db, options).run(progress);
    if (!summary) {
        db.reset();
        removeWithCompanions(*part);
        return summary;
    }
    if (Status s = closeAsOneFile(db); !s) {
        removeWithCompanions(*part);
        return Result<DemoSummary>(s);
    }
    if (Status s = placeNewFile(*part, path); !s)
        return Result<DemoSummary>(s);
    return summary;
}
