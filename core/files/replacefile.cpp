#include "files/replacefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <cerrno>
#include <cstdio>
#include <cstring>
#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace {

#ifdef Q_OS_UNIX
// fsync of a file or folder by name: the part is whole on disk before its name changes, and
// the new name is on disk before the caller says «written».
bool syncPath(const QString& path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}
#endif

} // namespace

Result<QString> partFileBeside(const QString& target)
{
    QTemporaryFile part(target + QStringLiteral(".XXXXXX.part"));
    part.setAutoRemove(false);
    if (!part.open())
        return Result<QString>::failure(
            FileText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(target), part.errorString()));
    return part.fileName();
}

Status replaceFile(const QString& part, const QString& target)
{
#ifdef Q_OS_UNIX
    if (!syncPath(part, O_RDONLY) || std::rename(QFile::encodeName(part).constData(), QFile::encodeName(target).constData()) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(part);
        return Status::failure(FileText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(target), reason));
    }
    syncPath(QFileInfo(target).absolutePath(), O_RDONLY | O_DIRECTORY);
    return Status::success();
#elif defined(Q_OS_WIN)
    const auto from = QDir::toNativeSeparators(part).toStdWString();
    const auto to = QDir::toNativeSeparators(target).toStdWString();
    if (!MoveFileExW(from.c_str(), to.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
        QFile::remove(part);
        return Status::failure(FileText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(target),
                                                                     FileText::tr("cannot replace the file")));
    }
    return Status::success();
#endif
}
