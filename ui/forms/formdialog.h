#pragma once
// The dialog of every record form: pages (tabs) of labelled editors, the reason the record is
// not valid yet shown under them, and OK (also Ctrl+Enter) enabled only while it is valid.
// On every change the form builds its record and asks the core's rules (a read-only check);
// OK runs the save, and a save the core refuses keeps the dialog open with the reason.
#include "status.h"

#include <QDialog>
#include <QHash>
#include <QVector>
#include <functional>

class QFormLayout;
class QLabel;
class QPushButton;
class QTabWidget;

class FormDialog : public QDialog {
    Q_OBJECT
public:
    FormDialog(const QString& title, QWidget* parent);

    // The first page, or a further one (a tab) for the fields used less often.
    QFormLayout* page(const QString& title = {});
    // Adds a labelled editor named `name` (for tests and settings) that rechecks the form on
    // every change; returns the editor.
    template <class Editor>
    Editor* add(QFormLayout* page, const QString& label, Editor* editor, const char* name)
    {
        addEditor(page, label, editor, name);
        return editor;
    }
    // An editor filling the width of the page, under its title (tables of parts).
    void addWide(QFormLayout* page, const QString& title, QWidget* editor, const char* name);

    // A person picker or a list that must have a choice before the core is asked.
    void require(QWidget* editor) { m_required.append(editor); }
    void setCheck(std::function<Status()> check) { m_check = std::move(check); }
    void setSave(std::function<Status()> save) { m_save = std::move(save); }

    void recheck();
    bool save(); // checks, saves and closes; false (dialog stays open) when refused
    QString problem() const; // what is wrong now, empty when valid
    QPushButton* okButton() const { return m_ok; }

    // Shows the dialog until saved or cancelled; true when saved.
    bool run();
    // Tests: the next form is not shown; this is called with it instead (fill the editors,
    // then save() or leave it cancelled).
    static void setNextScript(std::function<void(FormDialog&)> script);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void addEditor(QFormLayout* page, const QString& label, QWidget* editor, const char* name);
    QTabWidget* m_tabs;
    QLabel* m_problem;
    QPushButton* m_ok;
    QHash<QWidget*, QString> m_labels;
    QVector<QWidget*> m_required;
    std::function<Status()> m_check;
    std::function<Status()> m_save;
};
