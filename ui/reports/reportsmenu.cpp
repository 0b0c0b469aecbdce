#include "reports/reportsmenu.h"
#include "reports/reportpanel.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

QAction* ReportsMenu::create(QMenuBar* bar, ReportPanel* panel, const std::function<void(const QString& kind)>& show)
{
    QMenu* menu = bar->addMenu(tr("&Reports"));
    menu->setObjectName(QStringLiteral("reportsMenu"));
    for (const ReportKind& kind : reportKinds()) {
        QAction* a = menu->addAction(QCoreApplication::translate("Report", kind.title) + QStringLiteral("…"));
        const QString name = QString::fromLatin1(kind.name);
        a->setObjectName(QStringLiteral("report-%1").arg(name));
        QObject::connect(a, &QAction::triggered, panel, [show, name] { show(name); });
    }
    menu->addSeparator();
    QAction* open = menu->addAction(tr("Reports &panel"));
    open->setObjectName(QStringLiteral("reportsAction"));
    open->setCheckable(true);
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    QObject::connect(open, &QAction::triggered, panel, [show] { show({}); });
    menu->addSeparator();
    QAction* preview = menu->addAction(tr("Pre&view of the report…"));
    preview->setObjectName(QStringLiteral("previewReportAction"));
    QObject::connect(preview, &QAction::triggered, panel, &ReportPanel::preview);
    QAction* print = menu->addAction(tr("&Print the report…"));
    print->setObjectName(QStringLiteral("printReportAction"));
    print->setShortcut(QKeySequence::Print);
    QObject::connect(print, &QAction::triggered, panel, &ReportPanel::print);
    QAction* save = menu->addAction(tr("&Save the report as…"));
    save->setObjectName(QStringLiteral("saveReportAction"));
    save->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QObject::connect(save, &QAction::triggered, panel, &ReportPanel::saveAs);
    for (QAction* a : {preview, print, save}) {
        a->setEnabled(panel->document() != nullptr);
        QObject::connect(panel, &ReportPanel::documentReady, a, &QAction::setEnabled);
    }
    return open;
}
