#pragma once
// What the support-cycle steps of the demo generator leave for each other: the course
// catalogue, the events with who takes part, the routes the diagnostics call for and the
// courses each person completed.
#include <QDate>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

// Who a course programme or a competition is for (bits).
enum DemoAudience : unsigned {
    ForSchool = 1, ForPreschool = 2, ForAdditional = 4, ForCollege = 8, ForManagement = 16,
    ForTeachers = ForSchool | ForAdditional | ForCollege, ForAll = ForSchool | ForPreschool | ForAdditional | ForCollege,
};

struct DemoCourse {
    qint64 id = 0;
    QString title;
    QString area;      // competence area code
    int hours = 0;
    bool registry = false;
    unsigned audience = ForAll;
};

struct DemoEvent {
    qint64 id = 0;
    qint64 organiser = 0; // unit id
    QString kind;
    QString topic;
    QString area;
    QDate date;
    int participants = 0;
};

struct DemoPlannedRoute {
    enum class Outcome { Open, Succeeded, Failed, Abandoned };
    int staff = 0;              // index into DemoContext::staff
    qint64 diagnosticId = 0;
    QDate start;
    QDate end;
    QStringList areas;          // the deficit areas of the diagnostic
    Outcome outcome = Outcome::Open;
    QDate outcomeDate;          // completed or abandoned on (invalid while open)
};

struct DemoCompletion {
    qint64 programme = 0;
    QDate end;
    int hours = 0;
};

struct DemoCycle {
    QVector<DemoCourse> courses;
    QVector<DemoEvent> events;                // as inserted
    QHash<QString, QVector<int>> eventsByArea; // indices into events, by date
    QSet<quint64> eventParticipants;           // event id << 32 | person id
    QVector<DemoPlannedRoute> routes;
    QHash<int, QVector<DemoCompletion>> completions; // by staff index
    int certificates = 0;                            // certificate numbers given so far

    // The next certificate number of a course ending on the date: "2024-000123".
    QString nextCertificate(const QDate& end)
    {
        return QStringLiteral("%1-%2").arg(end.year()).arg(++certificates, 6, 10, QLatin1Char('0'));
    }

    static quint64 key(qint64 eventId, qint64 personId) { return (quint64(eventId) << 32) | quint64(personId); }
    bool takesPart(qint64 eventId, qint64 personId) const { return eventParticipants.contains(key(eventId, personId)); }
    bool completed(int staff, qint64 programme, const QDate& end) const
    {
        for (const DemoCompletion& c : completions.value(staff))
            if (c.programme == programme && (c.end == end || !end.isValid()))
                return true;
        return false;
    }
};
