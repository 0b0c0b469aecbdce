#pragma once
// The reports the program builds, by the name the command line and the window use for them
// (card, lists, ...). A new report is one more line in reportkinds.cpp: its name, whether it
// needs a person, and its builder.
#include "domain/orgunit.h"
#include "reports/reportdocument.h"
#include "status.h"

class Database;

// What a report is asked for.
struct ReportRequest {
    qint64 unitId = 0;   // the unit whose subtree the report covers
    qint64 personId = 0; // the person's card
    int year = 0;        // the academic year: 2024 is 2024/25
    QDate on;            // the date lists are drawn up on; invalid: today, or the year's last day if earlier
    int months = 6;      // categories expiring within this many months
    QString indicatorCode; // the trend's indicator: "K03"
    int years = 5;         // the trend: this many academic years ending with `year`
};

// What a report needs beyond a unit and a year (the window shows these choices, the command
// line requires them).
enum class ReportNeeds { Unit, Person, Indicator };

struct ReportKind {
    const char* name;  // as typed: "card"
    const char* title; // shown in the window, translated in the "Report" context
    ReportNeeds needs;
    Result<ReportDocument> (*build)(Database& db, const ReportRequest& request);
    bool takesMonths = false; // uses ReportRequest::months (categories expiring within N months)
};

const QVector<ReportKind>& reportKinds();
// Builds a report of the kind and fills its author's blocks with the texts saved for the
// request's unit and year: the command line and the window build every report through here.
Result<ReportDocument> buildReport(Database& db, const ReportKind& kind, const ReportRequest& request);
const ReportKind* findReportKind(const QString& name); // nullptr when unknown
QString reportKindNames();                              // "card|lists"

// The date a report of the request is drawn up on (see ReportRequest::on).
QDate reportDate(Database& db, const ReportRequest& request);
// "2024/25 учебный год".
QString reportPeriodText(int year);

// How a report of a unit starts: the unit (refused when there is none with the request's id) and
// the document with its title block filled (title, the unit's name, period, date of preparation).
struct UnitReport {
    OrgUnit unit;
    ReportDocument document;
};
Result<UnitReport> startUnitReport(Database& db, const ReportRequest& request, const QString& title);
