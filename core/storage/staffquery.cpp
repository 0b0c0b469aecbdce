#include "storage/staffquery.h"
#include "domain/person.h"
#include "io/fieldparsing.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QHash>

namespace {

// The sort key of each column, the join it needs, and whether ascending order runs against the
// key: age and experience sort by date in reverse (the youngest has the latest birth date).
struct SortKey {
    const char* expression;
    const char* join;
    bool reversed;
    bool nullable = false;
};

SortKey sortKey(StaffColumn column)
{
    static const char* const unitJoin = "JOIN org_unit u ON u.id = e.org_unit_id ";
    static const char* const positionJoin = "JOIN position pos ON pos.code = e.position_code ";
    static const char* const categoryJoin = "JOIN qualification_category cat ON cat.code = p.category ";
    switch (column) {
    case StaffColumn::Name: return {"p.name_key", "", false};
    case StaffColumn::BirthDate: return {"p.birth_date", "", false, true};
    case StaffColumn::Age: return {"p.birth_date", "", true, true};
    case StaffColumn::Organisation: return {"COALESCE(NULLIF(u.short_name, ''), u.name)", unitJoin, false};
    case StaffColumn::Position: return {"pos.name", positionJoin, false};
    case StaffColumn::Rate: return {"e.rate", "", false};
    case StaffColumn::Category: return {"cat.sort_order", categoryJoin, false};
    case StaffColumn::CategoryExpires: return {"p.category_expires", "", false, true};
    case StaffColumn::Experience: return {"p.experience_start", "", true, true};
    case StaffColumn::Subjects: return {"NULLIF(p.subjects, '')", "", false, true};
    }
    return {"p.name_key", "", false};
}

const QString rowColumns = QStringLiteral(
    "SELECT e.id, e.person_id, e.org_unit_id, p.last_name, p.first_name, p.middle_name, p.birth_date, "
    "COALESCE(NULLIF(u.short_name, ''), u.name), e.position_code, pos.name, e.rate, p.category, cat.name, "
    "p.category_expires, p.experience_start, p.subjects, e.start_date, e.end_date "
    "FROM employment e "
    "JOIN person p ON p.id = e.person_id "
    "JOIN org_unit u ON u.id = e.org_unit_id "
    "JOIN position pos ON pos.code = e.position_code "
    "JOIN qualification_category cat ON cat.code = p.category ");

const QString subjectSeparator = QStringLiteral("; "); // as PersonRepository stores them

} // namespace

QString StaffRow::fullName() const
{
    QStringList parts{lastName, firstName};
    if (!middleName.isEmpty())
        parts << middleName;
    return parts.join(u' ');
}

int StaffRow::ageOn(const QDate& date) const
{
    return wholeYearsBetween(birthDate, date);
}

int StaffRow::experienceYearsOn(const QDate& date) const
{
    return wholeYearsBetween(experienceStart, date);
}

// SQLite looks persons up by rowid, reading whole rows, unless told to use the narrow index that
// holds the name sort key (without ANALYZE statistics it cannot know better). Other databases
// choose for themselves.
QString StaffQuery::indexHint(const QString& index) const
{
    if (database().connection().driverName() == u"QSQLITE")
        return QStringLiteral("INDEXED BY %1 ").arg(index);
    return {};
}

bool StaffQuery::isRegion(qint64 unitId)
{
    QSqlQuery& q = prepared(QStringLiteral("SELECT parent_id IS NULL FROM org_unit WHERE id = ?"));
    q.bindValue(0, unitId);
    const bool region = q.exec() && q.next() && q.value(0).toBool();
    q.finish();
    return region;
}

