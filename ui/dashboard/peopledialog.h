#pragma once
// What is behind a figure (IndicatorPeople): persons, records or units. By default the gaps — in
// the denominator but not the numerator, what a methodist works through — and, on a toggle, those
// in the numerator; every row where the rows make one side of the figure (K14, K19), with a note
// on the other. With the facts a methodist acts on, exportable to CSV for Excel.
#include "indicators/indicatorpeople.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QTableWidget;

class PeopleDialog : public QDialog {
    Q_OBJECT
public:
    PeopleDialog(Database& db, const QString& code, qint64 unitId, const IndicatorPeriod& period, QWidget* parent = nullptr);

    // Opens a dialog that deletes itself when closed; returns it (tests look inside).
    static PeopleDialog* show(QWidget* parent, Database& db, const QString& code, qint64 unitId, const IndicatorPeriod& period);

    QTableWidget* table() const { return m_table; }
    QCheckBox* numeratorToggle() const { return m_numerator; }
    QString message() const; // why there is nobody to list, or empty
    bool exportCsv(); // asks for a file (FileDialog) and writes the rows shown

private:
    void fill();

    PeopleBehind m_people;
    QVector<RowBehind> m_shown;
    QLabel* m_summary;
    QCheckBox* m_numerator;
    QTableWidget* m_table;
    QString m_error;
};
