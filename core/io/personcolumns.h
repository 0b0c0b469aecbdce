#pragma once
// How a row of a record (a participation, a course completion, a diagnostic, ...) names its person
// (docs/csv-formats.md, "Naming a person"): by «СНИЛС», or by «ФИО» (or «Фамилия», «Имя»,
// «Отчество») with «Дата рождения», matched as the persons' import matches them (PersonIdentities).
// The person must be in the database already: a row that names nobody known is an error of that
// row, never a new person.
#include "io/csvimport.h"

class PersonIdentities;
struct Person;

// The field keys of one person's columns. A mentor has one full-name column (no last/first/middle).
struct PersonKeys {
    const char* full;
    const char* last;
    const char* first;
    const char* middle;
    const char* birth;
    const char* snils;
};

class PersonColumns {
    Q_DECLARE_TR_FUNCTIONS(PersonColumns)
public:
    static const PersonKeys& person(); // the person a row is about
    static const PersonKeys& mentor(); // the mentor of a mentoring row
    // One full-name column, like the mentor's: the methodist of a consultation, the head of an
    // association, the responsible of a route or a plan item, the owner of a risk.
    static const PersonKeys& methodist();
    static const PersonKeys& head();
    static const PersonKeys& responsible();
    static const PersonKeys& owner();
    // Фамилия, Имя, Отчество, Дата рождения, СНИЛС (written) and ФИО (read only).
    static QVector<CsvField> personFields();
    // Наставник (the full name), Дата рождения наставника, СНИЛС наставника.
    static QVector<CsvField> mentorFields();
    // The full-name, birth-date and SNILS columns of such a person (the headers, first the written one).
    static QVector<CsvField> roleFields(const PersonKeys& keys, const QStringList& full, const QStringList& birth,
                                        const QStringList& snils);
    // The header cannot name a person this way: the problem for the whole file (`fields`: the
    // kind's fields, for the names of the columns).
    static QString headerProblem(const CsvColumns& columns, const PersonKeys& keys, const QVector<CsvField>& fields);
    static bool hasAny(const CsvColumns& columns, const PersonKeys& keys); // the header has a column of the person

    PersonColumns(CsvImport& file, const PersonIdentities& identities, const PersonKeys& keys = person());
    // The stored person the row names, or 0 after reporting why in the row's column.
    qint64 find(const CsvRecord& record);
    // The cells of a person in an exported row.
    static void write(CsvRow& row, const Person& p, const PersonKeys& keys = person());
    const PersonKeys& keys() const { return m_keys; }

private:
    const char* nameKey() const; // the column where a name problem is reported
    CsvImport& m_file;
    const PersonIdentities& m_identities;
    PersonKeys m_keys;
};
