#pragma once
// A diagnostic of professional deficits (диагностика профессиональных дефицитов, DOMAIN.md §3):
// for one person on one date, a result per competence area.
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

struct DiagnosticResult {
    qint64 id = 0;
    QString areaCode;          // a ReferenceList::CompetenceArea code
    std::optional<int> score;  // 0..100 when given
    QString level = QStringLiteral("medium"); // "low", "medium" or "high"
    std::optional<bool> deficit;              // unset: a deficit when the level is low

    bool isDeficit() const { return deficit.value_or(level == u"low"); }
};

struct Diagnostic {
    qint64 id = 0;
    QString uuid;
    qint64 unitId = 0;    // 0: the person's main organisation on the date
    qint64 personId = 0;
    QDate date;
    QString sourceCode;   // a ReferenceList::DiagnosticSource code
    QString notes;
    QVector<DiagnosticResult> results; // one per competence area
    QDateTime createdAt;
    QDateTime updatedAt;

    std::optional<DiagnosticResult> result(const QString& areaCode) const;
    QStringList deficitAreas() const; // codes, in the order of the results
};

// The three competence levels: fixed codes, translated names.
class CompetenceLevels {
    Q_DECLARE_TR_FUNCTIONS(CompetenceLevels)
public:
    static QStringList codes(); // low, medium, high
    static QString name(const QString& code); // "низкий", ...; the code itself when unknown
    // A code from a code or a name in any case (English or Russian); nullopt when unknown.
    static std::optional<QString> parse(const QString& text);
};
