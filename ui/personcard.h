#pragma once
// The person's card — what a methodist opens first: a header with the person's main employment,
// category, experience and age, and a read-only tab per record kind (the whole history in date
// order, diagnostics, routes with their items, courses, attestation, mentoring, events,
// competitions). It follows the database (Database::changed). From the card a route is built
// from a selected diagnostic (RouteBuilder) and a route's status is moved along its lifecycle,
// each one step of the edit session.
#include <QDialog>
#include <QPointer>

class Database;
class EditSession;
class QLabel;
class QTabWidget;
class QTableWidget;
class QToolButton;

class PersonCard : public QDialog {
    Q_OBJECT
public:
    PersonCard(EditSession& session, qint64 personId, QWidget* parent = nullptr);

    // Opens the card of the person (not modal; it deletes itself when closed) and returns it.
    static PersonCard* show(QWidget* parent, EditSession& session, qint64 personId);

    qint64 personId() const { return m_personId; }
    // Reads everything again (done on every change of the database).
    void reload();
    // Moves the route to the status (a RouteStatuses code) as of today, as the routes tab's
    // Status menu does; a refusal is shown with the core's message. True when moved.
    bool setRouteStatus(qint64 routeId, const QString& status);
    // Builds a route from the diagnostic selected in the diagnostics tab; the new route's id or 0.
    qint64 buildRoute();

private:
    void loadHeader();
    void loadHistory();
    void loadDiagnostics();
    void loadRoutes();
    void loadRouteItems();
    void loadCourses();
    void loadAttestation();
    void loadMentoring();
    void loadEvents();
    void loadCompetitions();
    qint64 selectedId(QTableWidget* table) const; // the id kept in the first column of the row
    QTableWidget* addTable(const QString& objectName, const QString& title, const QStringList& headers);

    EditSession& m_session;
    QPointer<Database> m_db; // null once the window closes that database
    qint64 m_personId;
    QLabel* m_header;
    QTabWidget* m_tabs;
    QTableWidget* m_history = nullptr;
    QTableWidget* m_diagnostics = nullptr;
    QTableWidget* m_routes = nullptr;
    QTableWidget* m_routeItems = nullptr;
    QTableWidget* m_courses = nullptr;
    QTableWidget* m_attestation = nullptr;
    QTableWidget* m_mentoring = nullptr;
    QTableWidget* m_events = nullptr;
    QTableWidget* m_competitions = nullptr;
    QToolButton* m_routeStatus = nullptr;
};
