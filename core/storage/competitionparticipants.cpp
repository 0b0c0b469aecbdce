// CompetitionRepository: the participants of competitions, their stages and results.
#include "storage/clock.h"
#include "storage/competitionrepository.h"
#include "storage/database.h"
#include "storage/participantplaces.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

namespace {
const QString participationColumns = QStringLiteral(
    "SELECT cp.id, cp.uuid, cp.org_unit_id, cp.competition_id, cp.person_id, cp.stage, cp.result, "
    "cp.created_at, cp.updated_at FROM competition_participation cp ");
// A competition's 8 columns, then its participation's 9.
const QString entryColumns = QStringLiteral(
    "SELECT co.id, co.uuid, co.org_unit_id, co.title, co.level, co.year, co.created_at, co.updated_at, "
    "cp.id, cp.uuid, cp.org_unit_id, cp.competition_id, cp.person_id, cp.stage, cp.result, cp.created_at, cp.updated_at "
    "FROM competition_participation cp JOIN competition co ON co.id = cp.competition_id ");
} // namespace

CompetitionParticipation CompetitionRepository::readParticipation(const QSqlQuery& q, int first) const
{
    CompetitionParticipation p;
    p.id = q.value(first).toLongLong();
    p.uuid = q.value(first + 1).toString();
    p.orgUnitId = q.value(first + 2).toLongLong();
    p.competitionId = q.value(first + 3).toLongLong();
    p.personId = q.value(first + 4).toLongLong();
    p.stage = q.value(first + 5).toString();
    p.result = q.value(first + 6).toString();
    p.createdAt = timeFromSql(q.value(first + 7));
    p.updatedAt = timeFromSql(q.value(first + 8));
    return p;
}

qint64 CompetitionRepository::organisationInYear(qint64 personId, int year)
{
    const QDate last = std::min(QDate(year, 12, 31), database().clock().today());
    if (const qint64 unit = m_checks.mainOrganisation(personId, last))
        return unit;
    // Left during the year: the employment that ended last.
    QSqlQuery& q = prepared(QStringLiteral(
        "SELECT org_unit_id FROM employment WHERE person_id = ? AND start_date <= ? AND end_date >= ? "
        "ORDER BY end_date DESC, rate DESC, start_date, id"));
    q.addBindValue(personId);
    q.addBindValue(sqlDate(last));
    q.addBindValue(sqlDate(std::min(QDate(year, 1, 1), last)));
    const qint64 unit = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return unit;
}

bool CompetitionRepository::workedInYear(qint64 personId, qint64 unitId, int year)
{
    const QDate last = std::min(QDate(year, 12, 31), database().clock().today());
    QSqlQuery& q = prepared(QStringLiteral(
        "SELECT 1 FROM employment WHERE person_id = ? AND org_unit_id = ? AND start_date <= ? "
        "AND (end_date IS NULL OR end_date >= ?)"));
    q.addBindValue(personId);
    q.addBindValue(unitId);
    q.addBindValue(sqlDate(last));
    q.addBindValue(sqlDate(std::min(QDate(year, 1, 1), last)));
    const bool worked = q.exec() && q.next();
    q.finish();
    return worked;
}

Status CompetitionRepository::moveParticipants(const Competition& c)
{
    // A participation belongs to the person's organisation in the competition's year.
    QVector<ParticipantPlace> places;
    for (const CompetitionParticipation& p : participants(c.id))
        places.append({p.id, p.personId, p.orgUnitId});
    const ParticipantRules rules{
        .stays = [&](qint64 person, qint64 unit) { return workedInYear(person, unit, c.year); },
        .placeOf = [&](qint64 person) { return organisationInYear(person, c.year); },
        .nowhere = [&](qint64 person) {
            return tr("%1 worked nowhere in %2, the year of the competition.").arg(m_checks.personName(person).value()).arg(c.year);
        }};
    const auto moved = replaceParticipants(places, rules, tr("The competition «%1» cannot move to %2:").arg(c.title).arg(c.year));
    if (!moved)
        return moved.status();
    for (const ParticipantPlace& p : moved.value()) {
        QSqlQuery& q = prepared(QStringLiteral("UPDATE competition_participation SET org_unit_id = ?, updated_at = ? WHERE id = ?"));
        q.addBindValue(p.unitId);
        q.addBindValue(database().timestamp());
        q.addBindValue(p.participationId);
        if (Status s = execWrite(q, tr("saving a participant"), Change::Competitions); !s)
            return s;
    }
    return Status::success();
}

