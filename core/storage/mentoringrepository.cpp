// MentoringRepository: writes (programmes, statuses, mentees) and reading rows.
#include "storage/mentoringrepository.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"
#include "storage/recordwrite.h"

MentoringRepository::MentoringRepository(Database& db)
    : Repository(db), m_references(db), m_checks(db)
{
}

MentoringProgramme MentoringRepository::readProgramme(const QSqlQuery& q) const
{
    MentoringProgramme p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.unitId = q.value(2).toLongLong();
    p.mentorId = q.value(3).toLongLong();
    p.formCode = q.value(4).toString();
    p.typeCode = q.value(5).toString();
    p.programme = q.value(6).toString();
    p.start = dateFromSql(q.value(7));
    p.end = dateFromSql(q.value(8));
    p.status = q.value(9).toString();
    p.statusDate = dateFromSql(q.value(10));
    p.outcome = q.value(11).toString();
    p.createdAt = timeFromSql(q.value(12));
    p.updatedAt = timeFromSql(q.value(13));
    return p;
}

MentoringMentee MentoringRepository::readMentee(const QSqlQuery& q) const
{
    MentoringMentee m;
    m.id = q.value(0).toLongLong();
    m.uuid = q.value(1).toString();
    m.programmeId = q.value(2).toLongLong();
    m.personId = q.value(3).toLongLong();
    m.joinedOn = dateFromSql(q.value(4));
    m.leftOn = dateFromSql(q.value(5));
    m.createdAt = timeFromSql(q.value(6));
    m.updatedAt = timeFromSql(q.value(7));
    return m;
}

