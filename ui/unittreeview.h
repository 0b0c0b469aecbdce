#pragma once
// The navigator on the left: the tree of units. Selecting a unit selects the subtree every
// other view shows. The selection and the expanded branches survive a reload of the tree.
#include <QSet>
#include <QTreeView>

class Database;
class UnitTreeModel;

class UnitTreeView : public QTreeView {
    Q_OBJECT
public:
    explicit UnitTreeView(QWidget* parent = nullptr);

    UnitTreeModel* unitModel() const { return m_model; }
    void setDatabase(Database* database); // selects the region and shows the hubs
    qint64 currentUnitId() const;
    bool selectUnit(qint64 unitId); // expands its ancestors; false when unknown

signals:
    void unitSelected(qint64 unitId); // 0 when nothing is selected

private:
    void rememberState();
    void restoreState();

    UnitTreeModel* m_model;
    qint64 m_current = 0;
    bool m_newDatabase = false;
    QSet<qint64> m_expanded;
};
