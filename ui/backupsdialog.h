#pragma once
// File ▸ Backups…: the backups of the open database (core/backup) with their date, size and
// record counts, newest first; one taken now; one restored in place of the data (the current
// data kept as a backup first); how many daily and weekly backups the rotation keeps.
#include "backup/backups.h"

#include <QDialog>

class Database;
class Settings;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

class BackupsDialog : public QDialog {
    Q_OBJECT
public:
    BackupsDialog(Database& database, Settings& settings, QWidget* parent = nullptr);

    // The policy of the window's settings (the defaults of BackupPolicy when never set).
    static BackupPolicy policy(const Settings& settings);
    // The folder of the database's backups.
    static QString folder(const Database& database);

    // The actions of the buttons (public for tests).
    void takeNow();
    bool restoreSelected(); // asks first; false when cancelled or failed
    void reload();

signals:
    void restored(const QString& message);

private:
    Backups backups() const;
    void savePolicy();
    void updateButtons();

    Database& m_database;
    Settings& m_settings;
    QVector<BackupInfo> m_list;
    QLabel* m_folder = nullptr;
    QTableWidget* m_table = nullptr;
    QSpinBox* m_daily = nullptr;
    QSpinBox* m_weekly = nullptr;
    QPushButton* m_take = nullptr;
    QPushButton* m_restore = nullptr;
};
