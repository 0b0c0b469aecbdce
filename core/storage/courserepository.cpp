#include "storage/courserepository.h"
#include "io/fieldparsing.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

namespace {
const QString programmeColumns = QStringLiteral(
    "SELECT id, uuid, org_unit_id, title, provider, hours, in_federal_registry, competence_area, form, "
    "created_at, updated_at FROM course_programme ");
} // namespace

CourseProgramme CourseRepository::readProgramme(const QSqlQuery& q) const
{
    CourseProgramme p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.orgUnitId = q.value(2).toLongLong();
    p.title = q.value(3).toString();
    p.provider = q.value(4).toString();
    p.hours = q.value(5).toInt();
    p.inFederalRegistry = q.value(6).toBool();
    p.competenceArea = q.value(7).toString();
    p.form = q.value(8).toString();
    p.createdAt = timeFromSql(q.value(9));
    p.updatedAt = timeFromSql(q.value(10));
    return p;
}

Status CourseRepository::validateProgramme(CourseProgramme& p)
{
    p.title = p.title.simplified();
    p.provider = p.provider.simplified();
    if (p.title.isEmpty())
        return Status::failure(tr("The title of the programme must not be empty."));
    if (p.hours <= 0)
        return Status::failure(tr("The hours of the programme must be greater than zero, not %1.").arg(p.hours));
    const auto form = m_references.find(ReferenceList::CourseForm, p.form);
    if (!form)
        return Status::failure(tr("Unknown course form «%1».").arg(p.form));
    p.form = form->code;
    if (!p.competenceArea.trimmed().isEmpty()) {
        const auto area = m_references.find(ReferenceList::CompetenceArea, p.competenceArea);
        if (!area)
            return Status::failure(tr("Unknown competence area «%1».").arg(p.competenceArea));
        p.competenceArea = area->code;
    } else {
        p.competenceArea.clear();
    }
    if (p.orgUnitId == 0)
        return Status::failure(tr("The unit that registers the programme is required."));
    if (const auto unit = m_checks.unitName(p.orgUnitId); !unit)
        return unit.status();
    return Status::success();
}

Result<qint64> CourseRepository::insertProgramme(CourseProgramme& p)
{
    if (Status s = validateProgramme(p); !s)
        return Result<qint64>(s);
    Database& db = database();
    WriteTransaction tx(db, WriteTransaction::Nesting::Join); // one statement
    if (!tx.isActive())
        return Result<qint64>(tx.status());
    if (p.uuid.isEmpty())
        p.uuid = db.newUuid();
    const QString now = db.timestamp();
    QSqlQuery& q = prepared(QStringLiteral(
        "INSERT INTO course_programme (uuid, org_unit_id, title, provider, hours, in_federal_registry, "
        "competence_area, form, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(p.uuid);
    q.addBindValue(p.orgUnitId);
    q.addBindValue(p.title);
    q.addBindValue(sqlNotNull(p.provider));
    q.addBindValue(p.hours);
    q.addBindValue(int(p.inFederalRegistry));
    q.addBindValue(sqlText(p.competenceArea));
    q.addBindValue(p.form);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return Result<qint64>::failure(sqlError(tr("adding the programme «%1»").arg(p.title), q));
    p.id = q.lastInsertId().toLongLong();
    q.finish();
    p.createdAt = p.updatedAt = QDateTime::fromString(now, Qt::ISODate);
    db.markChanged(Change::Courses);
    if (Status s = tx.commit(); !s)
        return Result<qint64>(s);
    return p.id;
}

Status CourseRepository::updateProgramme(const CourseProgramme& input)
{
    CourseProgramme p = input;
    if (!findProgramme(p.id))
        return Status::failure(tr("The programme (id %1) does not exist.").arg(p.id));
    if (Status s = validateProgramme(p); !s)
        return s;
    Database& db = database();
    QSqlQuery& q = prepared(QStringLiteral(
        "UPDATE course_programme SET org_unit_id = ?, title = ?, provider = ?, hours = ?, in_federal_registry = ?, "
        "competence_area = ?, form = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(p.orgUnitId);
    q.addBindValue(p.title);
    q.addBindValue(sqlNotNull(p.provider));
    q.addBindValue(p.hours);
    q.addBindValue(int(p.inFederalRegistry));
    q.addBindValue(sqlText(p.competenceArea));
    q.addBindValue(p.form);
    q.addBindValue(db.timestamp());
    q.addBindValue(p.id);
    return execWrite(q, tr("saving the programme «%1»").arg(p.title), Change::Courses);
}

Status CourseRepository::removeProgramme(qint64 programmeId)
{
    const auto p = findProgramme(programmeId);
    if (!p)
        return Status::failure(tr("The programme (id %1) does not exist.").arg(programmeId));
    Database& db = database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return tx.status();
    if (const int n = completionCount(programmeId); n > 0)
        return Status::failure(tr("The programme «%1» cannot be deleted: %n completion(s) of it are recorded.", nullptr, n)
                                   .arg(p->title));
    QSqlQuery& q = prepared(QStringLiteral("DELETE FROM course_programme WHERE id = ?"));
    q.addBindValue(programmeId);
    if (!q.exec())
        return Status::failure(sqlError(tr("deleting the programme «%1»").arg(p->title), q));
    q.finish();
    db.markChanged(Change::Courses);
    return tx.commit();
}

std::optional<CourseProgramme> CourseRepository::findProgramme(qint64 id)
{
    QSqlQuery& q = prepared(programmeColumns + QStringLiteral("WHERE id = ?"));
    q.bindValue(0, id);
    std::optional<CourseProgramme> p;
    if (q.exec() && q.next())
        p = readProgramme(q);
    q.finish();
    return p;
}

QVector<CourseProgramme> CourseRepository::programmes(const QString& filter)
{
    // Few enough to filter here, where case folding and ё = е work for Cyrillic (SQL LIKE does not).
    const QString key = normaliseKey(filter);
    QSqlQuery& q = prepared(programmeColumns + QStringLiteral("ORDER BY title, id"));
    QVector<CourseProgramme> result;
    if (q.exec())
        while (q.next()) {
            CourseProgramme p = readProgramme(q);
            if (key.isEmpty() || normaliseKey(p.title).contains(key) || normaliseKey(p.provider).contains(key))
                result.append(p);
        }
    q.finish();
    return result;
}

int CourseRepository::completionCount(qint64 programmeId)
{
    QSqlQuery& q = prepared(QStringLiteral("SELECT COUNT(*) FROM course_completion WHERE programme_id = ?"));
    q.bindValue(0, programmeId);
    const int n = q.exec() && q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}
