#pragma once
// The centre of the window for now: the staff register of the selected subtree with its
// filters (name, position, category, former staff) and the number of rows found.
#include <QKeySequence>
#include <QWidget>
#include <functional>

class Database;
class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class StaffTableModel;

class StaffPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int NameFilterDelayMs = 250; // typing pauses this long before the query runs

    explicit StaffPanel(QWidget* parent = nullptr);

    void setDatabase(Database* database); // fills the position and category lists
    void setRootUnit(qint64 unitId);

    StaffTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* nameFilter() const { return m_name; }
    QComboBox* positionFilter() const { return m_position; }
    QComboBox* categoryFilter() const { return m_category; }
    QCheckBox* formerStaff() const { return m_former; }
    QLabel* countLabel() const { return m_count; }

    // The person of the current row (0: none).
    qint64 currentPersonId() const;
    // An action in the table's context menu (and its shortcut); the handler gets the current
    // row's person, 0 when there is none.
    QAction* addPersonAction(const QString& text, const QKeySequence& shortcut,
                             std::function<void(qint64 personId)> handler);

    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray& state);

signals:
    void personActivated(qint64 personId); // double click or Enter on a row

private:
    void fillReferences(Database* database);
    void updateCount();
    void setDefaultColumnWidths();

    StaffTableModel* m_model;
    QLineEdit* m_name;
    QComboBox* m_position;
    QComboBox* m_category;
    QCheckBox* m_former;
    QTableView* m_view;
    QLabel* m_count;
};
