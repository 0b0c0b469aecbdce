#pragma once
// A small tree and staff for the tests of the support cycle's records, on 01.06.2025:
//
//   Регион (R)
//     Хаб (H)
//       Район (M)
//         Школа А (A)
//         Школа Б (B)
//       Другой район (M2)
//         Школа В (C)
//
// Teachers are added by each test with teacher(): employed from 01.09.2015 unless told.
#include "storage/clock.h"
#include "storage/orgunitrepository.h"
#include "storage/personrepository.h"
#include "testsupport.h"

struct CycleFixture {
    TempFolder folder;
    std::shared_ptr<Database> db = openDatabase(folder.path(QStringLiteral("cycle.db")));
    FixedClock clock{QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC)};
    OrgUnitRepository units{*db};
    PersonRepository persons{*db};
    qint64 region = 0, hub = 0, municipality = 0, otherMunicipality = 0, schoolA = 0, schoolB = 0, schoolC = 0;

    CycleFixture()
    {
        db->setClock(&clock);
        region = unit(0, UnitLevel::Region, "R", "Регион");
        hub = unit(region, UnitLevel::Hub, "H", "Хаб");
        municipality = unit(hub, UnitLevel::Municipality, "M", "Район");
        otherMunicipality = unit(hub, UnitLevel::Municipality, "M2", "Другой район");
        schoolA = unit(municipality, UnitLevel::Organisation, "A", "Школа А");
        schoolB = unit(municipality, UnitLevel::Organisation, "B", "Школа Б");
        schoolC = unit(otherMunicipality, UnitLevel::Organisation, "C", "Школа В");
    }

    static QDate today() { return QDate(2025, 6, 1); }

    qint64 unit(qint64 parent, UnitLevel level, const char* code, const char* name)
    {
        OrgUnit u{.parentId = parent, .level = level, .code = QString::fromUtf8(code), .name = QString::fromUtf8(name)};
        const auto id = units.insert(u);
        REQUIRE(id.ok());
        return *id;
    }

    // A teacher employed at the unit from `start` (to `end` when given).
    qint64 teacher(const char* lastName, qint64 unitId, QDate start = QDate(2015, 9, 1), QDate end = {})
    {
        Person p{.lastName = QString::fromUtf8(lastName), .firstName = QStringLiteral("Анна"),
                 .middleName = QStringLiteral("Ивановна"), .birthDate = QDate(1985, 4, 1)};
        REQUIRE(persons.insert(p).ok());
        Employment e{.personId = p.id, .unitId = unitId, .positionCode = QStringLiteral("teacher"), .start = start, .end = end};
        REQUIRE(persons.addEmployment(e).ok());
        return p.id;
    }
};
