#include "storage/recordperson.h"
#include "storage/database.h"

#include <QSqlQuery>

qint64 personOfRecord(Database& db, RecordKind kind, qint64 recordId)
{
    QString sql;
    switch (kind) {
    case RecordKind::Diagnostic: sql = QStringLiteral("SELECT person_id FROM diagnostic WHERE id = ?"); break;
    case RecordKind::Route: sql = QStringLiteral("SELECT person_id FROM route WHERE id = ?"); break;
    case RecordKind::CourseCompletion: sql = QStringLiteral("SELECT person_id FROM course_completion WHERE id = ?"); break;
    case RecordKind::Attestation: sql = QStringLiteral("SELECT person_id FROM attestation WHERE id = ?"); break;
    case RecordKind::Mentoring: sql = QStringLiteral("SELECT mentor_id FROM mentoring_programme WHERE id = ?"); break;
    default: return 0;
    }
    QSqlQuery q(db.connection());
    q.prepare(sql);
    q.addBindValue(recordId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}
