#include "files/privatefiles.h"

#include <QtGlobal>
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

void keepNewFilesPrivate()
{
#ifdef Q_OS_UNIX
    ::umask(077);
#endif
    // Windows: files in the user's profile are the user's by the folder's ACL.
}
