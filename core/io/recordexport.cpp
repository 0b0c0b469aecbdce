#include "io/recordexport.h"
#include "io/csvimport.h"
#include "io/csvwriter.h"
#include "storage/database.h"

#include <QSqlError>

RecordExport::RecordExport(Database& db, const QString& select, const QString& unitColumn, qint64 rootId,
                           const QString& orderBy)
    : m_query(db.connection()), m_rootId(rootId), m_persons(db)
{
    QString sql = select + u' ';
    if (rootId)
        sql += QStringLiteral("JOIN org_unit_closure c ON c.descendant_id = %1 AND c.ancestor_id = :root ").arg(unitColumn);
    m_query.setForwardOnly(true);
    m_query.prepare(sql + orderBy);
    if (rootId)
        m_query.bindValue(QStringLiteral(":root"), rootId);
}

Status RecordExport::run(const QString& what)
{
    if (!m_query.exec())
        return Status::failure(StorageText::sqlError(what, StorageText::reason(m_query.lastError())));
    return Status::success();
}

const Person& RecordExport::person(qint64 id)
{
    auto it = m_personById.find(id);
    if (it == m_personById.end())
        it = m_personById.insert(id, m_persons.find(id).value_or(Person{}));
    return *it;
}

Status RecordExport::write(QIODevice& device, const QVector<CsvField>& fields, const QString& what,
                           const std::function<void(CsvRow& row, const QSqlQuery& q)>& fill)
{
    if (Status s = run(what); !s)
        return s;
    CsvWriter writer(device);
    writer.writeRow(CsvColumns::canonicalHeader(fields));
    while (m_query.next()) {
        CsvRow row(fields);
        fill(row, m_query);
        writer.writeRow(row.cells());
    }
    return writer.ok() ? Status::success() : Status::failure(writer.errorString());
}

QString RecordExport::word(const QString& code, const QVector<QPair<const char*, const char*>>& words)
{
    for (const auto& [key, word] : words)
        if (code == QLatin1String(key))
            return QString::fromUtf8(word);
    return code;
}
