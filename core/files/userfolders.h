#pragma once
// Where the programs keep what is the user's own, in the XDG folders: databases by default, the
// demo database and the backups under $XDG_DATA_HOME/metodist (~/.local/share/metodist), the
// same folder scripts/run uses. The window's settings are QSettings' (~/.config/Metodist).
#include <QString>

namespace UserFolders {
QString data();         // the folder of the user's databases (not created here)
QString demoDatabase(); // the demo database in it
// The folder of one database's backups: backups/<file name>-<8 hex digits of its full path>, so
// two files of one name in different folders keep theirs apart (not created here).
QString backups(const QString& databasePath);
} // namespace UserFolders