Status CompetitionRepository::validateParticipant(CompetitionParticipation& p)
{
    const auto competition = find(p.competitionId);
    if (!competition)
        return Status::failure(tr("The competition (id %1) does not exist.").arg(p.competitionId));
    const auto name = m_checks.personName(p.personId);
    if (!name)
        return name.status();
    const auto result = m_references.find(ReferenceList::CompetitionResult, p.result);
    if (!result)
        return Status::failure(tr("Unknown competition result «%1».").arg(p.result));
    p.result = result->code;
    p.stage = p.stage.simplified();
    const int year = competition->year;
    if (p.orgUnitId == 0) {
        p.orgUnitId = organisationInYear(p.personId, year);
        if (p.orgUnitId == 0)
            return Status::failure(tr("%1 worked nowhere in %2, the year of the competition.").arg(*name).arg(year));
    } else {
        const auto unit = m_checks.unitName(p.orgUnitId);
        if (!unit)
            return unit.status();
        if (!workedInYear(p.personId, p.orgUnitId, year))
            return Status::failure(tr("%1 did not work at «%2» in %3.").arg(*name, *unit).arg(year));
    }
    QSqlQuery& q = prepared(QStringLiteral(
        "SELECT 1 FROM competition_participation WHERE competition_id = ? AND person_id = ? AND id <> ?"));
    q.addBindValue(p.competitionId);
    q.addBindValue(p.personId);
    q.addBindValue(p.id);
    const bool listed = q.exec() && q.next();
    q.finish();
    if (listed)
        return Status::failure(tr("%1 is already listed among the participants of «%2» (%3).")
                                   .arg(*name, competition->title).arg(year));
    return Status::success();
}

