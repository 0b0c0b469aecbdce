#pragma once
// What the demo generator's tests share: a generated database of a size and seed, and short
// SQL helpers to look into it.
#include "demo/demogenerator.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QSqlRecord>

struct Generated {
    TempFolder folder;
    std::shared_ptr<Database> db;
    DemoSummary summary;

    explicit Generated(DemoSize size, quint64 seed = 1, QDate referenceDate = QDate(2026, 9, 1))
    {
        db = openDatabase(folder.path(QStringLiteral("demo.db")));
        DemoOptions options;
        options.size = size;
        options.seed = seed;
        options.referenceDate = referenceDate;
        const auto result = DemoGenerator(*db, options).run();
        INFO(result.error().toStdString());
        REQUIRE(result.ok());
        summary = result.value();
    }
};

// One M database (seed 1, reference date 2026-09-01) for every test that only reads it:
// generating it takes a few seconds.
inline Generated& demoM()
{
    static Generated generated(DemoSize::M);
    return generated;
}

// Rows of a query as strings, for short checks.
inline QList<QStringList> rows(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    QList<QStringList> result;
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < q.record().count(); ++i)
            row.append(q.value(i).toString());
        result.append(row);
    }
    return result;
}

inline int number(Database& db, const QString& sql)
{
    const auto r = rows(db, sql);
    REQUIRE(r.size() == 1);
    return r.first().first().toInt();
}

// The tables the support-cycle steps fill.
inline const QStringList& demoCycleTables()
{
    static const QStringList tables{
        QStringLiteral("diagnostic"), QStringLiteral("diagnostic_result"), QStringLiteral("route"),
        QStringLiteral("route_problem"), QStringLiteral("route_item"), QStringLiteral("route_review"),
        QStringLiteral("mentoring_programme"), QStringLiteral("mentoring_mentee"), QStringLiteral("course_programme"),
        QStringLiteral("course_completion"), QStringLiteral("attestation"), QStringLiteral("methodical_event"),
        QStringLiteral("event_participation"), QStringLiteral("competition"), QStringLiteral("competition_participation"),
        QStringLiteral("methodical_association"), QStringLiteral("association_member"), QStringLiteral("consultation"),
        QStringLiteral("consultation_person"), QStringLiteral("innovation_site"), QStringLiteral("methodical_material"),
        QStringLiteral("material_author"), QStringLiteral("survey"), QStringLiteral("survey_need"),
        QStringLiteral("student_result"), QStringLiteral("plan_item"), QStringLiteral("risk"), QStringLiteral("checklist_answer")};
    return tables;
}
