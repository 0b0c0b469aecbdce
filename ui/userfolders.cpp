#include "userfolders.h"

#include <QDir>
#include <QStandardPaths>

QString UserFolders::data()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("metodist"));
}

QString UserFolders::demoDatabase()
{
    return QDir(data()).filePath(QStringLiteral("demo.db"));
}
