#pragma once
// The four-level tree of organisation units as an item model: "Name (N)" with N the persons
// employed today in the unit's subtree, an icon per level, the unit's facts as a tooltip.
// Loaded at once (a region has a few thousand units); reloaded when units change, counts
// refreshed when persons change.
#include "domain/orgunit.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>
#include <QPointer>
#include <QVector>

class Database;

class UnitTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role { UnitIdRole = Qt::UserRole + 1, LevelRole, StaffCountRole };

    explicit UnitTreeModel(QObject* parent = nullptr);

    void setDatabase(Database* database); // nullptr: an empty tree
    void reload();

    qint64 unitId(const QModelIndex& index) const; // 0 for an invalid index
    QModelIndex indexOf(qint64 unitId) const;      // invalid when unknown
    const OrgUnit* unit(const QModelIndex& index) const;
    int staffCount(qint64 unitId) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        OrgUnit unit;
        int parent = -1; // node index, -1 for a root
        int row = 0;     // among its siblings
        QVector<int> children;
    };
    void load();
    void refreshCounts();
    QString toolTip(const OrgUnit& unit) const;
    int node(const QModelIndex& index) const { return int(index.internalId()); }

    QPointer<Database> m_database;
    QMetaObject::Connection m_changed;
    QVector<Node> m_nodes;
    QVector<int> m_roots;
    QHash<qint64, int> m_nodeOfUnit;
    QHash<qint64, int> m_staff;
    QIcon m_icons[4];
};
