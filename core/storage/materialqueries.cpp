// MaterialRepository: reading materials with their authors, the subtree's list, history.
#include "domain/period.h"
#include "storage/materialrepository.h"
#include "storage/sqlvalues.h"

namespace {
const QString materialColumns = QStringLiteral(
    "SELECT m.id, m.uuid, m.org_unit_id, m.title, m.type, m.competence_area, m.location, m.approval_level, m.approved_on, "
    "m.created_at, m.updated_at FROM methodical_material m ");
// The material's date (see the header): its approval, else the day part of created_at.
const QString materialDate = QStringLiteral("COALESCE(m.approved_on, SUBSTR(m.created_at, 1, 10))");
} // namespace

QVector<MethodicalMaterial> MaterialRepository::materials(const QString& sql, const QVariantList& values)
{
    QSqlQuery& q = prepared(materialColumns + sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    QVector<MethodicalMaterial> result;
    if (q.exec())
        while (q.next())
            result.append({.id = q.value(0).toLongLong(), .uuid = q.value(1).toString(), .orgUnitId = q.value(2).toLongLong(),
                           .title = q.value(3).toString(), .authorIds = {}, .type = q.value(4).toString(),
                           .competenceArea = q.value(5).toString(), .location = q.value(6).toString(),
                           .approvalLevel = q.value(7).toString(), .approvedOn = dateFromSql(q.value(8)),
                           .createdAt = timeFromSql(q.value(9)), .updatedAt = timeFromSql(q.value(10))});
    q.finish(); // before preparing another statement: the cache may move q
    QSqlQuery& authors = prepared(QStringLiteral(
        "SELECT person_id FROM material_author WHERE material_id = ? ORDER BY sort_order, person_id"));
    for (MethodicalMaterial& m : result) {
        authors.bindValue(0, m.id);
        if (authors.exec())
            while (authors.next())
                m.authorIds.append(authors.value(0).toLongLong());
    }
    authors.finish();
    return result;
}

std::optional<MethodicalMaterial> MaterialRepository::find(qint64 id)
{
    const auto found = materials(QStringLiteral("WHERE m.id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QVector<MethodicalMaterial> MaterialRepository::materialsOf(qint64 personId)
{
    return materials(QStringLiteral("WHERE m.id IN (SELECT material_id FROM material_author WHERE person_id = ?) ORDER BY ")
                         + materialDate + QStringLiteral(", m.id"),
                     {personId});
}

QVector<MethodicalMaterial> MaterialRepository::list(qint64 rootUnitId, const QDate& from, const QDate& to)
{
    return materials(QStringLiteral("JOIN org_unit_closure c ON c.descendant_id = m.org_unit_id AND c.ancestor_id = ? WHERE ")
                         + materialDate + QStringLiteral(" >= ? AND ") + materialDate + QStringLiteral(" <= ? ORDER BY ")
                         + materialDate + QStringLiteral(", m.id"),
                     {rootUnitId, from.isValid() ? sqlDate(from) : QVariant(QStringLiteral("0001-01-01")),
                      to.isValid() ? sqlDate(to) : QVariant(QStringLiteral("9999-12-31"))});
}

QVector<HistoryEntry> MaterialRepository::historyOf(qint64 personId)
{
    QVector<HistoryEntry> result;
    for (const MethodicalMaterial& m : materialsOf(personId)) {
        QStringList parts{QStringLiteral("«%1»").arg(m.title), m_references.name(ReferenceList::MaterialType, m.type)};
        QStringList coauthors;
        for (const qint64 author : m.authorIds)
            if (author != personId)
                if (const auto name = m_checks.personName(author))
                    coauthors.append(*name);
        if (!coauthors.isEmpty())
            parts.append(tr("with %1").arg(coauthors.join(QStringLiteral(", "))));
        if (!m.approvalLevel.isEmpty())
            parts.append(tr("approval: %1").arg(m_references.name(ReferenceList::ApprovalLevel, m.approvalLevel)));
        result.append({m.date(), tr("Methodical material"), parts.join(QStringLiteral(", ")), m.uuid});
    }
    return result;
}
