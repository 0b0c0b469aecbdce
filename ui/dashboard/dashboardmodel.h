#pragma once
// The drill-down table of the dashboard: the unit (first row, always on top) and its direct
// children; column 0 the unit's name, then one column per indicator with the value, the counts
// and target in the tooltip and the status as a light background. Sorting orders the children.
#include "indicators/indicatorboard.h"

#include <QAbstractTableModel>

class DashboardModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { UnitIdRole = Qt::UserRole + 1, CodeRole, StatusRole, SortRole };

    explicit DashboardModel(QObject* parent = nullptr);

    void setBoard(const IndicatorBoardData& board);
    const IndicatorBoardData& board() const { return m_board; }
    void clear();

    // The reading of a cell, or nullptr for the name column or an invalid index.
    const IndicatorReading* reading(const QModelIndex& index) const;
    const UnitReadings* unitAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    IndicatorBoardData m_board;
    QVector<int> m_order; // rows after the first: indexes into m_board.children
};
