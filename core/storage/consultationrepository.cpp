// ConsultationRepository: the rules of a consultation, and writing it with its persons.
#include "storage/consultationrepository.h"
#include "domain/period.h"
#include "storage/clock.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"
#include "storage/recordwrite.h"

QString ConsultationRepository::personName(qint64 personId)
{
    const auto name = m_checks.personName(personId);
    return name ? *name : QString::number(personId);
}

Status ConsultationRepository::validate(Consultation& c)
{
    const auto methodist = m_checks.personName(c.methodistId);
    if (!methodist)
        return methodist.status();
    if (!c.date.isValid())
        return Status::failure(tr("The date of the consultation is required."));
    if (c.date > database().clock().today())
        return Status::failure(tr("The consultation date %1 is in the future.").arg(shownDate(c.date)));
    c.topic = c.topic.simplified();
    if (c.topic.isEmpty())
        return Status::failure(tr("The topic of the consultation must not be empty."));
    const auto form = m_references.find(ReferenceList::ConsultationForm, c.form);
    if (!form)
        return Status::failure(tr("Unknown form of consultation «%1».").arg(c.form));
    c.form = form->code;
    if (!c.competenceArea.trimmed().isEmpty()) {
        const auto area = m_references.find(ReferenceList::CompetenceArea, c.competenceArea);
        if (!area)
            return Status::failure(tr("Unknown competence area «%1».").arg(c.competenceArea));
        c.competenceArea = area->code;
    } else {
        c.competenceArea.clear();
    }
    if (c.personIds.isEmpty())
        return Status::failure(tr("Name at least one person consulted."));
    for (int i = 0; i < c.personIds.size(); ++i) {
        const auto name = m_checks.personName(c.personIds.at(i));
        if (!name)
            return name.status();
        if (c.personIds.at(i) == c.methodistId)
            return Status::failure(tr("%1 holds the consultation and cannot be among the persons consulted.").arg(*name));
        if (c.personIds.indexOf(c.personIds.at(i)) < i)
            return Status::failure(tr("%1 is listed twice among the persons consulted.").arg(*name));
    }
    if (c.form == u"individual" && c.personIds.size() != 1)
        return Status::failure(tr("An individual consultation is for exactly one person, not %1.").arg(c.personIds.size()));
    if (c.orgUnitId == 0) {
        c.orgUnitId = m_checks.mainOrganisation(c.methodistId, c.date);
        if (c.orgUnitId == 0)
            return Status::failure(tr("%1 worked nowhere on %2, the date of the consultation.").arg(*methodist, shownDate(c.date)));
    } else if (Status s = m_checks.worksAt(c.methodistId, c.orgUnitId, c.date); !s) {
        return s;
    }
    return Status::success();
}

Status ConsultationRepository::writeConsultation(Consultation& c, bool isNew)
{
    Database& db = database();
    const QString now = db.timestamp();
    if (isNew && c.uuid.isEmpty())
        c.uuid = db.newUuid();
    QSqlQuery& q = prepared(isNew ? QStringLiteral(
        "INSERT INTO consultation (org_unit_id, methodist_id, consultation_date, topic, form, competence_area, uuid, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                  : QStringLiteral(
        "UPDATE consultation SET org_unit_id = ?, methodist_id = ?, consultation_date = ?, topic = ?, form = ?, "
        "competence_area = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(c.orgUnitId);
    q.addBindValue(c.methodistId);
    q.addBindValue(sqlDate(c.date));
    q.addBindValue(c.topic);
    q.addBindValue(c.form);
    q.addBindValue(sqlText(c.competenceArea));
    if (isNew) {
        q.addBindValue(c.uuid);
        q.addBindValue(now);
    }
    q.addBindValue(now);
    if (!isNew)
        q.addBindValue(c.id);
    if (!execRecordWrite(q, c, isNew, now))
        return Status::failure(sqlError(tr("saving the consultation «%1»").arg(c.topic), q));
    return Status::success();
}

Status ConsultationRepository::writePersons(const Consultation& c)
{
    QSqlQuery& q = prepared(QStringLiteral("INSERT INTO consultation_person (consultation_id, person_id) VALUES (?, ?)"));
    for (const qint64 personId : c.personIds) {
        q.bindValue(0, c.id);
        q.bindValue(1, personId);
        if (!q.exec())
            return Status::failure(sqlError(tr("adding %1 to the consultation «%2»").arg(personName(personId), c.topic), q));
    }
    q.finish();
    return Status::success();
}

Status ConsultationRepository::deletePersons(qint64 consultationId)
{
    QSqlQuery& q = prepared(QStringLiteral("DELETE FROM consultation_person WHERE consultation_id = ?"));
    q.bindValue(0, consultationId);
    if (!q.exec())
        return Status::failure(sqlError(tr("removing the persons of a consultation"), q));
    q.finish();
    return Status::success();
}

Result<qint64> ConsultationRepository::insert(Consultation& consultation)
{
    Consultation c = consultation;
    c.id = 0;
    if (Status s = validate(c); !s)
        return Result<qint64>(s);
    Database& db = database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return Result<qint64>(tx.status());
    if (Status s = writeConsultation(c, true); !s)
        return Result<qint64>(s);
    if (Status s = writePersons(c); !s)
        return Result<qint64>(s);
    db.markChanged(Change::Consultations);
    if (Status s = tx.commit(); !s)
        return Result<qint64>(s);
    consultation = c;
    return c.id;
}

Status ConsultationRepository::update(const Consultation& input)
{
    if (!find(input.id))
        return Status::failure(tr("The consultation (id %1) does not exist.").arg(input.id));
    Consultation c = input;
    if (Status s = validate(c); !s)
        return s;
    Database& db = database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return tx.status();
    if (Status s = writeConsultation(c, false); !s)
        return s;
    if (Status s = deletePersons(c.id); !s)
        return s;
    if (Status s = writePersons(c); !s)
        return s;
    db.markChanged(Change::Consultations);
    return tx.commit();
}

Status ConsultationRepository::remove(qint64 id)
{
    const auto c = find(id);
    if (!c)
        return Status::failure(tr("The consultation (id %1) does not exist.").arg(id));
    Database& db = database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return tx.status();
    if (Status s = deletePersons(id); !s)
        return s;
    QSqlQuery& q = prepared(QStringLiteral("DELETE FROM consultation WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(sqlError(tr("deleting the consultation «%1»").arg(c->topic), q));
    q.finish();
    db.markChanged(Change::Consultations);
    return tx.commit();
}
