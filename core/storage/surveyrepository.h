#pragma once
// Stores responses to surveys of needs and satisfaction with the needs they name, and counts
// them for a subtree and a period: satisfaction (indicator K22) and needs by topic.
#include "domain/survey.h"
#include "status.h"
#include "storage/recordchecks.h"
#include "storage/referencerepository.h"
#include "storage/repository.h"

#include <QVector>
#include <optional>

class SurveyRepository : public Repository {
    Q_DECLARE_TR_FUNCTIONS(SurveyRepository)
public:
    explicit SurveyRepository(Database& db) : Repository(db), m_references(db), m_checks(db) {}

    // Validate, then write the response with its needs; insert sets id, uuid (if empty), times
    // and, for a named respondent with orgUnitId 0, their main organisation on the date.
    Result<qint64> insert(Survey& survey);
    Status update(const Survey& survey); // the needs are replaced by the given ones
    Status remove(qint64 surveyId);      // with its needs
    Status validate(Survey& survey);     // normalises (trims, codes) and checks
    std::optional<Survey> find(qint64 id);
    // Responses of the subtree's units dated within [from, to] (an invalid bound is open), by date.
    QVector<Survey> list(qint64 rootUnitId, const QDate& from, const QDate& to);
    QVector<Survey> surveysOf(qint64 personId); // by date

    // Responses with a score in the subtree and period, and those scoring 4 or 5.
    SatisfactionCounts satisfactionCounts(qint64 rootUnitId, const QDate& from, const QDate& to);
    // Topics named in the subtree and period (case and ё/е ignored), the most named first.
    QVector<NeedCount> needsSummary(qint64 rootUnitId, const QDate& from, const QDate& to);

    // A named respondent's responses as lines of their history, by date.
    QVector<HistoryEntry> historyOf(qint64 personId);

private:
    Status writeNeeds(const Survey& survey);
    // Responses joined and filtered by `from` (joins and WHERE, no ORDER BY), with their needs.
    QVector<Survey> surveys(const QString& from, const QVariantList& values);
    ReferenceRepository m_references;
    RecordChecks m_checks;
};
