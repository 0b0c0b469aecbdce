// MentoringRepository: the rules a programme and its mentees keep, checked on every write.
#include "storage/mentoringrepository.h"
#include "storage/sqlvalues.h"

namespace {

QString shown(const QDate& date)
{
    return date.toString(QStringLiteral("dd.MM.yyyy"));
}

// A mentee's last day in the programme: leaving, else the programme's end; invalid while open.
QDate lastDay(const MentoringProgramme& p, const MentoringMentee& m)
{
    return m.leftOn.isValid() ? m.leftOn : p.end;
}

// Two periods meet; an invalid end is open.
bool overlap(const QDate& start1, const QDate& end1, const QDate& start2, const QDate& end2)
{
    return (!end2.isValid() || start1 <= end2) && (!end1.isValid() || start2 <= end1);
}

} // namespace

QString MentoringRepository::personName(qint64 personId)
{
    const auto name = m_checks.personName(personId);
    return name ? *name : QString::number(personId);
}

Status MentoringRepository::validate(MentoringProgramme& p, const QVector<MentoringMentee>& mentees)
{
    const auto mentor = m_checks.personName(p.mentorId);
    if (!mentor)
        return mentor.status();
    const auto form = m_references.find(ReferenceList::MentoringForm, p.formCode);
    if (!form)
        return Status::failure(tr("Unknown form of mentoring «%1».").arg(p.formCode));
    p.formCode = form->code;
    const auto type = m_references.find(ReferenceList::MentoringType, p.typeCode);
    if (!type)
        return Status::failure(tr("Unknown type of mentoring «%1».").arg(p.typeCode));
    p.typeCode = type->code;
    p.programme = p.programme.trimmed();
    p.outcome = p.outcome.trimmed();
    if (Status s = RecordChecks::period(p.start, p.end); !s)
        return s;
    if (!MentoringStatus::isKnown(p.status))
        return Status::failure(tr("Unknown status of a mentoring programme «%1».").arg(p.status));
    if (MentoringStatus::isFinal(p.status) && !p.end.isValid())
        return Status::failure(tr("A programme that has ended («%1») needs its end date.").arg(MentoringStatus::name(p.status)));
    if (Status s = checkMentees(p, mentees); !s)
        return s;
    return checkUnit(p, mentees, *mentor);
}

Status MentoringRepository::checkMentees(const MentoringProgramme& p, const QVector<MentoringMentee>& mentees)
{
    for (int i = 0; i < mentees.size(); ++i) {
        const MentoringMentee& m = mentees.at(i);
        const auto name = m_checks.personName(m.personId);
        if (!name)
            return name.status();
        if (m.personId == p.mentorId)
            return Status::failure(tr("%1 is the mentor of this programme and cannot be its mentee.").arg(*name));
        if (!m.joinedOn.isValid())
            return Status::failure(tr("The date %1 joins the programme is required.").arg(*name));
        if (m.joinedOn < p.start || (p.end.isValid() && m.joinedOn > p.end))
            return Status::failure(tr("%1 joins on %2, outside the programme's period %3.")
                                       .arg(*name, shown(m.joinedOn), p.periodText()));
        if (m.leftOn.isValid() && m.leftOn < m.joinedOn)
            return Status::failure(tr("%1 leaves the programme on %2, before joining it on %3.")
                                       .arg(*name, shown(m.leftOn), shown(m.joinedOn)));
        if (m.leftOn.isValid() && p.end.isValid() && m.leftOn > p.end)
            return Status::failure(tr("%1 leaves the programme on %2, after its end on %3.")
                                       .arg(*name, shown(m.leftOn), shown(p.end)));
        for (int j = 0; j < i; ++j) {
            const MentoringMentee& other = mentees.at(j);
            if (other.personId == m.personId)
                return Status::failure(tr("%1 is already a mentee of this programme.").arg(*name));
            if (p.isOneToOne() && overlap(m.joinedOn, lastDay(p, m), other.joinedOn, lastDay(p, other)))
                return Status::failure(tr("A traditional (one-to-one) programme has one mentee at a time: "
                                          "%1 is in it from %2, so %3 cannot join on %4.")
                                           .arg(personName(other.personId), shown(other.joinedOn), *name, shown(m.joinedOn)));
        }
        if (p.status != u"draft")
            if (Status s = checkOtherProgrammes(p, m, *name); !s)
                return s;
    }
    return Status::success();
}

Status MentoringRepository::checkOtherProgrammes(const MentoringProgramme& p, const MentoringMentee& m, const QString& name)
{
    // Membership periods of the same person in other programmes of this type that are under way.
    QSqlQuery& q = prepared(QStringLiteral(
        "SELECT g.mentor_id, g.start_date, g.end_date FROM mentoring_mentee m "
        "JOIN mentoring_programme g ON g.id = m.programme_id "
        "WHERE m.person_id = :person AND g.id <> :programme AND g.type_code = :type AND g.status <> 'draft' "
        "AND m.joined_on <= :last AND (COALESCE(m.left_on, g.end_date) IS NULL OR COALESCE(m.left_on, g.end_date) >= :first) "
        "ORDER BY g.start_date, g.id LIMIT 1"));
    const QDate last = lastDay(p, m);
    q.bindValue(QStringLiteral(":person"), m.personId);
    q.bindValue(QStringLiteral(":programme"), p.id);
    q.bindValue(QStringLiteral(":type"), p.typeCode);
    q.bindValue(QStringLiteral(":last"), sqlUpperBound(last));
    q.bindValue(QStringLiteral(":first"), sqlDate(m.joinedOn));
    MentoringProgramme other;
    const bool found = q.exec() && q.next();
    if (found) {
        other.mentorId = q.value(0).toLongLong();
        other.start = dateFromSql(q.value(1));
        other.end = dateFromSql(q.value(2));
    }
    q.finish();
    if (!found)
        return Status::success();
    return Status::failure(tr("%1 is already a mentee of %2 in a programme of the same type (%3), %4.")
                               .arg(name, personName(other.mentorId), m_references.name(ReferenceList::MentoringType, p.typeCode),
                                    other.periodText()));
}

Status MentoringRepository::checkUnit(MentoringProgramme& p, const QVector<MentoringMentee>& mentees, const QString& mentorName)
{
    if (p.unitId == 0) {
        p.unitId = m_checks.mainOrganisation(p.mentorId, p.start);
        for (int i = 0; p.unitId == 0 && i < mentees.size(); ++i)
            p.unitId = m_checks.mainOrganisation(mentees.at(i).personId, mentees.at(i).joinedOn);
        if (p.unitId == 0)
            return Status::failure(tr("The mentor %1 works nowhere on %2 and no mentee is given: "
                                      "choose the organisation the programme belongs to.")
                                       .arg(mentorName, shown(p.start)));
        return Status::success();
    }
    const auto unit = m_checks.unitName(p.unitId);
    if (!unit)
        return unit.status();
    if (m_checks.worksAt(p.mentorId, p.unitId, p.start))
        return Status::success();
    for (const MentoringMentee& m : mentees)
        if (m_checks.worksAt(m.personId, p.unitId, m.joinedOn))
            return Status::success();
    // A mentor from outside (a university, a social partner): the mentees' organisation, once they join.
    if (mentees.isEmpty() && m_checks.mainOrganisation(p.mentorId, p.start) == 0)
        return Status::success();
    return Status::failure(tr("The programme belongs to «%1», but neither the mentor %2 on %3 nor any mentee works there.")
                               .arg(*unit, mentorName, shown(p.start)));
}
