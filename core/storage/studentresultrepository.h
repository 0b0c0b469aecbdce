#pragma once
// Stores measures of teachers' students' results per academic year and compares them with two
// years before ("positive dynamics over 2 years", indicator K11).
#include "domain/studentresult.h"
#include "status.h"
#include "storage/recordchecks.h"
#include "storage/repository.h"

#include <QVector>
#include <optional>

class StudentResultRepository : public Repository {
    Q_DECLARE_TR_FUNCTIONS(StudentResultRepository)
public:
    explicit StudentResultRepository(Database& db) : Repository(db), m_checks(db) {}

    // Validate, then write; insert sets id, uuid (if empty), times and, when orgUnitId is 0, the
    // person's organisation in the year (their main one at its end, or the job they left last).
    Result<qint64> insert(StudentResult& result);
    Status update(const StudentResult& result);
    Status remove(qint64 id);
    Status validate(StudentResult& result); // normalises the measure's spacing and checks
    std::optional<StudentResult> find(qint64 id);
    QVector<StudentResult> resultsOf(qint64 personId); // by year, then measure
    // Results of the subtree's units in an academic year (0: every year), by year, measure, value.
    QVector<StudentResult> list(qint64 rootUnitId, int year = 0);

    // For each of the persons (in the order given, each once) who has a measure valued both in
    // `year` and in `year - 2` (the same measure, case and spacing ignored): the measures compared
    // and whether every one of them rose. Persons without such a pair are left out.
    QVector<ResultDynamics> positiveDynamics(const QVector<qint64>& personIds, int year);

    // The person's results as lines of their history, dated at the end of their academic year.
    QVector<HistoryEntry> historyOf(qint64 personId);

private:
    qint64 organisationInYear(qint64 personId, int year);
    bool workedInYear(qint64 personId, qint64 unitId, int year);
    QVector<StudentResult> results(const QString& sql, const QVariantList& values);
    RecordChecks m_checks;
};
