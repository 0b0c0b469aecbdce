// ConsultationRepository: reading consultations, the subtree's list and count (K19), history.
#include "domain/period.h"
#include "storage/consultationrepository.h"
#include "storage/sqlvalues.h"

#include <algorithm>

namespace {
const QString consultationColumns = QStringLiteral(
    "SELECT k.id, k.uuid, k.org_unit_id, k.methodist_id, k.consultation_date, k.topic, k.form, k.competence_area, "
    "k.created_at, k.updated_at FROM consultation k ");

// Consultations within [:from, :to] with a person consulted whose main employment on the
// consultation's date is in the subtree of :root (see count() in the header).
const QString countedFor = QStringLiteral(
    "WITH ranked AS (SELECT k.id AS consultation_id, e.org_unit_id, "
    "  ROW_NUMBER() OVER (PARTITION BY k.id, cp.person_id ORDER BY e.rate DESC, e.start_date, e.id) AS n "
    "  FROM consultation k JOIN consultation_person cp ON cp.consultation_id = k.id "
    "  JOIN employment e ON e.person_id = cp.person_id AND e.start_date <= k.consultation_date "
    "  AND (e.end_date IS NULL OR e.end_date >= k.consultation_date) "
    "  WHERE k.consultation_date >= :from AND k.consultation_date <= :to), "
    "counted AS (SELECT DISTINCT r.consultation_id FROM ranked r "
    "  JOIN org_unit_closure c ON c.descendant_id = r.org_unit_id AND c.ancestor_id = :root WHERE r.n = 1) ");

QVariant lowerBound(const QDate& from)
{
    return from.isValid() ? sqlDate(from) : QVariant(QStringLiteral("0001-01-01"));
}

QVariant upperBound(const QDate& to)
{
    return to.isValid() ? sqlDate(to) : QVariant(QStringLiteral("9999-12-31"));
}
} // namespace

QVector<Consultation> ConsultationRepository::consultations(QSqlQuery& q)
{
    QVector<Consultation> result;
    if (q.exec())
        while (q.next())
            result.append({.id = q.value(0).toLongLong(), .uuid = q.value(1).toString(), .orgUnitId = q.value(2).toLongLong(),
                           .methodistId = q.value(3).toLongLong(), .date = dateFromSql(q.value(4)),
                           .topic = q.value(5).toString(), .form = q.value(6).toString(),
                           .competenceArea = q.value(7).toString(), .personIds = {},
                           .createdAt = timeFromSql(q.value(8)), .updatedAt = timeFromSql(q.value(9))});
    q.finish(); // before preparing another statement: the cache may move q
    QSqlQuery& persons = prepared(QStringLiteral(
        "SELECT cp.person_id FROM consultation_person cp JOIN person p ON p.id = cp.person_id "
        "WHERE cp.consultation_id = ? ORDER BY p.name_key, p.id"));
    for (Consultation& c : result) {
        persons.bindValue(0, c.id);
        if (persons.exec())
            while (persons.next())
                c.personIds.append(persons.value(0).toLongLong());
    }
    persons.finish();
    return result;
}

QVector<Consultation> ConsultationRepository::consultations(const QString& sql, const QVariantList& values)
{
    QSqlQuery& q = prepared(consultationColumns + sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    return consultations(q);
}

std::optional<Consultation> ConsultationRepository::find(qint64 id)
{
    const auto found = consultations(QStringLiteral("WHERE k.id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QVector<Consultation> ConsultationRepository::consultationsOf(qint64 personId)
{
    return consultations(QStringLiteral("WHERE k.id IN (SELECT consultation_id FROM consultation_person WHERE person_id = ?) "
                                        "ORDER BY k.consultation_date, k.id"),
                         {personId});
}

QVector<Consultation> ConsultationRepository::byMethodist(qint64 personId)
{
    return consultations(QStringLiteral("WHERE k.methodist_id = ? ORDER BY k.consultation_date, k.id"), {personId});
}

QVector<Consultation> ConsultationRepository::list(qint64 rootUnitId, const QDate& from, const QDate& to)
{
    QSqlQuery& q = prepared(countedFor + consultationColumns + QStringLiteral(
        "WHERE k.consultation_date >= :from AND k.consultation_date <= :to AND (k.id IN (SELECT consultation_id FROM counted) "
        "OR k.org_unit_id IN (SELECT descendant_id FROM org_unit_closure WHERE ancestor_id = :root)) "
        "ORDER BY k.consultation_date, k.id"));
    q.bindValue(QStringLiteral(":from"), lowerBound(from));
    q.bindValue(QStringLiteral(":to"), upperBound(to));
    q.bindValue(QStringLiteral(":root"), rootUnitId);
    return consultations(q);
}

int ConsultationRepository::count(qint64 rootUnitId, const QDate& from, const QDate& to)
{
    QSqlQuery& q = prepared(countedFor + QStringLiteral("SELECT COUNT(*) FROM counted"));
    q.bindValue(QStringLiteral(":from"), lowerBound(from));
    q.bindValue(QStringLiteral(":to"), upperBound(to));
    q.bindValue(QStringLiteral(":root"), rootUnitId);
    const int n = q.exec() && q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

QVector<HistoryEntry> ConsultationRepository::historyOf(qint64 personId)
{
    QVector<HistoryEntry> result;
    const QString kind = tr("Consultation");
    auto describe = [this](const Consultation& c) {
        QString text = tr("«%1», %2").arg(c.topic, m_references.name(ReferenceList::ConsultationForm, c.form));
        if (!c.competenceArea.isEmpty())
            text += QStringLiteral(", ") + m_references.name(ReferenceList::CompetenceArea, c.competenceArea);
        return text;
    };
    for (const Consultation& c : byMethodist(personId)) {
        QStringList names;
        for (const qint64 id : c.personIds)
            names.append(personName(id));
        result.append({c.date, kind, tr("consulted %1: %2").arg(names.join(QStringLiteral(", ")), describe(c)), c.uuid});
    }
    for (const Consultation& c : consultationsOf(personId))
        result.append({c.date, kind, tr("consulted by %1: %2").arg(personName(c.methodistId), describe(c)), c.uuid});
    std::stable_sort(result.begin(), result.end(), [](const HistoryEntry& a, const HistoryEntry& b) { return a.date < b.date; });
    return result;
}
