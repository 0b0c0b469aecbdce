#include "unittreemodel.h"
#include "storage/clock.h"
#include "storage/database.h"
#include "storage/orgunitrepository.h"

#include <QCollator>
#include <QLocale>
#include <algorithm>

UnitTreeModel::UnitTreeModel(QObject* parent) : QAbstractItemModel(parent)
{
    m_icons[int(UnitLevel::Region)] = QIcon(QStringLiteral(":/icons/region.svg"));
    m_icons[int(UnitLevel::Hub)] = QIcon(QStringLiteral(":/icons/hub.svg"));
    m_icons[int(UnitLevel::Municipality)] = QIcon(QStringLiteral(":/icons/municipality.svg"));
    m_icons[int(UnitLevel::Organisation)] = QIcon(QStringLiteral(":/icons/organisation.svg"));
}

void UnitTreeModel::setDatabase(Database* database)
{
    disconnect(m_changed);
    m_database = database;
    if (database)
        m_changed = connect(database, &Database::changed, this, [this](Changes what) {
            if (what.testFlag(Change::Units))
                reload();
            else if (what.testFlag(Change::Persons))
                refreshCounts();
        });
    reload();
}

void UnitTreeModel::reload()
{
    beginResetModel();
    load();
    endResetModel();
}

void UnitTreeModel::load()
{
    m_nodes.clear();
    m_roots.clear();
    m_nodeOfUnit.clear();
    m_staff.clear();
    if (!m_database)
        return;
    OrgUnitRepository units(*m_database);
    const QVector<OrgUnit> all = units.all();
    m_nodes.reserve(all.size());
    for (const OrgUnit& unit : all) {
        m_nodeOfUnit.insert(unit.id, int(m_nodes.size()));
        m_nodes.append({unit, -1, 0, {}});
    }
    for (int i = 0; i < m_nodes.size(); ++i) {
        const int parent = m_nodeOfUnit.value(m_nodes[i].unit.parentId, -1);
        m_nodes[i].parent = parent;
        (parent < 0 ? m_roots : m_nodes[parent].children).append(i);
    }
    // Russian order, numbers by value: "СОШ № 2" before "СОШ № 10".
    QCollator collator(QLocale(QLocale::Russian, QLocale::Russia));
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    auto sortSiblings = [&](QVector<int>& siblings) {
        std::sort(siblings.begin(), siblings.end(), [&](int a, int b) {
            return collator.compare(m_nodes[a].unit.displayName(), m_nodes[b].unit.displayName()) < 0;
        });
        for (int row = 0; row < siblings.size(); ++row)
            m_nodes[siblings[row]].row = row;
    };
    sortSiblings(m_roots);
    for (Node& n : m_nodes)
        sortSiblings(n.children);
    m_staff = units.staffCounts(m_database->clock().today());
}

void UnitTreeModel::refreshCounts()
{
    if (!m_database)
        return;
    m_staff = OrgUnitRepository(*m_database).staffCounts(m_database->clock().today());
    // Every row of every parent: one signal per list of siblings.
    auto changed = [this](const QModelIndex& parent, int rows) {
        if (rows > 0)
            emit dataChanged(index(0, 0, parent), index(rows - 1, 0, parent),
                             {Qt::DisplayRole, Qt::ToolTipRole, StaffCountRole});
    };
    changed({}, int(m_roots.size()));
    for (int i = 0; i < m_nodes.size(); ++i)
        changed(createIndex(m_nodes[i].row, 0, quintptr(i)), int(m_nodes[i].children.size()));
}

qint64 UnitTreeModel::unitId(const QModelIndex& index) const
{
    const OrgUnit* u = unit(index);
    return u ? u->id : 0;
}

QModelIndex UnitTreeModel::indexOf(qint64 unitId) const
{
    const int n = m_nodeOfUnit.value(unitId, -1);
    return n < 0 ? QModelIndex() : createIndex(m_nodes[n].row, 0, quintptr(n));
}

const OrgUnit* UnitTreeModel::unit(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return &m_nodes[node(index)].unit;
}

int UnitTreeModel::staffCount(qint64 unitId) const
{
    return m_staff.value(unitId, 0);
}

QModelIndex UnitTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0)
        return {};
    const QVector<int>& siblings = parent.isValid() ? m_nodes[node(parent)].children : m_roots;
    if (row >= siblings.size())
        return {};
    return createIndex(row, 0, quintptr(siblings[row]));
}

QModelIndex UnitTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const int p = m_nodes[node(child)].parent;
    return p < 0 ? QModelIndex() : createIndex(m_nodes[p].row, 0, quintptr(p));
}

int UnitTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(parent.isValid() ? m_nodes[node(parent)].children.size() : m_roots.size());
}

int UnitTreeModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant UnitTreeModel::data(const QModelIndex& index, int role) const
{
    const OrgUnit* u = unit(index);
    if (!u)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(u->displayName(), QLocale().toString(staffCount(u->id)));
    case Qt::ToolTipRole:
        return toolTip(*u);
    case Qt::DecorationRole:
        return m_icons[int(u->level)];
    case UnitIdRole:
        return u->id;
    case LevelRole:
        return int(u->level);
    case StaffCountRole:
        return staffCount(u->id);
    default:
        return {};
    }
}

QVariant UnitTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Unit");
    return {};
}

QString UnitTreeModel::toolTip(const OrgUnit& u) const
{
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(u.name.toHtmlEscaped());
    lines << tr("Level: %1").arg(UnitLevels::name(u.level));
    if (!u.kind.isEmpty())
        lines << tr("Kind: %1").arg(UnitLevels::kindName(u.kind).toHtmlEscaped());
    lines << tr("Code: %1").arg(u.code.toHtmlEscaped());
    QStringList flags;
    if (u.lowResults)
        flags << tr("low results (ШНОР)");
    if (u.unfavourable)
        flags << tr("unfavourable social conditions (ШНСУ)");
    if (u.smallSchool)
        flags << tr("small school (МКШ)");
    if (u.rural)
        flags << tr("rural");
    if (u.growthPoint)
        flags << tr("«Точка роста»");
    if (!u.innovationLevel.isEmpty())
        flags << tr("innovation site: %1").arg(UnitLevels::innovationLevelName(u.innovationLevel));
    if (!flags.isEmpty())
        lines << tr("Flags: %1").arg(flags.join(QStringLiteral(", ")).toHtmlEscaped());
    lines << tr("Staff today: %1").arg(QLocale().toString(staffCount(u.id)));
    return lines.join(QStringLiteral("<br>"));
}
