#pragma once
// What can still be read from a damaged database file (a truncated copy, a bad sector, a file
// written over): `metodist-cli check` runs it when the file does not open or fails SQLite's own
// check, so a user learns what is left before throwing anything away. Read only, through SQLite
// (a connection of its own that asks nothing of the file but to be read).
#include <QCoreApplication>
#include <QStringList>
#include <QVector>

struct SalvageTable {
    QString table;
    qint64 readable = 0;  // rows read before the damage (all of them when complete)
    bool complete = true; // every row could be read
    QString error;        // why the rest could not (when not complete)
};

struct SalvageReport {
    bool opened = false;         // SQLite could read the file's list of tables at all
    QString error;               // why not (when not opened)
    QVector<SalvageTable> tables; // the program's tables, in the file's order
    QStringList damage;          // SQLite's integrity check, its first lines
    bool damaged() const;
};

class DamagedFile {
    Q_DECLARE_TR_FUNCTIONS(DamagedFile)
public:
    static SalvageReport inspect(const QString& path);
    // The report in words, one line each (translated).
    static QStringList describe(const SalvageReport& report);
    static QString advice(); // what to do with a damaged file
};
