#pragma once
// A response to a survey of needs and satisfaction (анкетирование, DOMAIN.md §3): who answered
// (a person, or anonymous with their organisation), when, how satisfied they are with
// methodical support (1–5) and what they need, by topic and preferred form of support.
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVector>

struct SurveyNeed {
    qint64 id = 0;
    QString topic;         // e.g. «формирующее оценивание»
    QString preferredForm; // a ReferenceList::SupportForm code, or empty
};

struct Survey {
    qint64 id = 0;
    QString uuid;
    qint64 orgUnitId = 0;  // named: their organisation on the date (0: filled in); anonymous: required
    qint64 personId = 0;   // 0: anonymous
    QDate date;
    int satisfaction = 0;  // 1..5, 0 when not given
    QVector<SurveyNeed> needs;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool anonymous() const { return personId == 0; }
};

// Responses with a score, and of them those scoring 4 or 5 (indicator K22).
struct SatisfactionCounts {
    int responses = 0;
    int satisfied = 0;
};

// How often a topic was named, and in which preferred forms (form code → count; "" = none given).
struct NeedCount {
    QString topic; // as first written
    int count = 0;
    QHash<QString, int> forms;
};
