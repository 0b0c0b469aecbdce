// CourseRepository: completions of programmes, the "ДПО overdue" list and the person's history.
#include "storage/clock.h"
#include "storage/courserepository.h"
#include "storage/database.h"
#include "storage/rulebook.h"
#include "storage/sqlvalues.h"
#include "storage/staffsql.h"
#include "storage/transaction.h"

#include <cmath>

namespace {
const QString completionColumns = QStringLiteral(
    "SELECT cc.id, cc.uuid, cc.org_unit_id, cc.programme_id, cc.person_id, cc.start_date, cc.end_date, "
    "cc.certificate, cc.created_at, cc.updated_at FROM course_completion cc ");

QString shown(const QDate& date)
{
    return date.toString(QStringLiteral("dd.MM.yyyy"));
}

QString shownPeriod(const QDate& start, const QDate& end)
{
    return start == end ? shown(end) : shown(start) + QChar(0x2013) + shown(end);
}
} // namespace

CourseCompletion CourseRepository::readCompletion(const QSqlQuery& q) const
{
    CourseCompletion c;
    c.id = q.value(0).toLongLong();
    c.uuid = q.value(1).toString();
    c.orgUnitId = q.value(2).toLongLong();
    c.programmeId = q.value(3).toLongLong();
    c.personId = q.value(4).toLongLong();
    c.start = dateFromSql(q.value(5));
    c.end = dateFromSql(q.value(6));
    c.certificate = q.value(7).toString();
    c.createdAt = timeFromSql(q.value(8));
    c.updatedAt = timeFromSql(q.value(9));
    return c;
}

Status CourseRepository::validateCompletion(CourseCompletion& c)
{
    c.certificate = c.certificate.simplified();
    const auto programme = findProgramme(c.programmeId);
    if (!programme)
        return Status::failure(tr("The programme (id %1) does not exist.").arg(c.programmeId));
    const auto person = m_checks.personName(c.personId);
    if (!person)
        return person.status();
    if (!c.start.isValid())
        return Status::failure(tr("The start date of the course is required."));
    if (!c.end.isValid())
        return Status::failure(tr("The end date of the course is required."));
    if (c.end < c.start)
        return Status::failure(tr("The course ends (%1) before it starts (%2).").arg(shown(c.end), shown(c.start)));
    if (c.end > database().clock().today())
        return Status::failure(tr("The course end date %1 is in the future.").arg(shown(c.end)));
    if (c.orgUnitId == 0) {
        c.orgUnitId = m_checks.mainOrganisation(c.personId, c.end);
        if (c.orgUnitId == 0)
            return Status::failure(tr("%1 worked nowhere on %2, the end date of the course.").arg(*person, shown(c.end)));
    } else if (Status s = m_checks.worksAt(c.personId, c.orgUnitId, c.end); !s) {
        return s;
    }
    QSqlQuery& q = prepared(QStringLiteral(
        "SELECT start_date, certificate FROM course_completion "
        "WHERE person_id = ? AND programme_id = ? AND end_date = ? AND id <> ?"));
    q.addBindValue(c.personId);
    q.addBindValue(c.programmeId);
    q.addBindValue(sqlDate(c.end));
    q.addBindValue(c.id);
    const bool repeated = q.exec() && q.next();
    const QDate earlierStart = repeated ? dateFromSql(q.value(0)) : QDate();
    const QString earlierCertificate = repeated ? q.value(1).toString() : QString();
    q.finish();
    if (repeated) {
        QString earlier = shownPeriod(earlierStart, c.end);
        if (!earlierCertificate.isEmpty())
            earlier += QStringLiteral(", ") + tr("certificate %1").arg(earlierCertificate);
        return Status::failure(tr("%1 already has a completion of «%2» ending on %3: %4.")
                                   .arg(*person, programme->title, shown(c.end), earlier));
    }
    return Status::success();
}

