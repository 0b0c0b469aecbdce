// MentoringRepository: a programme's mentees joining, leaving and being removed.
#include "storage/database.h"
#include "storage/mentoringrepository.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

QVector<MentoringMentee> MentoringRepository::mentees(qint64 programmeId)
{
    QSqlQuery& q = prepared(QStringLiteral(
        "SELECT id, uuid, programme_id, person_id, joined_on, left_on, created_at, updated_at FROM mentoring_mentee "
        "WHERE programme_id = ? ORDER BY joined_on, id"));
    q.bindValue(0, programmeId);
    QVector<MentoringMentee> result;
    if (q.exec())
        while (q.next())
            result.append(readMentee(q));
    q.finish();
    return result;
}

Result<qint64> MentoringRepository::addMentee(qint64 programmeId, qint64 personId, const QDate& joinedOn)
{
    auto p = find(programmeId);
    if (!p)
        return Result<qint64>::failure(tr("The mentoring programme (id %1) does not exist.").arg(programmeId));
    QVector<MentoringMentee> list = mentees(programmeId);
    list.append(MentoringMentee{.programmeId = programmeId, .personId = personId, .joinedOn = joinedOn});
    if (Status s = validate(*p, list); !s)
        return Result<qint64>(s);
    Database& db = database();
    WriteTransaction tx(db, WriteTransaction::Nesting::Join); // one statement
    if (!tx.isActive())
        return Result<qint64>(tx.status());
    if (Status s = writeMentee(list.last(), true); !s)
        return Result<qint64>(s);
    db.markChanged(Change::Mentoring);
    if (Status s = tx.commit(); !s)
        return Result<qint64>(s);
    return list.last().id;
}

Status MentoringRepository::endMentee(qint64 programmeId, qint64 personId, const QDate& leftOn)
{
    return changeMentee(programmeId, personId, leftOn, false);
}

Status MentoringRepository::removeMentee(qint64 programmeId, qint64 personId)
{
    return changeMentee(programmeId, personId, {}, true);
}

Status MentoringRepository::changeMentee(qint64 programmeId, qint64 personId, const QDate& leftOn, bool remove)
{
    auto p = find(programmeId);
    if (!p)
        return Status::failure(tr("The mentoring programme (id %1) does not exist.").arg(programmeId));
    QVector<MentoringMentee> list = mentees(programmeId);
    int index = -1;
    for (int i = 0; i < list.size(); ++i)
        if (list.at(i).personId == personId)
            index = i;
    if (index < 0)
        return Status::failure(tr("%1 is not a mentee of the programme of %2.").arg(personName(personId), personName(p->mentorId)));
    MentoringMentee mentee = list.at(index);
    if (remove) {
        list.remove(index);
    } else {
        if (!leftOn.isValid())
            return Status::failure(tr("The date %1 leaves the programme is required.").arg(personName(personId)));
        list[index].leftOn = leftOn;
        mentee.leftOn = leftOn;
    }
    if (Status s = validate(*p, list); !s)
        return s;
    Database& db = database();
    WriteTransaction tx(db, WriteTransaction::Nesting::Join); // one statement
    if (!tx.isActive())
        return tx.status();
    if (remove) {
        QSqlQuery& q = prepared(QStringLiteral("DELETE FROM mentoring_mentee WHERE id = ?"));
        q.addBindValue(mentee.id);
        if (!q.exec())
            return Status::failure(sqlError(tr("removing a mentee"), q));
        q.finish();
    } else if (Status s = writeMentee(mentee, false); !s) {
        return s;
    }
    db.markChanged(Change::Mentoring);
    return tx.commit();
}