Status MentoringRepository::writeProgramme(MentoringProgramme& p, bool isNew)
{
    Database& db = database();
    const QString now = db.timestamp();
    QSqlQuery& q = prepared(isNew ? QStringLiteral(
        "INSERT INTO mentoring_programme (org_unit_id, mentor_id, form_code, type_code, programme, start_date, end_date, "
        "status, status_date, outcome, uuid, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                  : QStringLiteral(
        "UPDATE mentoring_programme SET org_unit_id = ?, mentor_id = ?, form_code = ?, type_code = ?, programme = ?, "
        "start_date = ?, end_date = ?, status = ?, status_date = ?, outcome = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(p.unitId);
    q.addBindValue(p.mentorId);
    q.addBindValue(p.formCode);
    q.addBindValue(p.typeCode);
    q.addBindValue(sqlNotNull(p.programme));
    q.addBindValue(sqlDate(p.start));
    q.addBindValue(sqlDate(p.end));
    q.addBindValue(p.status);
    q.addBindValue(sqlDate(p.statusDate));
    q.addBindValue(sqlNotNull(p.outcome));
    if (isNew) {
        q.addBindValue(p.uuid);
        q.addBindValue(now);
    }
    q.addBindValue(now);
    if (!isNew)
        q.addBindValue(p.id);
    if (!execRecordWrite(q, p, isNew, now))
        return Status::failure(sqlError(tr("saving a mentoring programme"), q));
    return Status::success();
}

Status MentoringRepository::writeMentee(MentoringMentee& m, bool isNew)
{
    Database& db = database();
    const QString now = db.timestamp();
    if (isNew && m.uuid.isEmpty())
        m.uuid = db.newUuid();
    QSqlQuery& q = prepared(isNew ? QStringLiteral(
        "INSERT INTO mentoring_mentee (programme_id, person_id, joined_on, left_on, uuid, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)")
                                  : QStringLiteral(
        "UPDATE mentoring_mentee SET programme_id = ?, person_id = ?, joined_on = ?, left_on = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(m.programmeId);
    q.addBindValue(m.personId);
    q.addBindValue(sqlDate(m.joinedOn));
    q.addBindValue(sqlDate(m.leftOn));
    if (isNew) {
        q.addBindValue(m.uuid);
        q.addBindValue(now);
    }
    q.addBindValue(now);
    if (!isNew)
        q.addBindValue(m.id);
    if (!q.exec())
        return Status::failure(sqlError(tr("saving a mentee"), q));
    if (isNew)
        m.id = q.lastInsertId().toLongLong();
    q.finish();
    return Status::success();
}

Result<qint64> MentoringRepository::insert(MentoringProgramme& programme, QVector<MentoringMentee> mentees)
{
    MentoringProgramme p = programme;
    p.id = 0;
    if (Status s = validate(p, mentees); !s)
        return Result<qint64>(s);
    Database& db = database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return Result<qint64>(tx.status());
    if (p.uuid.isEmpty())
        p.uuid = db.newUuid();
    if (Status s = writeProgramme(p, true); !s)
        return Result<qint64>(s);
    for (MentoringMentee& m : mentees) {
        m.programmeId = p.id;
        if (Status s = writeMentee(m, true); !s)
            return Result<qint64>(s);
    }
    db.markChanged(Change::Mentoring);
    if (Status s = tx.commit(); !s)
        return Result<qint64>(s);
    programme = p;
    return p.id;
}

Status MentoringRepository::update(const MentoringProgramme& input)
{
    const auto old = find(input.id);
    if (!old)
        return Status::failure(tr("The mentoring programme (id %1) does not exist.").arg(input.id));
    MentoringProgramme p = input;
    p.status = old->status;
    p.statusDate = old->statusDate;
    if (Status s = validate(p, mentees(p.id)); !s)
        return s;
    Database& db = database();
    WriteTransaction tx(db, WriteTransaction::Nesting::Join); // one statement
    if (!tx.isActive())
        return tx.status();
    if (Status s = writeProgramme(p, false); !s)
        return s;
    db.markChanged(Change::Mentoring);
    return tx.commit();
}

Status MentoringRepository::remove(qint64 id)
{
    const auto p = find(id);
    if (!p)
        return Status::failure(tr("The mentoring programme (id %1) does not exist.").arg(id));
    QStringList names;
    for (const MentoringMentee& m : mentees(id))
        names.append(personName(m.personId));
    if (!names.isEmpty())
        return Status::failure(tr("The mentoring programme of %1 still has mentees (%2): remove them first.")
                                   .arg(personName(p->mentorId), names.join(QStringLiteral(", "))));
    QSqlQuery& q = prepared(QStringLiteral("DELETE FROM mentoring_programme WHERE id = ?"));
    q.addBindValue(id);
    return execWrite(q, tr("deleting a mentoring programme"), Change::Mentoring);
}

Status MentoringRepository::setStatus(qint64 id, const QString& status, const QDate& date)
{
    auto p = find(id);
    if (!p)
        return Status::failure(tr("The mentoring programme (id %1) does not exist.").arg(id));
    if (!MentoringStatus::isKnown(status))
        return Status::failure(tr("Unknown status of a mentoring programme «%1».").arg(status));
    if (!date.isValid())
        return Status::failure(tr("The date of the status change is required."));
    if (Status s = RecordChecks::transition(p->status, status, MentoringStatus::transitions(), &MentoringStatus::name); !s)
        return s;
    if (p->status == status)
        return Status::success();
    QVector<MentoringMentee> list = mentees(id);
    QVector<int> changed;
    p->status = status;
    p->statusDate = date;
    if (MentoringStatus::isFinal(status)) {
        if (!p->end.isValid() || p->end > date)
            p->end = date;
        for (int i = 0; i < list.size(); ++i)
            if (list.at(i).leftOn.isValid() && list.at(i).leftOn > p->end) {
                list[i].leftOn = p->end;
                changed.append(i);
            }
    }
    if (Status s = validate(*p, list); !s)
        return s;
    Database& db = database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return tx.status();
    if (Status s = writeProgramme(*p, false); !s)
        return s;
    for (int i : changed)
        if (Status s = writeMentee(list[i], false); !s)
            return s;
    db.markChanged(Change::Mentoring);
    return tx.commit();
}
