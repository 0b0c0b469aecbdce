#pragma once
// A small hand-made register shared by the core and ui tests, on a fixed date (15.03.2025):
//
//   Томская область (R)                                     19 persons on 15.03.2025
//     Асиновский хаб (HA)                                   10
//       Асиновский район (MA)                                7
//         СОШ № 1 г. Асино (S1): persons 1-4, and 5 whose employment ended 30.06.2024
//         СОШ № 4 г. Асино (S4): persons 6-8
//       Первомайский район (MP)                              3
//         Первомайская СОШ (SP): persons 9-11
//     Колпашевский хаб (HK)                                 10
//       Колпашевский район (MK)                              8
//         СОШ № 2 г. Колпашево (K2): persons 12-15, and person 11 at rate 0.5 (a second job)
//         Детский сад № 5 (K5): persons 16-18
//       Каргасокский район (MKS)                             2
//         Каргасокская СОШ (KS): persons 19-20
//
// The persons, positions and categories are listed in stafffixture.cpp.
#include "storage/clock.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QHash>
#include <memory>

struct StaffFixture {
    StaffFixture();

    static QDate today() { return QDate(2025, 3, 15); }
    qint64 unit(const char* code) const { return units.value(QString::fromLatin1(code)); }
    qint64 person(int number) const { return persons.value(number); } // 1..20 as listed

    TempFolder folder;
    QString path;
    FixedClock clock{QDateTime(today(), QTime(12, 0), Qt::UTC)};
    std::shared_ptr<Database> db;
    QHash<QString, qint64> units;  // by code
    QHash<int, qint64> persons;    // by number
    QHash<int, qint64> employments; // the first employment of each person, by number
};
