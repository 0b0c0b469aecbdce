#include "welcomepage.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace {

QCommandLinkButton* link(const QString& objectName, const QString& text, const QString& description, QWidget* parent)
{
    auto* button = new QCommandLinkButton(text, description, parent);
    button->setObjectName(objectName);
    return button;
}

} // namespace

WelcomePage::WelcomePage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/metodist.svg")).pixmap(64, 64));
    auto* title = new QLabel(tr("Metodist"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* purpose = new QLabel(tr("Methodical support of teachers: the staff of the four levels of the methodical "
                                  "service, their professional growth, the indicators against their targets and "
                                  "the reports to hand in."),
                               this);
    purpose->setWordWrap(true);

    auto* create = link(QStringLiteral("welcomeNew"), tr("Create a database…"),
                        tr("A new empty database: name the region, then add the units and the staff by hand or "
                           "from CSV files."),
                        this);
    auto* open = link(QStringLiteral("welcomeOpen"), tr("Open a database…"),
                      tr("A database file kept in Metodist here or received from colleagues."), this);
    m_demo = link(QStringLiteral("welcomeDemo"), tr("Open the demo database"), QString(), this);
    connect(create, &QCommandLinkButton::clicked, this, &WelcomePage::newRequested);
    connect(open, &QCommandLinkButton::clicked, this, &WelcomePage::openRequested);
    connect(m_demo, &QCommandLinkButton::clicked, this, &WelcomePage::demoRequested);

    m_recentTitle = new QLabel(tr("Opened recently"), this);
    QFont bold = m_recentTitle->font();
    bold.setBold(true);
    m_recentTitle->setFont(bold);
    m_recent = new QVBoxLayout;
    m_recent->setSpacing(0);

    auto* heading = new QHBoxLayout;
    heading->addWidget(icon);
    heading->addWidget(title, 1);
    auto* body = new QWidget(this);
    body->setMaximumWidth(640); // a readable column in the middle of the page, however wide the window
    auto* column = new QVBoxLayout(body);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(heading);
    column->addWidget(purpose);
    column->addSpacing(12);
    column->addWidget(create);
    column->addWidget(open);
    column->addWidget(m_demo);
    column->addSpacing(12);
    column->addWidget(m_recentTitle);
    column->addLayout(m_recent);
    auto* page = new QGridLayout(this);
    page->setColumnStretch(0, 1);
    page->setColumnStretch(1, 3);
    page->setColumnStretch(2, 1);
    page->setRowStretch(0, 1);
    page->setRowStretch(2, 2);
    page->addWidget(body, 1, 1);
    refresh({}, false);
}

void WelcomePage::refresh(const QStringList& recentFiles, bool demoExists)
{
    m_demo->setDescription(demoExists ? tr("The demo region made earlier, to try everything out on.")
                                      : tr("A region shaped like Tomsk's — six hubs, twenty municipalities, about "
                                           "700 organisations and 20,000 teachers with five academic years of "
                                           "records — to try everything out on. It is made on first use, in "
                                           "less than a minute."));
    while (QLayoutItem* item = m_recent->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int shown = 0;
    for (const QString& path : recentFiles) {
        if (!QFileInfo::exists(path) || shown == 5)
            continue;
        const QFileInfo file(path);
        auto* button = link(QStringLiteral("welcomeRecent%1").arg(shown), file.fileName(),
                            QDir::toNativeSeparators(file.absolutePath()), this);
        connect(button, &QCommandLinkButton::clicked, this, [this, path] { emit recentChosen(path); });
        m_recent->addWidget(button);
        ++shown;
    }
    m_recentTitle->setVisible(shown > 0);
}
