// Typed settings on a temporary ini file: defaults, values, the list of recent files.
#include "settings.h"
#include "testsupport.h"

#include <QSettings>
#include <catch2/catch.hpp>

TEST_CASE("settings have defaults and keep what is set", "[ui][settings]")
{
    TempFolder folder;
    const QString ini = folder.path(QStringLiteral("metodist.ini"));
    {
        QSettings storage(ini, QSettings::IniFormat);
        Settings settings(&storage);
        CHECK(settings.windowGeometry().isEmpty());
        CHECK_FALSE(settings.showFormerStaff());
        CHECK(settings.recentFiles().isEmpty());
        CHECK_FALSE(settings.lastFolder().isEmpty());
        settings.setShowFormerStaff(true);
        settings.setWindowGeometry(QByteArray("geometry"));
        settings.setLastFolder(folder.path(QString()));
    }
    QSettings storage(ini, QSettings::IniFormat);
    Settings settings(&storage);
    CHECK(settings.showFormerStaff());
    CHECK(settings.windowGeometry() == QByteArray("geometry"));
    CHECK(storage.contains(Settings::name(Settings::Key::ShowFormerStaff)));
    settings.reset(Settings::Key::ShowFormerStaff);
    CHECK(settings.showFormerStaff() == Settings::defaultValue(Settings::Key::ShowFormerStaff).toBool());
}

TEST_CASE("recent files: newest first, no duplicates, at most eight, only existing files", "[ui][settings]")
{
    TempFolder folder;
    QSettings storage(folder.path(QStringLiteral("metodist.ini")), QSettings::IniFormat);
    Settings settings(&storage);
    QStringList files;
    for (int i = 1; i <= 10; ++i)
        files << folder.write(QStringLiteral("base%1.db").arg(i), "x");
    for (const QString& file : files)
        settings.addRecentFile(file);
    QStringList recent = settings.recentFiles();
    REQUIRE(recent.size() == Settings::MaxRecentFiles);
    CHECK(recent.first() == files.at(9));
    CHECK(recent.last() == files.at(2));

    settings.addRecentFile(files.at(5)); // again: moves to the front, not added twice
    recent = settings.recentFiles();
    CHECK(recent.size() == Settings::MaxRecentFiles);
    CHECK(recent.first() == files.at(5));
    CHECK(recent.count(files.at(5)) == 1);

    QFile::remove(files.at(9));
    recent = settings.recentFiles();
    CHECK_FALSE(recent.contains(files.at(9)));
    CHECK(recent.size() == Settings::MaxRecentFiles - 1);
    // ... and it is forgotten, not only hidden.
    CHECK_FALSE(storage.value(Settings::name(Settings::Key::RecentFiles)).toStringList().contains(files.at(9)));

    settings.removeRecentFile(files.at(5));
    CHECK_FALSE(settings.recentFiles().contains(files.at(5)));
}
