#pragma once
// CSV of survey responses (docs/csv-formats.md, "Surveys"): one row per response, its needs in
// one cell («тема (форма); тема»). A response is matched by UUID, else a named one by person and
// date, an anonymous one by everything the row says (organisation, date, score and needs).
#include "io/csvimport.h"
#include "status.h"

class Database;
class QIODevice;
struct SurveyNeed;
class ReferenceRepository;

class SurveyCsv {
    Q_DECLARE_TR_FUNCTIONS(SurveyCsv)
public:
    static const QVector<CsvField>& fields();
    // All-or-nothing unless options.skipInvalid; with options.dryRun nothing is written.
    static Result<ImportReport> importFrom(Database& db, QIODevice& device, const ImportOptions& options = {});
    // Responses of the subtree's units (0: all), by date, unit and person.
    static Status exportTo(Database& db, QIODevice& device, qint64 rootId = 0);
    // «формирующее оценивание (семинар); проектная деятельность»: the form in brackets when it is
    // one of the list of forms of support.
    static QString needsText(const QVector<SurveyNeed>& needs, ReferenceRepository& references);
    static QVector<SurveyNeed> parseNeeds(const QString& text, ReferenceRepository& references);
};
