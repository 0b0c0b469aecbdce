#pragma once
// The window's remembered state, typed: one key per setting, one table of defaults
// (settings.cpp). The storage is a QSettings owned by the caller: the application's own in
// main.cpp, a temporary ini file in tests.
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>
#include <optional>

class QSettings;

class Settings {
public:
    enum class Key {
        WindowGeometry,
        WindowState,
        SplitterState,
        StaffHeaderState,
        RecentFiles,
        LastFolder,
        ShowFormerStaff,
        RegisterColumns, // kind code -> {"hidden": column ids, "widths": id -> pixels}
        LastSection,     // the kind code of the register shown last
        ReportChoices,   // the reports panel's last choices: kind, months, indicator, years
        BackupsDaily,    // how many daily backups the rotation keeps (BackupPolicy)
        BackupsWeekly,   // and how many weekly ones before them
    };
    static constexpr int MaxRecentFiles = 8;

    explicit Settings(QSettings* storage); // not owned; must outlive this object

    QVariant value(Key key) const; // the stored value, else the key's default
    void setValue(Key key, const QVariant& value);
    void reset(Key key);
    static QString name(Key key);         // the key in the QSettings file
    static QVariant defaultValue(Key key);
    void sync();

    QByteArray windowGeometry() const { return value(Key::WindowGeometry).toByteArray(); }
    void setWindowGeometry(const QByteArray& geometry) { setValue(Key::WindowGeometry, geometry); }
    QByteArray windowState() const { return value(Key::WindowState).toByteArray(); }
    void setWindowState(const QByteArray& state) { setValue(Key::WindowState, state); }
    QByteArray splitterState() const { return value(Key::SplitterState).toByteArray(); }
    void setSplitterState(const QByteArray& state) { setValue(Key::SplitterState, state); }
    QByteArray staffHeaderState() const { return value(Key::StaffHeaderState).toByteArray(); }
    void setStaffHeaderState(const QByteArray& state) { setValue(Key::StaffHeaderState, state); }
    QString lastFolder() const { return value(Key::LastFolder).toString(); }
    void setLastFolder(const QString& folder) { setValue(Key::LastFolder, folder); }
    bool showFormerStaff() const { return value(Key::ShowFormerStaff).toBool(); }
    void setShowFormerStaff(bool show) { setValue(Key::ShowFormerStaff, show); }

    // The column chooser's state of a kind's register; absent: never saved (the defaults apply).
    std::optional<QStringList> registerHiddenColumns(const QString& kind) const;
    QVariantMap registerColumnWidths(const QString& kind) const;
    void setRegisterColumns(const QString& kind, const QStringList& hidden, const QVariantMap& widths);
    QString lastSection() const { return value(Key::LastSection).toString(); }
    void setLastSection(const QString& kind) { setValue(Key::LastSection, kind); }
    QVariantMap reportChoices() const { return value(Key::ReportChoices).toMap(); }
    void setReportChoices(const QVariantMap& choices) { setValue(Key::ReportChoices, choices); }

    // Most recent first, at most MaxRecentFiles; files that no longer exist are dropped
    // (and forgotten).
    QStringList recentFiles();
    void addRecentFile(const QString& path); // moves it to the front
    void removeRecentFile(const QString& path);

private:
    QSettings* m_storage;
};