QSqlQuery& StaffQuery::idsQuery(const StaffFilter& filter, bool explain)
{
    const SortKey key = sortKey(filter.sortColumn);
    const QString expression = QString::fromLatin1(key.expression);
    const bool descending = filter.descending != key.reversed;

    QString sql = explain ? QStringLiteral("EXPLAIN QUERY PLAN ") : QString();
    sql += QStringLiteral("SELECT e.id FROM employment e ");
    // Every employment lies in the region's subtree: for the region, the join would only cost.
    const bool subtree = filter.rootUnitId != 0 && !isRegion(filter.rootUnitId);
    if (subtree)
        sql += QStringLiteral("JOIN org_unit_closure c ON c.descendant_id = e.org_unit_id AND c.ancestor_id = :root ");
    // The person_register index (schema 2) holds every person column used here but subjects.
    const QString hint = filter.sortColumn == StaffColumn::Subjects ? QString() : indexHint(QStringLiteral("person_register"));
    sql += QStringLiteral("JOIN person p %1ON p.id = e.person_id ").arg(hint);
    sql += QString::fromLatin1(key.join);
    sql += QStringLiteral("WHERE e.start_date <= :on ");
    if (!filter.includeFormer)
        sql += QStringLiteral("AND (e.end_date IS NULL OR e.end_date >= :on) ");
    if (!filter.positionCode.isEmpty())
        sql += QStringLiteral("AND e.position_code = :position ");
    // Conditions on the person go into a subquery: it scans a narrow index of persons once,
    // instead of looking up the person of every employment in the subtree.
    QStringList personConditions;
    if (!normaliseKey(filter.nameText).isEmpty())
        personConditions << QStringLiteral("name_key LIKE :name ESCAPE '\\'");
    if (!filter.categoryCode.isEmpty())
        personConditions << QStringLiteral("category = :category");
    if (!personConditions.isEmpty())
        sql += QStringLiteral("AND e.person_id IN (SELECT id FROM person WHERE %1) ").arg(personConditions.join(QStringLiteral(" AND ")));
    // Unknown values last in both directions (SQLite and PostgreSQL disagree on NULLs otherwise).
    sql += QStringLiteral("ORDER BY ");
    if (key.nullable)
        sql += QStringLiteral("CASE WHEN %1 IS NULL THEN 1 ELSE 0 END, ").arg(expression);
    sql += expression + (descending ? QStringLiteral(" DESC, ") : QStringLiteral(", "));
    if (filter.sortColumn != StaffColumn::Name)
        sql += QStringLiteral("p.name_key, ");
    sql += QStringLiteral("e.id");

    QSqlQuery& q = prepared(sql);
    if (subtree)
        q.bindValue(QStringLiteral(":root"), filter.rootUnitId);
    q.bindValue(QStringLiteral(":on"), sqlDate(filter.on));
    if (const QString name = normaliseKey(filter.nameText); !name.isEmpty())
        q.bindValue(QStringLiteral(":name"), sqlContainsPattern(name));
    if (!filter.positionCode.isEmpty())
        q.bindValue(QStringLiteral(":position"), filter.positionCode);
    if (!filter.categoryCode.isEmpty())
        q.bindValue(QStringLiteral(":category"), filter.categoryCode);
    return q;
}

Result<QVector<qint64>> StaffQuery::ids(const StaffFilter& filter)
{
    QSqlQuery& q = idsQuery(filter, false);
    if (!q.exec())
        return Result<QList<qint64>>::failure(sqlError(tr("reading the staff list"), q));
    QVector<qint64> result;
    while (q.next())
        result.append(q.value(0).toLongLong());
    q.finish();
    return result;
}

QStringList StaffQuery::queryPlan(const StaffFilter& filter)
{
    QSqlQuery& q = idsQuery(filter, true);
    QStringList plan;
    if (!q.exec())
        return {sqlError(tr("reading the staff list"), q)};
    while (q.next())
        plan << q.value(3).toString();
    q.finish();
    return plan;
}

Result<QVector<StaffRow>> StaffQuery::rows(const QVector<qint64>& employmentIds)
{
    static const QString pageSql = [] {
        QStringList marks;
        for (int i = 0; i < PageSize; ++i)
            marks << QStringLiteral("?");
        return rowColumns + QStringLiteral("WHERE e.id IN (%1)").arg(marks.join(u','));
    }();

    QHash<qint64, StaffRow> found;
    found.reserve(employmentIds.size());
    QSqlQuery& q = prepared(pageSql);
    for (qsizetype from = 0; from < employmentIds.size(); from += PageSize) {
        for (int i = 0; i < PageSize; ++i) {
            const qsizetype at = from + i;
            q.bindValue(i, at < employmentIds.size() ? employmentIds.at(at) : qint64(0)); // 0 is never an id
        }
        if (!q.exec())
            return Result<QList<StaffRow>>::failure(sqlError(tr("reading the staff list"), q));
        while (q.next()) {
            StaffRow r;
            r.employmentId = q.value(0).toLongLong();
            r.personId = q.value(1).toLongLong();
            r.unitId = q.value(2).toLongLong();
            r.lastName = q.value(3).toString();
            r.firstName = q.value(4).toString();
            r.middleName = q.value(5).toString();
            r.birthDate = dateFromSql(q.value(6));
            r.organisation = q.value(7).toString();
            r.positionCode = q.value(8).toString();
            r.positionName = q.value(9).toString();
            r.rate = q.value(10).toDouble();
            r.categoryCode = q.value(11).toString();
            r.categoryName = q.value(12).toString();
            r.categoryExpires = dateFromSql(q.value(13));
            r.experienceStart = dateFromSql(q.value(14));
            const QString subjects = q.value(15).toString();
            if (!subjects.isEmpty())
                r.subjects = subjects.split(subjectSeparator);
            r.start = dateFromSql(q.value(16));
            r.end = dateFromSql(q.value(17));
            found.insert(r.employmentId, r);
        }
        q.finish();
    }
    QVector<StaffRow> result;
    result.reserve(found.size());
    for (const qint64 id : employmentIds)
        if (const auto it = found.constFind(id); it != found.constEnd())
            result.append(*it);
    return result;
}
