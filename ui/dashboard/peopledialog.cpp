#include "dashboard/peopledialog.h"

#include "dashboard/statuscolours.h"
#include "indicators/figuretext.h"
#include "filedialog.h"
#include "messagebox.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QSaveFile>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

PeopleDialog::PeopleDialog(Database& db, const QString& code, qint64 unitId, const IndicatorPeriod& period, QWidget* parent)
    : QDialog(parent), m_summary(new QLabel(this)), m_numerator(new QCheckBox(this)),
      m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("peopleDialog"));
    resize(760, 520);
    const auto people = IndicatorPeople(db).list(code, unitId, period);
    if (people)
        m_people = *people;
    else
        m_error = people.error();
    switch (m_people.kind) {
    case RowsBehind::Persons:
        setWindowTitle(tr("People behind %1, %2").arg(code.toUpper(), period.text()));
        m_numerator->setText(tr("Show those in the numerator"));
        break;
    case RowsBehind::Records:
        setWindowTitle(tr("Records behind %1, %2").arg(code.toUpper(), period.text()));
        m_numerator->setText(tr("Show the records in the numerator"));
        break;
    case RowsBehind::Units:
        setWindowTitle(tr("Answers behind %1, %2").arg(code.toUpper(), period.text()));
        m_numerator->setText(tr("Show the units in the numerator"));
        break;
    }
    m_numerator->setVisible(m_people.divides);
    m_summary->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* save = buttons->addButton(tr("Export to CSV…"), QDialogButtonBox::ActionRole);
    save->setEnabled(people.ok());
    m_numerator->setEnabled(people.ok());
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, [this] { exportCsv(); });
    connect(m_numerator, &QCheckBox::toggled, this, &PeopleDialog::fill);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_numerator);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    fill();
}

PeopleDialog* PeopleDialog::show(QWidget* parent, Database& db, const QString& code, qint64 unitId, const IndicatorPeriod& period)
{
    auto* dialog = new PeopleDialog(db, code, unitId, period, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->QDialog::show();
    return dialog;
}

QString PeopleDialog::message() const
{
    return m_error;
}

void PeopleDialog::fill()
{
    if (!m_error.isEmpty()) {
        m_summary->setText(m_error);
        m_table->setColumnCount(0);
        m_table->setRowCount(0);
        return;
    }
    const bool numerator = m_numerator->isChecked();
    m_shown = m_people.shown(numerator);
    QStringList text{QStringLiteral("%1 %2.").arg(m_people.indicator.code, m_people.indicator.name)};
    if (!m_people.indicator.numerator.isEmpty() && !m_people.indicator.denominator.isEmpty())
        text << tr("Numerator: %1. Denominator: %2.").arg(m_people.indicator.numerator, m_people.indicator.denominator);
    if (!m_people.note.isEmpty())
        text << m_people.note;
    if (!m_people.reportedUnits.isEmpty())
        text << tr("Units that reported their figures (%n) have nothing listed.", nullptr, int(m_people.reportedUnits.size()));
    const QString shown = FigureText::number(double(m_shown.size()));
    const QString all = FigureText::number(double(m_people.rows.size()));
    if (!m_people.divides)
        text << tr("Listed: %1.").arg(m_people.countText(m_shown.size()));
    else
        text << (numerator ? tr("In the numerator: %1 of %2.").arg(shown, all) : tr("Not in the numerator: %1 of %2.").arg(shown, all));
    m_summary->setText(text.join(u'\n'));

    const QStringList headers = m_people.headings(false);
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(m_shown.size()));
    for (int row = 0; row < m_shown.size(); ++row) {
        const RowBehind& r = m_shown.at(row);
        const QStringList cells = m_people.cells(r, false);
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        m_table->item(row, 0)->setData(Qt::UserRole, r.personId);
    }
    m_table->resizeColumnsToContents();
    int width = 0;
    for (int column = 0; column < m_table->columnCount(); ++column) {
        if (column + 1 < m_table->columnCount()) // the last column stays in sight
            m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 300));
        width += m_table->columnWidth(column);
    }
    // Wide enough for every column of a record list (status, date, evidence), within reason.
    if (!isVisible())
        resize(std::clamp(width + 90, 760, 1200), height()); // with the scroll bar
}

bool PeopleDialog::exportCsv()
{
    const QString path = FileDialog::getSaveFileName(this, tr("Export the list"), {}, tr("CSV files (*.csv)"), QStringLiteral("csv"));
    if (path.isEmpty())
        return false;
    QSaveFile file(path); // whole or not at all: a failure leaves any old file as it was
    Status status = file.open(QIODevice::WriteOnly) ? IndicatorPeople::writeCsv(m_people, m_shown, file)
                                                    : Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (status.ok() && !file.commit())
        status = Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (!status.ok()) {
        MessageBox::warning(this, tr("Export the list"), status.error());
        return false;
    }
    return true;
}
