#pragma once
// Mentoring (наставничество, DOMAIN.md §3; seeds 003 and 004): a personalised programme of a
// mentor with one or more mentees, of a form and a type, over a period, along a lifecycle.
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

struct MentoringProgramme {
    qint64 id = 0;
    QString uuid;
    qint64 unitId = 0;    // the mentor's organisation, or the first mentee's (0: found on insert)
    qint64 mentorId = 0;  // a person
    QString formCode;     // ReferenceList::MentoringForm
    QString typeCode;     // ReferenceList::MentoringType; "traditional" is one to one
    QString programme;    // the personalised programme: goals and tasks
    QDate start;
    QDate end;            // planned or actual end; empty while open-ended
    QString status = QStringLiteral("draft"); // a MentoringStatus code
    QDate statusDate;     // when the status last changed
    QString outcome;      // what came of it
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isOneToOne() const { return typeCode == u"traditional"; }
    // "01.09.2024 – 31.05.2025", or "from 01.09.2024" (translated) while open-ended.
    QString periodText() const;
};

// A mentee's membership of a programme: from joining until leaving (or the programme's end).
struct MentoringMentee {
    qint64 id = 0;
    QString uuid;
    qint64 programmeId = 0;
    qint64 personId = 0;
    QDate joinedOn;
    QDate leftOn; // empty while in the programme
    QDateTime createdAt;
    QDateTime updatedAt;
};

// The lifecycle: draft → active → completed successfully / completed unsuccessfully / abandoned;
// a draft can be abandoned; ended programmes stay ended.
class MentoringStatus {
    Q_DECLARE_TR_FUNCTIONS(MentoringStatus)
public:
    static QStringList codes(); // in lifecycle order
    static QString name(const QString& code); // translated; the code itself when unknown
    static bool isKnown(const QString& code) { return codes().contains(code); }
    static bool isFinal(const QString& code); // completed either way, or abandoned
    static QVector<QPair<QString, QString>> transitions();
};
