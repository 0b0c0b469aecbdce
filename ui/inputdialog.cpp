#include "inputdialog.h"
#include "messagebox.h"

#include <QInputDialog>
#include <optional>

namespace {
std::optional<QString> nextText;
}

QString InputDialog::getText(QWidget* parent, const QString& title, const QString& label, const QString& text)
{
    if (nextText) {
        const QString scripted = *nextText;
        nextText.reset();
        return scripted.trimmed();
    }
    if (MessageBox::unattended())
        return {};
    bool ok = false;
    const QString entered = QInputDialog::getText(parent, title, label, QLineEdit::Normal, text, &ok);
    return ok ? entered.trimmed() : QString();
}

void InputDialog::setNextText(const QString& text)
{
    nextText = text;
}
