#include "registerview.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>

void setUpRegisterTable(QTableView* view)
{
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->setSortingEnabled(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionsMovable(true);
}

void addFindShortcut(QWidget* owner, QLineEdit* search)
{
    auto* find = new QAction(owner);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WindowShortcut); // only the shown register's is active
    QObject::connect(find, &QAction::triggered, search, [search] {
        search->setFocus(Qt::ShortcutFocusReason);
        search->selectAll();
    });
    owner->addAction(find);
}

void applyWhenTypingPauses(QLineEdit* line, int delayMs, std::function<void(const QString&)> apply)
{
    auto* delay = new QTimer(line);
    delay->setSingleShot(true);
    delay->setInterval(delayMs);
    QObject::connect(line, &QLineEdit::textChanged, delay, qOverload<>(&QTimer::start));
    QObject::connect(delay, &QTimer::timeout, line, [line, apply = std::move(apply)] { apply(line->text()); });
}
