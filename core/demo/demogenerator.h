#pragma once
// Deterministic synthetic data for demonstrations, manual testing and benchmarks:
// the same size, seed and reference date give byte-identical tables (uuids and times included).
#include "demo/demooptions.h"
#include "status.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <functional>

class Database;

struct DemoSummary {
    int units = 0;
    int persons = 0;
    int employments = 0;
    int records = 0; // rows of the support cycle's tables (diagnostics with their results, routes, ...)
    QList<QPair<QString, qint64>> stepMilliseconds; // how long each step took, in order (for benchmarks)
};

class DemoGenerator {
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
public:
    DemoGenerator(Database& db, DemoOptions options);

    // Fills an EMPTY database (refuses one that already has units or persons, with a message).
    // One transaction: all or nothing. progress(done, total) is called now and then; returning
    // false cancels the run, which then rolls back and fails.
    Result<DemoSummary> run(const std::function<bool(int, int)>& progress = {});

private:
    Database& m_db;
    DemoOptions m_options;
};
