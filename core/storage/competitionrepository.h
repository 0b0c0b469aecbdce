#pragma once
// Stores professional competitions (конкурсы профмастерства) and their participants.
#include "domain/competition.h"
#include "status.h"
#include "storage/recordchecks.h"
#include "storage/referencerepository.h"
#include "storage/repository.h"

#include <QVector>
#include <optional>

class CompetitionRepository : public Repository {
    Q_DECLARE_TR_FUNCTIONS(CompetitionRepository)
public:
    explicit CompetitionRepository(Database& db) : Repository(db), m_references(db), m_checks(db) {}

    // Competitions. Validate, then write; insert sets id, uuid (if empty) and times.
    Result<qint64> insert(Competition& competition);
    // Saves the facts. Moving the competition to another year moves its participants: each
    // stays at their organisation when they still worked there in the new year, else goes to
    // their organisation then; refused, naming them, when someone worked nowhere that year.
    Status update(const Competition& competition);
    Status remove(qint64 competitionId); // refused while participants are listed
    Status validate(Competition& competition); // normalises (trims, codes) and checks
    std::optional<Competition> find(qint64 id);
    // Competitions organised in the subtree in the year (0: any year), by year and title.
    QVector<Competition> list(qint64 rootUnitId, int year = 0);

    // Participants. An empty orgUnitId is filled with the person's organisation in the
    // competition's year (the main one at its end, or today in the current year; else the
    // last one the person left that year); the result is a CompetitionResult code or name.
    Result<qint64> addParticipant(CompetitionParticipation& participation);
    Status updateParticipant(const CompetitionParticipation& participation);
    Status removeParticipant(qint64 participationId);
    std::optional<CompetitionParticipation> findParticipation(qint64 id);
    QVector<CompetitionParticipation> participants(qint64 competitionId); // by name
    int participantCount(qint64 competitionId);
    QVector<CompetitionEntry> competitionsOf(qint64 personId); // by year
    // Participations of the subtree's staff (by the participation's unit) in the year (0: any).
    QVector<CompetitionEntry> participationsIn(qint64 rootUnitId, int year = 0);

    // The person's participations as lines of their history, dated 1 January of the year.
    QVector<HistoryEntry> historyOf(qint64 personId);

private:
    Status validateParticipant(CompetitionParticipation& participation);
    qint64 organisationInYear(qint64 personId, int year);
    bool workedInYear(qint64 personId, qint64 unitId, int year);
    Status moveParticipants(const Competition& competition); // to the competition's (new) year
    QVector<CompetitionEntry> entries(const QString& sql, const QVariantList& values);
    Competition readCompetition(const QSqlQuery& q, int first = 0) const;
    CompetitionParticipation readParticipation(const QSqlQuery& q, int first = 0) const;
    ReferenceRepository m_references;
    RecordChecks m_checks;
};
