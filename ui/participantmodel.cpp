#include "participantmodel.h"

#include <QFont>
#include <algorithm>

ParticipantModel::ParticipantModel(QObject* parent) : QAbstractTableModel(parent) {}

void ParticipantModel::setRoles(const QVector<QPair<QString, QString>>& roles)
{
    m_roleList = roles;
}

void ParticipantModel::setDefaultRole(const QString& code)
{
    m_defaultRole = code;
}

void ParticipantModel::setRegistrations(const QHash<qint64, Registration>& registrations)
{
    beginResetModel();
    m_registrations = registrations;
    m_checked.clear();
    m_checkOrder.clear();
    m_roles.clear();
    for (auto it = registrations.cbegin(); it != registrations.cend(); ++it) {
        m_checked.insert(it.key());
        m_roles.insert(it.key(), it->role);
    }
    endResetModel();
    emit selectionChanged();
}

void ParticipantModel::setRows(const QVector<Row>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void ParticipantModel::setChecked(qint64 personId, bool checked)
{
    if (checked == m_checked.contains(personId))
        return;
    if (checked) {
        m_checked.insert(personId);
        if (!m_registrations.contains(personId)) {
            m_checkOrder.append(personId);
            if (!m_roles.contains(personId))
                m_roles.insert(personId, m_defaultRole);
        }
    } else {
        m_checked.remove(personId);
        m_checkOrder.removeAll(personId);
    }
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].personId == personId)
            emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
    emit selectionChanged();
}

void ParticipantModel::checkAll()
{
    QSignalBlocker block(this); // one reset instead of a signal per row
    for (const Row& r : m_rows)
        setChecked(r.personId, true);
    block.unblock();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    emit selectionChanged();
}

QString ParticipantModel::roleOf(qint64 personId) const
{
    return m_roles.value(personId, m_registrations.contains(personId) ? m_registrations[personId].role : m_defaultRole);
}

void ParticipantModel::setRole(qint64 personId, const QString& code)
{
    m_roles.insert(personId, code);
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].personId == personId)
            emit dataChanged(index(r, Role), index(r, Role));
    emit selectionChanged();
}

QVector<qint64> ParticipantModel::added() const
{
    return m_checkOrder;
}

QVector<qint64> ParticipantModel::removed() const
{
    QVector<qint64> ids;
    for (auto it = m_registrations.cbegin(); it != m_registrations.cend(); ++it)
        if (!m_checked.contains(it.key()))
            ids.append(it->participationId);
    std::sort(ids.begin(), ids.end());
    return ids;
}

QVector<qint64> ParticipantModel::roleChanged() const
{
    QVector<qint64> persons;
    for (auto it = m_registrations.cbegin(); it != m_registrations.cend(); ++it)
        if (m_checked.contains(it.key()) && roleOf(it.key()) != it->role)
            persons.append(it.key());
    std::sort(persons.begin(), persons.end());
    return persons;
}

QString ParticipantModel::roleName(const QString& code) const
{
    for (const auto& [c, name] : m_roleList)
        if (c == code)
            return name;
    return code;
}

int ParticipantModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ParticipantModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParticipantModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows.at(index.row());
    const bool registered = m_registrations.contains(r.personId);
    const bool checked = m_checked.contains(r.personId);
    if (role == Qt::CheckStateRole && index.column() == Name)
        return checked ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::FontRole && registered) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::EditRole && index.column() == Role)
        return roleOf(r.personId);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name: return r.name;
    case Organisation: return r.organisation;
    case Position: return r.position;
    case Role: return checked ? roleName(roleOf(r.personId)) : QString();
    case Registered:
        if (registered)
            return checked ? tr("registered") : tr("registered; to be removed");
        return checked ? tr("to be added") : QString();
    }
    return {};
}

bool ParticipantModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return false;
    const qint64 personId = m_rows.at(index.row()).personId;
    if (role == Qt::CheckStateRole && index.column() == Name) {
        setChecked(personId, value.value<Qt::CheckState>() == Qt::Checked);
        return true;
    }
    if (role == Qt::EditRole && index.column() == Role && !value.toString().isEmpty()) {
        setRole(personId, value.toString());
        return true;
    }
    return false;
}

Qt::ItemFlags ParticipantModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Name)
        f |= Qt::ItemIsUserCheckable;
    if (index.column() == Role && index.row() < m_rows.size() && m_checked.contains(m_rows.at(index.row()).personId))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ParticipantModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Organisation: return tr("Organisation");
    case Position: return tr("Position");
    case Role: return tr("Role");
    case Registered: return tr("Participation");
    }
    return {};
}
