#pragma once
// The bank of methodical materials (банк методических материалов, DOMAIN.md §3): a development,
// lesson plan, programme, ... by one or more authors, kept as a file or a link, perhaps
// approved at some level.
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

struct MethodicalMaterial {
    qint64 id = 0;
    QString uuid;
    qint64 orgUnitId = 0;      // the first author's main organisation on the material's date (0: filled in)
    QString title;
    QVector<qint64> authorIds; // at least one; the first is the main author
    QString type;              // a MaterialType code
    QString competenceArea;    // a CompetenceArea code, or empty
    QString location;          // a file path or an http(s) link, or empty
    QString approvalLevel;     // an ApprovalLevel code, or empty
    QDate approvedOn;          // only with an approval level
    QDateTime createdAt;
    QDateTime updatedAt;

    // The material's date in lists and histories: its approval, else the day it was recorded.
    QDate date() const { return approvedOn.isValid() ? approvedOn : createdAt.date(); }
};
