#include "registerpanel.h"
#include "recordforms.h"
#include "recordtablemodel.h"
#include "registerview.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>
#include <algorithm>

RegisterPanel::RegisterPanel(RecordKind kind, QWidget* parent)
    : QWidget(parent),
      m_kind(kind),
      m_model(new RecordTableModel(kind, this)),
      m_tools(new QToolBar(this)),
      m_text(new QLineEdit(this)),
      m_status(new QComboBox(this)),
      m_view(new QTableView(this)),
      m_count(new QLabel(this))
{
    const RecordKindInfo& info = RecordKinds::info(kind);
    setObjectName(QStringLiteral("register-%1").arg(QLatin1String(info.code)));
    const RegisterSpec& spec = m_model->spec();

    m_create = new QAction(tr("Create"), this);
    m_create->setObjectName(QStringLiteral("createRecordAction"));
    m_create->setToolTip(tr("New %1 (Ins)").arg(info.singular));
    m_create->setShortcut(QKeySequence(Qt::Key_Insert));
    m_edit = new QAction(tr("Edit"), this);
    m_edit->setObjectName(QStringLiteral("editRecordAction"));
    m_edit->setToolTip(tr("Open the %1 (Enter, double click)").arg(info.singular));
    m_edit->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_remove = new QAction(tr("Delete"), this);
    m_remove->setObjectName(QStringLiteral("removeRecordAction"));
    m_remove->setToolTip(tr("Delete the selected records (Del)"));
    m_remove->setShortcut(QKeySequence::Delete);
    for (QAction* a : {m_create, m_edit, m_remove}) {
        a->setShortcutContext(Qt::WidgetShortcut); // keys act in the table, not in the filter line
        m_view->addAction(a);
        m_tools->addAction(a);
    }
    connect(m_create, &QAction::triggered, this, &RegisterPanel::createRecord);
    connect(m_edit, &QAction::triggered, this, &RegisterPanel::editRecord);
    connect(m_remove, &QAction::triggered, this, &RegisterPanel::removeRecords);
    m_tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_tools->setIconSize(QSize(16, 16));

    m_text->setPlaceholderText(tr("Search…"));
    m_text->setClearButtonEnabled(true);
    QStringList searched;
    for (const RegisterColumn& column : spec.columns)
        if (!column.search.isEmpty())
            searched << column.header.toLower();
    m_text->setToolTip(tr("Part of: %1").arg(searched.join(QStringLiteral(", "))));
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_status->addItem(spec.status.anyText, QString());
    for (const QString& code : spec.status.codes)
        m_status->addItem(spec.status.name(code), code);
    m_status->setVisible(spec.hasStatus());

    auto* top = new QHBoxLayout;
    top->addWidget(m_tools);
    top->addWidget(m_text, 1);
    top->addWidget(m_status);

    m_view->setModel(m_model);
    setUpRegisterTable(m_view);
    m_view->sortByColumn(spec.sortColumn, spec.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView* header = m_view->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    for (int column = 0; column < spec.columns.size(); ++column)
        header->setSectionHidden(column, !spec.columns.at(column).visible);
    setDefaultColumnWidths();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    addFindShortcut(this, m_text);
    applyWhenTypingPauses(m_text, TextFilterDelayMs, [this](const QString& text) { m_model->setTextFilter(text); });
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setStatusFilter(m_status->currentData().toString()); });
    connect(m_view, &QAbstractItemView::doubleClicked, this, &RegisterPanel::editRecord);
    connect(m_view, &QWidget::customContextMenuRequested, this, &RegisterPanel::showContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this,
            [this, header](const QPoint& at) { columnMenu()->popup(header->viewport()->mapToGlobal(at)); });
    // The current record stays current when the register is read again.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keep = currentId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        selectRecord(m_keep);
        updateCount();
        updateActions();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RegisterPanel::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &RegisterPanel::updateActions);
    updateCount();
    updateActions();
}

void RegisterPanel::setDatabase(Database* database)
{
    m_model->setDatabase(database);
    setEnabled(database != nullptr);
    updateActions();
}

void RegisterPanel::setForms(RecordForms* forms)
{
    m_forms = forms;
    updateActions();
}

void RegisterPanel::setRootUnit(qint64 unitId)
{
    m_model->setRootUnit(unitId);
    updateActions();
}

void RegisterPanel::setPeriod(const RegisterPeriod& period)
{
    m_model->setPeriod(period);
}

void RegisterPanel::setActive(bool active)
{
    m_model->setActive(active);
}

QAction* RegisterPanel::addRecordAction(const QString& text, std::function<void(qint64 id)> handler)
{
    auto* action = new QAction(text, this);
    connect(action, &QAction::triggered, this, [this, handler = std::move(handler)] {
        if (const qint64 id = currentId())
            handler(id);
    });
    if (m_recordActions.isEmpty())
        m_tools->addSeparator();
    m_tools->addAction(action);
    m_recordActions << action;
    updateActions();
    return action;
}

qint64 RegisterPanel::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), {}))
        return 0;
    return m_model->recordId(current.row());
}

QVector<qint64> RegisterPanel::selectedIds() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QVector<qint64> ids;
    for (const QModelIndex& index : std::as_const(rows))
        ids << m_model->recordId(index.row());
    return ids;
}

