#include "files/replacefile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTemporaryFile>
#include <cerrno>
#include <cstdio>
#include <cstring>
#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <signal.h>
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

// The part is removed and the target named with the reason.
Status failWithPart(const QString& part, const QString& target, const QString& reason)
{
    QFile::remove(part);
    return Status::failure(FileText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(target), reason));
}

#ifdef Q_OS_UNIX
QString lastSystemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}
#endif

// This computer's name as it goes into a file name.
QString hostTag()
{
    static const QString tag = [] {
        QString host = QSysInfo::machineHostName();
        for (QChar& c : host)
            if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != u'-')
                c = u'_';
        return host.isEmpty() ? QStringLiteral("host") : host.left(40);
    }();
    return tag;
}

bool processRuns(qint64 pid)
{
#ifdef Q_OS_UNIX
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
#elif defined(Q_OS_WIN)
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process)
        return GetLastError() == ERROR_ACCESS_DENIED;
    DWORD code = 0;
    const bool running = GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    CloseHandle(process);
    return running;
#endif
}

} // namespace

int removeStaleParts(const QString& target)
{
    const QFileInfo info(target);
    const QString prefix = info.fileName() + u'.';
    QDir folder = info.absoluteDir();
    const QStringList names = folder.entryList(QDir::Files | QDir::Hidden | QDir::System);
    // «target.HOST-PID.XXXXXX.part» and the SQLite files beside it; parts of files whose names
    // go on from target's («target.v3-20261207-101010.bak.HOST-PID.XXXXXX.part») too.
    static const QRegularExpression part(
        QStringLiteral("^(?:.*\\.)?([A-Za-z0-9_-]+)-(\\d+)\\.[A-Za-z0-9]+\\.part(-wal|-shm|-journal)?$"));
    int removed = 0;
    for (const QString& name : names) {
        if (!name.startsWith(prefix))
            continue;
        const auto match = part.match(QStringView(name).sliced(prefix.size()));
        if (!match.hasMatch())
            continue;
        const bool here = match.captured(1) == hostTag();
        const bool gone = here ? !processRuns(match.captured(2).toLongLong())
                               : QFileInfo(folder.filePath(name)).lastModified().secsTo(QDateTime::currentDateTime()) > 24 * 3600;
        if (gone && folder.remove(name))
            ++removed;
    }
    return removed;
}

Result<QString> partFileBeside(const QString& target)
{
    removeStaleParts(target);
    QTemporaryFile part(QStringLiteral("%1.%2-%3.XXXXXX.part").arg(target, hostTag()).arg(QCoreApplication::applicationPid()));
    part.setAutoRemove(false);
    if (!part.open())
        return Result<QString>::failure(
            FileText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(target), part.errorString()));
    return part.fileName();
}

Status placeNewFile(const QString& part, const QString& target)
{
    const QString exists = FileText::tr("the file already exists");
#ifdef Q_OS_UNIX
    const QByteArray from = QFile::encodeName(part);
    const QByteArray to = QFile::encodeName(target);
    if (!syncPath(part, O_RDONLY))
        return failWithPart(part, target, lastSystemError());
    if (::link(from.constData(), to.constData()) == 0)
        ::unlink(from.constData());
    else if (errno == EEXIST || QFileInfo::exists(target)) // no hard links (FAT, some shares): rename after a look
        return failWithPart(part, target, exists);
    else if (std::rename(from.constData(), to.constData()) != 0)
        return failWithPart(part, target, lastSystemError());
    syncPath(QFileInfo(target).absolutePath(), O_RDONLY | O_DIRECTORY);
    return Status::success();
#elif defined(Q_OS_WIN)
    const auto from = QDir::toNativeSeparators(part).toStdWString();
    const auto to = QDir::toNativeSeparators(target).toStdWString();
    if (!MoveFileExW(from.c_str(), to.c_str(), MOVEFILE_WRITE_THROUGH))
        return failWithPart(part, target, exists);
    return Status::success();
#endif
}

Status replaceFile(const QString& part, const QString& target)
{
#ifdef Q_OS_UNIX
    if (!syncPath(part, O_RDONLY) || std::rename(QFile::encodeName(part).constData(), QFile::encodeName(target).constData()) != 0)
        return failWithPart(part, target, lastSystemError());
    syncPath(QFileInfo(target).absolutePath(), O_RDONLY | O_DIRECTORY);
    return Status::success();
#elif defined(Q_OS_WIN)
    const auto from = QDir::toNativeSeparators(part).toStdWString();
    const auto to = QDir::toNativeSeparators(target).toStdWString();
    if (!MoveFileExW(from.c_str(), to.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return failWithPart(part, target, FileText::tr("cannot replace the file"));
    return Status::success();
#endif
}
