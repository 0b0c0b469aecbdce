#include "registers/registerquery.h"
#include "domain/academicyear.h"
#include "io/fieldparsing.h"
#include "storage/database.h"
#include "storage/orgunitrepository.h"
#include "storage/sqlvalues.h"

#include <QHash>

namespace {

// Patterns for text columns, where SQL LIKE ignores the case of Latin letters only: the text
// in lower case, with a capital first letter, with every word capitalised («Школа Б»), and in
// capitals; е and ё match either (any one character, in fact).
QStringList textPatterns(const QString& text)
{
    const QString lower = text.toLower();
    QStringList words = lower.split(u' ');
    for (QString& word : words)
        word = word.left(1).toUpper() + word.mid(1);
    QStringList variants{lower, lower.left(1).toUpper() + lower.mid(1), words.join(u' '), text.toUpper()};
    variants.removeDuplicates();
    QStringList patterns;
    for (const QString& variant : std::as_const(variants)) {
        QString pattern = sqlContainsPattern(variant);
        for (const QChar yo : {u'е', u'ё', u'Е', u'Ё'})
            pattern.replace(yo, u'_');
        patterns << pattern;
    }
    return patterns;
}

} // namespace

QString RegisterQuery::what() const
{
    return tr("reading the register «%1»").arg(RecordKinds::info(m_spec.kind).title);
}

bool RegisterQuery::isRegion(qint64 unitId)
{
    const auto unit = OrgUnitRepository(database()).find(unitId);
    return unit && unit->level == UnitLevel::Region;
}

QSqlQuery& RegisterQuery::idsQuery(const RegisterFilter& filter, bool explain)
{
    const RegisterSpec& s = m_spec;
    QString sql = explain ? QStringLiteral("EXPLAIN QUERY PLAN ") : QString();
    sql += QStringLiteral("SELECT %1 FROM %2 ").arg(s.idColumn, s.from);
    // Every record lies in the region's subtree: for the region, the join would only cost.
    const bool subtree = filter.rootUnitId != 0 && !isRegion(filter.rootUnitId);
    if (subtree)
        sql += QStringLiteral("JOIN org_unit_closure subtree ON subtree.descendant_id = %1 AND subtree.ancestor_id = :root ").arg(s.unitColumn);
    sql += QStringLiteral("WHERE 1 = 1 ");

    const RegisterPeriod& period = filter.period;
    const bool inPeriod = period.type != RegisterPeriod::Type::All && s.period.type != PeriodRule::Type::None;
    if (inPeriod) {
        switch (s.period.type) {
        case PeriodRule::Type::Dates:
            if (s.period.end.isEmpty())
                sql += QStringLiteral("AND %1 >= :from AND %1 <= :to ").arg(s.period.start);
            else
                sql += QStringLiteral("AND %1 <= :to AND (%2 IS NULL OR %2 >= :from) ").arg(s.period.start, s.period.end);
            break;
        case PeriodRule::Type::AcademicYears:
        case PeriodRule::Type::CalendarYears:
            sql += QStringLiteral("AND %1 BETWEEN :firstYear AND :lastYear ").arg(s.period.start);
            break;
        case PeriodRule::Type::None:
            break;
        }
    }
    if (s.hasStatus() && !filter.status.isEmpty())
        sql += QStringLiteral("AND %1 = :status ").arg(s.status.column);

    const QString key = normaliseKey(filter.text);
    bool searchesKeys = false, searchesTexts = false;
    QStringList patterns;
    if (!key.isEmpty()) {
        patterns = textPatterns(filter.text.simplified());
        QStringList alternatives;
        for (const RegisterColumn& column : s.columns) {
            if (column.search.isEmpty())
                continue;
            if (column.searchIsKey) {
                alternatives << QStringLiteral("%1 LIKE :key ESCAPE '\\'").arg(column.search);
                searchesKeys = true;
                continue;
            }
            for (int i = 0; i < patterns.size(); ++i)
                alternatives << QStringLiteral("%1 LIKE :text%2 ESCAPE '\\'").arg(column.search).arg(i);
            searchesTexts = true;
        }
        if (!alternatives.isEmpty())
            sql += QStringLiteral("AND (%1) ").arg(alternatives.join(QStringLiteral(" OR ")));
    }

    // The chosen column (unknown values last in both directions), then the default order, then id.
    const bool chosen = filter.sortColumn >= 0 && filter.sortColumn < s.columns.size()
        && s.columns.at(filter.sortColumn).sortable();
    const RegisterColumn& sortBy = s.columns.at(chosen ? filter.sortColumn : s.sortColumn);
    const bool descending = chosen ? filter.descending : s.descending;
    sql += QStringLiteral("ORDER BY CASE WHEN %1 IS NULL THEN 1 ELSE 0 END, %1%2, ")
               .arg(sortBy.sortKey, descending ? QStringLiteral(" DESC") : QString());
    if (chosen && filter.sortColumn != s.sortColumn)
        sql += s.columns.at(s.sortColumn).sortKey + (s.descending ? QStringLiteral(" DESC, ") : QStringLiteral(", "));
    sql += s.idColumn;

    QSqlQuery& q = prepared(sql);
    if (subtree)
        q.bindValue(QStringLiteral(":root"), filter.rootUnitId);
    if (inPeriod) {
        if (s.period.type == PeriodRule::Type::Dates) {
            q.bindValue(QStringLiteral(":from"), sqlDate(period.from()));
            q.bindValue(QStringLiteral(":to"), sqlDate(period.to()));
        } else {
            const bool academic = s.period.type == PeriodRule::Type::AcademicYears;
            q.bindValue(QStringLiteral(":firstYear"), academic ? AcademicYear::of(period.from()) : period.from().year());
            q.bindValue(QStringLiteral(":lastYear"), academic ? AcademicYear::of(period.to()) : period.to().year());
        }
    }
    if (s.hasStatus() && !filter.status.isEmpty())
        q.bindValue(QStringLiteral(":status"), filter.status);
    if (searchesKeys)
        q.bindValue(QStringLiteral(":key"), sqlContainsPattern(key));
    if (searchesTexts)
        for (int i = 0; i < patterns.size(); ++i)
            q.bindValue(QStringLiteral(":text%1").arg(i), patterns.at(i));
    return q;
}