void RegisterPanel::selectRecord(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void RegisterPanel::createRecord()
{
    if (!m_create->isEnabled())
        return;
    if (const qint64 id = m_forms->create(m_kind, m_model->filter().rootUnitId))
        selectRecord(id);
}

void RegisterPanel::editRecord()
{
    if (const qint64 id = currentId(); id && m_edit->isEnabled())
        m_forms->edit(m_kind, id);
}

void RegisterPanel::removeRecords()
{
    if (const QVector<qint64> ids = selectedIds(); !ids.isEmpty() && m_remove->isEnabled())
        m_forms->remove(m_kind, ids);
}

void RegisterPanel::updateActions()
{
    const bool editable = m_forms && m_forms->canEdit(m_kind) && isEnabled();
    const bool current = currentId() != 0;
    m_create->setEnabled(editable && m_model->filter().rootUnitId != 0);
    m_edit->setEnabled(editable && current);
    m_remove->setEnabled(editable && !m_view->selectionModel()->selectedRows().isEmpty());
    for (QAction* action : std::as_const(m_recordActions))
        action->setEnabled(current);
}

void RegisterPanel::updateCount()
{
    // A read that failed is said as such: an empty register would look like «nothing took place».
    if (const QString error = m_model->lastError(); !error.isEmpty()) {
        m_count->setStyleSheet(QStringLiteral("color: #b00020"));
        m_count->setText(tr("Could not read the records: %1").arg(error));
        return;
    }
    m_count->setStyleSheet({});
    m_count->setText(tr("Records: %1").arg(QLocale().toString(m_model->rowCount())));
}

void RegisterPanel::showContextMenu(const QPoint& at)
{
    QMenu menu(this);
    menu.addActions({m_create, m_edit, m_remove});
    if (!m_recordActions.isEmpty()) {
        menu.addSeparator();
        menu.addActions(m_recordActions);
    }
    menu.exec(m_view->viewport()->mapToGlobal(at));
}

QMenu* RegisterPanel::columnMenu()
{
    if (!m_columns)
        m_columns = new QMenu(this);
    m_columns->clear();
    m_columns->setTitle(tr("Columns"));
    const RegisterSpec& spec = m_model->spec();
    const QHeaderView* header = m_view->horizontalHeader();
    for (int column = 0; column < spec.columns.size(); ++column) {
        QAction* a = m_columns->addAction(spec.columns.at(column).header);
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(column));
        connect(a, &QAction::toggled, this, [this, column](bool shown) { setColumnShown(column, shown); });
    }
    return m_columns;
}

void RegisterPanel::setColumnShown(int column, bool shown)
{
    QHeaderView* header = m_view->horizontalHeader();
    if (!shown && header->hiddenSectionCount() >= header->count() - 1)
        return; // the last shown column stays
    header->setSectionHidden(column, !shown);
    if (shown && header->sectionSize(column) < 20)
        setDefaultColumnWidths();
}

QStringList RegisterPanel::hiddenColumns() const
{
    QStringList ids;
    const RegisterSpec& spec = m_model->spec();
    for (int column = 0; column < spec.columns.size(); ++column)
        if (m_view->horizontalHeader()->isSectionHidden(column))
            ids << spec.columns.at(column).id;
    return ids;
}

void RegisterPanel::setHiddenColumns(const QStringList& ids)
{
    const RegisterSpec& spec = m_model->spec();
    QHeaderView* header = m_view->horizontalHeader();
    for (int column = 0; column < spec.columns.size(); ++column)
        header->setSectionHidden(column, ids.contains(spec.columns.at(column).id));
    if (header->hiddenSectionCount() == header->count())
        header->setSectionHidden(0, false);
}

QVariantMap RegisterPanel::columnWidths() const
{
    QVariantMap widths;
    const RegisterSpec& spec = m_model->spec();
    const QHeaderView* header = m_view->horizontalHeader();
    for (int column = 0; column < spec.columns.size(); ++column)
        if (!header->isSectionHidden(column))
            widths.insert(spec.columns.at(column).id, header->sectionSize(column));
    return widths;
}

void RegisterPanel::setColumnWidths(const QVariantMap& widths)
{
    const RegisterSpec& spec = m_model->spec();
    for (int column = 0; column < spec.columns.size(); ++column)
        if (const int width = widths.value(spec.columns.at(column).id).toInt(); width > 0)
            m_view->setColumnWidth(column, width);
}

void RegisterPanel::setDefaultColumnWidths()
{
    // Wide enough for typical values (Cyrillic is wider than the font's average character) and
    // for the header with its sort arrow; longer texts show in tooltips.
    const QFontMetrics text = m_view->fontMetrics();
    const QFontMetrics header = m_view->horizontalHeader()->fontMetrics();
    const RegisterSpec& spec = m_model->spec();
    for (int column = 0; column < spec.columns.size(); ++column) {
        const RegisterColumn& c = spec.columns.at(column);
        // Searched texts (topics, titles, names of units) are the long ones; other texts are
        // names from reference lists.
        const char* sample = c.search.isEmpty() ? "заседание методического" : "Повышение квалификации педагогов";
        switch (c.format) {
        case ColumnFormat::Date: sample = "00.00.0000"; break;
        case ColumnFormat::Integer:
        case ColumnFormat::Number:
        case ColumnFormat::Flag: sample = "000"; break;
        case ColumnFormat::PersonName: sample = "Константинопольская Е. А."; break;
        case ColumnFormat::AcademicYear: sample = "0000/00"; break;
        case ColumnFormat::Month: sample = "сентябрь"; break;
        case ColumnFormat::Code: sample = "завершена неуспешно"; break;
        case ColumnFormat::Text: break;
        }
        const int width = std::max(text.horizontalAdvance(QString::fromUtf8(sample)) + 12,
                                   header.horizontalAdvance(c.header) + 28);
        m_view->setColumnWidth(column, width);
    }
}
