#include "storage/subtreestaff.h"
#include "io/fieldparsing.h"
#include "storage/sqlvalues.h"
#include "storage/staffsql.h"

Result<QVector<StaffMember>> SubtreeStaff::find(qint64 rootUnitId, const QDate& on, const QString& nameText, int limit)
{
    const QString name = normaliseKey(nameText);
    QString sql = QStringLiteral("WITH ") + mainStaffCte() + QStringLiteral(
        " SELECT p.id, p.last_name, p.first_name, p.middle_name, COALESCE(NULLIF(u.short_name, ''), u.name), pos.name "
        "FROM staff s JOIN person p ON p.id = s.person_id JOIN org_unit u ON u.id = s.org_unit_id "
        "JOIN employment e ON e.id = s.employment_id JOIN position pos ON pos.code = e.position_code ");
    if (!name.isEmpty())
        sql += QStringLiteral("WHERE p.name_key LIKE :name ESCAPE '\\' ");
    sql += QStringLiteral("ORDER BY p.name_key, p.id LIMIT :limit");
    QSqlQuery& q = prepared(sql);
    q.bindValue(QStringLiteral(":root"), rootUnitId);
    q.bindValue(QStringLiteral(":on"), sqlDate(on));
    if (!name.isEmpty())
        q.bindValue(QStringLiteral(":name"), sqlContainsPattern(name));
    q.bindValue(QStringLiteral(":limit"), limit);
    if (!q.exec())
        return Result<QList<StaffMember>>::failure(sqlError(tr("reading the staff of a unit"), q));
    QVector<StaffMember> result;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        QStringList parts{q.value(1).toString(), q.value(2).toString()};
        if (!q.value(3).toString().isEmpty())
            parts << q.value(3).toString();
        result.append({id, parts.join(u' '), q.value(4).toString(), q.value(5).toString()});
    }
    q.finish();
    return result;
}
