#pragma once
// A measure of a teacher's students' results in an academic year (DOMAIN.md §3): an exam's mean
// score, a diagnostic's result, for additional education the retention of the contingent.
// Used for "positive dynamics over 2 years" (indicator K11).
#include <QDateTime>
#include <QString>
#include <QVector>

struct StudentResult {
    qint64 id = 0;
    QString uuid;
    qint64 orgUnitId = 0; // the person's organisation in the year (0: filled in on insert)
    qint64 personId = 0;
    int year = 0;         // the academic year's starting year: 2024 for 2024/25
    QString measure;      // «ЕГЭ по математике, средний балл», «сохранность контингента», ...
    double value = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// One measure of a person compared with two years before.
struct MeasureChange {
    QString measure;
    double before = 0; // in year - 2
    double after = 0;  // in year
};

// A person with at least one measure valued both in a year and two years before. `rose`: every
// such measure is higher in the year (an equal or a lower one is not a positive dynamic).
struct ResultDynamics {
    qint64 personId = 0;
    QVector<MeasureChange> measures;
    bool rose = false;
};
