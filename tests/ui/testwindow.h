#pragma once
// The main window of a test, with its settings in an INI file of the test's folder.
#include "mainwindow.h"
#include "settings.h"

#include <QSettings>

struct TestWindow {
    explicit TestWindow(const QString& ini) : storage(ini, QSettings::IniFormat), settings(&storage), window(settings) {}
    QSettings storage;
    Settings settings;
    MainWindow window;
};
