#include "storage/personrepository.h"
#include "domain/orgunit.h"
#include "storage/clock.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

namespace {
const QString personColumns = QStringLiteral(
    "SELECT id, uuid, last_name, first_name, middle_name, birth_date, snils, experience_start, subjects, "
    "category, category_granted, category_expires, is_mentor, is_tutor, is_methodist, is_expert, "
    "created_at, updated_at FROM person ");
const QString employmentColumns = QStringLiteral(
    "SELECT id, uuid, person_id, org_unit_id, position_code, rate, start_date, end_date, created_at, updated_at "
    "FROM employment ");
const QString subjectSeparator = QStringLiteral("; ");
} // namespace

Person PersonRepository::readPerson(const QSqlQuery& q) const
{
    Person p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.lastName = q.value(2).toString();
    p.firstName = q.value(3).toString();
    p.middleName = q.value(4).toString();
    p.birthDate = dateFromSql(q.value(5));
    p.snils = q.value(6).toString();
    p.experienceStart = dateFromSql(q.value(7));
    const QString subjects = q.value(8).toString();
    if (!subjects.isEmpty())
        p.subjects = subjects.split(subjectSeparator);
    p.category = q.value(9).toString();
    p.categoryGranted = dateFromSql(q.value(10));
    p.categoryExpires = dateFromSql(q.value(11));
    p.mentor = q.value(12).toBool();
    p.tutor = q.value(13).toBool();
    p.methodist = q.value(14).toBool();
    p.expert = q.value(15).toBool();
    p.createdAt = timeFromSql(q.value(16));
    p.updatedAt = timeFromSql(q.value(17));
    return p;
}

Employment PersonRepository::readEmployment(const QSqlQuery& q) const
{
    Employment e;
    e.id = q.value(0).toLongLong();
    e.uuid = q.value(1).toString();
    e.personId = q.value(2).toLongLong();
    e.unitId = q.value(3).toLongLong();
    e.positionCode = q.value(4).toString();
    e.rate = q.value(5).toDouble();
    e.start = dateFromSql(q.value(6));
    e.end = dateFromSql(q.value(7));
    e.createdAt = timeFromSql(q.value(8));
    e.updatedAt = timeFromSql(q.value(9));
    return e;
}

QVector<Person> PersonRepository::persons(const QString& where, const QVariantList& values)
{
    QSqlQuery& q = prepared(personColumns + where);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    QVector<Person> result;
    if (q.exec())
        while (q.next())
            result.append(readPerson(q));
    q.finish();
    return result;
}

