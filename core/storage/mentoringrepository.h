#pragma once
// Stores mentoring programmes and their mentees. Every write checks the whole programme with its
// mentees again (one rule set, whatever changed): the mentor is not a mentee; mentor and mentees
// exist; a traditional (one-to-one) programme has one mentee at a time; mentees join and leave
// within the programme's period; nobody is a mentee of two overlapping programmes of one type
// that are under way (not drafts); the programme belongs to its mentor's or a mentee's organisation.
//
// A mentee "has an active mentor" on a date when a programme that is not a draft has started
// and not ended on that date, and the mentee has joined it and not left (so a programme completed
// since still counts for the dates it ran: figures of past periods stay the same).
#include "domain/mentoring.h"
#include "status.h"
#include "storage/recordchecks.h"
#include "storage/referencerepository.h"
#include "storage/repository.h"

#include <QVector>
#include <optional>

class MentoringRepository : public Repository {
    Q_DECLARE_TR_FUNCTIONS(MentoringRepository)
public:
    explicit MentoringRepository(Database& db);

    // Validates and inserts a programme with its first mentees (if any), all or nothing; sets ids,
    // uuids and times. A unit of 0 becomes the mentor's main organisation on the start date, or
    // when the mentor works in none (a university teacher, a social partner) the first mentee's.
    Result<qint64> insert(MentoringProgramme& programme, QVector<MentoringMentee> mentees = {});
    // Saves the facts of a programme; its status and status date change only through setStatus.
    Status update(const MentoringProgramme& programme);
    // Deletes a programme entered by mistake; refuses, naming them, while it has mentees.
    Status remove(qint64 id);
    // Moves the programme along its lifecycle on the date. Ending it (completed either way or
    // abandoned) sets its end to that date when the end is empty or later, and mentees leave by then.
    Status setStatus(qint64 id, const QString& status, const QDate& date);

    // Normalises (codes from names, trims, fills the unit) and checks the programme with these
    // mentees; writes nothing (the forms check as the user types).
    Status validate(MentoringProgramme& p, const QVector<MentoringMentee>& mentees);
    Result<qint64> addMentee(qint64 programmeId, qint64 personId, const QDate& joinedOn);
    Status endMentee(qint64 programmeId, qint64 personId, const QDate& leftOn);
    Status removeMentee(qint64 programmeId, qint64 personId); // an entry made by mistake

    std::optional<MentoringProgramme> find(qint64 id);
    QVector<MentoringMentee> mentees(qint64 programmeId); // by joining date
    QVector<MentoringProgramme> programmesOfMentor(qint64 personId); // by start date
    QVector<MentoringProgramme> programmesOfMentee(qint64 personId); // by start date
    // Programmes of the subtree's units whose period meets [from, to] (an empty date: no bound).
    QVector<MentoringProgramme> list(qint64 rootUnitId, const QDate& from, const QDate& to);

    // The programme in which the person has an active mentor on the date (the latest started), or 0.
    qint64 activeMentorOn(qint64 menteeId, const QDate& date);
    // Novices without a mentor: persons employed in the subtree on the date whose pedagogical
    // experience is shorter than the novice period (RuleBook NoviceYears on that date) and who
    // have no active mentor on it; by name. Persons of unknown experience are left out.
    QVector<qint64> noviceWithoutMentor(qint64 rootUnitId, const QDate& date);
    // The person's programmes as mentor and as mentee, by date.
    QVector<HistoryEntry> historyOf(qint64 personId);

private:
    Status checkMentees(const MentoringProgramme& p, const QVector<MentoringMentee>& mentees);
    Status checkOtherProgrammes(const MentoringProgramme& p, const MentoringMentee& m, const QString& name);
    Status changeMentee(qint64 programmeId, qint64 personId, const QDate& leftOn, bool remove);
    Status checkUnit(MentoringProgramme& p, const QVector<MentoringMentee>& mentees, const QString& mentorName);
    Status writeProgramme(MentoringProgramme& p, bool isNew);
    Status writeMentee(MentoringMentee& m, bool isNew);
    QVector<MentoringProgramme> programmes(const QString& sql, const QVariantList& values);
    MentoringProgramme readProgramme(const QSqlQuery& q) const;
    MentoringMentee readMentee(const QSqlQuery& q) const;
    QString personName(qint64 personId);

    ReferenceRepository m_references;
    RecordChecks m_checks;
};
