#pragma once
// `metodist-cli check`: SQLite's own checks plus the rules of the tree, the staff register and
// the support cycle's records (integrityrecords.h).
#include <QCoreApplication>
#include <QVector>

class Database;

struct IntegrityProblem {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString message; // translated
};

class IntegrityCheck {
    Q_DECLARE_TR_FUNCTIONS(IntegrityCheck)
public:
    static QVector<IntegrityProblem> run(Database& db);
    static bool hasErrors(const QVector<IntegrityProblem>& problems);
};
