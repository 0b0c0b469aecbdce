#pragma once
// A target of an indicator for a unit and a year (the calendar year the period ends in),
// written through IndicatorTargets in one edit — one step of Edit ▸ Undo.
#include <QDialog>

class EditSession;
class ErrorLabel;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

class TargetDialog : public QDialog {
    Q_OBJECT
public:
    TargetDialog(EditSession& edits, qint64 unitId, const QString& unitName, const QString& code, int year,
                 QWidget* parent = nullptr);

    QComboBox* indicator() const { return m_indicator; }
    QSpinBox* year() const { return m_year; }
    QDoubleSpinBox* value() const { return m_value; }
    bool save(); // writes the target; on refusal shows the core's message and keeps the dialog

private:
    EditSession& m_edits;
    qint64 m_unitId;
    QComboBox* m_indicator;
    QSpinBox* m_year;
    QDoubleSpinBox* m_value;
    ErrorLabel* m_error;
};
