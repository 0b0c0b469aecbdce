#pragma once
// Targeted consultations (адресные консультации, DOMAIN.md §3): a methodist consults one person
// (individual) or several (group) on a topic on a date.
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

struct Consultation {
    qint64 id = 0;
    QString uuid;
    qint64 orgUnitId = 0;     // the methodist's organisation on the date (0: filled in on insert)
    qint64 methodistId = 0;   // a person
    QDate date;
    QString topic;
    QString form;             // a ConsultationForm code; "individual" consults exactly one person
    QString competenceArea;   // a CompetenceArea code, or empty
    QVector<qint64> personIds; // the persons consulted, at least one
    QDateTime createdAt;
    QDateTime updatedAt;
};
