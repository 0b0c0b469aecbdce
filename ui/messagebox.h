#pragma once
// Message boxes that tests can answer (after KeePassXC's MessageBox::setNextAnswer): every
// message box of ui/ goes through here, so a test scripts the answer and reads what was said
// instead of blocking on a modal dialog.
#include <QCoreApplication>
#include <QMessageBox>
#include <QStringList>

class MessageBox {
    Q_DECLARE_TR_FUNCTIONS(MessageBox)
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button critical(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button warning(QWidget* parent, const QString& title, const QString& text,
                          Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button information(QWidget* parent, const QString& title, const QString& text,
                              Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button question(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = QMessageBox::Yes | QMessageBox::No,
                           Button defaultButton = QMessageBox::NoButton);
    // A question answered by one of several named choices (and Cancel): the chosen index, or -1.
    // `details` (e.g. every problem of a file) is shown on demand under the text.
    static int choose(QWidget* parent, const QString& title, const QString& text, const QStringList& choices,
                      const QString& details = {});
    static void about(QWidget* parent, const QString& title, const QString& text);

    // Tests: the next message box is not shown and returns this answer / choice index.
    static void setNextAnswer(Button answer);
    static void setNextChoice(int index);
    // Tests: no dialog of ui/ is ever shown; one that nothing answered is cancelled. Also
    // consulted by FileDialog and InputDialog.
    static void setUnattended(bool unattended);
    static bool unattended();

    // What the last message box said (shown or answered by a test), and how many there were.
    struct Record {
        QMessageBox::Icon icon = QMessageBox::NoIcon;
        QString title;
        QString text;
        QString details;
    };
    static Record last();
    static int count();

private:
    static Button show(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                       Buttons buttons, Button defaultButton);
};
