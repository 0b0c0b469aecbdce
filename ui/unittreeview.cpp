#include "unittreeview.h"
#include "unittreemodel.h"

#include <QHeaderView>

UnitTreeView::UnitTreeView(QWidget* parent) : QTreeView(parent), m_model(new UnitTreeModel(this))
{
    setModel(m_model);
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setStretchLastSection(false);

    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        const qint64 id = m_model->unitId(current);
        if (id != m_current) {
            m_current = id;
            emit unitSelected(id);
        }
    });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &UnitTreeView::rememberState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UnitTreeView::restoreState);
}

void UnitTreeView::setDatabase(Database* database)
{
    m_newDatabase = true;
    m_model->setDatabase(database); // resets: restoreState() selects the region
}

qint64 UnitTreeView::currentUnitId() const
{
    return m_model->unitId(currentIndex());
}

bool UnitTreeView::selectUnit(qint64 unitId)
{
    const QModelIndex index = m_model->indexOf(unitId);
    if (!index.isValid())
        return false;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        expand(p);
    setCurrentIndex(index);
    scrollTo(index);
    return true;
}

void UnitTreeView::rememberState()
{
    m_expanded.clear();
    if (m_newDatabase) { // nothing of another database's tree applies
        m_newDatabase = false;
        m_current = 0;
        return;
    }
    for (QModelIndex i = m_model->index(0, 0); i.isValid(); i = indexBelow(i))
        if (isExpanded(i))
            m_expanded.insert(m_model->unitId(i));
}

void UnitTreeView::restoreState()
{
    const qint64 previous = m_current;
    if (m_expanded.isEmpty()) {
        // A newly opened database: the region and its hubs are shown.
        for (int row = 0; row < m_model->rowCount(); ++row)
            expand(m_model->index(row, 0));
    }
    for (const qint64 id : std::as_const(m_expanded))
        if (const QModelIndex i = m_model->indexOf(id); i.isValid())
            expand(i);
    if (previous == 0 || !selectUnit(previous)) {
        const QModelIndex first = m_model->index(0, 0);
        m_current = -1; // so that the selection below is announced even when it is 0
        if (first.isValid())
            setCurrentIndex(first);
        else {
            m_current = 0;
            emit unitSelected(0);
        }
    } else if (m_current != previous) {
        emit unitSelected(m_current);
    }
}
