#pragma once
// The staff register of the selected subtree as a table: one row per employment. Filtering
// and sorting happen in SQL (StaffQuery): each change runs one query for the ordered ids, so
// the row count (and the scroll bar) is right at once; the facts of the rows are fetched
// when they are shown, a page of StaffQuery::PageSize at a time, with a small page cache.
#include "storage/staffquery.h"

#include "pagedrows.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <memory>

class Database;

class StaffTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { EmploymentIdRole = Qt::UserRole + 1, PersonIdRole, ActiveRole };

    explicit StaffTableModel(QObject* parent = nullptr);
    ~StaffTableModel() override;

    void setDatabase(Database* database); // nullptr: no rows
    void setRootUnit(qint64 unitId);
    void setNameFilter(const QString& text);
    void setPositionFilter(const QString& positionCode); // empty: any
    void setCategoryFilter(const QString& categoryCode); // empty: any
    void setIncludeFormer(bool include);
    const StaffFilter& filter() const { return m_filter; }
    void setFilter(const StaffFilter& filter); // `on` is replaced by today
    void reload();                             // runs the id query again
    QString lastError() const { return m_error; }

    qint64 employmentId(int row) const;
    const StaffRow* staffRow(int row) const; // fetches the row's page when needed
    int pagesFetched() const { return m_rows.pagesFetched(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void queryFailed(const QString& error);

private:
    QVariant display(const StaffRow& row, StaffColumn column) const;

    QPointer<Database> m_database;
    std::unique_ptr<StaffQuery> m_query;
    QMetaObject::Connection m_changed;
    StaffFilter m_filter;
    PagedRows<StaffRow> m_rows{StaffQuery::PageSize, &StaffRow::employmentId};
    QString m_error;
};
