#include "storage/recordchecks.h"
#include "storage/sqlvalues.h"

#include <functional>

Result<QString> RecordChecks::personName(qint64 personId)
{
    QSqlQuery& q = prepared(QStringLiteral(
        "SELECT last_name || ' ' || first_name || ' ' || middle_name FROM person WHERE id = ?"));
    q.bindValue(0, personId);
    const bool found = q.exec() && q.next();
    const QString name = found ? q.value(0).toString().trimmed() : QString();
    q.finish();
    if (!found)
        return Result<QString>::failure(tr("The person (id %1) does not exist.").arg(personId));
    return name;
}

Result<QString> RecordChecks::unitName(qint64 unitId)
{
    QSqlQuery& q = prepared(QStringLiteral("SELECT name FROM org_unit WHERE id = ?"));
    q.bindValue(0, unitId);
    const bool found = q.exec() && q.next();
    const QString name = found ? q.value(0).toString() : QString();
    q.finish();
    if (!found)
        return Result<QString>::failure(tr("The organisation unit (id %1) does not exist.").arg(unitId));
    return name;
}

qint64 RecordChecks::mainOrganisation(qint64 personId, const QDate& on)
{
    QSqlQuery& q = prepared(QStringLiteral(
        "SELECT org_unit_id FROM employment WHERE person_id = :p AND start_date <= :on "
        "AND (end_date IS NULL OR end_date >= :on) ORDER BY rate DESC, start_date, id LIMIT 1"));
    q.bindValue(QStringLiteral(":p"), personId);
    q.bindValue(QStringLiteral(":on"), sqlDate(on));
    const qint64 unit = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return unit;
}

bool RecordChecks::employedAt(qint64 personId, qint64 unitId, const QDate& on)
{
    QSqlQuery& q = prepared(QStringLiteral(
        "SELECT 1 FROM employment WHERE person_id = ? AND org_unit_id = ? AND start_date <= ? "
        "AND (end_date IS NULL OR end_date >= ?)"));
    const QVariant date = sqlDate(on);
    q.addBindValue(personId);
    q.addBindValue(unitId);
    q.addBindValue(date);
    q.addBindValue(date);
    const bool works = q.exec() && q.next();
    q.finish();
    return works;
}

Status RecordChecks::worksAt(qint64 personId, qint64 unitId, const QDate& on)
{
    if (employedAt(personId, unitId, on)) // so both exist
        return Status::success();
    const auto person = personName(personId);
    if (!person)
        return person.status();
    const auto unit = unitName(unitId);
    if (!unit)
        return unit.status();
    return Status::failure(tr("%1 does not work at «%2» on %3.").arg(*person, *unit, on.toString(QStringLiteral("dd.MM.yyyy"))));
}

Status RecordChecks::period(const QDate& start, const QDate& end)
{
    if (!start.isValid())
        return Status::failure(tr("The start date is required."));
    if (end.isValid() && end < start)
        return Status::failure(tr("The end date %1 is before the start date %2.")
                                   .arg(end.toString(QStringLiteral("dd.MM.yyyy")), start.toString(QStringLiteral("dd.MM.yyyy"))));
    return Status::success();
}

Status RecordChecks::transition(const QString& from, const QString& to, const QVector<QPair<QString, QString>>& allowed,
                                const std::function<QString(const QString&)>& statusName)
{
    if (from == to || allowed.contains(qMakePair(from, to)))
        return Status::success();
    return Status::failure(tr("The status cannot change from «%1» to «%2».").arg(statusName(from), statusName(to)));
}
