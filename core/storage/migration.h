#pragma once
// A numbered schema step. Each is a small list of SQL statements (one statement per entry:
// Qt's SQLite driver runs only the first statement of a string).
#include <QList>
#include <QString>
#include <QStringList>

struct Migration {
    int version = 0;
    QString description;
    QStringList statements;

    static QList<Migration> all(); // in order, versions 1..N
    static int latestVersion() { return all().isEmpty() ? 0 : all().last().version; }
};

// Migration steps, one function each (storage/migrations/).
Migration migration001TreeAndStaff();
Migration migration002StaffRegisterIndexes();
Migration migration003ReferenceListsAndRules();
Migration migration004DiagnosticsAndRoutes();
Migration migration005MentoringAndAttestation();
Migration migration006CoursesEventsCompetitions();
Migration migration007AssociationsConsultationsSitesMaterials();
Migration migration008SurveysResultsPlanRisksChecklist();
Migration migration009Indicators();
Migration migration010AuthorTexts();
