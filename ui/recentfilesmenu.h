#pragma once
// File ▸ Recent files: the databases opened last (Settings::recentFiles), rebuilt each time
// the menu opens, so files deleted meanwhile are gone from it.
#include <QMenu>

class Settings;

class RecentFilesMenu : public QMenu {
    Q_OBJECT
public:
    RecentFilesMenu(Settings& settings, QWidget* parent = nullptr);
    void rebuild();

signals:
    void fileChosen(const QString& path);

private:
    Settings& m_settings;
};
