#include "storage/damagedfile.h"
#include "storage/database.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {

constexpr int DamageLines = 10;

// A connection of its own, removed when done.
class RawConnection {
public:
    explicit RawConnection(const QString& path)
    {
        static QAtomicInteger<int> counter;
        m_name = QStringLiteral("metodist-salvage-%1").arg(++counter);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

QString quoted(const QString& name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

} // namespace

bool SalvageReport::damaged() const
{
    if (!opened || !damage.isEmpty())
        return true;
    return std::any_of(tables.begin(), tables.end(), [](const SalvageTable& t) { return !t.complete; });
}

SalvageReport DamagedFile::inspect(const QString& path)
{
    SalvageReport report;
    const RawConnection connection(path);
    QSqlDatabase db = connection.db();
    if (!db.isOpen()) {
        report.error = StorageText::reason(db.lastError());
        return report;
    }
    QStringList tables;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                   "ORDER BY rootpage"))) {
            report.error = StorageText::reason(q.lastError());
            return report;
        }
        while (q.next())
            tables << q.value(0).toString();
        if (q.lastError().isValid()) {
            report.error = StorageText::reason(q.lastError());
            return report;
        }
    }
    report.opened = true;
    for (const QString& table : std::as_const(tables)) {
        SalvageTable t;
        t.table = table;
        // Row by row, so that a damaged page stops the count where it is, not at nothing.
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT 1 FROM %1").arg(quoted(table)))) {
            t.complete = false;
            t.error = StorageText::reason(q.lastError());
        } else {
            while (q.next())
                ++t.readable;
            if (q.lastError().isValid()) {
                t.complete = false;
                t.error = StorageText::reason(q.lastError());
            }
        }
        report.tables << t;
    }
    QSqlQuery check(db);
    check.setForwardOnly(true);
    if (check.exec(QStringLiteral("PRAGMA integrity_check(%1)").arg(DamageLines))) {
        while (check.next())
            if (const QString line = check.value(0).toString(); line != u"ok")
                report.damage << line;
    } else {
        report.damage << StorageText::reason(check.lastError());
    }
    return report;
}

QString DamagedFile::advice()
{
    return tr("Keep this file as it is. Its backups: metodist-cli backup --list --db FILE (with their dates and "
              "counts); metodist-cli copy --db BACKUP --to NEW.db makes a new file of one, to open instead.");
}

QStringList DamagedFile::describe(const SalvageReport& report)
{
    QStringList lines;
    if (!report.opened) {
        lines << tr("Nothing can be read from the file: SQLite cannot read even its list of tables (%1).")
                     .arg(report.error);
        lines << advice();
        return lines;
    }
    qint64 lost = 0;
    for (const SalvageTable& t : report.tables)
        if (!t.complete) {
            ++lost;
            lines << tr("Table %1: %Ln rows can be read, the rest cannot (%2).", nullptr, int(t.readable))
                         .arg(t.table, t.error);
        }
    qint64 rows = 0;
    for (const SalvageTable& t : report.tables)
        rows += t.readable;
    lines << tr("Can be read: %Ln rows in %1 of %2 tables read whole.", nullptr, int(rows))
                 .arg(report.tables.size() - lost)
                 .arg(report.tables.size());
    for (const QString& line : report.damage)
        lines << tr("SQLite: %1").arg(line);
    lines << advice();
    return lines;
}
