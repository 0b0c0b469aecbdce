#include "reports/reportkinds.h"
#include "domain/academicyear.h"
#include "reports/actionlists.h"
#include "reports/annualanalysis.h"
#include "reports/authortexts.h"
#include "reports/monitoringreport.h"
#include "reports/personcard.h"
#include "reports/planreport.h"
#include "reports/trendreport.h"
#include "storage/clock.h"
#include "storage/database.h"
#include "storage/orgunitrepository.h"

#include <QCoreApplication>

const QVector<ReportKind>& reportKinds()
{
    static const QVector<ReportKind> kinds = {
        {"analysis", QT_TRANSLATE_NOOP("Report", "Annual analysis of methodical work"), ReportNeeds::Unit, &AnnualAnalysis::build},
        {"monitoring", QT_TRANSLATE_NOOP("Report", "Monitoring of indicators"), ReportNeeds::Unit, &MonitoringReport::build},
        {"card", QT_TRANSLATE_NOOP("Report", "Card of professional development"), ReportNeeds::Person, &PersonCard::build},
        {"lists", QT_TRANSLATE_NOOP("Report", "Action lists"), ReportNeeds::Unit, &ActionLists::build, true},
        {"plan", QT_TRANSLATE_NOOP("Report", "Plan of methodical events with execution"), ReportNeeds::Unit, &PlanReport::build},
        {"trend", QT_TRANSLATE_NOOP("Report", "Trend of an indicator"), ReportNeeds::Indicator, &TrendReport::build},
    };
    return kinds;
}

Result<ReportDocument> buildReport(Database& db, const ReportKind& kind, const ReportRequest& request)
{
    Result<ReportDocument> document = kind.build(db, request);
    if (document)
        AuthorTexts::fill(db, document.value(), request.unitId, request.year);
    return document;
}

const ReportKind* findReportKind(const QString& name)
{
    for (const ReportKind& k : reportKinds())
        if (name == QLatin1String(k.name))
            return &k;
    return nullptr;
}

QString reportKindNames()
{
    QStringList names;
    for (const ReportKind& k : reportKinds())
        names.append(QString::fromLatin1(k.name));
    return names.join(u'|');
}

QDate reportDate(Database& db, const ReportRequest& request)
{
    if (request.on.isValid())
        return request.on;
    const QDate today = db.clock().today();
    const QDate last = AcademicYear::lastDay(request.year);
    return today < last ? today : last;
}

QString reportPeriodText(int year)
{
    return QCoreApplication::translate("Report", "%1 academic year").arg(AcademicYear::text(year));
}

Result<UnitReport> startUnitReport(Database& db, const ReportRequest& request, const QString& title)
{
    auto unit = OrgUnitRepository(db).find(request.unitId);
    if (!unit)
        return Result<UnitReport>::failure(QCoreApplication::translate("Report", "There is no unit with the id %1.").arg(request.unitId));
    UnitReport start{*unit, {}};
    start.document.title = title;
    start.document.unitName = unit->name;
    start.document.period = reportPeriodText(request.year);
    start.document.preparedOn = db.clock().today();
    return start;
}
