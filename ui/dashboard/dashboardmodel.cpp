#include "dashboard/dashboardmodel.h"

#include "dashboard/statuscolours.h"
#include "indicators/figuretext.h"

#include <QBrush>
#include <QFont>
#include <algorithm>
#include <numeric>

namespace {

QVariant sortValue(const IndicatorReading& r)
{
    const auto v = r.figure.value();
    return v ? QVariant(*v) : QVariant();
}

} // namespace

DashboardModel::DashboardModel(QObject* parent) : QAbstractTableModel(parent) {}

void DashboardModel::setBoard(const IndicatorBoardData& board)
{
    beginResetModel();
    m_board = board;
    m_order.resize(board.children.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    endResetModel();
}

void DashboardModel::clear()
{
    setBoard({});
}

const UnitReadings* DashboardModel::unitAt(int row) const
{
    if (row == 0 && m_board.unit.unitId != 0)
        return &m_board.unit;
    if (row >= 1 && row - 1 < m_order.size())
        return &m_board.children.at(m_order.at(row - 1));
    return nullptr;
}

const IndicatorReading* DashboardModel::reading(const QModelIndex& index) const
{
    if (!index.isValid() || index.column() == 0)
        return nullptr;
    const UnitReadings* unit = unitAt(index.row());
    if (!unit || index.column() - 1 >= unit->readings.size())
        return nullptr;
    return &unit->readings.at(index.column() - 1);
}

int DashboardModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || m_board.unit.unitId == 0)
        return 0;
    return 1 + int(m_order.size());
}

int DashboardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 1 + int(m_board.unit.readings.size());
}

QVariant DashboardModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UnitReadings* unit = unitAt(index.row());
    if (!unit)
        return {};
    if (role == UnitIdRole)
        return unit->unitId;
    if (role == Qt::FontRole && index.row() == 0) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (index.column() == 0) {
        switch (role) {
        case Qt::DisplayRole:
        case SortRole: return unit->unitName;
        case Qt::ToolTipRole: return unit->unitCode;
        default: return {};
        }
    }
    const IndicatorReading* r = reading(index);
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole: return FigureText::value(r->indicator, r->figure.value());
    case Qt::ToolTipRole: return FigureText::tooltip(*r);
    case Qt::TextAlignmentRole: return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole: {
        const QColor c = StatusColours::background(r->target.status);
        return c.isValid() ? QVariant(QBrush(c)) : QVariant();
    }
    case CodeRole: return r->indicator.code;
    case StatusRole: return int(r->target.status);
    case SortRole: return sortValue(*r);
    default: return {};
    }
}

QVariant DashboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return role == Qt::DisplayRole ? QVariant(tr("Unit")) : QVariant();
    const Indicator& i = m_board.unit.readings.at(section - 1).indicator;
    switch (role) {
    case Qt::DisplayRole: return i.code;
    case Qt::ToolTipRole: return i.name;
    case CodeRole: return i.code;
    default: return {};
    }
}

void DashboardModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount() || m_order.size() < 2)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QVector<int> rowsBefore; // the child each persistent index stood on
    for (const QModelIndex& i : before)
        rowsBefore << (i.row() == 0 ? -1 : m_order.at(i.row() - 1));

    // Names alphabetically; values with «no data» always last, whichever the order.
    QVector<QVariant> keys(m_board.children.size());
    for (int c = 0; c < m_board.children.size(); ++c)
        keys[c] = column == 0 ? QVariant(m_board.children.at(c).unitName) : sortValue(m_board.children.at(c).readings.at(column - 1));
    std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
        const QVariant& ka = keys.at(a);
        const QVariant& kb = keys.at(b);
        if (!ka.isValid() || !kb.isValid())
            return ka.isValid() && !kb.isValid();
        if (column == 0) {
            const int c = QString::localeAwareCompare(ka.toString(), kb.toString());
            return order == Qt::AscendingOrder ? c < 0 : c > 0;
        }
        return order == Qt::AscendingOrder ? ka.toDouble() < kb.toDouble() : ka.toDouble() > kb.toDouble();
    });

    QModelIndexList after;
    for (int k = 0; k < before.size(); ++k) {
        const int row = rowsBefore.at(k) < 0 ? 0 : 1 + int(m_order.indexOf(rowsBefore.at(k)));
        after << index(row, before.at(k).column());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}
