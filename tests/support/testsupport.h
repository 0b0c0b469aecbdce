#pragma once
// Helpers shared by the tests: a temporary folder per test and a fresh database in it.
#include "storage/database.h"

#include <QStringList>
#include <QTemporaryDir>
#include <QVector>
#include <catch2/catch.hpp>
#include <memory>

// Catch prints Qt values readably in failure messages.
namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList> {
    static std::string convert(const QStringList& l) { return '[' + l.join(QStringLiteral(" | ")).toStdString() + ']'; }
};
} // namespace Catch

class TempFolder {
public:
    TempFolder();
    QString path(const QString& name) const { return m_dir.filePath(name); }
    // Writes bytes to a file in the folder and returns its path.
    QString write(const QString& name, const QByteArray& bytes) const;
private:
    QTemporaryDir m_dir;
};

// $XDG_DATA_HOME set to a folder of the test while it lives (the user's data folder, backups).
class DataHome {
public:
    explicit DataHome(const QString& folder);
    ~DataHome();

private:
    QByteArray m_old;
    bool m_had;
};

// Opens (creating) a database file in the folder; fails the test if it cannot.
std::shared_ptr<Database> openDatabase(const QString& path);

// Runs metodist-cli with arguments; returns the exit code and fills stdout/stderr.
int runCli(const QStringList& arguments, QString* out = nullptr, QString* err = nullptr, int timeoutMs = 120000);
