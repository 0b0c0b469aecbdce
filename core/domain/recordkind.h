#pragma once
// The kinds of record the window shows in registers and edits in forms (DOMAIN.md §3), with
// their Russian titles and the Change flag a write of each kind raises.
#include "storage/database.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

enum class RecordKind {
    Person,
    Diagnostic,
    Route,
    Mentoring,
    CourseProgramme,
    CourseCompletion,
    Attestation,
    Event,
    Competition,
    Association,
    Consultation,
    InnovationSite,
    Material,
    Survey,
    StudentResult,
    PlanItem,
    Risk,
    Checklist,
};

struct RecordKindInfo {
    RecordKind kind;
    const char* code;   // stable Latin name: "route"; used in settings and object names
    QString title;      // the register's title: "Маршруты (ИОМ)"
    QString singular;   // one record: "маршрут", for "Новый маршрут", "Удалить маршрут?"
    Changes changes;    // what a write of this kind marks changed
};

class RecordKinds {
    Q_DECLARE_TR_FUNCTIONS(RecordKinds)
public:
    static const QVector<RecordKindInfo>& all(); // in menu order
    static const RecordKindInfo& info(RecordKind kind);
    static const RecordKindInfo* byCode(const QString& code); // nullptr when unknown
};
