#pragma once
// File dialogs that tests can answer (after KeePassXC's FileDialog::setNextFileName).
#include <QString>

class QWidget;

class FileDialog {
public:
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& folder,
                                   const QString& filter);
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& folder,
                                   const QString& filter, const QString& defaultSuffix);

    // Tests: the next dialog is not shown and returns this name (empty = cancelled).
    static void setNextFileName(const QString& fileName);
};
