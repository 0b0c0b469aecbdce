#include "storage/integritycheck.h"
#include "storage/database.h"
#include "storage/integrityrecords.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <functional>

namespace {

// Runs a query and calls `row` for each result row.
bool eachRow(Database& db, const QString& sql, const std::function<void(const QSqlQuery&)>& row, QString* error)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        *error = StorageText::reason(q.lastError());
        return false;
    }
    while (q.next())
        row(q);
    return true;
}

} // namespace

bool IntegrityCheck::hasErrors(const QVector<IntegrityProblem>& problems)
{
    return std::any_of(problems.begin(), problems.end(),
                       [](const IntegrityProblem& p) { return p.severity == IntegrityProblem::Severity::Error; });
}

QVector<IntegrityProblem> IntegrityCheck::run(Database& db)
{
    QVector<IntegrityProblem> problems;
    auto error = [&](const QString& m) { problems.append({IntegrityProblem::Severity::Error, m}); };
    auto warning = [&](const QString& m) { problems.append({IntegrityProblem::Severity::Warning, m}); };
    QString sqlError;
    auto check = [&](const QString& sql, const std::function<void(const QSqlQuery&)>& row) {
        if (!eachRow(db, sql, row, &sqlError))
            error(tr("The check could not run: %1").arg(sqlError));
    };

    check(QStringLiteral("PRAGMA integrity_check"), [&](const QSqlQuery& q) {
        if (q.value(0).toString() != u"ok")
            error(tr("SQLite integrity: %1").arg(q.value(0).toString()));
    });
    check(QStringLiteral("PRAGMA foreign_key_check"), [&](const QSqlQuery& q) {
        error(tr("Table %1, row %2 refers to a missing record in %3.")
                  .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()));
    });
    check(QStringLiteral("SELECT COUNT(*) FROM org_unit WHERE level = 0"), [&](const QSqlQuery& q) {
        if (q.value(0).toInt() > 1)
            error(tr("The database has %1 regions; it must have exactly one.").arg(q.value(0).toInt()));
    });
    check(QStringLiteral("SELECT c.code, c.name, c.level, p.level FROM org_unit c LEFT JOIN org_unit p ON p.id = c.parent_id "
                         "WHERE c.level > 0 AND (p.id IS NULL OR p.level <> c.level - 1)"),
          [&](const QSqlQuery& q) {
              error(tr("Unit %1 «%2» is not placed under a unit of the level above it.")
                        .arg(q.value(0).toString(), q.value(1).toString()));
          });
    // The closure table must equal the transitive closure of parent_id.
    const QString expected = QStringLiteral(
        "WITH RECURSIVE t(ancestor_id, descendant_id, depth) AS ("
        " SELECT id, id, 0 FROM org_unit"
        " UNION ALL SELECT t.ancestor_id, u.id, t.depth + 1 FROM t JOIN org_unit u ON u.parent_id = t.descendant_id) ");
    check(expected + QStringLiteral("SELECT COUNT(*) FROM (SELECT * FROM t EXCEPT SELECT ancestor_id, descendant_id, depth FROM org_unit_closure) x"),
          [&](const QSqlQuery& q) {
              if (q.value(0).toInt() > 0)
                  error(tr("The subtree index (closure table) misses %1 links.").arg(q.value(0).toInt()));
          });
    check(expected + QStringLiteral("SELECT COUNT(*) FROM (SELECT ancestor_id, descendant_id, depth FROM org_unit_closure EXCEPT SELECT * FROM t) x"),
          [&](const QSqlQuery& q) {
              if (q.value(0).toInt() > 0)
                  error(tr("The subtree index (closure table) has %1 stale links.").arg(q.value(0).toInt()));
          });
    check(QStringLiteral("SELECT p.last_name, p.first_name, u.code FROM employment e JOIN person p ON p.id = e.person_id "
                         "JOIN org_unit u ON u.id = e.org_unit_id WHERE u.level <> 3"),
          [&](const QSqlQuery& q) {
              error(tr("%1 %2 is employed by %3, which is not an organisation.")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()));
          });
    check(QStringLiteral("SELECT last_name, first_name FROM person WHERE category_expires < category_granted"),
          [&](const QSqlQuery& q) {
              error(tr("The category of %1 %2 expires before it was granted.").arg(q.value(0).toString(), q.value(1).toString()));
          });
    check(QStringLiteral("SELECT MIN(last_name || ' ' || first_name || ' ' || middle_name), birth_date, COUNT(*) "
                         "FROM person WHERE birth_date IS NOT NULL GROUP BY name_key, birth_date HAVING COUNT(*) > 1"),
          [&](const QSqlQuery& q) {
              warning(tr("%1 persons share the name «%2» and the birth date %3: possible duplicates.")
                          .arg(q.value(2).toString(), q.value(0).toString().trimmed(),
                               QDate::fromString(q.value(1).toString(), Qt::ISODate).toString(QStringLiteral("dd.MM.yyyy"))));
          });
    checkRecords(db, error);
    return problems;
}
