#pragma once
// The register of one record kind (any kind but Person): its records in the subtree selected
// in the tree and in the chosen period, a text filter (with a short delay while typing), a
// status filter where the kind has statuses, sorting by a click on a header, a column chooser
// (the header's context menu), the number of records, and the record actions: Создать (Ins),
// Изменить (Enter, double click), Удалить (Del) through the record forms, and whatever actions
// other parts of the window add for this kind (addRecordAction).
#include "registers/registerperiod.h"
#include "domain/recordkind.h"

#include <QVariantMap>
#include <QWidget>
#include <functional>

class Database;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QToolBar;
class RecordForms;
class RecordTableModel;

class RegisterPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int TextFilterDelayMs = 250; // typing pauses this long before the query runs

    explicit RegisterPanel(RecordKind kind, QWidget* parent = nullptr);

    RecordKind kind() const { return m_kind; }
    void setDatabase(Database* database); // refuses edits until setForms
    void setForms(RecordForms* forms);    // not owned; nullptr: no edits
    void setRootUnit(qint64 unitId);
    void setPeriod(const RegisterPeriod& period);
    // Only the shown register reads the database; a hidden one catches up when shown again.
    void setActive(bool active);

    // An action on the current record, in the toolbar and the context menu; enabled while a
    // record is current. The handler gets the record's id.
    QAction* addRecordAction(const QString& text, std::function<void(qint64 id)> handler);

    qint64 currentId() const;           // 0 when none
    QVector<qint64> selectedIds() const; // in the shown order
    void selectRecord(qint64 id);       // makes it current, if shown

    // The column chooser's state, by column id (RegisterColumn::id).
    QStringList hiddenColumns() const;
    void setHiddenColumns(const QStringList& ids);
    QVariantMap columnWidths() const; // id -> width in pixels
    void setColumnWidths(const QVariantMap& widths);
    void setColumnShown(int column, bool shown); // as the column chooser does; the last shown column stays

    RecordTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* textFilter() const { return m_text; }
    QComboBox* statusFilter() const { return m_status; } // hidden for kinds without statuses
    QLabel* countLabel() const { return m_count; }
    QToolBar* toolBar() const { return m_tools; }
    QAction* createAction() const { return m_create; }
    QAction* editAction() const { return m_edit; }
    QAction* removeAction() const { return m_remove; }
    QMenu* columnMenu(); // the header's context menu, filled for the current columns

private:
    void createRecord();
    void editRecord();
    void removeRecords();
    void updateActions();
    void updateCount();
    void setDefaultColumnWidths();
    void showContextMenu(const QPoint& at);

    RecordKind m_kind;
    RecordTableModel* m_model;
    RecordForms* m_forms = nullptr;
    QToolBar* m_tools;
    QLineEdit* m_text;
    QComboBox* m_status;
    QTableView* m_view;
    QLabel* m_count;
    QAction* m_create;
    QAction* m_edit;
    QAction* m_remove;
    QList<QAction*> m_recordActions; // added by other parts of the window
    QMenu* m_columns = nullptr;
    qint64 m_keep = 0; // the current record across a reload
};
