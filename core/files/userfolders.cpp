#include "files/userfolders.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

QString UserFolders::data()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("metodist"));
}

QString UserFolders::backups(const QString& databasePath)
{
    const QFileInfo file(databasePath);
    const QByteArray hash = QCryptographicHash::hash(QFile::encodeName(file.absoluteFilePath()), QCryptographicHash::Sha1);
    return QDir(data()).filePath(QStringLiteral("backups/%1-%2").arg(file.fileName(), QString::fromLatin1(hash.toHex().left(8))));
}

QString UserFolders::demoDatabase()
{
    return QDir(data()).filePath(QStringLiteral("demo.db"));
}
