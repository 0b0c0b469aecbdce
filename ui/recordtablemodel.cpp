#include "recordtablemodel.h"
#include "storage/database.h"

RecordTableModel::RecordTableModel(RecordKind kind, QObject* parent)
    : QAbstractTableModel(parent), m_spec(RegisterSpecs::of(kind))
{
    m_filter.sortColumn = m_spec.sortColumn;
    m_filter.descending = m_spec.descending;
}

RecordTableModel::~RecordTableModel() = default;

void RecordTableModel::setDatabase(Database* database)
{
    disconnect(m_changes);
    m_database = database;
    m_query.reset(database ? new RegisterQuery(*database, m_spec) : nullptr);
    m_filter.rootUnitId = 0;
    if (database) {
        // Names of persons, units and reference items are shown too.
        const Changes shown = RecordKinds::info(m_spec.kind).changes | Change::Units | Change::Persons | Change::References;
        m_changes = connect(database, &Database::changed, this, [this, shown](Changes what) {
            if (what & shown)
                changed();
        });
    }
    changed();
}

void RecordTableModel::setRootUnit(qint64 unitId)
{
    if (m_filter.rootUnitId == unitId)
        return;
    m_filter.rootUnitId = unitId;
    changed();
}

void RecordTableModel::setPeriod(const RegisterPeriod& period)
{
    if (m_filter.period == period)
        return;
    m_filter.period = period;
    changed();
}

void RecordTableModel::setTextFilter(const QString& text)
{
    if (m_filter.text.simplified() == text.simplified())
        return;
    m_filter.text = text;
    changed();
}

void RecordTableModel::setStatusFilter(const QString& status)
{
    if (m_filter.status == status)
        return;
    m_filter.status = status;
    changed();
}

void RecordTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_spec.columns.size() || !m_spec.columns.at(column).sortable())
        return;
    const bool descending = order == Qt::DescendingOrder;
    if (m_filter.sortColumn == column && m_filter.descending == descending)
        return;
    m_filter.sortColumn = column;
    m_filter.descending = descending;
    changed();
}

void RecordTableModel::setActive(bool active)
{
    m_active = active;
    if (active && m_stale)
        reload();
}

void RecordTableModel::changed()
{
    if (m_active)
        reload();
    else
        m_stale = true;
}

void RecordTableModel::reload()
{
    beginResetModel();
    m_stale = false;
    m_rows.reset();
    m_error.clear();
    // No subtree selected (no database, or a database without units): no rows.
    if (m_query && m_filter.rootUnitId != 0)
        m_error = m_rows.read(*m_query, m_filter);
    endResetModel();
    if (!m_error.isEmpty())
        emit queryFailed(m_error);
}

qint64 RecordTableModel::recordId(int row) const
{
    return m_rows.id(row);
}

int RecordTableModel::rowOf(qint64 id) const
{
    return id == 0 ? -1 : int(m_rows.ids().indexOf(id));
}

const RegisterRow* RecordTableModel::recordRow(int row) const
{
    return m_rows.row(row, m_query.get());
}

int RecordTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int RecordTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_spec.columns.size());
}

QVariant RecordTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return {};
    const RegisterColumn& column = m_spec.columns.at(index.column());
    switch (role) {
    case IdRole:
        return m_rows.id(index.row());
    case Qt::TextAlignmentRole:
        if (column.rightAligned())
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (column.format == ColumnFormat::Date)
            return int(Qt::AlignHCenter | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::DisplayRole:
    case Qt::ToolTipRole: { // the tooltip shows texts that may not fit their column
        if (role == Qt::ToolTipRole && (column.rightAligned() || column.format == ColumnFormat::Date))
            return {};
        const RegisterRow* r = recordRow(index.row());
        return r ? QVariant(r->cells.value(index.column())) : QVariant();
    }
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < m_spec.columns.size() && role == Qt::DisplayRole)
        return m_spec.columns.at(section).header;
    return QAbstractTableModel::headerData(section, orientation, role);
}
