#pragma once
// Helpers shared by the tests: a temporary folder per test and a fresh database in it.
#include "storage/database.h"

#include <QTemporaryDir>
#include <memory>

class TempFolder {
public:
    TempFolder();
    QString path(const QString& name) const { return m_dir.filePath(name); }
    // Writes bytes to a file in the folder and returns its path.
    QString write(const QString& name, const QByteArray& bytes) const;
private:
    QTemporaryDir m_dir;
};

// Opens (creating) a database file in the folder; fails the test if it cannot.
std::shared_ptr<Database> openDatabase(const QString& path);

// Runs metodist-cli with arguments; returns the exit code and fills stdout/stderr.
int runCli(const QStringList& arguments, QString* out = nullptr, QString* err = nullptr, int timeoutMs = 120000);
