#include "storage/authortextrepository.h"
#include "domain/academicyear.h"
#include "storage/recordchecks.h"

#include <QRegularExpression>

Status AuthorTextRepository::save(qint64 unitId, const QString& key, int year, const QString& text)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9_]*\\.[a-z][a-z0-9_]*$"));
    if (!keyPattern.match(key).hasMatch())
        return Status::failure(tr("«%1» is not the key of an author's text (such as analysis.conclusions).").arg(key));
    if (year < AcademicYear::earliest || year > 2100)
        return Status::failure(tr("The academic year of an author's text must start between %1 and 2100, not in %2.")
                                   .arg(AcademicYear::earliest)
                                   .arg(year));
    if (text.size() > MaxLength)
        return Status::failure(tr("The author's text is too long: %1 characters, at most %2.").arg(text.size()).arg(MaxLength));
    const auto unit = RecordChecks(database()).unitName(unitId);
    if (!unit)
        return unit.status();

    Database& db = database();
    const QString what = tr("saving the author's text of «%1»").arg(*unit);
    if (text.trimmed().isEmpty()) {
        QSqlQuery& q = prepared(QStringLiteral("DELETE FROM report_author_text WHERE org_unit_id = ? AND text_key = ? AND academic_year = ?"));
        q.addBindValue(unitId);
        q.addBindValue(key);
        q.addBindValue(year);
        return execWrite(q, what, Change::AuthorTexts);
    }
    // One statement both SQLite and PostgreSQL read: a saved block keeps its UUID and creation time.
    QSqlQuery& q = prepared(QStringLiteral(
        "INSERT INTO report_author_text (uuid, org_unit_id, text_key, academic_year, body, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (org_unit_id, text_key, academic_year) "
        "DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at"));
    const QString now = db.timestamp();
    q.addBindValue(db.newUuid());
    q.addBindValue(unitId);
    q.addBindValue(key);
    q.addBindValue(year);
    q.addBindValue(text);
    q.addBindValue(now);
    q.addBindValue(now);
    return execWrite(q, what, Change::AuthorTexts);
}

QString AuthorTextRepository::text(qint64 unitId, const QString& key, int year)
{
    QSqlQuery& q = prepared(QStringLiteral("SELECT body FROM report_author_text WHERE org_unit_id = ? AND text_key = ? AND academic_year = ?"));
    q.addBindValue(unitId);
    q.addBindValue(key);
    q.addBindValue(year);
    const QString body = q.exec() && q.next() ? q.value(0).toString() : QString();
    q.finish();
    return body;
}

QHash<QString, QString> AuthorTextRepository::texts(qint64 unitId, int year)
{
    QSqlQuery& q = prepared(QStringLiteral("SELECT text_key, body FROM report_author_text WHERE org_unit_id = ? AND academic_year = ?"));
    q.addBindValue(unitId);
    q.addBindValue(year);
    QHash<QString, QString> result;
    if (q.exec())
        while (q.next())
            result.insert(q.value(0).toString(), q.value(1).toString());
    q.finish();
    return result;
}
