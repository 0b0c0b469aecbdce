#pragma once
// File dialogs that tests can answer (after KeePassXC's FileDialog::setNextFileName).
#include <QString>

class QWidget;

class FileDialog {
public:
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& folder,
                                   const QString& filter);
    // Asked: an existing file is replaced after the dialog's question. Refused: the dialog does
    // not ask, as the caller refuses an existing file itself (a new database never replaces one).
    enum class Overwrite { Asked, Refused };
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& folder,
                                   const QString& filter, const QString& defaultSuffix,
                                   Overwrite overwrite = Overwrite::Asked);

    // Tests: the next dialog is not shown and returns this name (empty = cancelled).
    static void setNextFileName(const QString& fileName);
};
