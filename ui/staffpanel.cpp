#include "staffpanel.h"
#include "stafftablemodel.h"
#include "registerview.h"
#include "storage/referencerepository.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

StaffPanel::StaffPanel(QWidget* parent)
    : QWidget(parent),
      m_model(new StaffTableModel(this)),
      m_name(new QLineEdit(this)),
      m_position(new QComboBox(this)),
      m_category(new QComboBox(this)),
      m_former(new QCheckBox(tr("Show former staff"), this)),
      m_view(new QTableView(this)),
      m_count(new QLabel(this))
{
    m_name->setPlaceholderText(tr("Search by name…"));
    m_name->setClearButtonEnabled(true);
    m_name->setToolTip(tr("Any part of the full name; case and ё/е do not matter"));
    m_position->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_name, 2);
    filters->addWidget(m_position, 1);
    filters->addWidget(m_category, 1);
    filters->addWidget(m_former);

    m_view->setModel(m_model);
    setUpRegisterTable(m_view);
    m_view->sortByColumn(int(StaffColumn::Name), Qt::AscendingOrder);
    setDefaultColumnWidths();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    addFindShortcut(this, m_name);
    applyWhenTypingPauses(m_name, NameFilterDelayMs, [this](const QString& text) { m_model->setNameFilter(text); });
    connect(m_position, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setPositionFilter(m_position->currentData().toString()); });
    connect(m_category, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setCategoryFilter(m_category->currentData().toString()); });
    connect(m_former, &QCheckBox::toggled, m_model, &StaffTableModel::setIncludeFormer);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StaffPanel::updateCount);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const qint64 person = m_model->data(index, StaffTableModel::PersonIdRole).toLongLong())
            emit personActivated(person);
    });
    updateCount();
}

qint64 StaffPanel::currentPersonId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->data(current, StaffTableModel::PersonIdRole).toLongLong() : 0;
}

QAction* StaffPanel::addPersonAction(const QString& text, const QKeySequence& shortcut,
                                     std::function<void(qint64 personId)> handler)
{
    auto* action = new QAction(text, m_view);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, [this, handler = std::move(handler)] { handler(currentPersonId()); });
    m_view->addAction(action);
    return action;
}

void StaffPanel::setDatabase(Database* database)
{
    fillReferences(database);
    m_model->setDatabase(database);
    setEnabled(database != nullptr);
}

void StaffPanel::setRootUnit(qint64 unitId)
{
    m_model->setRootUnit(unitId);
}

void StaffPanel::fillReferences(Database* database)
{
    const QSignalBlocker blockPosition(m_position);
    const QSignalBlocker blockCategory(m_category);
    m_position->clear();
    m_category->clear();
    m_position->addItem(tr("All positions"), QString());
    m_category->addItem(tr("All categories"), QString());
    if (database) {
        ReferenceRepository references(*database);
        for (const ReferenceItem& item : references.positions())
            m_position->addItem(item.name, item.code);
        for (const ReferenceItem& item : references.categories())
            m_category->addItem(item.name, item.code);
    }
    m_model->setPositionFilter({});
    m_model->setCategoryFilter({});
}

void StaffPanel::updateCount()
{
    if (const QString error = m_model->lastError(); !error.isEmpty()) {
        m_count->setStyleSheet(QStringLiteral("color: #b00020"));
        m_count->setText(tr("Could not read the staff: %1").arg(error));
        return;
    }
    m_count->setStyleSheet({});
    const int rows = m_model->rowCount();
    m_count->setText(tr("Rows in the list: %Ln", nullptr, rows));
}

void StaffPanel::setDefaultColumnWidths()
{
    // Wide enough for typical values (Cyrillic is wider than the font's average character)
    // and for the header with its sort arrow; long positions and categories show in tooltips.
    static const char* const samples[StaffColumnCount] = {
        "Александрова Екатерина Александровна", "00.00.0000", "000", "МБОУ СОШ № 00 г. Колпашево",
        "заместитель руководителя", "0,25", "педагог-наставник", "00.00.0000", "00", "русский язык, литература",
    };
    const QFontMetrics text = m_view->fontMetrics();
    const QFontMetrics header = m_view->horizontalHeader()->fontMetrics();
    for (int column = 0; column < StaffColumnCount; ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        const int width = std::max(text.horizontalAdvance(QString::fromUtf8(samples[column])) + 12,
                                   header.horizontalAdvance(title) + 28);
        m_view->setColumnWidth(column, width);
    }
}

QByteArray StaffPanel::headerState() const
{
    return m_view->horizontalHeader()->saveState();
}

void StaffPanel::restoreHeaderState(const QByteArray& state)
{
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
}
