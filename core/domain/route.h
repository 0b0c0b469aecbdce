#pragma once
// An individual educational route (индивидуальный образовательный маршрут, ИОМ, DOMAIN.md §3):
// a person's plan for a period, addressing problems (usually the deficits of a diagnostic)
// with items in four directions, with intermediate reviews and a status lifecycle.
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

struct Route {
    qint64 id = 0;
    QString uuid;
    qint64 unitId = 0;         // 0: the person's main organisation on the start date
    qint64 personId = 0;
    QDate start;
    QDate end;                 // invalid while open-ended; set when the route is completed
    QString status = QStringLiteral("draft"); // a RouteStatuses code
    QDate statusDate;          // when the status was last set (the day a route was completed or abandoned)
    QString goals;
    QString skills;            // skills to develop
    qint64 responsibleId = 0;  // a person (any unit), 0 for none
    qint64 diagnosticId = 0;   // the diagnostic it was built from, 0 for none
    QDateTime createdAt;
    QDateTime updatedAt;

    // The period [start, end] (an invalid end is open) contains the date / meets another period.
    bool covers(const QDate& date) const { return date >= start && (!end.isValid() || date <= end); }
    bool overlaps(const QDate& otherStart, const QDate& otherEnd) const
    {
        return (!otherEnd.isValid() || start <= otherEnd) && (!end.isValid() || otherStart <= end);
    }
    // "01.09.2024–31.05.2025", or "с 01.09.2024" while open-ended.
    static QString periodText(const QDate& start, const QDate& end);
    QString periodText() const { return periodText(start, end); }
};

// A problem the route addresses: a competence area, linked to a diagnostic result when known.
struct RouteProblem {
    qint64 id = 0;
    QString uuid;
    qint64 routeId = 0;
    QString areaCode;              // a ReferenceList::CompetenceArea code
    qint64 diagnosticResultId = 0; // a result of the route's diagnostic, 0 for none
    QString description;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// A planned step: a course, a community, methodical work or self-education.
struct RouteItem {
    qint64 id = 0;
    QString uuid;
    qint64 routeId = 0;
    QString directionCode;     // a ReferenceList::RouteDirection code
    QString title;
    QDate dueDate;             // inside the route's period
    QString status = QStringLiteral("planned"); // planned, done, not_done
    QString evidence;
    QDate completedOn;         // only for done items
    QDateTime createdAt;
    QDateTime updatedAt;
};

// An intermediate review (промежуточная оценка).
struct RouteReview {
    qint64 id = 0;
    QString uuid;
    qint64 routeId = 0;
    QDate date;                // inside the route's period
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// Route statuses: draft → active → completed successfully / unsuccessfully / abandoned;
// draft → abandoned; nothing leaves a final status.
class RouteStatuses {
    Q_DECLARE_TR_FUNCTIONS(RouteStatuses)
public:
    static QStringList codes();
    static QString name(const QString& code); // translated; the code itself when unknown
    static bool isFinal(const QString& code);
    static bool isCompleted(const QString& code); // either completed_* status
    static const QVector<QPair<QString, QString>>& lifecycle(); // allowed (from, to) pairs
    static std::optional<QString> parse(const QString& text);  // code or name, any case
};

// Item statuses: planned, done, not done.
class RouteItemStatuses {
    Q_DECLARE_TR_FUNCTIONS(RouteItemStatuses)
public:
    static QStringList codes();
    static QString name(const QString& code);
    static std::optional<QString> parse(const QString& text);
};