Result<qint64> CourseRepository::insertCompletion(CourseCompletion& c)
{
    if (Status s = validateCompletion(c); !s)
        return Result<qint64>(s);
    Database& db = database();
    WriteTransaction tx(db, WriteTransaction::Nesting::Join); // one statement
    if (!tx.isActive())
        return Result<qint64>(tx.status());
    if (c.uuid.isEmpty())
        c.uuid = db.newUuid();
    const QString now = db.timestamp();
    QSqlQuery& q = prepared(QStringLiteral(
        "INSERT INTO course_completion (uuid, org_unit_id, programme_id, person_id, start_date, end_date, "
        "certificate, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(c.uuid);
    q.addBindValue(c.orgUnitId);
    q.addBindValue(c.programmeId);
    q.addBindValue(c.personId);
    q.addBindValue(sqlDate(c.start));
    q.addBindValue(sqlDate(c.end));
    q.addBindValue(sqlNotNull(c.certificate));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return Result<qint64>::failure(sqlError(tr("adding a course completion"), q));
    c.id = q.lastInsertId().toLongLong();
    q.finish();
    c.createdAt = c.updatedAt = QDateTime::fromString(now, Qt::ISODate);
    db.markChanged(Change::Courses);
    if (Status s = tx.commit(); !s)
        return Result<qint64>(s);
    return c.id;
}

Status CourseRepository::updateCompletion(const CourseCompletion& input)
{
    CourseCompletion c = input;
    if (!findCompletion(c.id))
        return Status::failure(tr("The course completion (id %1) does not exist.").arg(c.id));
    if (Status s = validateCompletion(c); !s)
        return s;
    Database& db = database();
    QSqlQuery& q = prepared(QStringLiteral(
        "UPDATE course_completion SET org_unit_id = ?, programme_id = ?, person_id = ?, start_date = ?, "
        "end_date = ?, certificate = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(c.orgUnitId);
    q.addBindValue(c.programmeId);
    q.addBindValue(c.personId);
    q.addBindValue(sqlDate(c.start));
    q.addBindValue(sqlDate(c.end));
    q.addBindValue(sqlNotNull(c.certificate));
    q.addBindValue(db.timestamp());
    q.addBindValue(c.id);
    return execWrite(q, tr("saving a course completion"), Change::Courses);
}

Status CourseRepository::removeCompletion(qint64 completionId)
{
    if (!findCompletion(completionId))
        return Status::failure(tr("The course completion (id %1) does not exist.").arg(completionId));
    QSqlQuery& q = prepared(QStringLiteral("DELETE FROM course_completion WHERE id = ?"));
    q.addBindValue(completionId);
    return execWrite(q, tr("deleting a course completion"), Change::Courses);
}

QVector<CourseCompletion> CourseRepository::completions(const QString& sql, const QVariantList& values)
{
    QSqlQuery& q = prepared(completionColumns + sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    QVector<CourseCompletion> result;
    if (q.exec())
        while (q.next())
            result.append(readCompletion(q));
    q.finish();
    return result;
}

std::optional<CourseCompletion> CourseRepository::findCompletion(qint64 id)
{
    const auto found = completions(QStringLiteral("WHERE cc.id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QVector<CourseCompletion> CourseRepository::completionsOf(qint64 personId)
{
    return completions(QStringLiteral("WHERE cc.person_id = ? ORDER BY cc.end_date, cc.id"), {personId});
}

QVector<CourseCompletion> CourseRepository::list(qint64 rootUnitId, const QDate& from, const QDate& to)
{
    return completions(QStringLiteral("JOIN org_unit_closure c ON c.descendant_id = cc.org_unit_id "
                                      "WHERE c.ancestor_id = ? AND cc.end_date >= ? AND cc.end_date <= ? "
                                      "ORDER BY cc.end_date, cc.id"),
                       {rootUnitId, sqlLowerBound(from),
                        sqlUpperBound(to)});
}

QVector<DpoGap> CourseRepository::dpoOverdue(qint64 rootUnitId, const QDate& date)
{
    RuleBook rules(database()); // read afresh: a new order may have been added since
    const double years = rules.valueOn(Rule::DpoIntervalYears, date);
    const double hours = rules.valueOn(Rule::DpoMinHours, date);
    const QDate since = date.addMonths(-int(std::lround(years * 12)));
    // Candidates: anyone employed in the subtree on the date; of them, those whose main
    // employment (highest rate, then earliest start) is in the subtree, so a person counts once.
    QSqlQuery& q = prepared(QStringLiteral(
        "WITH ") + mainStaffCte() + QStringLiteral(", "
        // Each person's last course looked up by the person index (a join with a grouped
        // table would scan it once per person: 10 s instead of 0.2 s for a city of 9,000).
        "latest AS (SELECT s.person_id, (SELECT MAX(cc.end_date) FROM course_completion cc "
        "  JOIN course_programme p ON p.id = cc.programme_id "
        "  WHERE cc.person_id = s.person_id AND p.hours >= :hours AND cc.end_date <= :on) AS last_end FROM staff s) "
        "SELECT l.person_id, l.last_end FROM latest l JOIN person pe ON pe.id = l.person_id "
        "WHERE l.last_end IS NULL OR l.last_end < :since ORDER BY pe.name_key, pe.id"));
    q.bindValue(QStringLiteral(":root"), rootUnitId);
    q.bindValue(QStringLiteral(":on"), sqlDate(date));
    q.bindValue(QStringLiteral(":hours"), hours);
    q.bindValue(QStringLiteral(":since"), sqlDate(since));
    QVector<DpoGap> result;
    if (q.exec())
        while (q.next())
            result.append({q.value(0).toLongLong(), dateFromSql(q.value(1))});
    q.finish();
    return result;
}

QVector<HistoryEntry> CourseRepository::historyOf(qint64 personId)
{
    QSqlQuery& q = prepared(QStringLiteral(
        "SELECT cc.start_date, cc.end_date, cc.certificate, cc.uuid, p.title, p.provider, p.hours "
        "FROM course_completion cc JOIN course_programme p ON p.id = cc.programme_id "
        "WHERE cc.person_id = ? ORDER BY cc.end_date, cc.id"));
    q.bindValue(0, personId);
    QVector<HistoryEntry> result;
    if (q.exec())
        while (q.next()) {
            const QDate start = dateFromSql(q.value(0));
            const QDate end = dateFromSql(q.value(1));
            QStringList parts{QStringLiteral("«%1»").arg(q.value(4).toString())};
            if (const QString provider = q.value(5).toString(); !provider.isEmpty())
                parts.append(provider);
            parts.append(tr("%n hour(s)", nullptr, q.value(6).toInt()));
            parts.append(shownPeriod(start, end));
            if (const QString certificate = q.value(2).toString(); !certificate.isEmpty())
                parts.append(tr("certificate %1").arg(certificate));
            result.append({end, tr("Further training"), parts.join(QStringLiteral(", ")), q.value(3).toString()});
        }
    q.finish();
    return result;
}
