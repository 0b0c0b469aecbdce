#include "storage/competitionrepository.h"
#include "storage/clock.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

namespace {
const QString competitionColumns = QStringLiteral(
    "SELECT co.id, co.uuid, co.org_unit_id, co.title, co.level, co.year, co.created_at, co.updated_at "
    "FROM competition co ");
constexpr int firstYear = 2000;
} // namespace

Competition CompetitionRepository::readCompetition(const QSqlQuery& q, int first) const
{
    Competition c;
    c.id = q.value(first).toLongLong();
    c.uuid = q.value(first + 1).toString();
    c.orgUnitId = q.value(first + 2).toLongLong();
    c.title = q.value(first + 3).toString();
    c.level = q.value(first + 4).toString();
    c.year = q.value(first + 5).toInt();
    c.createdAt = timeFromSql(q.value(first + 6));
    c.updatedAt = timeFromSql(q.value(first + 7));
    return c;
}

Status CompetitionRepository::validate(Competition& c)
{
    c.title = c.title.simplified();
    if (c.title.isEmpty())
        return Status::failure(tr("The title of the competition must not be empty."));
    const auto level = m_references.find(ReferenceList::EventLevel, c.level);
    if (!level)
        return Status::failure(tr("Unknown competition level «%1».").arg(c.level));
    c.level = level->code;
    const int lastYear = database().clock().today().year() + 1;
    if (c.year < firstYear || c.year > lastYear)
        return Status::failure(tr("The year of the competition must be from %1 to %2, not %3.")
                                   .arg(firstYear).arg(lastYear).arg(c.year));
    if (c.orgUnitId == 0)
        return Status::failure(tr("The organiser of the competition is required."));
    if (const auto unit = m_checks.unitName(c.orgUnitId); !unit)
        return unit.status();
    return Status::success();
}

Result<qint64> CompetitionRepository::insert(Competition& c)
{
    if (Status s = validate(c); !s)
        return Result<qint64>(s);
    Database& db = database();
    WriteTransaction tx(db, WriteTransaction::Nesting::Join); // one statement
    if (!tx.isActive())
        return Result<qint64>(tx.status());
    if (c.uuid.isEmpty())
        c.uuid = db.newUuid();
    const QString now = db.timestamp();
    QSqlQuery& q = prepared(QStringLiteral(
        "INSERT INTO competition (uuid, org_unit_id, title, level, year, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(c.uuid);
    q.addBindValue(c.orgUnitId);
    q.addBindValue(c.title);
    q.addBindValue(c.level);
    q.addBindValue(c.year);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return Result<qint64>::failure(sqlError(tr("adding the competition «%1»").arg(c.title), q));
    c.id = q.lastInsertId().toLongLong();
    q.finish();
    c.createdAt = c.updatedAt = QDateTime::fromString(now, Qt::ISODate);
    db.markChanged(Change::Competitions);
    if (Status s = tx.commit(); !s)
        return Result<qint64>(s);
    return c.id;
}

Status CompetitionRepository::update(const Competition& input)
{
    Competition c = input;
    const auto stored = find(c.id);
    if (!stored)
        return Status::failure(tr("The competition (id %1) does not exist.").arg(c.id));
    if (Status s = validate(c); !s)
        return s;
    Database& db = database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return tx.status();
    if (stored->year != c.year)
        if (Status s = moveParticipants(c); !s)
            return s;
    QSqlQuery& q = prepared(QStringLiteral(
        "UPDATE competition SET org_unit_id = ?, title = ?, level = ?, year = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(c.orgUnitId);
    q.addBindValue(c.title);
    q.addBindValue(c.level);
    q.addBindValue(c.year);
    q.addBindValue(db.timestamp());
    q.addBindValue(c.id);
    if (Status s = execWrite(q, tr("saving the competition «%1»").arg(c.title), Change::Competitions); !s)
        return s;
    return tx.commit();
}

Status CompetitionRepository::remove(qint64 competitionId)
{
    const auto c = find(competitionId);
    if (!c)
        return Status::failure(tr("The competition (id %1) does not exist.").arg(competitionId));
    Database& db = database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return tx.status();
    if (const int n = participantCount(competitionId); n > 0)
        return Status::failure(tr("The competition «%1» (%2) cannot be deleted: %n participant(s) are listed.", nullptr, n)
                                   .arg(c->title).arg(c->year));
    QSqlQuery& q = prepared(QStringLiteral("DELETE FROM competition WHERE id = ?"));
    q.addBindValue(competitionId);
    if (!q.exec())
        return Status::failure(sqlError(tr("deleting the competition «%1»").arg(c->title), q));
    q.finish();
    db.markChanged(Change::Competitions);
    return tx.commit();
}

std::optional<Competition> CompetitionRepository::find(qint64 id)
{
    QSqlQuery& q = prepared(competitionColumns + QStringLiteral("WHERE co.id = ?"));
    q.bindValue(0, id);
    std::optional<Competition> c;
    if (q.exec() && q.next())
        c = readCompetition(q);
    q.finish();
    return c;
}

QVector<Competition> CompetitionRepository::list(qint64 rootUnitId, int year)
{
    QSqlQuery& q = prepared(competitionColumns + QStringLiteral(
        "JOIN org_unit_closure c ON c.descendant_id = co.org_unit_id "
        "WHERE c.ancestor_id = ? AND co.year BETWEEN ? AND ? ORDER BY co.year, co.title, co.id"));
    q.addBindValue(rootUnitId);
    q.addBindValue(year == 0 ? 0 : year);
    q.addBindValue(year == 0 ? 9999 : year);
    QVector<Competition> result;
    if (q.exec())
        while (q.next())
            result.append(readCompetition(q));
    q.finish();
    return result;
}
