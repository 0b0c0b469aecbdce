#pragma once
// The parts of a record edited with it in its form (a diagnostic's results, a route's items, a
// programme's mentees): a table whose cells are editors, with buttons to add and remove rows.
// Each row remembers the id of the part it shows (0 for a new one).
#include <QTableWidget>
#include <QVector>
#include <functional>

class RowsTable : public QWidget {
    Q_OBJECT
public:
    struct Column {
        QString title;
        std::function<QWidget*()> make; // a new editor for a cell of this column
    };
    RowsTable(const QVector<Column>& columns, QWidget* parent = nullptr);

    int addRow(qint64 id = 0); // the new row's index
    void removeRow(int row);
    int rowCount() const { return m_table->rowCount(); }
    qint64 rowId(int row) const;
    template <class Editor>
    Editor* cell(int row, int column) const
    {
        return qobject_cast<Editor*>(m_table->cellWidget(row, column));
    }
    QTableWidget* table() const { return m_table; }

signals:
    void changed();

private:
    QVector<Column> m_columns;
    QTableWidget* m_table;
};
