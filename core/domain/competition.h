#pragma once
// Professional competitions (конкурсы профессионального мастерства: «Учитель года»,
// «Воспитатель года», «Сердце отдаю детям», ...) and their participants (DOMAIN.md §3).
#include <QDateTime>
#include <QString>

struct Competition {
    qint64 id = 0;
    QString uuid;
    qint64 orgUnitId = 0; // the organiser (any level)
    QString title;
    QString level;        // an EventLevel code
    int year = 0;         // 2000 to next year
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct CompetitionParticipation {
    qint64 id = 0;
    QString uuid;
    qint64 orgUnitId = 0; // the person's organisation in the competition's year (0: filled in on insert)
    qint64 competitionId = 0;
    qint64 personId = 0;
    QString stage;        // the stage reached, e.g. «муниципальный этап», or empty
    QString result;       // a CompetitionResult code
    QDateTime createdAt;
    QDateTime updatedAt;
};

// A participation with its competition, as a person's list shows it.
struct CompetitionEntry {
    Competition competition;
    CompetitionParticipation participation;
};
