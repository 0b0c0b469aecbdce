#pragma once
// The staff of a subtree as a register: which employments match a filter, in which order, and
// the facts shown for each. Read-only; used by the window's staff table, the CLI and reports.
// Large registers are read in two steps: ids() returns the ordered employment ids (one query),
// rows() fetches the facts for a page of those ids (one query per page).
#include "status.h"
#include "storage/repository.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QVector>

class Database;

// The register's columns, in display order; also the sort keys.
enum class StaffColumn {
    Name,
    BirthDate,
    Age,
    Organisation,
    Position,
    Rate,
    Category,
    CategoryExpires,
    Experience,
    Subjects,
};
constexpr int StaffColumnCount = int(StaffColumn::Subjects) + 1;

struct StaffFilter {
    qint64 rootUnitId = 0;      // the subtree (any level); 0 = the whole database
    QDate on;                   // the snapshot date, usually today; must be valid
    bool includeFormer = false; // also employments that ended before `on`
    QString nameText;           // part of the full name; case, ё/е and spacing ignored
    QString positionCode;       // empty = any position
    QString categoryCode;       // empty = any category
    StaffColumn sortColumn = StaffColumn::Name;
    bool descending = false;
};

// One employment of one person, with the person's facts.
struct StaffRow {
    qint64 employmentId = 0;
    qint64 personId = 0;
    qint64 unitId = 0;
    QString lastName;
    QString firstName;
    QString middleName;
    QDate birthDate;
    QString organisation; // the unit's short name, else its name
    QString positionCode;
    QString positionName;
    double rate = 1.0;
    QString categoryCode;
    QString categoryName;
    QDate categoryExpires;
    QDate experienceStart;
    QStringList subjects;
    QDate start;
    QDate end; // invalid while employed

    QString fullName() const;
    int ageOn(const QDate& date) const;             // -1 when unknown
    int experienceYearsOn(const QDate& date) const; // -1 when unknown
    bool activeOn(const QDate& date) const { return start <= date && (!end.isValid() || end >= date); }
};

class StaffQuery : public Repository {
    Q_DECLARE_TR_FUNCTIONS(StaffQuery)
public:
    using Repository::Repository;

    // The employment ids matching the filter, in the filter's order (ties by name, then id).
    Result<QVector<qint64>> ids(const StaffFilter& filter);
    // The rows of these employments, in the order given; unknown ids are skipped.
    Result<QVector<StaffRow>> rows(const QVector<qint64>& employmentIds);

    // How many ids rows() reads with one statement.
    static constexpr int PageSize = 200;

    // SQLite's plan for ids() with this filter, one line per step (for benchmarks and tuning).
    QStringList queryPlan(const StaffFilter& filter);

private:
    QSqlQuery& idsQuery(const StaffFilter& filter, bool explain);
    QString indexHint(const QString& index) const; // the dialect seam of this query
    bool isRegion(qint64 unitId);
};
