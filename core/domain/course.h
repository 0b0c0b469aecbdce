#pragma once
// Further training (ДПО, курсы повышения квалификации): programmes and who completed them
// (DOMAIN.md §3). The law asks for a course of enough hours every few years (RuleBook).
#include <QDate>
#include <QDateTime>
#include <QString>

struct CourseProgramme {
    qint64 id = 0;
    QString uuid;
    qint64 orgUnitId = 0;      // the unit that registered it (any level)
    QString title;
    QString provider;          // who teaches it, e.g. «ТОИПКРО»
    int hours = 0;             // > 0
    bool inFederalRegistry = false; // in the federal registry of programmes (ФР ДПП)
    QString competenceArea;    // a CompetenceArea code, or empty
    QString form;              // a CourseForm code
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct CourseCompletion {
    qint64 id = 0;
    QString uuid;
    qint64 orgUnitId = 0;  // the person's organisation on the end date (0: filled in on insert)
    qint64 programmeId = 0;
    qint64 personId = 0;
    QDate start;
    QDate end;             // not in the future
    QString certificate;   // удостоверение №, or empty
    QDateTime createdAt;
    QDateTime updatedAt;
};

// One person of the "ДПО overdue" list: their last course that counts, if any.
struct DpoGap {
    qint64 personId = 0;
    QDate lastCompletion; // invalid: no course that counts at all
};