std::optional<Person> PersonRepository::find(qint64 id)
{
    const auto found = persons(QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<Person> PersonRepository::findByUuid(const QString& uuid)
{
    const auto found = persons(QStringLiteral("WHERE uuid = ?"), {uuid});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<Person> PersonRepository::findBySnils(const QString& snils)
{
    const auto normalised = Snils::normalise(snils);
    if (!normalised)
        return std::nullopt;
    const auto found = persons(QStringLiteral("WHERE snils = ?"), {*normalised});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QVector<Person> PersonRepository::findByNameAndBirth(const QString& nameKey, const QDate& birthDate)
{
    return persons(QStringLiteral("WHERE name_key = ? AND birth_date = ? ORDER BY id"), {nameKey, sqlDate(birthDate)});
}

QVector<Person> PersonRepository::findByName(const QString& text, int limit)
{
    return persons(QStringLiteral("WHERE name_key LIKE ? ORDER BY name_key, id LIMIT ?"),
                   {u'%' + Person::nameKey(text, {}, {}).trimmed() + u'%', limit});
}

int PersonRepository::count()
{
    QSqlQuery& q = prepared(QStringLiteral("SELECT COUNT(*) FROM person"));
    const int n = q.exec() && q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

Status PersonRepository::validate(Person& p)
{
    p.lastName = p.lastName.simplified();
    p.firstName = p.firstName.simplified();
    p.middleName = p.middleName.simplified();
    for (QString& s : p.subjects)
        s = s.simplified();
    p.subjects.removeAll(QString());
    if (p.lastName.isEmpty())
        return Status::failure(tr("The last name must not be empty."));
    if (p.firstName.isEmpty())
        return Status::failure(tr("The first name must not be empty."));
    // The UTC date and a day's grace for time zones: no local-time conversion for every row of an import.
    if (p.birthDate.isValid() && p.birthDate > database().clock().now().date().addDays(1))
        return Status::failure(tr("The birth date %1 is in the future.").arg(p.birthDate.toString(QStringLiteral("dd.MM.yyyy"))));
    if (p.birthDate.isValid() && p.experienceStart.isValid() && wholeYearsBetween(p.birthDate, p.experienceStart) < 14)
        return Status::failure(tr("The pedagogical experience cannot start before the age of 14."));
    if (!p.snils.trimmed().isEmpty()) {
        QString why;
        const auto normalised = Snils::normalise(p.snils, &why);
        if (!normalised)
            return Status::failure(why + u'.');
        p.snils = *normalised;
        QSqlQuery& owner = prepared(QStringLiteral(
            "SELECT last_name || ' ' || first_name || ' ' || middle_name FROM person WHERE snils = ? AND id <> ?"));
        owner.bindValue(0, p.snils);
        owner.bindValue(1, p.id);
        const QString other = owner.exec() && owner.next() ? owner.value(0).toString().trimmed() : QString();
        owner.finish();
        if (!other.isEmpty())
            return Status::failure(tr("SNILS %1 already belongs to %2.").arg(p.snils, other));
    } else {
        p.snils.clear();
    }
    if (!m_references.findCategory(p.category))
        return Status::failure(tr("Unknown qualification category «%1».").arg(p.category));
    p.category = m_references.findCategory(p.category)->code;
    if (p.category == u"none" && (p.categoryGranted.isValid() || p.categoryExpires.isValid()))
        return Status::failure(tr("A person without a category has no category dates."));
    if (p.categoryGranted.isValid() && p.categoryExpires.isValid() && p.categoryExpires < p.categoryGranted)
        return Status::failure(tr("The category expires before it was granted."));
    return Status::success();
}

void PersonRepository::bindPerson(QSqlQuery& q, const Person& p) const
{
    q.addBindValue(p.lastName);
    q.addBindValue(p.firstName);
    q.addBindValue(sqlNotNull(p.middleName));
    q.addBindValue(p.nameKey());
    q.addBindValue(sqlDate(p.birthDate));
    q.addBindValue(sqlText(p.snils));
    q.addBindValue(sqlDate(p.experienceStart));
    q.addBindValue(sqlNotNull(p.subjects.join(subjectSeparator)));
    q.addBindValue(p.category);
    q.addBindValue(sqlDate(p.categoryGranted));
    q.addBindValue(sqlDate(p.categoryExpires));
    q.addBindValue(int(p.mentor));
    q.addBindValue(int(p.tutor));
    q.addBindValue(int(p.methodist));
    q.addBindValue(int(p.expert));
}

Result<qint64> PersonRepository::insert(Person& p)
{
    if (Status s = validate(p); !s)
        return Result<qint64>(s);
    Database& db = database();
    WriteTransaction tx(db, WriteTransaction::Nesting::Join); // one statement
    if (!tx.isActive())
        return Result<qint64>(tx.status());
    if (p.uuid.isEmpty())
        p.uuid = db.newUuid();
    const QString now = db.timestamp();
    QSqlQuery& q = prepared(QStringLiteral(
        "INSERT INTO person (last_name, first_name, middle_name, name_key, birth_date, snils, experience_start, "
        "subjects, category, category_granted, category_expires, is_mentor, is_tutor, is_methodist, is_expert, "
        "uuid, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindPerson(q, p);
    q.addBindValue(p.uuid);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return Result<qint64>::failure(sqlError(tr("adding %1").arg(p.fullName()), q));
    p.id = q.lastInsertId().toLongLong();
    q.finish();
    p.createdAt = p.updatedAt = QDateTime::fromString(now, Qt::ISODate);
    db.markChanged(Change::Persons);
    if (Status s = tx.commit(); !s)
        return Result<qint64>(s);
    return p.id;
}

Status PersonRepository::update(const Person& input)
{
    Person p = input;
    if (!find(p.id))
        return Status::failure(tr("The person (id %1) does not exist.").arg(p.id));
    if (Status s = validate(p); !s)
        return s;
    Database& db = database();
    QSqlQuery& q = prepared(QStringLiteral(
        "UPDATE person SET last_name = ?, first_name = ?, middle_name = ?, name_key = ?, birth_date = ?, snils = ?, "
        "experience_start = ?, subjects = ?, category = ?, category_granted = ?, category_expires = ?, "
        "is_mentor = ?, is_tutor = ?, is_methodist = ?, is_expert = ?, updated_at = ? WHERE id = ?"));
    bindPerson(q, p);
    q.addBindValue(db.timestamp());
    q.addBindValue(p.id);
    return execWrite(q, tr("saving %1").arg(p.fullName()), Change::Persons);
}

Status PersonRepository::validateEmployment(const Employment& e)
{
    // Cheap existence checks: this runs for every row of an import.
    QSqlQuery& person = prepared(QStringLiteral("SELECT 1 FROM person WHERE id = ?"));
    person.bindValue(0, e.personId);
    const bool personExists = person.exec() && person.next();
    person.finish();
    if (!personExists)
        return Status::failure(tr("The person (id %1) does not exist.").arg(e.personId));
    QSqlQuery& unit = prepared(QStringLiteral("SELECT level, name FROM org_unit WHERE id = ?"));
    unit.bindValue(0, e.unitId);
    const bool unitExists = unit.exec() && unit.next();
    const auto level = UnitLevel(unit.value(0).toInt());
    const QString unitName = unit.value(1).toString();
    unit.finish();
    if (!unitExists)
        return Status::failure(tr("The organisation (id %1) does not exist.").arg(e.unitId));
    if (level != UnitLevel::Organisation)
        return Status::failure(tr("A person can be employed only by an organisation, and «%1» is a %2.")
                                   .arg(unitName, UnitLevels::name(level)));
    if (!m_references.findPosition(e.positionCode))
        return Status::failure(tr("Unknown position «%1».").arg(e.positionCode));
    if (!(e.rate > 0.0 && e.rate <= 2.0))
        return Status::failure(tr("The rate must be greater than 0 and at most 2, not %1.").arg(e.rate));
    if (!e.start.isValid())
        return Status::failure(tr("The employment start date is required."));
    if (e.end.isValid() && e.end < e.start)
        return Status::failure(tr("The employment ends (%1) before it starts (%2).")
                                   .arg(e.end.toString(QStringLiteral("dd.MM.yyyy")), e.start.toString(QStringLiteral("dd.MM.yyyy"))));
    return Status::success();
}

Result<qint64> PersonRepository::addEmployment(Employment& e)
{
    if (const auto pos = m_references.findPosition(e.positionCode))
        e.positionCode = pos->code;
    if (Status s = validateEmployment(e); !s)
        return Result<qint64>(s);
    Database& db = database();
    WriteTransaction tx(db, WriteTransaction::Nesting::Join); // one statement
    if (!tx.isActive())
        return Result<qint64>(tx.status());
    if (e.uuid.isEmpty())
        e.uuid = db.newUuid();
    const QString now = db.timestamp();
    QSqlQuery& q = prepared(QStringLiteral(
        "INSERT INTO employment (uuid, person_id, org_unit_id, position_code, rate, start_date, end_date, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.uuid);
    q.addBindValue(e.personId);
    q.addBindValue(e.unitId);
    q.addBindValue(e.positionCode);
    q.addBindValue(e.rate);
    q.addBindValue(sqlDate(e.start));
    q.addBindValue(sqlDate(e.end));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return Result<qint64>::failure(sqlError(tr("adding an employment"), q));
    e.id = q.lastInsertId().toLongLong();
    q.finish();
    e.createdAt = e.updatedAt = QDateTime::fromString(now, Qt::ISODate);
    db.markChanged(Change::Persons);
    if (Status s = tx.commit(); !s)
        return Result<qint64>(s);
    return e.id;
}

Status PersonRepository::updateEmployment(const Employment& input)
{
    Employment e = input;
    if (const auto pos = m_references.findPosition(e.positionCode))
        e.positionCode = pos->code;
    if (!findEmployment(e.id))
        return Status::failure(tr("The employment (id %1) does not exist.").arg(e.id));
    if (Status s = validateEmployment(e); !s)
        return s;
    Database& db = database();
    QSqlQuery& q = prepared(QStringLiteral(
        "UPDATE employment SET person_id = ?, org_unit_id = ?, position_code = ?, rate = ?, start_date = ?, "
        "end_date = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(e.personId);
    q.addBindValue(e.unitId);
    q.addBindValue(e.positionCode);
    q.addBindValue(e.rate);
    q.addBindValue(sqlDate(e.start));
    q.addBindValue(sqlDate(e.end));
    q.addBindValue(db.timestamp());
    q.addBindValue(e.id);
    return execWrite(q, tr("saving an employment"), Change::Persons);
}

Status PersonRepository::endEmployment(qint64 employmentId, const QDate& end)
{
    auto e = findEmployment(employmentId);
    if (!e)
        return Status::failure(tr("The employment (id %1) does not exist.").arg(employmentId));
    e->end = end;
    return updateEmployment(*e);
}

std::optional<Employment> PersonRepository::findEmployment(qint64 id)
{
    QSqlQuery& q = prepared(employmentColumns + QStringLiteral("WHERE id = ?"));
    q.bindValue(0, id);
    std::optional<Employment> e;
    if (q.exec() && q.next())
        e = readEmployment(q);
    q.finish();
    return e;
}

QVector<Employment> PersonRepository::employments(qint64 personId)
{
    QSqlQuery& q = prepared(employmentColumns + QStringLiteral("WHERE person_id = ? ORDER BY start_date, id"));
    q.bindValue(0, personId);
    QVector<Employment> result;
    if (q.exec())
        while (q.next())
            result.append(readEmployment(q));
    q.finish();
    return result;
}

int PersonRepository::employmentCount()
{
    QSqlQuery& q = prepared(QStringLiteral("SELECT COUNT(*) FROM employment"));
    const int n = q.exec() && q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

int PersonRepository::activeEmploymentCount(const QDate& on)
{
    QSqlQuery& q = prepared(QStringLiteral(
        "SELECT COUNT(*) FROM employment WHERE start_date <= :on AND (end_date IS NULL OR end_date >= :on)"));
    q.bindValue(QStringLiteral(":on"), sqlDate(on));
    const int n = q.exec() && q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}
