#pragma once
// Where a person of a report works on its date: the name, main organisation and position the
// lists print, read once per person.
#include "storage/personrepository.h"
#include "storage/recordchecks.h"

#include <QHash>

struct StaffPlace {
    QString fullName;
    QString organisation; // empty when the person works nowhere on the date
    QString position;
};

class StaffPlaces {
public:
    StaffPlaces(Database& db, const QDate& on) : m_persons(db), m_checks(db), m_on(on) {}
    const StaffPlace& of(qint64 personId);
    QString unitName(qint64 unitId); // empty for 0
    PersonRepository& persons() { return m_persons; }

private:
    PersonRepository m_persons;
    RecordChecks m_checks;
    QDate m_on;
    QHash<qint64, StaffPlace> m_places;
    QHash<qint64, QString> m_units;
};

// "40,0 %": part of whole in percent with one decimal; "—" when the whole is 0.
QString percentText(int part, int whole);
