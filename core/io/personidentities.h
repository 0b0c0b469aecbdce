#pragma once
// Who is already in the database, read in one query, so that every importer matches the persons
// its rows name the same way (docs/csv-formats.md, "Persons"): by SNILS when the row or the
// database has it, otherwise by full name and birth date; several namesakes born the same day
// with nothing to tell them apart are ambiguous, never guessed.
#include "domain/person.h"

#include <QHash>
#include <QSet>

class Database;

class PersonIdentities {
public:
    explicit PersonIdentities(Database& db);
    // A person written (or found) during an import, so later rows find them too.
    void add(const Person& p);

    struct Match {
        qint64 id = 0;          // 0: no stored person
        bool ambiguous = false; // several namesakes born the same day, and no SNILS to tell them apart
    };
    // SNILS first; then name and birth date, among namesakes whose SNILS does not differ.
    Match find(const Person& p) const;
    // What a found person is called and when they were born, to check a row against (as stored
    // when read or added).
    QString fullName(qint64 id) const { return m_known.value(id).fullName; }
    QString nameKey(qint64 id) const { return m_known.value(id).nameKey; }
    QDate birthDate(qint64 id) const { return m_known.value(id).birthDate; }

private:
    void add(qint64 id, const QString& snils, const QString& nameKey, const QString& birth);
    struct Known {
        QString fullName;
        QString nameKey;
        QDate birthDate;
    };
    QHash<qint64, Known> m_known;
    QHash<QString, qint64> m_bySnils;
    QHash<qint64, QString> m_snilsOf;
    QHash<QString, QSet<qint64>> m_byName;
};
