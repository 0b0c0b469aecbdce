#pragma once
// The window's Reports menu («Отчёты»): an action per report kind (reportKinds(), so a new kind
// appears without changes here) that opens the reports panel with that kind chosen; the panel
// itself (Ctrl+R); and the outputs of the document built there — preview, print (Ctrl+P), save
// as (Ctrl+Shift+S) — enabled once a document is built.
#include <QCoreApplication>
#include <QString>
#include <functional>

class QAction;
class QMenu;
class QMenuBar;
class ReportPanel;

class ReportsMenu {
    Q_DECLARE_TR_FUNCTIONS(ReportsMenu)
public:
    // Adds the menu to the bar; `show` shows the panel with a kind chosen (empty: the last one).
    // Returns the panel's own action («Панель отчётов», checkable) for the window's section group.
    static QAction* create(QMenuBar* bar, ReportPanel* panel, const std::function<void(const QString& kind)>& show);
};
