#pragma once
// The form of each record kind. Each opens the form of a new record (id 0; the unit chosen in
// the tree is its first unit, where the kind has one) or of an existing record, saves it as one
// step of the edit session, and returns the record's id when saved, 0 when cancelled.
#include "editsession.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

class Database;
class RouteRepository;
class RowsTable;
struct RouteProblem;

struct FormContext {
    EditSession& session;
    Database& db;
    QWidget* parent;
    QDate today() const;
};

class KindForms {
    Q_DECLARE_TR_FUNCTIONS(KindForms)
public:
    static qint64 person(FormContext& c, qint64 id, qint64 unitId);
    static qint64 diagnostic(FormContext& c, qint64 id, qint64 unitId);
    static qint64 route(FormContext& c, qint64 id, qint64 unitId);
    static qint64 mentoring(FormContext& c, qint64 id, qint64 unitId);
    static qint64 courseProgramme(FormContext& c, qint64 id, qint64 unitId);
    static qint64 courseCompletion(FormContext& c, qint64 id, qint64 unitId);
    static qint64 attestation(FormContext& c, qint64 id, qint64 unitId);
    static qint64 event(FormContext& c, qint64 id, qint64 unitId);
    static qint64 competition(FormContext& c, qint64 id, qint64 unitId);
    static qint64 association(FormContext& c, qint64 id, qint64 unitId);
    static qint64 consultation(FormContext& c, qint64 id, qint64 unitId);
    static qint64 innovationSite(FormContext& c, qint64 id, qint64 unitId);
    static qint64 material(FormContext& c, qint64 id, qint64 unitId);
    static qint64 survey(FormContext& c, qint64 id, qint64 unitId);
    static qint64 studentResult(FormContext& c, qint64 id, qint64 unitId);
    static qint64 planItem(FormContext& c, qint64 id, qint64 unitId);
    static qint64 risk(FormContext& c, qint64 id, qint64 unitId);
    static qint64 checklist(FormContext& c, qint64 id, qint64 unitId);

    // A route's problems as the rows of the form's table (route form).
    static Status saveProblems(RouteRepository& routes, qint64 routeId, const QVector<RouteProblem>& old, const RowsTable& rows);
    // Saves as one step of the session: `write` returns the record's id; 0 when refused.
    static Status saveStep(FormContext& c, const QString& text, qint64& savedId, const std::function<Result<qint64>()>& write);
    // A record tied to a person keeps its unit while its person and date stay; otherwise the
    // core finds it again (0: the person's organisation on the date).
    static qint64 keptUnit(qint64 unitId, qint64 oldPerson, qint64 person, const QDate& oldDate, const QDate& date)
    {
        return oldPerson == person && oldDate == date ? unitId : 0;
    }
};
