#include "forms/rowstable.h"
#include "forms/formfields.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QVBoxLayout>

RowsTable::RowsTable(const QVector<Column>& columns, QWidget* parent)
    : QWidget(parent), m_columns(columns), m_table(new QTableWidget(0, int(columns.size()), this))
{
    QStringList titles;
    for (const Column& c : columns)
        titles.append(c.title);
    m_table->setHorizontalHeaderLabels(titles);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto* add = new QPushButton(tr("Add a row"), this);
    add->setObjectName(QStringLiteral("addRow"));
    auto* remove = new QPushButton(tr("Remove the row"), this);
    remove->setObjectName(QStringLiteral("removeRow"));
    connect(add, &QPushButton::clicked, this, [this] { addRow(); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            removeRow(m_table->currentRow());
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
}

int RowsTable::addRow(qint64 id)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* idItem = new QTableWidgetItem;
    idItem->setData(Qt::UserRole, id);
    m_table->setVerticalHeaderItem(row, idItem);
    for (int column = 0; column < m_columns.size(); ++column) {
        QWidget* editor = m_columns.at(column).make();
        onEdited(editor, this, [this] { emit changed(); });
        m_table->setCellWidget(row, column, editor);
    }
    m_table->setCurrentCell(row, 0);
    emit changed();
    return row;
}

void RowsTable::removeRow(int row)
{
    m_table->removeRow(row);
    emit changed();
}

qint64 RowsTable::rowId(int row) const
{
    const QTableWidgetItem* item = m_table->verticalHeaderItem(row);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}
