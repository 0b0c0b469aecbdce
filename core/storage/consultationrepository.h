#pragma once
// Stores targeted consultations with the persons consulted. Rules: the methodist and every
// person consulted exist; the methodist is not among them; at least one person, exactly one in
// an individual consultation, nobody twice; a topic; known form and competence area; the date
// given and not in the future; the consultation belongs to the methodist's organisation on
// its date.
#include "domain/consultation.h"
#include "status.h"
#include "storage/recordchecks.h"
#include "storage/referencerepository.h"
#include "storage/repository.h"

#include <QVector>
#include <optional>

class ConsultationRepository : public Repository {
    Q_DECLARE_TR_FUNCTIONS(ConsultationRepository)
public:
    explicit ConsultationRepository(Database& db) : Repository(db), m_references(db), m_checks(db) {}

    // Validates and inserts the consultation with its persons, all or nothing; sets id, uuid
    // (if empty) and times. An empty orgUnitId becomes the methodist's main organisation on the date.
    Result<qint64> insert(Consultation& consultation);
    // Saves the facts and replaces the persons consulted.
    Status update(const Consultation& consultation);
    // Deletes the consultation and its links to the persons consulted (explicitly, no cascade).
    Status remove(qint64 id);
    Status validate(Consultation& consultation); // normalises (trims, codes, unit) and checks
    std::optional<Consultation> find(qint64 id);
    QVector<Consultation> consultationsOf(qint64 personId); // as the person consulted, by date
    QVector<Consultation> byMethodist(qint64 personId);     // held by the methodist, by date

    // Consultations within [from, to] (an invalid bound is open) that belong to the subtree's
    // units or counted for it (see count()). By date.
    QVector<Consultation> list(qint64 rootUnitId, const QDate& from, const QDate& to);
    // K19: consultations held within [from, to] for persons of the subtree — at least one person
    // consulted whose main employment (DOMAIN.md §4) on the consultation's date is in the
    // subtree. Each consultation counts once, however many of its persons are in the subtree; a
    // group consultation of persons of two schools counts once for each school and once for
    // their municipality.
    int count(qint64 rootUnitId, const QDate& from, const QDate& to);

    // The person's consultations as methodist and as the person consulted, by date.
    QVector<HistoryEntry> historyOf(qint64 personId);

private:
    Status writeConsultation(Consultation& c, bool isNew);
    Status writePersons(const Consultation& c);
    Status deletePersons(qint64 consultationId);
    QVector<Consultation> consultations(QSqlQuery& q); // executes a bound query and reads it, with persons
    QVector<Consultation> consultations(const QString& sql, const QVariantList& values);
    QString personName(qint64 personId);
    ReferenceRepository m_references;
    RecordChecks m_checks;
};
