#pragma once
// The line under a dialog's fields that says, in red, why the core refused what was entered
// (the core's own Russian message); hidden while there is nothing to say.
#include "status.h"

#include <QLabel>

class ErrorLabel : public QLabel {
    Q_OBJECT
public:
    explicit ErrorLabel(QWidget* parent = nullptr);
    // Shows the failure's message, or clears and hides the line on success; returns status.ok().
    bool report(const Status& status);
};
