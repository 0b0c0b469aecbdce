#pragma once
// Where the window keeps what is the user's own, in the XDG folders: databases by default and
// the demo database under $XDG_DATA_HOME/metodist (~/.local/share/metodist), the same folder
// scripts/run uses. The settings are QSettings' (~/.config/Metodist, $XDG_CONFIG_HOME).
#include <QString>

namespace UserFolders {
QString data();         // the folder of the user's databases (not created here)
QString demoDatabase(); // the demo database in it
} // namespace UserFolders