Result<qint64> CompetitionRepository::addParticipant(CompetitionParticipation& p)
{
    if (Status s = validateParticipant(p); !s)
        return Result<qint64>(s);
    Database& db = database();
    WriteTransaction tx(db, WriteTransaction::Nesting::Join); // one statement
    if (!tx.isActive())
        return Result<qint64>(tx.status());
    if (p.uuid.isEmpty())
        p.uuid = db.newUuid();
    const QString now = db.timestamp();
    QSqlQuery& q = prepared(QStringLiteral(
        "INSERT INTO competition_participation (uuid, org_unit_id, competition_id, person_id, stage, result, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(p.uuid);
    q.addBindValue(p.orgUnitId);
    q.addBindValue(p.competitionId);
    q.addBindValue(p.personId);
    q.addBindValue(sqlNotNull(p.stage));
    q.addBindValue(p.result);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return Result<qint64>::failure(sqlError(tr("adding a participant"), q));
    p.id = q.lastInsertId().toLongLong();
    q.finish();
    p.createdAt = p.updatedAt = QDateTime::fromString(now, Qt::ISODate);
    db.markChanged(Change::Competitions);
    if (Status s = tx.commit(); !s)
        return Result<qint64>(s);
    return p.id;
}

Status CompetitionRepository::updateParticipant(const CompetitionParticipation& input)
{
    CompetitionParticipation p = input;
    if (!findParticipation(p.id))
        return Status::failure(tr("The participation (id %1) does not exist.").arg(p.id));
    if (Status s = validateParticipant(p); !s)
        return s;
    Database& db = database();
    QSqlQuery& q = prepared(QStringLiteral(
        "UPDATE competition_participation SET org_unit_id = ?, competition_id = ?, person_id = ?, stage = ?, "
        "result = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(p.orgUnitId);
    q.addBindValue(p.competitionId);
    q.addBindValue(p.personId);
    q.addBindValue(sqlNotNull(p.stage));
    q.addBindValue(p.result);
    q.addBindValue(db.timestamp());
    q.addBindValue(p.id);
    return execWrite(q, tr("saving a participant"), Change::Competitions);
}

Status CompetitionRepository::removeParticipant(qint64 participationId)
{
    if (!findParticipation(participationId))
        return Status::failure(tr("The participation (id %1) does not exist.").arg(participationId));
    QSqlQuery& q = prepared(QStringLiteral("DELETE FROM competition_participation WHERE id = ?"));
    q.addBindValue(participationId);
    return execWrite(q, tr("removing a participant"), Change::Competitions);
}

std::optional<CompetitionParticipation> CompetitionRepository::findParticipation(qint64 id)
{
    QSqlQuery& q = prepared(participationColumns + QStringLiteral("WHERE cp.id = ?"));
    q.bindValue(0, id);
    std::optional<CompetitionParticipation> p;
    if (q.exec() && q.next())
        p = readParticipation(q);
    q.finish();
    return p;
}

QVector<CompetitionParticipation> CompetitionRepository::participants(qint64 competitionId)
{
    QSqlQuery& q = prepared(participationColumns + QStringLiteral(
        "JOIN person pe ON pe.id = cp.person_id WHERE cp.competition_id = ? ORDER BY pe.name_key, pe.id"));
    q.bindValue(0, competitionId);
    QVector<CompetitionParticipation> result;
    if (q.exec())
        while (q.next())
            result.append(readParticipation(q));
    q.finish();
    return result;
}

int CompetitionRepository::participantCount(qint64 competitionId)
{
    QSqlQuery& q = prepared(QStringLiteral("SELECT COUNT(*) FROM competition_participation WHERE competition_id = ?"));
    q.bindValue(0, competitionId);
    const int n = q.exec() && q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

QVector<CompetitionEntry> CompetitionRepository::entries(const QString& sql, const QVariantList& values)
{
    QSqlQuery& q = prepared(entryColumns + sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    QVector<CompetitionEntry> result;
    if (q.exec())
        while (q.next())
            result.append({readCompetition(q, 0), readParticipation(q, 8)});
    q.finish();
    return result;
}

QVector<CompetitionEntry> CompetitionRepository::competitionsOf(qint64 personId)
{
    return entries(QStringLiteral("WHERE cp.person_id = ? ORDER BY co.year, co.title, co.id"), {personId});
}

QVector<CompetitionEntry> CompetitionRepository::participationsIn(qint64 rootUnitId, int year)
{
    return entries(QStringLiteral("JOIN org_unit_closure c ON c.descendant_id = cp.org_unit_id "
                                  "WHERE c.ancestor_id = ? AND co.year BETWEEN ? AND ? ORDER BY co.year, co.title, cp.id"),
                   {rootUnitId, year == 0 ? 0 : year, year == 0 ? 9999 : year});
}

QVector<HistoryEntry> CompetitionRepository::historyOf(qint64 personId)
{
    QVector<HistoryEntry> result;
    for (const CompetitionEntry& e : competitionsOf(personId)) {
        QStringList parts{QStringLiteral("«%1» %2").arg(e.competition.title).arg(e.competition.year),
                          tr("%1 level").arg(m_references.name(ReferenceList::EventLevel, e.competition.level))};
        if (!e.participation.stage.isEmpty())
            parts.append(tr("stage: %1").arg(e.participation.stage));
        parts.append(m_references.name(ReferenceList::CompetitionResult, e.participation.result));
        result.append({QDate(e.competition.year, 1, 1), tr("Competition"), parts.join(QStringLiteral(", ")),
                       e.participation.uuid});
    }
    return result;
}
