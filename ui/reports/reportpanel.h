#pragma once
// The reports panel («Отчёты»: the Reports menu, Ctrl+R): choose the report (any kind of
// reportKinds()), the unit (the tree's selection at first), the academic year (the window's
// period at first) and what the kind needs (a person for the card, months for the lists, an
// indicator and a number of years for a trend); «Сформировать» builds the document in a worker
// thread over a connection of its own (a busy bar shows; the window stays responsive). Then the
// author's blocks of the document are edited here — saved with the database as one step of
// Edit ▸ Undo — and the document is previewed, printed or saved as PDF, ODT, XLSX or HTML.
// The last choices are remembered.
#include "reports/reportdocument.h"
#include "reports/reportkinds.h"

#include <QPointer>
#include <QWidget>
#include <memory>
#include <optional>

class Database;
class EditSession;
class ErrorLabel;
class PersonPicker;
class QComboBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QThread;
class QVBoxLayout;
class SearchCombo;
class Settings;

class ReportPanel : public QWidget {
    Q_OBJECT
public:
    ReportPanel(EditSession* edits, Settings& settings, QWidget* parent = nullptr);
    ~ReportPanel() override;

    void setDatabase(Database* database);
    void setUnit(qint64 unitId);  // the tree's selection
    void setYear(int year);       // the window's academic year
    void setKind(const QString& name);
    QString kind() const;         // "analysis"

    // The keyboard focus on what to do next: the first choice missing, else «Сформировать».
    void focusNext();
    // Why the report cannot be built with these choices (no unit, no person...); empty if it can.
    QString missing() const;
    // Builds the chosen report in the background; built() follows.
    void build();
    bool isBusy() const { return m_worker != nullptr; }
    // The last document built, with the author's text as edited here; nullptr before a build.
    const ReportDocument* document() const { return m_document ? &*m_document : nullptr; }
    QString message() const; // why the last build or save failed, or empty

    // Saves the author's blocks edited since the last save, as one step of Edit ▸ Undo.
    bool saveAuthorTexts();
    // The outputs of the document (the author's text saved first).
    void preview();
    void print();
    void saveAs();                       // asks for a file (PDF, ODT, XLSX, HTML)
    bool saveTo(const QString& path);    // in the format of its suffix; says why not in Russian

    QComboBox* kindSelector() const { return m_kind; }
    SearchCombo* unitSelector() const { return m_unit; }
    SearchCombo* yearSelector() const { return m_year; }
    PersonPicker* personPicker() const { return m_person; }
    QComboBox* indicatorSelector() const { return m_indicator; }
    QSpinBox* monthsBox() const { return m_months; }
    QSpinBox* yearsBox() const { return m_years; }
    QPushButton* buildButton() const { return m_build; }
    QPlainTextEdit* authorEditor(const QString& key) const; // of the shown document's block

signals:
    void built();                       // a build ended (document() or message())
    void documentReady(bool ready);     // a document can be previewed, printed, saved

private:
    struct Outcome;
    const ReportKind& currentKind() const;
    void kindChosen();
    void refreshState();
    void finished(const std::shared_ptr<Outcome>& outcome, quint64 generation);
    void showDocument();
    void reloadAuthorTexts(); // after an undo or redo of the saved text
    void rememberChoices();
    void waitForWorkers();

    EditSession* m_edits;
    Settings& m_settings;
    Database* m_database = nullptr;
    QMetaObject::Connection m_changed;
    std::optional<ReportDocument> m_document;
    ReportRequest m_built; // the request of the document shown
    QThread* m_worker = nullptr;
    QList<QPointer<QThread>> m_running;
    quint64 m_generation = 0;
    bool m_saving = false;

    QComboBox* m_kind;
    SearchCombo* m_unit;
    SearchCombo* m_year;
    PersonPicker* m_person = nullptr; // made for each database
    QWidget* m_personPlace;
    QSpinBox* m_months;
    QComboBox* m_indicator;
    QSpinBox* m_years;
    QFormLayout* m_form;
    QPushButton* m_build;
    QProgressBar* m_busy;
    QLabel* m_reason;
    ErrorLabel* m_error;
    QLabel* m_title;
    QListWidget* m_outline;
    QWidget* m_authorBox;
    QVBoxLayout* m_authorLayout;
    QPushButton* m_saveTexts;
    QPushButton* m_preview;
    QPushButton* m_print;
    QPushButton* m_saveAs;
    QVector<QPair<QString, QPlainTextEdit*>> m_editors; // by block key
};
