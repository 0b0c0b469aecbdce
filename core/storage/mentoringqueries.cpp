// MentoringRepository: reading programmes, who has a mentor, novices without one, a person's history.
#include "storage/mentoringrepository.h"
#include "storage/rulebook.h"
#include "storage/sqlvalues.h"
#include "storage/staffsql.h"

#include <algorithm>

namespace {
const QString programmeColumns = QStringLiteral(
    "SELECT g.id, g.uuid, g.org_unit_id, g.mentor_id, g.form_code, g.type_code, g.programme, g.start_date, g.end_date, "
    "g.status, g.status_date, g.outcome, g.created_at, g.updated_at FROM mentoring_programme g ");

// The mentee m has an active mentor in programme g on :on (see the header).
const QString activeOn = QStringLiteral(
    "g.status <> 'draft' AND g.start_date <= :on AND (g.end_date IS NULL OR g.end_date >= :on) "
    "AND m.joined_on <= :on AND (m.left_on IS NULL OR m.left_on >= :on)");
} // namespace

QVector<MentoringProgramme> MentoringRepository::programmes(const QString& sql, const QVariantList& values)
{
    QSqlQuery& q = prepared(programmeColumns + sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    QVector<MentoringProgramme> result;
    if (q.exec())
        while (q.next())
            result.append(readProgramme(q));
    q.finish();
    return result;
}

std::optional<MentoringProgramme> MentoringRepository::find(qint64 id)
{
    const auto found = programmes(QStringLiteral("WHERE g.id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QVector<MentoringProgramme> MentoringRepository::programmesOfMentor(qint64 personId)
{
    return programmes(QStringLiteral("WHERE g.mentor_id = ? ORDER BY g.start_date, g.id"), {personId});
}

QVector<MentoringProgramme> MentoringRepository::programmesOfMentee(qint64 personId)
{
    return programmes(QStringLiteral("WHERE g.id IN (SELECT programme_id FROM mentoring_mentee WHERE person_id = ?) "
                                     "ORDER BY g.start_date, g.id"),
                      {personId});
}

QVector<MentoringProgramme> MentoringRepository::list(qint64 rootUnitId, const QDate& from, const QDate& to)
{
    return programmes(QStringLiteral("JOIN org_unit_closure c ON c.descendant_id = g.org_unit_id AND c.ancestor_id = ? "
                                     "WHERE g.start_date <= ? AND (g.end_date IS NULL OR g.end_date >= ?) "
                                     "ORDER BY g.start_date, g.id"),
                      {rootUnitId, sqlUpperBound(to),
                       sqlLowerBound(from)});
}

qint64 MentoringRepository::activeMentorOn(qint64 menteeId, const QDate& date)
{
    QSqlQuery& q = prepared(QStringLiteral(
        "SELECT g.id FROM mentoring_mentee m JOIN mentoring_programme g ON g.id = m.programme_id "
        "WHERE m.person_id = :person AND ") + activeOn + QStringLiteral(" ORDER BY g.start_date DESC, g.id DESC LIMIT 1"));
    q.bindValue(QStringLiteral(":person"), menteeId);
    q.bindValue(QStringLiteral(":on"), sqlDate(date));
    const qint64 id = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

QVector<qint64> MentoringRepository::noviceWithoutMentor(qint64 rootUnitId, const QDate& date)
{
    const QDate cutoff = RuleBook(database()).noviceExperienceAfter(date);
    QSqlQuery& q = prepared(QStringLiteral(
        "WITH ") + mainStaffCte() + QStringLiteral(" "
        "SELECT p.id FROM staff s JOIN person p ON p.id = s.person_id WHERE p.experience_start > :cutoff "
        "AND NOT EXISTS (SELECT 1 FROM mentoring_mentee m JOIN mentoring_programme g ON g.id = m.programme_id "
        "  WHERE m.person_id = p.id AND ") + activeOn + QStringLiteral(") ORDER BY p.name_key, p.id"));
    q.bindValue(QStringLiteral(":cutoff"), sqlDate(cutoff));
    q.bindValue(QStringLiteral(":root"), rootUnitId);
    q.bindValue(QStringLiteral(":on"), sqlDate(date));
    QVector<qint64> result;
    if (q.exec())
        while (q.next())
            result.append(q.value(0).toLongLong());
    q.finish();
    return result;
}

QVector<HistoryEntry> MentoringRepository::historyOf(qint64 personId)
{
    QVector<HistoryEntry> result;
    const QString kind = tr("Mentoring");
    auto describe = [this](const MentoringProgramme& p) {
        return tr("%1, %2; %3; %4")
            .arg(m_references.name(ReferenceList::MentoringForm, p.formCode),
                 m_references.name(ReferenceList::MentoringType, p.typeCode), p.periodText(), MentoringStatus::name(p.status));
    };
    for (const MentoringProgramme& p : programmesOfMentor(personId)) {
        QStringList names;
        for (const MentoringMentee& m : mentees(p.id))
            names.append(personName(m.personId));
        const QString who = names.isEmpty() ? tr("no mentees yet") : names.join(QStringLiteral(", "));
        result.append({p.start, kind, tr("mentor of %1: %2").arg(who, describe(p)), p.uuid});
    }
    for (const MentoringProgramme& p : programmesOfMentee(personId))
        for (const MentoringMentee& m : mentees(p.id))
            if (m.personId == personId)
                result.append({m.joinedOn, kind, tr("mentee of %1: %2").arg(personName(p.mentorId), describe(p)), p.uuid});
    std::stable_sort(result.begin(), result.end(), [](const HistoryEntry& a, const HistoryEntry& b) { return a.date < b.date; });
    return result;
}
