#include "backupsdialog.h"
#include "files/userfolders.h"
#include "messagebox.h"
#include "settings.h"
#include "storage/clock.h"
#include "storage/database.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

BackupPolicy BackupsDialog::policy(const Settings& settings)
{
    BackupPolicy policy;
    policy.daily = settings.value(Settings::Key::BackupsDaily).toInt();
    policy.weekly = settings.value(Settings::Key::BackupsWeekly).toInt();
    return policy;
}

QString BackupsDialog::folder(const Database& database)
{
    return UserFolders::backups(database.path());
}

BackupsDialog::BackupsDialog(Database& database, Settings& settings, QWidget* parent)
    : QDialog(parent), m_database(database), m_settings(settings)
{
    setObjectName(QStringLiteral("backupsDialog"));
    setWindowTitle(tr("Backups"));
    auto* layout = new QVBoxLayout(this);

    m_folder = new QLabel(this);
    m_folder->setObjectName(QStringLiteral("backupsFolder"));
    m_folder->setWordWrap(true);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_folder);

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("backupsTable"));
    m_table->setHorizontalHeaderLabels({tr("Taken"), tr("Size"), tr("Units"), tr("Persons"), tr("Jobs")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &BackupsDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { restoreSelected(); });
    layout->addWidget(m_table);

    auto* rotation = new QFormLayout;
    m_daily = new QSpinBox(this);
    m_daily->setObjectName(QStringLiteral("backupsDaily"));
    m_daily->setRange(1, 365);
    m_daily->setValue(policy(settings).daily);
    rotation->addRow(tr("Keep the last backup of each of the last &days:"), m_daily);
    m_weekly = new QSpinBox(this);
    m_weekly->setObjectName(QStringLiteral("backupsWeekly"));
    m_weekly->setRange(0, 520);
    m_weekly->setValue(policy(settings).weekly);
    rotation->addRow(tr("and of each of the &weeks before them:"), m_weekly);
    layout->addLayout(rotation);
    connect(m_daily, &QSpinBox::valueChanged, this, &BackupsDialog::savePolicy);
    connect(m_weekly, &QSpinBox::valueChanged, this, &BackupsDialog::savePolicy);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_take = buttons->addButton(tr("&Take a backup now"), QDialogButtonBox::ActionRole);
    m_take->setObjectName(QStringLiteral("takeBackupButton"));
    m_restore = buttons->addButton(tr("&Restore…"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreBackupButton"));
    QPushButton* show = buttons->addButton(tr("Open the &folder"), QDialogButtonBox::ActionRole);
    connect(m_take, &QPushButton::clicked, this, &BackupsDialog::takeNow);
    connect(m_restore, &QPushButton::clicked, this, [this] { restoreSelected(); });
    connect(show, &QPushButton::clicked, this, [this] {
        QDir().mkpath(folder(m_database));
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder(m_database)));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 420);
    reload();
}

Backups BackupsDialog::backups() const
{
    return Backups(folder(m_database), policy(m_settings));
}

void BackupsDialog::reload()
{
    m_folder->setText(tr("Backups of %1 are kept in %2. The first opening of each day takes one; "
                         "older ones are removed by the rule below.")
                          .arg(QDir::toNativeSeparators(m_database.path()),
                               QDir::toNativeSeparators(folder(m_database))));
    m_list = backups().list();
    const QLocale locale;
    m_table->setRowCount(int(m_list.size()));
    for (int row = 0; row < m_list.size(); ++row) {
        const BackupInfo& info = m_list.at(row);
        const bool readable = info.schema > 0;
        const QStringList cells = {
            locale.toString(info.taken, QStringLiteral("dd.MM.yyyy HH:mm:ss")), // two of a minute differ
            locale.formattedDataSize(info.bytes, 1, QLocale::DataSizeTraditionalFormat),
            readable ? locale.toString(info.units) : tr("cannot be read"),
            readable ? locale.toString(info.persons) : QString(),
            readable ? locale.toString(info.employments) : QString(),
        };
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (!m_list.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

void BackupsDialog::updateButtons()
{
    const int row = m_table->currentRow();
    m_restore->setEnabled(!m_database.isReadOnly() && row >= 0 && row < m_list.size() && m_list.at(row).schema > 0
                          && m_table->selectionModel()->hasSelection());
}

void BackupsDialog::savePolicy()
{
    m_settings.setValue(Settings::Key::BackupsDaily, m_daily->value());
    m_settings.setValue(Settings::Key::BackupsWeekly, m_weekly->value());
}

void BackupsDialog::takeNow()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto taken = backups().takeOnly(m_database, m_database.clock().now());
    QApplication::restoreOverrideCursor();
    if (!taken) {
        MessageBox::critical(this, tr("Backups"), taken.error());
        return;
    }
    reload();
}

bool BackupsDialog::restoreSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_list.size())
        return false;
    const BackupInfo info = m_list.at(row);
    const QLocale locale;
    const QString taken = locale.toString(info.taken, QLocale::ShortFormat);
    const auto answer = MessageBox::question(
        this, tr("Restore a backup"),
        tr("The data of %1 will be replaced by the backup of %2 (units: %3, persons: %4). "
           "The current data are first kept as a backup of their own, so this can be undone by "
           "restoring that one. Restore?")
            .arg(QDir::toNativeSeparators(m_database.path()), taken, locale.toString(info.units),
                 locale.toString(info.persons)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status done = backups().restore(m_database, info.path, m_database.clock().now());
    QApplication::restoreOverrideCursor();
    if (!done) {
        MessageBox::critical(this, tr("Restore a backup"), done.error());
        return false;
    }
    reload();
    emit restored(tr("The backup of %1 is restored; the data before it are kept as a backup.").arg(taken));
    return true;
}
