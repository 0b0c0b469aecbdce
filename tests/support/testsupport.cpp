#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <catch2/catch.hpp>

TempFolder::TempFolder()
{
    REQUIRE(m_dir.isValid());
}

QString TempFolder::write(const QString& name, const QByteArray& bytes) const
{
    const QString file = path(name);
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
    return file;
}

std::shared_ptr<Database> openDatabase(const QString& path)
{
    auto result = Database::open(path, Database::OpenMode::CreateIfMissing);
    INFO(result.error().toStdString());
    REQUIRE(result.ok());
    return result.value();
}

int runCli(const QStringList& arguments, QString* out, QString* err, int timeoutMs)
{
    QProcess process;
    process.start(QStringLiteral(METODIST_CLI), arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (out)
        *out = QString::fromUtf8(process.readAllStandardOutput());
    if (err)
        *err = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

DataHome::DataHome(const QString& folder) : m_old(qgetenv("XDG_DATA_HOME")), m_had(qEnvironmentVariableIsSet("XDG_DATA_HOME"))
{
    qputenv("XDG_DATA_HOME", QFile::encodeName(folder));
}

DataHome::~DataHome()
{
    if (m_had)
        qputenv("XDG_DATA_HOME", m_old);
    else
        qunsetenv("XDG_DATA_HOME");
}
