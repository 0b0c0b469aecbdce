// AttestationRepository: rules, writes, and the person's category kept in line.
#include "storage/attestationrepository.h"
#include "storage/clock.h"
#include "storage/database.h"
#include "storage/rulebook.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"
#include "storage/recordwrite.h"

namespace {
QString shown(const QDate& date)
{
    return date.toString(QStringLiteral("dd.MM.yyyy"));
}
} // namespace

AttestationRepository::AttestationRepository(Database& db)
    : Repository(db), m_persons(db), m_checks(db)
{
}

Status AttestationRepository::validate(Attestation& a)
{
    const auto person = m_checks.personName(a.personId);
    if (!person)
        return person.status();
    if (!a.date.isValid())
        return Status::failure(tr("The date of the attestation is required."));
    if (a.date > database().clock().today())
        return Status::failure(tr("The attestation date %1 is in the future.").arg(shown(a.date)));
    if (a.unitId == 0) {
        a.unitId = m_checks.mainOrganisation(a.personId, a.date);
        if (a.unitId == 0)
            return Status::failure(tr("%1 works nowhere on %2: an attestation belongs to the organisation where the person works.")
                                       .arg(*person, shown(a.date)));
    } else if (Status s = m_checks.worksAt(a.personId, a.unitId, a.date); !s) {
        return s;
    }
    const auto category = m_persons.references().findCategory(a.category);
    if (!category)
        return Status::failure(tr("Unknown qualification category «%1».").arg(a.category));
    if (category->code == u"none")
        return Status::failure(tr("An attestation seeks a qualification category, and «%1» is none.").arg(category->name));
    a.category = category->code;
    if (!AttestationOutcome::codes().contains(a.outcome))
        return Status::failure(tr("Unknown outcome of an attestation «%1».").arg(a.outcome));
    if (!a.granted()) {
        if (a.validUntil.isValid())
            return Status::failure(tr("Only a granted category has a validity date, and the outcome is «%1».")
                                       .arg(AttestationOutcome::name(a.outcome)));
        return Status::success();
    }
    if (!a.validUntil.isValid()) {
        // Read afresh: a new order may have been added since (RuleBook keeps what it read).
        RuleBook rules(database());
        a.validUntil = a.date.addMonths(qRound(rules.valueOn(Rule::CategoryValidityYears, a.date) * 12));
    }
    if (a.validUntil <= a.date)
        return Status::failure(tr("The category is valid until %1, which is not after the attestation date %2.")
                                   .arg(shown(a.validUntil), shown(a.date)));
    return Status::success();
}

Status AttestationRepository::write(Attestation& a, bool isNew)
{
    Database& db = database();
    const QString now = db.timestamp();
    QSqlQuery& q = prepared(isNew ? QStringLiteral(
        "INSERT INTO attestation (org_unit_id, person_id, attestation_date, category, outcome, valid_until, "
        "uuid, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                  : QStringLiteral(
        "UPDATE attestation SET org_unit_id = ?, person_id = ?, attestation_date = ?, category = ?, outcome = ?, "
        "valid_until = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(a.unitId);
    q.addBindValue(a.personId);
    q.addBindValue(sqlDate(a.date));
    q.addBindValue(a.category);
    q.addBindValue(a.outcome);
    q.addBindValue(sqlDate(a.validUntil));
    if (isNew) {
        q.addBindValue(a.uuid);
        q.addBindValue(now);
    }
    q.addBindValue(now);
    if (!isNew)
        q.addBindValue(a.id);
    if (!execRecordWrite(q, a, isNew, now))
        return Status::failure(sqlError(tr("saving an attestation"), q));
    return Status::success();
}

Status AttestationRepository::applyToPerson(qint64 personId, const std::optional<Attestation>& before)
{
    auto person = m_persons.find(personId);
    const auto granted = attestations(QStringLiteral("WHERE person_id = ? AND outcome = 'granted' "
                                                     "ORDER BY attestation_date DESC, id DESC LIMIT 1"),
                                      {personId});
    if (!person)
        return Status::success();
    const bool cameFromBefore = before && before->granted() && person->category == before->category
        && person->categoryGranted == before->date;
    if (granted.isEmpty()) {
        // The attestation the person's category came from was removed or refused, and no other
        // was granted: the person has no category any more.
        if (!cameFromBefore)
            return Status::success();
        person->category = QStringLiteral("none");
        person->categoryGranted = QDate();
        person->categoryExpires = QDate();
        return m_persons.update(*person);
    }
    const Attestation& latest = granted.first();
    if (!cameFromBefore && person->categoryGranted.isValid() && person->categoryGranted > latest.date)
        return Status::success(); // a later category entered on the person
    if (person->category == latest.category && person->categoryGranted == latest.date && person->categoryExpires == latest.validUntil)
        return Status::success();
    person->category = latest.category;
    person->categoryGranted = latest.date;
    person->categoryExpires = latest.validUntil;
    return m_persons.update(*person);
}

Result<qint64> AttestationRepository::insert(Attestation& attestation)
{
    Attestation a = attestation;
    a.id = 0;
    if (Status s = validate(a); !s)
        return Result<qint64>(s);
    Database& db = database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return Result<qint64>(tx.status());
    if (a.uuid.isEmpty())
        a.uuid = db.newUuid();
    if (Status s = write(a, true); !s)
        return Result<qint64>(s);
    if (Status s = applyToPerson(a.personId, std::nullopt); !s)
        return Result<qint64>(s);
    db.markChanged(Change::Attestation);
    if (Status s = tx.commit(); !s)
        return Result<qint64>(s);
    attestation = a;
    return a.id;
}

Status AttestationRepository::update(const Attestation& input)
{
    const auto old = find(input.id);
    if (!old)
        return Status::failure(tr("The attestation (id %1) does not exist.").arg(input.id));
    Attestation a = input;
    if (Status s = validate(a); !s)
        return s;
    Database& db = database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return tx.status();
    if (Status s = write(a, false); !s)
        return s;
    if (Status s = applyToPerson(a.personId, a.personId == old->personId ? old : std::nullopt); !s)
        return s;
    if (old->personId != a.personId)
        if (Status s = applyToPerson(old->personId, old); !s)
            return s;
    db.markChanged(Change::Attestation);
    return tx.commit();
}

Status AttestationRepository::remove(qint64 id)
{
    const auto old = find(id);
    if (!old)
        return Status::failure(tr("The attestation (id %1) does not exist.").arg(id));
    Database& db = database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return tx.status();
    QSqlQuery& q = prepared(QStringLiteral("DELETE FROM attestation WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(sqlError(tr("deleting an attestation"), q));
    q.finish();
    if (Status s = applyToPerson(old->personId, old); !s)
        return s;
    db.markChanged(Change::Attestation);
    return tx.commit();
}
