#include "recentfilesmenu.h"
#include "settings.h"

#include <QDir>
#include <QFileInfo>

namespace {
QString escaped(QString text) // '&' in a menu text marks a shortcut letter
{
    return text.replace(u'&', QStringLiteral("&&"));
}
} // namespace

RecentFilesMenu::RecentFilesMenu(Settings& settings, QWidget* parent)
    : QMenu(tr("&Recent Files"), parent), m_settings(settings)
{
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::rebuild);
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList files = m_settings.recentFiles();
    int number = 0;
    for (const QString& path : files) {
        ++number;
        // "&1 region.db — /home/user/Documents": the folder tells apart files of one name.
        const QFileInfo info(path);
        const QString label = QStringLiteral("&%1 %2 — %3")
                                  .arg(number)
                                  .arg(escaped(info.fileName()), escaped(QDir::toNativeSeparators(info.absolutePath())));
        QAction* action = addAction(label);
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { emit fileChosen(path); });
    }
    if (files.isEmpty())
        addAction(tr("No recent files"))->setEnabled(false);
    else {
        addSeparator();
        connect(addAction(tr("Clear the List")), &QAction::triggered, this, [this] {
            m_settings.setValue(Settings::Key::RecentFiles, QStringList());
            rebuild();
        });
    }
    setEnabled(true);
}
