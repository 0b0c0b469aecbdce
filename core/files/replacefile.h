#pragma once
// Files written whole or not at all. A writer that writes a file itself (libxlsxwriter,
// SQLite's VACUUM INTO) writes a part file beside the target, and replaceFile puts it in place
// in one step: readers see the old file or the new one, never half of either, and a failure or
// a kill leaves the old file as it was. Writers of our own use QSaveFile, which does the same.
#include "status.h"

#include <QCoreApplication>

class FileText {
    Q_DECLARE_TR_FUNCTIONS(FileText)
};

// A new, empty, unique file beside target («target.HOST-PID.XXXXXX.part»); empty with the reason
// on failure. Parts a killed program left beside target are removed first (removeStaleParts).
Result<QString> partFileBeside(const QString& target);

// Removes the part files of target (and an SQLite part's -wal, -shm, -journal) whose program is
// gone: made on this computer by a process that no longer runs, or on another one and untouched
// for a day. Returns how many files were removed.
int removeStaleParts(const QString& target);

// Makes the finished part durable and puts it in place as target, which must not exist: an
// existing file is never replaced (link, so two programs cannot both take the name). On failure
// the part is removed.
Status placeNewFile(const QString& part, const QString& target);

// Makes the finished part durable and puts it in place of target (replacing it if it exists);
// on failure the part is removed and target is untouched.
Status replaceFile(const QString& part, const QString& target);
