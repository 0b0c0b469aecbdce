#pragma once
// Every file the programs create is the user's alone (0600, folders 0700): databases, their
// -wal and -shm, backups, exports and reports hold personal data (law 152-ФЗ). Set once at the
// start of each program — the window, metodist-cli and the test runners — so that it holds for
// every writer alike: SQLite, QSaveFile, libxlsxwriter.
void keepNewFilesPrivate();
