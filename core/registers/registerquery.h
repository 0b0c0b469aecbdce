#pragma once
// The register of one record kind (registers/registerspec.h) read as StaffQuery reads the
// staff: ids() returns the ordered record ids matching a filter (one query, filtered and sorted
// in SQL), rows() reads the shown texts of a page of those ids (one query per page).
#include "registers/registerperiod.h"
#include "registers/registerspec.h"
#include "status.h"
#include "storage/repository.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

struct RegisterFilter {
    qint64 rootUnitId = 0;  // the subtree (any level); 0 = the whole database
    RegisterPeriod period;  // all years by default
    QString text;           // part of any searched column; case and ё/е ignored in names
    QString status;         // a status code; empty = any
    int sortColumn = -1;    // a column of the spec; -1 = the spec's default order
    bool descending = false;
};

struct RegisterRow {
    qint64 id = 0;
    QStringList cells; // the shown text of each column of the spec
};

class RegisterQuery : public Repository {
    Q_DECLARE_TR_FUNCTIONS(RegisterQuery)
public:
    RegisterQuery(Database& db, const RegisterSpec& spec) : Repository(db), m_spec(spec) {}
    const RegisterSpec& spec() const { return m_spec; }

    // The record ids matching the filter, in the filter's order (ties by id).
    Result<QVector<qint64>> ids(const RegisterFilter& filter);
    // The rows of these records, in the order given; unknown ids are skipped.
    Result<QVector<RegisterRow>> rows(const QVector<qint64>& ids);

    static constexpr int PageSize = 200; // ids rows() reads with one statement

    // SQLite's plan for ids() with this filter, one line per step (for benchmarks and tuning).
    QStringList queryPlan(const RegisterFilter& filter);

private:
    QSqlQuery& idsQuery(const RegisterFilter& filter, bool explain);
    QString what() const; // "reading the register «Маршруты (ИОМ)»"
    bool isRegion(qint64 unitId);

    RegisterSpec m_spec;
};
