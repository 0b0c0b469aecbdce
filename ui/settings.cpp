#include "settings.h"
#include "backup/backups.h"
#include "files/userfolders.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace {

struct Entry {
    Settings::Key key;
    const char* name;
    QVariant defaultValue;
};

// Every setting, its name in the file and its default, in one place.
const QList<Entry>& entries()
{
    static const QList<Entry> table = {
        {Settings::Key::WindowGeometry, "window/geometry", QByteArray()},
        {Settings::Key::WindowState, "window/state", QByteArray()},
        {Settings::Key::SplitterState, "window/splitter", QByteArray()},
        {Settings::Key::StaffHeaderState, "staff/header", QByteArray()},
        {Settings::Key::RecentFiles, "files/recent", QStringList()},
        {Settings::Key::LastFolder, "files/lastFolder", UserFolders::data()},
        {Settings::Key::ShowFormerStaff, "staff/showFormer", false},
        {Settings::Key::RegisterColumns, "registers/columns", QVariantMap()},
        {Settings::Key::LastSection, "registers/lastSection", QStringLiteral("person")},
        {Settings::Key::ReportChoices, "reports/choices", QVariantMap()},
        {Settings::Key::BackupsDaily, "backups/daily", BackupPolicy().daily},
        {Settings::Key::BackupsWeekly, "backups/weekly", BackupPolicy().weekly},
    };
    return table;
}

const Entry& entry(Settings::Key key)
{
    for (const Entry& e : entries())
        if (e.key == key)
            return e;
    Q_UNREACHABLE();
}

QString normalisedPath(const QString& path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

Settings::Settings(QSettings* storage) : m_storage(storage)
{
    Q_ASSERT(storage);
}

QString Settings::name(Key key)
{
    return QString::fromLatin1(entry(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

QVariant Settings::value(Key key) const
{
    return m_storage->value(name(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant& value)
{
    m_storage->setValue(name(key), value);
}

void Settings::reset(Key key)
{
    m_storage->remove(name(key));
}

void Settings::sync()
{
    m_storage->sync();
}

QStringList Settings::recentFiles()
{
    const QStringList stored = value(Key::RecentFiles).toStringList();
    QStringList existing;
    for (const QString& path : stored)
        if (QFileInfo(path).isFile() && !existing.contains(path) && existing.size() < MaxRecentFiles)
            existing << path;
    if (existing != stored)
        setValue(Key::RecentFiles, existing);
    return existing;
}

void Settings::addRecentFile(const QString& path)
{
    const QString file = normalisedPath(path);
    QStringList files = value(Key::RecentFiles).toStringList();
    files.removeAll(file);
    files.prepend(file);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    setValue(Key::RecentFiles, files);
}

void Settings::removeRecentFile(const QString& path)
{
    QStringList files = value(Key::RecentFiles).toStringList();
    files.removeAll(normalisedPath(path));
    setValue(Key::RecentFiles, files);
}

std::optional<QStringList> Settings::registerHiddenColumns(const QString& kind) const
{
    const QVariantMap columns = value(Key::RegisterColumns).toMap().value(kind).toMap();
    if (!columns.contains(QStringLiteral("hidden")))
        return std::nullopt;
    return columns.value(QStringLiteral("hidden")).toStringList();
}

QVariantMap Settings::registerColumnWidths(const QString& kind) const
{
    return value(Key::RegisterColumns).toMap().value(kind).toMap().value(QStringLiteral("widths")).toMap();
}

void Settings::setRegisterColumns(const QString& kind, const QStringList& hidden, const QVariantMap& widths)
{
    QVariantMap all = value(Key::RegisterColumns).toMap();
    all.insert(kind, QVariantMap{{QStringLiteral("hidden"), hidden}, {QStringLiteral("widths"), widths}});
    setValue(Key::RegisterColumns, all);
}
