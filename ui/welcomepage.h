#pragma once
// What the window shows while no database is open — on the very first start, say: what the
// program is for and the ways in: a new database, an existing one, the demo database, the
// files opened last. Never an empty grey window.
#include <QWidget>

class QCommandLinkButton;
class QLabel;
class QVBoxLayout;

class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);

    // The files opened last (those still there are offered) and whether the demo exists yet.
    void refresh(const QStringList& recentFiles, bool demoExists);

signals:
    void newRequested();
    void openRequested();
    void demoRequested();
    void recentChosen(const QString& path);

private:
    QCommandLinkButton* m_demo;
    QLabel* m_recentTitle;
    QVBoxLayout* m_recent;
};
