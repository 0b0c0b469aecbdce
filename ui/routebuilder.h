#pragma once
// Building an individual educational route (ИОМ) from a diagnostic: the diagnostic's deficits
// become the route's problems; for each deficit's competence area the course programmes of that
// area and the methodical events of that area within the route's period (organised by the
// person's organisation or a unit above it) are offered as items, and free items with a
// direction and a due date can be added. The core's rules of the route are checked as the period
// is typed (Create stays disabled, the reason shown). Create is one step of the edit session (the
// route, its problems and its items, or nothing); the core's message is shown when refused.
#include <QDate>
#include <QDialog>
#include <functional>

class Database;
class EditSession;
class ErrorLabel;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

class RouteBuilder : public QDialog {
    Q_OBJECT
public:
    RouteBuilder(EditSession& session, qint64 diagnosticId, QWidget* parent = nullptr);

    // Shows the builder; the new route's id, or 0 when cancelled.
    static qint64 build(QWidget* parent, EditSession& session, qint64 diagnosticId);
    // Tests: the next build() shows nothing and runs the script on the builder instead (which
    // may pick items and call create()); build() then returns the route created, if any.
    static void setNextScript(std::function<void(RouteBuilder&)> script);

    // Creates the route with the chosen items in one step. False (with the reason shown in the
    // dialog) when the core refuses; nothing is written then.
    bool create();
    qint64 routeId() const { return m_routeId; }

    // The route's default period: from the diagnostic's date to the end of its academic year.
    void setPeriod(const QDate& start, const QDate& end);
    // Checks the offered items whose title contains the text; how many were checked.
    int checkCandidates(const QString& titlePart);
    // Adds a free item row (a direction code, a title, a due date).
    void addFreeItem(const QString& directionCode, const QString& title, const QDate& due);
    QString errorText() const;

private:
    void loadCandidates(); // for the period, then checkPeriod()
    void checkPeriod();
    void updateDueDates();
    QTreeWidgetItem* candidate(QTreeWidgetItem* area, const QString& key, const QString& title,
                               const QString& directionCode, const QDate& due);

    EditSession& m_session;
    Database* m_db;
    qint64 m_diagnosticId;
    qint64 m_personId = 0;
    qint64 m_organisationId = 0;
    QDate m_diagnosticDate;
    QString m_diagnosticText; // its date
    QString m_personName;
    QStringList m_areas; // the deficit areas' codes
    qint64 m_routeId = 0;
    QLabel* m_person;
    QListWidget* m_deficits;
    QDateEdit* m_start;
    QDateEdit* m_end;
    QTreeWidget* m_candidates;
    QTableWidget* m_free;
    ErrorLabel* m_error;
    QPushButton* m_create = nullptr;
};
