#pragma once
// Methodical events (семинары, вебинары, конференции, ...) and who took part in them, in which
// role (DOMAIN.md §3).
#include <QDate>
#include <QDateTime>
#include <QString>

struct MethodicalEvent {
    qint64 id = 0;
    QString uuid;
    qint64 orgUnitId = 0;   // the organiser (any level)
    QString kind;           // an EventKind code
    QString level;          // an EventLevel code
    QDate date;
    QDate endDate;          // invalid for a one-day event
    QString topic;
    QString competenceArea; // a CompetenceArea code, or empty
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct EventParticipation {
    qint64 id = 0;
    QString uuid;
    qint64 orgUnitId = 0; // the person's organisation on the event's date (0: filled in on insert)
    qint64 eventId = 0;
    qint64 personId = 0;
    QString role;         // a ParticipationRole code
    QDateTime createdAt;
    QDateTime updatedAt;
};

// A participation with its event, as a person's list or a subtree's list shows it.
struct EventAttendance {
    MethodicalEvent event;
    EventParticipation participation;
};
