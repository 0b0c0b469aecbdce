#include "errorlabel.h"

ErrorLabel::ErrorLabel(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("errorLabel"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setStyleSheet(QStringLiteral("color: #b00020"));
    hide();
}

bool ErrorLabel::report(const Status& status)
{
    setText(status.error());
    setVisible(!status.ok());
    return status.ok();
}
