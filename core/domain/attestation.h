#pragma once
// Attestation (аттестация, DOMAIN.md §3): a person sought a qualification category on a date
// and it was granted (valid until a date) or refused.
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

struct Attestation {
    qint64 id = 0;
    QString uuid;
    qint64 unitId = 0;   // where the person works on the date (0: their main organisation)
    qint64 personId = 0;
    QDate date;
    QString category;    // the category sought: a qualification category code other than "none"
    QString outcome;     // an AttestationOutcome code
    QDate validUntil;    // only when granted; empty: the date + the validity in force on the date
    QDateTime createdAt;
    QDateTime updatedAt;

    bool granted() const { return outcome == u"granted"; }
};

class AttestationOutcome {
    Q_DECLARE_TR_FUNCTIONS(AttestationOutcome)
public:
    static QString granted() { return QStringLiteral("granted"); }
    static QString refused() { return QStringLiteral("refused"); }
    static QStringList codes() { return {granted(), refused()}; }
    static QString name(const QString& code); // translated; the code itself when unknown
};
