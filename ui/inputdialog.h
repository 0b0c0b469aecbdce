#pragma once
// A line of text asked from the user, answerable by tests like MessageBox and FileDialog.
#include <QString>

class QWidget;

class InputDialog {
public:
    // The entered text, trimmed; empty when cancelled.
    static QString getText(QWidget* parent, const QString& title, const QString& label,
                           const QString& text = {});

    // Tests: the next dialog is not shown and returns this text (empty = cancelled).
    static void setNextText(const QString& text);
};