Result<QVector<qint64>> RegisterQuery::ids(const RegisterFilter& filter)
{
    QSqlQuery& q = idsQuery(filter, false);
    if (!q.exec())
        return Result<QList<qint64>>::failure(sqlError(what(), q));
    QVector<qint64> result;
    while (q.next())
        result.append(q.value(0).toLongLong());
    q.finish();
    return result;
}

QStringList RegisterQuery::queryPlan(const RegisterFilter& filter)
{
    QSqlQuery& q = idsQuery(filter, true);
    QStringList plan;
    if (!q.exec())
        return {sqlError(what(), q)};
    while (q.next())
        plan << q.value(3).toString();
    q.finish();
    return plan;
}

Result<QVector<RegisterRow>> RegisterQuery::rows(const QVector<qint64>& ids)
{
    QStringList values{m_spec.idColumn};
    for (const RegisterColumn& column : m_spec.columns)
        values << column.values;
    QStringList marks;
    for (int i = 0; i < PageSize; ++i)
        marks << QStringLiteral("?");
    const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 IN (%4)")
                            .arg(values.join(QStringLiteral(", ")), m_spec.from, m_spec.idColumn, marks.join(u','));

    QHash<qint64, RegisterRow> found;
    found.reserve(ids.size());
    QSqlQuery& q = prepared(sql);
    for (qsizetype from = 0; from < ids.size(); from += PageSize) {
        for (int i = 0; i < PageSize; ++i) {
            const qsizetype at = from + i;
            q.bindValue(i, at < ids.size() ? ids.at(at) : qint64(0)); // 0 is never an id
        }
        if (!q.exec())
            return Result<QList<RegisterRow>>::failure(sqlError(what(), q));
        while (q.next()) {
            RegisterRow row;
            row.id = q.value(0).toLongLong();
            int at = 1;
            for (const RegisterColumn& column : m_spec.columns) {
                QVariantList cell;
                for (qsizetype i = 0; i < column.values.size(); ++i)
                    cell << q.value(at++);
                row.cells << column.display(cell);
            }
            found.insert(row.id, row);
        }
        q.finish();
    }
    QVector<RegisterRow> result;
    result.reserve(found.size());
    for (const qint64 id : ids)
        if (const auto it = found.constFind(id); it != found.constEnd())
            result.append(*it);
    return result;
}
