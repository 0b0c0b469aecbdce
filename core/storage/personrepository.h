#pragma once
// Stores persons and their employments. Leaving ends an employment; it never deletes the person.
#include "domain/person.h"
#include "status.h"
#include "storage/referencerepository.h"
#include "storage/repository.h"

#include <QVector>

class PersonRepository : public Repository {
    Q_DECLARE_TR_FUNCTIONS(PersonRepository)
public:
    explicit PersonRepository(Database& db) : Repository(db), m_references(db) {}

    // Validates and inserts; sets id, uuid (if empty) and times.
    Result<qint64> insert(Person& person);
    Status update(const Person& person);
    Status validate(Person& person); // normalises (trims, SNILS format) and checks the rules

    std::optional<Person> find(qint64 id);
    std::optional<Person> findByUuid(const QString& uuid);
    std::optional<Person> findBySnils(const QString& snils);
    // Persons with this name (any case, ё = е) and birth date.
    QVector<Person> findByNameAndBirth(const QString& nameKey, const QDate& birthDate);
    QVector<Person> findByName(const QString& text, int limit = 50);
    int count();

    Status validateEmployment(const Employment& employment); // checks; writes nothing
    Result<qint64> addEmployment(Employment& employment);
    Status updateEmployment(const Employment& employment);
    Status endEmployment(qint64 employmentId, const QDate& end);
    std::optional<Employment> findEmployment(qint64 id);
    QVector<Employment> employments(qint64 personId); // by start date
    int employmentCount();
    int activeEmploymentCount(const QDate& on);

    ReferenceRepository& references() { return m_references; }

private:
    Person readPerson(const QSqlQuery& q) const;
    Employment readEmployment(const QSqlQuery& q) const;
    QVector<Person> persons(const QString& where, const QVariantList& values);
    void bindPerson(QSqlQuery& q, const Person& p) const;
    ReferenceRepository m_references;
};
