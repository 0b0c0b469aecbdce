#pragma once
// The annual plan of methodical work (план, циклограмма, DOMAIN.md §3): what a unit plans for
// each month of an academic year, who is responsible, and how it was carried out.
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

struct PlanItem {
    qint64 id = 0;
    QString uuid;
    qint64 orgUnitId = 0;     // the planning unit (any level)
    int year = 0;             // the academic year's starting year: 2024 for 2024/25
    int month = 0;            // 1..12 (September..August of the academic year)
    QString title;
    qint64 responsibleId = 0; // a person, or 0
    QString responsibleText;  // or who is responsible in words («руководители ШМО»)
    QString status = QStringLiteral("planned"); // a PlanStatuses code
    QDate movedTo;            // only when moved
    qint64 eventId = 0;       // the methodical event that carried it out, or 0
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// Items per execution status (the plan's execution, DOMAIN.md §6 report 5).
struct PlanExecution {
    int planned = 0;
    int held = 0;
    int moved = 0;
    int cancelled = 0;
    int total() const { return planned + held + moved + cancelled; }
};

// Execution statuses: planned → held, moved, cancelled; moved → held, cancelled (or moved again
// to another date); held and cancelled are final.
class PlanStatuses {
    Q_DECLARE_TR_FUNCTIONS(PlanStatuses)
public:
    static QStringList codes(); // planned, held, moved, cancelled
    static QString name(const QString& code); // translated; the code itself when unknown
    static const QVector<QPair<QString, QString>>& lifecycle(); // allowed (from, to) pairs
    static std::optional<QString> parse(const QString& text);  // code or name, any case
};
