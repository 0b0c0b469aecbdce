#pragma once
// The register of one record kind as a table (any kind but Person, whose register is the staff
// table). Filtering and sorting happen in SQL (RegisterQuery): each change runs one query for
// the ordered ids, so the row count is right at once; the rows' texts are fetched when they are
// shown, a page of RegisterQuery::PageSize at a time, with a small page cache. While inactive
// (its register is not shown) the model only notes that it must read again when activated.
#include "registers/registerquery.h"

#include "pagedrows.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <memory>

class Database;

class RecordTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit RecordTableModel(RecordKind kind, QObject* parent = nullptr);
    ~RecordTableModel() override;

    const RegisterSpec& spec() const { return m_spec; }
    void setDatabase(Database* database); // nullptr: no rows
    void setRootUnit(qint64 unitId);      // 0: no rows
    void setPeriod(const RegisterPeriod& period);
    void setTextFilter(const QString& text);
    void setStatusFilter(const QString& status); // empty: any
    const RegisterFilter& filter() const { return m_filter; }
    void setActive(bool active); // reads again if something changed while inactive
    bool isActive() const { return m_active; }
    void reload();
    QString lastError() const { return m_error; }

    qint64 recordId(int row) const;
    int rowOf(qint64 id) const; // -1 when not shown
    const RegisterRow* recordRow(int row) const; // fetches the row's page when needed
    int pagesFetched() const { return m_rows.pagesFetched(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void queryFailed(const QString& error);

private:
    void changed(); // the filter changed: read now, or when activated

    const RegisterSpec& m_spec;
    QPointer<Database> m_database;
    std::unique_ptr<RegisterQuery> m_query;
    QMetaObject::Connection m_changes;
    RegisterFilter m_filter;
    bool m_active = true;
    bool m_stale = false;
    PagedRows<RegisterRow> m_rows{RegisterQuery::PageSize, &RegisterRow::id};
    QString m_error;
};
