#pragma once
// What the registers of the window share: the table's look and behaviour, Ctrl+F to the search
// line, and a search line that filters after a pause in typing.
#include <QString>
#include <functional>

class QLineEdit;
class QTableView;
class QWidget;

// Rows selected whole, read-only, sortable by a click on a header, columns movable.
void setUpRegisterTable(QTableView* view);
// Ctrl+F in the owner's window (while the owner is shown) focuses the search line.
void addFindShortcut(QWidget* owner, QLineEdit* search);
// `apply` gets the line's text once typing has paused for `delayMs`.
void applyWhenTypingPauses(QLineEdit* line, int delayMs, std::function<void(const QString&)> apply);
