// DiagnosticRepository: reading (the rules and writes are in diagnosticrepository.cpp).
#include "storage/database.h"
#include "storage/diagnosticrepository.h"
#include "storage/sqlvalues.h"

namespace {
// A diagnostic's columns and, joined, one of its results per row.
const QString diagnosticColumns = QStringLiteral(
    "SELECT d.id, d.uuid, d.org_unit_id, d.person_id, d.diagnosed_on, d.source_code, d.notes, d.created_at, "
    "d.updated_at, r.id, r.area_code, r.score, r.level, r.deficit "
    "FROM diagnostic d LEFT JOIN diagnostic_result r ON r.diagnostic_id = d.id ");
const QString inSubtreeAndPeriod = QStringLiteral(
    "JOIN org_unit_closure c ON c.descendant_id = d.org_unit_id AND c.ancestor_id = ? "
    "WHERE d.diagnosed_on >= ? AND d.diagnosed_on <= ?");
} // namespace

QVector<Diagnostic> DiagnosticRepository::read(const QString& joinAndWhere, const QVariantList& values)
{
    QSqlQuery& q = prepared(diagnosticColumns + joinAndWhere + QStringLiteral(" ORDER BY d.diagnosed_on, d.id, r.id"));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    QVector<Diagnostic> result;
    if (q.exec()) {
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (result.isEmpty() || result.last().id != id) {
                Diagnostic d;
                d.id = id;
                d.uuid = q.value(1).toString();
                d.unitId = q.value(2).toLongLong();
                d.personId = q.value(3).toLongLong();
                d.date = dateFromSql(q.value(4));
                d.sourceCode = q.value(5).toString();
                d.notes = q.value(6).toString();
                d.createdAt = timeFromSql(q.value(7));
                d.updatedAt = timeFromSql(q.value(8));
                result.append(d);
            }
            if (q.value(9).isNull())
                continue;
            DiagnosticResult r;
            r.id = q.value(9).toLongLong();
            r.areaCode = q.value(10).toString();
            if (!q.value(11).isNull())
                r.score = q.value(11).toInt();
            r.level = q.value(12).toString();
            r.deficit = q.value(13).toBool();
            result.last().results.append(r);
        }
    }
    q.finish();
    return result;
}

std::optional<Diagnostic> DiagnosticRepository::find(qint64 id)
{
    const auto found = read(QStringLiteral("WHERE d.id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QVector<Diagnostic> DiagnosticRepository::diagnosticsOf(qint64 personId)
{
    return read(QStringLiteral("WHERE d.person_id = ?"), {personId});
}

std::optional<Diagnostic> DiagnosticRepository::latestBefore(qint64 personId, const QDate& date)
{
    const auto found = read(QStringLiteral(
        "WHERE d.id = (SELECT id FROM diagnostic WHERE person_id = ? AND diagnosed_on <= ? "
        "ORDER BY diagnosed_on DESC, id DESC LIMIT 1)"), {personId, sqlDate(date)});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QVector<Diagnostic> DiagnosticRepository::list(qint64 rootUnitId, const QDate& from, const QDate& to)
{
    return read(inSubtreeAndPeriod, {rootUnitId, sqlLowerBound(from), sqlUpperBound(to)});
}

QVector<UnaddressedDeficit> DiagnosticRepository::deficitsWithoutRoute(qint64 rootUnitId, const QDate& from, const QDate& to)
{
    // A route addresses the deficit when it has the area as a problem, is not abandoned and
    // did not end before the diagnostic (an old route does not answer a new diagnosis).
    QSqlQuery& q = prepared(QStringLiteral(
        "SELECT d.person_id, d.id, r.area_code FROM diagnostic d "
        "JOIN diagnostic_result r ON r.diagnostic_id = d.id AND r.deficit = 1 ")
        + inSubtreeAndPeriod + QStringLiteral(
        " AND NOT EXISTS (SELECT 1 FROM route rt JOIN route_problem p ON p.route_id = rt.id "
        "WHERE rt.person_id = d.person_id AND p.area_code = r.area_code AND rt.status <> 'abandoned' "
        "AND (rt.end_date IS NULL OR rt.end_date >= d.diagnosed_on)) "
        "ORDER BY d.diagnosed_on, d.id, r.id"));
    q.bindValue(0, rootUnitId);
    q.bindValue(1, sqlLowerBound(from));
    q.bindValue(2, sqlUpperBound(to));
    QVector<UnaddressedDeficit> result;
    if (q.exec())
        while (q.next())
            result.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()});
    q.finish();
    return result;
}

QString DiagnosticRepository::describe(const Diagnostic& d)
{
    QStringList results;
    for (const DiagnosticResult& r : d.results) {
        QString text = m_references.name(ReferenceList::CompetenceArea, r.areaCode) + QStringLiteral(" — ")
                       + CompetenceLevels::name(r.level);
        if (r.score)
            text += QStringLiteral(" (%1)").arg(*r.score);
        if (r.isDeficit())
            text += u' ' + tr("[deficit]");
        results.append(text);
    }
    return m_references.name(ReferenceList::DiagnosticSource, d.sourceCode) + QStringLiteral(": ")
           + results.join(QStringLiteral("; "));
}

QVector<HistoryEntry> DiagnosticRepository::historyOf(qint64 personId)
{
    QVector<HistoryEntry> entries;
    for (const Diagnostic& d : diagnosticsOf(personId))
        entries.append({d.date, tr("Diagnostic"), describe(d), d.uuid});
    return entries;
}
