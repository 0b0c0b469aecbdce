// AttestationRepository: reading attestations, categories running out, a person's history.
#include "storage/attestationrepository.h"
#include "storage/sqlvalues.h"
#include "storage/staffsql.h"

namespace {
const QString columns = QStringLiteral(
    "SELECT a.id, a.uuid, a.org_unit_id, a.person_id, a.attestation_date, a.category, a.outcome, a.valid_until, "
    "a.created_at, a.updated_at FROM attestation a ");
} // namespace

QVector<Attestation> AttestationRepository::attestations(const QString& sql, const QVariantList& values)
{
    QSqlQuery& q = prepared(columns + sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    QVector<Attestation> result;
    if (q.exec())
        while (q.next()) {
            Attestation a;
            a.id = q.value(0).toLongLong();
            a.uuid = q.value(1).toString();
            a.unitId = q.value(2).toLongLong();
            a.personId = q.value(3).toLongLong();
            a.date = dateFromSql(q.value(4));
            a.category = q.value(5).toString();
            a.outcome = q.value(6).toString();
            a.validUntil = dateFromSql(q.value(7));
            a.createdAt = timeFromSql(q.value(8));
            a.updatedAt = timeFromSql(q.value(9));
            result.append(a);
        }
    q.finish();
    return result;
}

std::optional<Attestation> AttestationRepository::find(qint64 id)
{
    const auto found = attestations(QStringLiteral("WHERE a.id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QVector<Attestation> AttestationRepository::attestationsOf(qint64 personId)
{
    return attestations(QStringLiteral("WHERE a.person_id = ? ORDER BY a.attestation_date, a.id"), {personId});
}

QVector<Attestation> AttestationRepository::list(qint64 rootUnitId, const QDate& from, const QDate& to)
{
    return attestations(QStringLiteral("JOIN org_unit_closure c ON c.descendant_id = a.org_unit_id AND c.ancestor_id = ? "
                                       "WHERE a.attestation_date >= ? AND a.attestation_date <= ? "
                                       "ORDER BY a.attestation_date, a.id"),
                        {rootUnitId, sqlLowerBound(from),
                         sqlUpperBound(to)});
}

QVector<ExpiringCategory> AttestationRepository::expiringWithin(qint64 rootUnitId, const QDate& date, int months)
{
    QSqlQuery& q = prepared(QStringLiteral(
        "WITH ") + mainStaffCte() + QStringLiteral(" "
        "SELECT p.id, p.category, p.category_expires FROM staff s JOIN person p ON p.id = s.person_id "
        "WHERE p.category <> 'none' AND p.category_expires >= :on AND p.category_expires <= :to "
        "ORDER BY p.category_expires, p.name_key, p.id"));
    q.bindValue(QStringLiteral(":on"), sqlDate(date));
    q.bindValue(QStringLiteral(":to"), sqlDate(date.addMonths(months)));
    q.bindValue(QStringLiteral(":root"), rootUnitId);
    QVector<ExpiringCategory> result;
    if (q.exec())
        while (q.next())
            result.append({q.value(0).toLongLong(), q.value(1).toString(), dateFromSql(q.value(2))});
    q.finish();
    return result;
}

QVector<HistoryEntry> AttestationRepository::historyOf(qint64 personId)
{
    QVector<HistoryEntry> result;
    for (const Attestation& a : attestationsOf(personId)) {
        const QString category = m_persons.references().categoryName(a.category);
        const QString summary = a.granted()
            ? tr("category «%1» granted, valid until %2").arg(category, a.validUntil.toString(QStringLiteral("dd.MM.yyyy")))
            : tr("category «%1» refused").arg(category);
        result.append({a.date, tr("Attestation"), summary, a.uuid});
    }
    return result;
}
