#pragma once
// Recording a whole event's participants at once: the staff of a chosen unit's subtree on the
// event's date (each person at their main employment; the organiser's unit at first), found by
// name, checked one by one or all shown at once; the registered participants are checked and
// marked. Save adds and removes participants and changes roles in one step of the edit session.
// At most RowLimit persons are listed at a time (a region has 100,000): the name filter narrows.
#include <QDate>
#include <QDialog>
#include <functional>

class Database;
class EditSession;
class ErrorLabel;
class ParticipantModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

class ParticipantPicker : public QDialog {
    Q_OBJECT
public:
    static constexpr int RowLimit = 500;

    ParticipantPicker(EditSession& session, qint64 eventId, QWidget* parent = nullptr);

    // Shows the picker; true when the participants were saved.
    static bool pick(QWidget* parent, EditSession& session, qint64 eventId);
    // Tests: the next pick() shows nothing and runs the script on the picker instead (which may
    // check persons and call save()); pick() then returns whether it saved.
    static void setNextScript(std::function<void(ParticipantPicker&)> script);

    ParticipantModel* model() const { return m_model; }
    // Lists the staff of this unit's subtree (an id from the unit choice).
    void setUnit(qint64 unitId);
    // Lists the persons whose name contains the text (at once; typing waits a moment).
    void setNameFilter(const QString& text);
    void checkAllShown();
    // Writes the changes in one step; false (with the core's message shown) when refused.
    bool save();
    bool saved() const { return m_saved; }
    QString errorText() const;
    QString summaryText() const;

private:
    void reloadRows();
    void updateSummary();
    void fillUnits(qint64 organiserId);

    EditSession& m_session;
    Database* m_db;
    qint64 m_eventId;
    QString m_topic;
    QDate m_eventDate;
    bool m_saved = false;
    bool m_limited = false; // the staff shown are the first RowLimit
    ParticipantModel* m_model;
    QComboBox* m_unit;
    QLineEdit* m_name;
    QComboBox* m_role;
    QTableView* m_view;
    QLabel* m_summary;
    ErrorLabel* m_error;
    QTimer* m_nameDelay;
};
