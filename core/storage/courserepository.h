#pragma once
// Stores further-training programmes (ДПО) and their completions, and finds the staff whose
// further training is overdue under the rules in force (RuleBook: DpoIntervalYears, DpoMinHours).
#include "domain/course.h"
#include "status.h"
#include "storage/recordchecks.h"
#include "storage/referencerepository.h"
#include "storage/repository.h"

#include <QVector>
#include <optional>

class CourseRepository : public Repository {
    Q_DECLARE_TR_FUNCTIONS(CourseRepository)
public:
    explicit CourseRepository(Database& db) : Repository(db), m_references(db), m_checks(db) {}

    // Programmes. Validate, then write; insert sets id, uuid (if empty) and times.
    Result<qint64> insertProgramme(CourseProgramme& programme);
    Status updateProgramme(const CourseProgramme& programme);
    Status removeProgramme(qint64 programmeId); // refused while completions of it exist
    Status validateProgramme(CourseProgramme& programme); // normalises (trims, codes) and checks
    std::optional<CourseProgramme> findProgramme(qint64 id);
    // Programmes whose title or provider contains the text (any case, ё = е), by title.
    QVector<CourseProgramme> programmes(const QString& filter = {});
    int completionCount(qint64 programmeId);

    // Completions. An empty orgUnitId is filled with the person's main organisation on the end date.
    Result<qint64> insertCompletion(CourseCompletion& completion);
    Status updateCompletion(const CourseCompletion& completion);
    Status removeCompletion(qint64 completionId);
    Status validateCompletion(CourseCompletion& completion);
    std::optional<CourseCompletion> findCompletion(qint64 id);
    QVector<CourseCompletion> completionsOf(qint64 personId); // by end date
    // Completions of the subtree's staff (by the completion's unit) ending within [from, to];
    // an invalid bound is open. By end date.
    QVector<CourseCompletion> list(qint64 rootUnitId, const QDate& from, const QDate& to);

    // Staff whose main employment (DOMAIN.md §4) on the date is in the subtree and whose last
    // course of at least DpoMinHours hours, ended by the date, ended more than DpoIntervalYears
    // years before it (or who have none); the rules in force on the date. By name.
    QVector<DpoGap> dpoOverdue(qint64 rootUnitId, const QDate& date);

    // The person's completions as lines of their history, by end date.
    QVector<HistoryEntry> historyOf(qint64 personId);

private:
    CourseProgramme readProgramme(const QSqlQuery& q) const;
    CourseCompletion readCompletion(const QSqlQuery& q) const;
    QVector<CourseCompletion> completions(const QString& sql, const QVariantList& values);
    ReferenceRepository m_references;
    RecordChecks m_checks;
};
