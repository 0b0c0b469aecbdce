#include "storage/studentresultrepository.h"
#include "domain/academicyear.h"
#include "io/fieldparsing.h"
#include "storage/clock.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QLocale>
#include <QSet>
#include <cmath>

namespace {
const QString columns = QStringLiteral(
    "SELECT r.id, r.uuid, r.org_unit_id, r.person_id, r.academic_year, r.measure, r.value, r.created_at, r.updated_at "
    "FROM student_result r ");
} // namespace

QVector<StudentResult> StudentResultRepository::results(const QString& sql, const QVariantList& values)
{
    QSqlQuery& q = prepared(columns + sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    QVector<StudentResult> result;
    if (q.exec())
        while (q.next())
            result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                           q.value(4).toInt(), q.value(5).toString(), q.value(6).toDouble(), timeFromSql(q.value(7)),
                           timeFromSql(q.value(8))});
    q.finish();
    return result;
}

qint64 StudentResultRepository::organisationInYear(qint64 personId, int year)
{
    const QDate last = std::min(AcademicYear::lastDay(year), database().clock().today());
    if (const qint64 unit = m_checks.mainOrganisation(personId, last))
        return unit;
    // Left during the year: the job that ended last.
    QSqlQuery& q = prepared(QStringLiteral(
        "SELECT org_unit_id FROM employment WHERE person_id = ? AND start_date <= ? AND end_date >= ? "
        "ORDER BY end_date DESC, rate DESC, start_date, id"));
    q.addBindValue(personId);
    q.addBindValue(sqlDate(last));
    q.addBindValue(sqlDate(AcademicYear::firstDay(year)));
    const qint64 unit = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return unit;
}

bool StudentResultRepository::workedInYear(qint64 personId, qint64 unitId, int year)
{
    QSqlQuery& q = prepared(QStringLiteral(
        "SELECT 1 FROM employment WHERE person_id = ? AND org_unit_id = ? AND start_date <= ? "
        "AND (end_date IS NULL OR end_date >= ?)"));
    q.addBindValue(personId);
    q.addBindValue(unitId);
    q.addBindValue(sqlDate(std::min(AcademicYear::lastDay(year), database().clock().today())));
    q.addBindValue(sqlDate(AcademicYear::firstDay(year)));
    const bool worked = q.exec() && q.next();
    q.finish();
    return worked;
}

Status StudentResultRepository::validate(StudentResult& r)
{
    const auto person = m_checks.personName(r.personId);
    if (!person)
        return person.status();
    r.measure = r.measure.simplified();
    if (r.measure.isEmpty())
        return Status::failure(tr("The measure of the students' results must be named."));
    const int current = AcademicYear::of(database().clock().today());
    if (r.year < AcademicYear::earliest || r.year > current)
        return Status::failure(tr("The academic year %1 is not between %2 and %3.")
                                   .arg(AcademicYear::text(r.year), AcademicYear::text(AcademicYear::earliest),
                                        AcademicYear::text(current)));
    if (!std::isfinite(r.value))
        return Status::failure(tr("The value of «%1» must be a number.").arg(r.measure));
    if (r.orgUnitId == 0) {
        r.orgUnitId = organisationInYear(r.personId, r.year);
        if (r.orgUnitId == 0)
            return Status::failure(tr("%1 worked nowhere in the academic year %2.").arg(*person, AcademicYear::text(r.year)));
    } else {
        const auto unit = m_checks.unitName(r.orgUnitId);
        if (!unit)
            return unit.status();
        if (!workedInYear(r.personId, r.orgUnitId, r.year))
            return Status::failure(tr("%1 did not work at «%2» in the academic year %3.")
                                       .arg(*person, *unit, AcademicYear::text(r.year)));
    }
    QSqlQuery& q = prepared(QStringLiteral(
        "SELECT measure, value FROM student_result WHERE person_id = ? AND academic_year = ? AND measure_key = ? AND id <> ?"));
    q.addBindValue(r.personId);
    q.addBindValue(r.year);
    q.addBindValue(normaliseKey(r.measure));
    q.addBindValue(r.id);
    const bool repeated = q.exec() && q.next();
    const QString measure = repeated ? q.value(0).toString() : QString();
    const double value = repeated ? q.value(1).toDouble() : 0;
    q.finish();
    if (repeated)
        return Status::failure(tr("%1 already has «%2» for %3: %4.")
                                   .arg(*person, measure, AcademicYear::text(r.year), QLocale().toString(value)));
    return Status::success();
}

