#pragma once
// What moving an event to another date or a competition to another year does to its
// participants: a participation belongs to the organisation its person works at then, so each
// stays where the person still works at the new time, and otherwise goes to where they work
// then. When someone worked nowhere then the move is refused, naming every such person.
// Shared by EventRepository and CompetitionRepository; each writes its own table.
#include "status.h"

#include <QString>
#include <QStringList>
#include <QVector>
#include <functional>

struct ParticipantPlace {
    qint64 participationId = 0;
    qint64 personId = 0;
    qint64 unitId = 0;
};

struct ParticipantRules {
    std::function<bool(qint64 personId, qint64 unitId)> stays;  // still works there at the new time
    std::function<qint64(qint64 personId)> placeOf;              // where they work then, 0: nowhere
    std::function<QString(qint64 personId)> nowhere;             // the message for one who worked nowhere
};

// The participations whose unit changes, with their new units; or a failure: `headline`, then
// one line per person who worked nowhere at the new time.
inline Result<QVector<ParticipantPlace>> replaceParticipants(const QVector<ParticipantPlace>& participants,
                                                             const ParticipantRules& rules, const QString& headline)
{
    QVector<ParticipantPlace> moved;
    QStringList problems;
    for (ParticipantPlace p : participants) {
        if (rules.stays(p.personId, p.unitId))
            continue;
        p.unitId = rules.placeOf(p.personId);
        if (p.unitId == 0)
            problems << rules.nowhere(p.personId);
        else
            moved.append(p);
    }
    if (!problems.isEmpty())
        return Result<QVector<ParticipantPlace>>::failure(headline + u'\n' + problems.join(u'\n'));
    return moved;
}
