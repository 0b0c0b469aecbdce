#include "messagebox.h"

#include <QPushButton>
#include <optional>

namespace {

std::optional<MessageBox::Button> nextAnswer;
std::optional<int> nextChoice;
bool unattendedMode = false;
MessageBox::Record lastRecord;
int shownCount = 0;

void record(QMessageBox::Icon icon, const QString& title, const QString& text, const QString& details = {})
{
    lastRecord = {icon, title, text, details};
    ++shownCount;
}

} // namespace

MessageBox::Button MessageBox::show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                    const QString& text, Buttons buttons, Button defaultButton)
{
    record(icon, title, text);
    if (nextAnswer) {
        const Button answer = *nextAnswer;
        nextAnswer.reset();
        return answer;
    }
    if (unattendedMode)
        return buttons.testFlag(QMessageBox::Cancel) ? QMessageBox::Cancel : QMessageBox::NoButton;
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return Button(box.exec());
}

MessageBox::Button MessageBox::critical(QWidget* parent, const QString& title, const QString& text,
                                        Buttons buttons, Button defaultButton)
{
    return show(parent, QMessageBox::Critical, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget* parent, const QString& title, const QString& text,
                                       Buttons buttons, Button defaultButton)
{
    return show(parent, QMessageBox::Warning, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::information(QWidget* parent, const QString& title, const QString& text,
                                           Buttons buttons, Button defaultButton)
{
    return show(parent, QMessageBox::Information, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                        Buttons buttons, Button defaultButton)
{
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

int MessageBox::choose(QWidget* parent, const QString& title, const QString& text, const QStringList& choices,
                       const QString& details)
{
    record(QMessageBox::Question, title, text, details);
    if (nextChoice) {
        const int choice = *nextChoice;
        nextChoice.reset();
        return choice;
    }
    if (unattendedMode)
        return -1;
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box.setDetailedText(details);
    QList<QAbstractButton*> buttons;
    for (const QString& choice : choices)
        buttons << box.addButton(choice, QMessageBox::AcceptRole);
    if (!buttons.isEmpty())
        box.setDefaultButton(qobject_cast<QPushButton*>(buttons.first()));
    box.exec();
    return int(buttons.indexOf(box.clickedButton()));
}

void MessageBox::about(QWidget* parent, const QString& title, const QString& text)
{
    record(QMessageBox::Information, title, text);
    if (nextAnswer) {
        nextAnswer.reset();
        return;
    }
    if (!unattendedMode)
        QMessageBox::about(parent, title, text);
}

void MessageBox::setNextAnswer(Button answer)
{
    nextAnswer = answer;
}

void MessageBox::setNextChoice(int index)
{
    nextChoice = index;
}

void MessageBox::setUnattended(bool unattended)
{
    unattendedMode = unattended;
}

bool MessageBox::unattended()
{
    return unattendedMode;
}

MessageBox::Record MessageBox::last()
{
    return lastRecord;
}

int MessageBox::count()
{
    return shownCount;
}
