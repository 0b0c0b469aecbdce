#pragma once
// The risk register (реестр рисков, DOMAIN.md §3, seed 004): what could go wrong, what is done
// to prevent it, who owns it and where it stands.
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

struct Risk {
    qint64 id = 0;
    QString uuid;
    qint64 orgUnitId = 0;  // the unit whose register it is (any level)
    QString description;   // «Формальный подход к составлению ИОМ»
    QString prevention;    // actions to prevent it
    qint64 ownerId = 0;    // a person, or 0
    QString ownerText;     // or the owner in words («МКМС»)
    QString status = QStringLiteral("open"); // a RiskStatuses code
    QDate identifiedOn;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// Risk statuses: open ⇄ mitigated; open or mitigated → occurred or closed; occurred → closed;
// closed → open (the risk returns).
class RiskStatuses {
    Q_DECLARE_TR_FUNCTIONS(RiskStatuses)
public:
    static QStringList codes(); // open, mitigated, occurred, closed
    static QString name(const QString& code); // translated; the code itself when unknown
    static const QVector<QPair<QString, QString>>& lifecycle(); // allowed (from, to) pairs
    static std::optional<QString> parse(const QString& text);  // code or name, any case
};
