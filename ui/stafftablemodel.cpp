#include "stafftablemodel.h"
#include "io/fieldparsing.h"
#include "storage/clock.h"
#include "storage/database.h"

#include <QColor>
#include <QLocale>
#include <QPalette>
#include <QGuiApplication>

StaffTableModel::StaffTableModel(QObject* parent) : QAbstractTableModel(parent) {}

StaffTableModel::~StaffTableModel() = default;

void StaffTableModel::setDatabase(Database* database)
{
    disconnect(m_changed);
    m_database = database;
    m_query.reset(database ? new StaffQuery(*database) : nullptr);
    m_filter.rootUnitId = 0;
    if (database)
        m_changed = connect(database, &Database::changed, this, [this](Changes what) {
            if (what & (Change::Units | Change::Persons | Change::References))
                reload();
        });
    reload();
}

void StaffTableModel::setRootUnit(qint64 unitId)
{
    if (m_filter.rootUnitId == unitId)
        return;
    m_filter.rootUnitId = unitId;
    reload();
}

void StaffTableModel::setNameFilter(const QString& text)
{
    if (normaliseKey(m_filter.nameText) == normaliseKey(text)) {
        m_filter.nameText = text;
        return;
    }
    m_filter.nameText = text;
    reload();
}

void StaffTableModel::setPositionFilter(const QString& positionCode)
{
    if (m_filter.positionCode == positionCode)
        return;
    m_filter.positionCode = positionCode;
    reload();
}

void StaffTableModel::setCategoryFilter(const QString& categoryCode)
{
    if (m_filter.categoryCode == categoryCode)
        return;
    m_filter.categoryCode = categoryCode;
    reload();
}

void StaffTableModel::setIncludeFormer(bool include)
{
    if (m_filter.includeFormer == include)
        return;
    m_filter.includeFormer = include;
    reload();
}

void StaffTableModel::setFilter(const StaffFilter& filter)
{
    m_filter = filter;
    reload();
}

void StaffTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= StaffColumnCount)
        return;
    const bool descending = order == Qt::DescendingOrder;
    if (m_filter.sortColumn == StaffColumn(column) && m_filter.descending == descending)
        return;
    m_filter.sortColumn = StaffColumn(column);
    m_filter.descending = descending;
    reload();
}

void StaffTableModel::reload()
{
    beginResetModel();
    m_rows.reset();
    m_error.clear();
    // No subtree selected (no database, or a database without units): no rows.
    if (m_query && m_filter.rootUnitId != 0) {
        m_filter.on = m_database->clock().today();
        m_error = m_rows.read(*m_query, m_filter);
    }
    endResetModel();
    if (!m_error.isEmpty())
        emit queryFailed(m_error);
}

qint64 StaffTableModel::employmentId(int row) const
{
    return m_rows.id(row);
}

const StaffRow* StaffTableModel::staffRow(int row) const
{
    return m_rows.row(row, m_query.get());
}

int StaffTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int StaffTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : StaffColumnCount;
}

QVariant StaffTableModel::display(const StaffRow& r, StaffColumn column) const
{
    const QLocale locale;
    auto date = [](const QDate& d) { return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QString(); };
    auto number = [&](int n) { return n < 0 ? QVariant() : QVariant(locale.toString(n)); };
    switch (column) {
    case StaffColumn::Name: return r.fullName();
    case StaffColumn::BirthDate: return date(r.birthDate);
    case StaffColumn::Age: return number(r.ageOn(m_filter.on));
    case StaffColumn::Organisation: return r.organisation;
    case StaffColumn::Position: return r.positionName;
    case StaffColumn::Rate: return locale.toString(r.rate, 'g', 4);
    case StaffColumn::Category: return r.categoryName;
    case StaffColumn::CategoryExpires: return date(r.categoryExpires);
    case StaffColumn::Experience: return number(r.experienceYearsOn(m_filter.on));
    case StaffColumn::Subjects: return r.subjects.join(QStringLiteral(", "));
    }
    return {};
}

QVariant StaffTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return {};
    const StaffColumn column = StaffColumn(index.column());
    if (role == Qt::TextAlignmentRole) {
        switch (column) {
        case StaffColumn::Age:
        case StaffColumn::Rate:
        case StaffColumn::Experience:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        case StaffColumn::BirthDate:
        case StaffColumn::CategoryExpires:
            return int(Qt::AlignHCenter | Qt::AlignVCenter);
        default:
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    if (role == EmploymentIdRole)
        return m_rows.id(index.row());
    const StaffRow* r = staffRow(index.row());
    if (!r)
        return {};
    const bool active = r->activeOn(m_filter.on);
    switch (role) {
    case Qt::DisplayRole:
        return display(*r, column);
    case Qt::ToolTipRole:
        if (!active && r->end.isValid())
            return tr("%1 left on %2").arg(r->fullName(), r->end.toString(QStringLiteral("dd.MM.yyyy")));
        switch (column) { // texts that may not fit their column
        case StaffColumn::Name:
        case StaffColumn::Organisation:
        case StaffColumn::Position:
        case StaffColumn::Category:
        case StaffColumn::Subjects:
            return display(*r, column);
        default:
            break;
        }
        return {};
    case Qt::ForegroundRole:
        if (!active)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        if (column == StaffColumn::CategoryExpires && r->categoryExpires.isValid()
            && r->categoryExpires < m_filter.on.addMonths(6))
            return QColor(0xb0, 0x30, 0x20); // expires within half a year (or has expired)
        return {};
    case PersonIdRole:
        return r->personId;
    case ActiveRole:
        return active;
    default:
        return {};
    }
}

QVariant StaffTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= StaffColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (StaffColumn(section)) {
        case StaffColumn::Name: return tr("Full name");
        case StaffColumn::BirthDate: return tr("Birth date");
        case StaffColumn::Age: return tr("Age");
        case StaffColumn::Organisation: return tr("Organisation");
        case StaffColumn::Position: return tr("Position");
        case StaffColumn::Rate: return tr("Rate");
        case StaffColumn::Category: return tr("Category");
        case StaffColumn::CategoryExpires: return tr("Category until");
        case StaffColumn::Experience: return tr("Experience");
        case StaffColumn::Subjects: return tr("Subjects");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (StaffColumn(section)) {
        case StaffColumn::CategoryExpires: return tr("The qualification category is valid until this date");
        case StaffColumn::Experience: return tr("Pedagogical experience, full years");
        case StaffColumn::Rate: return tr("Rate (ставка) of this employment");
        default: return {};
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}
