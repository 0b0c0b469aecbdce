#pragma once
// Stores methodical events and their participants. A whole event's participants can be
// recorded at once, all or nothing.
#include "domain/event.h"
#include "status.h"
#include "storage/recordchecks.h"
#include "storage/referencerepository.h"
#include "storage/repository.h"

#include <QVector>
#include <functional>
#include <optional>

class EventRepository : public Repository {
    Q_DECLARE_TR_FUNCTIONS(EventRepository)
public:
    explicit EventRepository(Database& db) : Repository(db), m_references(db), m_checks(db) {}

    // Events. Validate, then write; insert sets id, uuid (if empty) and times.
    Result<qint64> insert(MethodicalEvent& event);
    Status update(const MethodicalEvent& event);
    Status remove(qint64 eventId); // refused while participants are listed
    Status validate(MethodicalEvent& event); // normalises (trims, codes) and checks
    std::optional<MethodicalEvent> find(qint64 id);
    // Events organised in the subtree that take place (in part) within [from, to]; an invalid
    // bound is open. By date.
    QVector<MethodicalEvent> list(qint64 rootUnitId, const QDate& from, const QDate& to);

    // Participants. An empty orgUnitId is filled with the person's main organisation on the
    // event's date; the role is a ParticipationRole code or name.
    Result<qint64> addParticipant(EventParticipation& participation);
    // The same for a caller that holds the event as stored (an importer going through a list of
    // one event): the event is not read again, and the person's name only for a message; every
    // check of addParticipant stays (the person exists and works there on the event's date, is
    // not listed yet, the role is known).
    Result<qint64> addParticipant(const MethodicalEvent& event, EventParticipation& participation);
    // Lists every person with one role in one transaction. If any person is unknown, already
    // listed, given twice or works nowhere on the event's date, nothing is written and the
    // message names each problem, one a line. The number of participants added.
    Result<int> addParticipants(qint64 eventId, const QVector<qint64>& personIds, const QString& role);
    Status updateParticipant(const EventParticipation& participation);
    Status removeParticipant(qint64 participationId);
    std::optional<EventParticipation> findParticipation(qint64 id);
    QVector<EventParticipation> participants(qint64 eventId); // by name
    int participantCount(qint64 eventId);
    QVector<EventAttendance> eventsOf(qint64 personId);       // by event date
    // Participations of the subtree's staff (by the participation's unit) in events that take
    // place (in part) within [from, to]. By event date.
    QVector<EventAttendance> participationsIn(qint64 rootUnitId, const QDate& from, const QDate& to);

    // The person's participations as lines of their history, by event date.
    QVector<HistoryEntry> historyOf(qint64 personId);

private:
    // Checks one participant of the event (fills the unit and the role's code), or names the problem.
    Status checkParticipant(const MethodicalEvent& event, EventParticipation& participation, const QString& personName);
    // The same, reading the person's name (or that they do not exist) only when a check fails.
    Status checkParticipant(const MethodicalEvent& event, EventParticipation& participation,
                            const std::function<Result<QString>()>& personName);
    Status checkPlace(const MethodicalEvent& event, EventParticipation& participation,
                      const std::function<Result<QString>()>& personName);
    Status listed(const MethodicalEvent& event, const EventParticipation& participation,
                  const std::function<Result<QString>()>& personName);
    Status moveParticipants(const MethodicalEvent& event); // to the event's (new) date
    Status writeParticipant(EventParticipation& participation, const QString& now);
    QVector<EventAttendance> attendances(const QString& sql, const QVariantList& values);
    MethodicalEvent readEvent(const QSqlQuery& q, int first = 0) const;
    EventParticipation readParticipation(const QSqlQuery& q, int first = 0) const;
    ReferenceRepository m_references;
    RecordChecks m_checks;
};