Result<qint64> StudentResultRepository::insert(StudentResult& r)
{
    if (Status v = validate(r); !v)
        return Result<qint64>(v);
    Database& db = database();
    WriteTransaction tx(db, WriteTransaction::Nesting::Join); // one statement
    if (!tx.isActive())
        return Result<qint64>(tx.status());
    if (r.uuid.isEmpty())
        r.uuid = db.newUuid();
    const QString now = db.timestamp();
    QSqlQuery& q = prepared(QStringLiteral(
        "INSERT INTO student_result (uuid, org_unit_id, person_id, academic_year, measure, measure_key, value, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(r.uuid);
    q.addBindValue(r.orgUnitId);
    q.addBindValue(r.personId);
    q.addBindValue(r.year);
    q.addBindValue(r.measure);
    q.addBindValue(normaliseKey(r.measure));
    q.addBindValue(r.value);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return Result<qint64>::failure(sqlError(tr("adding the result «%1»").arg(r.measure), q));
    r.id = q.lastInsertId().toLongLong();
    q.finish();
    r.createdAt = r.updatedAt = QDateTime::fromString(now, Qt::ISODate);
    db.markChanged(Change::StudentResults);
    if (Status c = tx.commit(); !c)
        return Result<qint64>(c);
    return r.id;
}

Status StudentResultRepository::update(const StudentResult& input)
{
    StudentResult r = input;
    if (!find(r.id))
        return Status::failure(tr("The students' result (id %1) does not exist.").arg(r.id));
    if (Status v = validate(r); !v)
        return v;
    Database& db = database();
    QSqlQuery& q = prepared(QStringLiteral(
        "UPDATE student_result SET org_unit_id = ?, person_id = ?, academic_year = ?, measure = ?, measure_key = ?, "
        "value = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(r.orgUnitId);
    q.addBindValue(r.personId);
    q.addBindValue(r.year);
    q.addBindValue(r.measure);
    q.addBindValue(normaliseKey(r.measure));
    q.addBindValue(r.value);
    q.addBindValue(db.timestamp());
    q.addBindValue(r.id);
    return execWrite(q, tr("saving the result «%1»").arg(r.measure), Change::StudentResults);
}

Status StudentResultRepository::remove(qint64 id)
{
    if (!find(id))
        return Status::failure(tr("The students' result (id %1) does not exist.").arg(id));
    QSqlQuery& q = prepared(QStringLiteral("DELETE FROM student_result WHERE id = ?"));
    q.addBindValue(id);
    return execWrite(q, tr("deleting a students' result"), Change::StudentResults);
}

std::optional<StudentResult> StudentResultRepository::find(qint64 id)
{
    const auto found = results(QStringLiteral("WHERE r.id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QVector<StudentResult> StudentResultRepository::resultsOf(qint64 personId)
{
    return results(QStringLiteral("WHERE r.person_id = ? ORDER BY r.academic_year, r.measure_key, r.id"), {personId});
}

QVector<StudentResult> StudentResultRepository::list(qint64 rootUnitId, int year)
{
    return results(QStringLiteral("JOIN org_unit_closure c ON c.descendant_id = r.org_unit_id "
                                  "WHERE c.ancestor_id = ? AND r.academic_year BETWEEN ? AND ? "
                                  "ORDER BY r.academic_year, r.measure_key, r.value, r.id"),
                   {rootUnitId, year == 0 ? 0 : year, year == 0 ? 9999 : year});
}

QVector<ResultDynamics> StudentResultRepository::positiveDynamics(const QVector<qint64>& personIds, int year)
{
    QVector<ResultDynamics> result;
    QSet<qint64> seen;
    QSqlQuery& q = prepared(QStringLiteral(
        "SELECT a.measure, b.value, a.value FROM student_result a "
        "JOIN student_result b ON b.person_id = a.person_id AND b.measure_key = a.measure_key AND b.academic_year = ? "
        "WHERE a.person_id = ? AND a.academic_year = ? ORDER BY a.measure_key"));
    for (const qint64 personId : personIds) {
        if (seen.contains(personId))
            continue;
        seen.insert(personId);
        q.bindValue(0, year - 2);
        q.bindValue(1, personId);
        q.bindValue(2, year);
        ResultDynamics d{personId, {}, true};
        if (q.exec())
            while (q.next()) {
                const MeasureChange change{q.value(0).toString(), q.value(1).toDouble(), q.value(2).toDouble()};
                d.rose = d.rose && change.after > change.before;
                d.measures.append(change);
            }
        q.finish();
        if (!d.measures.isEmpty())
            result.append(d);
    }
    return result;
}

QVector<HistoryEntry> StudentResultRepository::historyOf(qint64 personId)
{
    QVector<HistoryEntry> lines;
    for (const StudentResult& r : resultsOf(personId))
        lines.append({AcademicYear::lastDay(r.year), tr("Students' results"),
                      QStringLiteral("%1: %2 — %3").arg(AcademicYear::text(r.year), r.measure, QLocale().toString(r.value)),
                      r.uuid});
    return lines;
}
