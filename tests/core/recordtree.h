#pragma once
// A small hand-made tree with a fixed "today" (15.03.2025) for the tests of support-cycle records:
//
//   Регион (R) → Хаб (H) → Район (M):        Школа А (A), Школа Б (B)
//                        → Другой район (M2): Школа В (C)
//
// and a way to add a teacher employed at a unit over a period.
#include "storage/clock.h"
#include "storage/orgunitrepository.h"
#include "storage/personrepository.h"
#include "testsupport.h"

struct RecordTree {
    TempFolder folder;
    FixedClock clock{QDateTime(QDate(2025, 3, 15), QTime(12, 0), Qt::UTC)};
    std::shared_ptr<Database> db = openDatabase(folder.path(QStringLiteral("records.db")));
    OrgUnitRepository units{*db};
    PersonRepository persons{*db};
    qint64 region = 0, municipality = 0, schoolA = 0, schoolB = 0, otherMunicipality = 0, schoolC = 0;

    RecordTree()
    {
        db->setClock(&clock);
        region = unit(0, UnitLevel::Region, "R", "Регион");
        const qint64 hub = unit(region, UnitLevel::Hub, "H", "Хаб");
        municipality = unit(hub, UnitLevel::Municipality, "M", "Район");
        schoolA = unit(municipality, UnitLevel::Organisation, "A", "Школа А");
        schoolB = unit(municipality, UnitLevel::Organisation, "B", "Школа Б");
        otherMunicipality = unit(hub, UnitLevel::Municipality, "M2", "Другой район");
        schoolC = unit(otherMunicipality, UnitLevel::Organisation, "C", "Школа В");
    }

    qint64 unit(qint64 parent, UnitLevel level, const char* code, const char* name)
    {
        OrgUnit u{.parentId = parent, .level = level, .code = QString::fromUtf8(code), .name = QString::fromUtf8(name)};
        const auto id = units.insert(u);
        REQUIRE(id.ok());
        return *id;
    }

    // A teacher employed at the unit from `from` (to `to`); unit 0: employed nowhere.
    qint64 person(const char* last, const char* first, const QDate& experience, qint64 unitId = 0,
                  const QDate& from = QDate(2020, 9, 1), const QDate& to = QDate())
    {
        Person p{.lastName = QString::fromUtf8(last), .firstName = QString::fromUtf8(first),
                 .experienceStart = experience};
        const auto id = persons.insert(p);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
        if (unitId != 0) {
            Employment e{.personId = p.id, .unitId = unitId, .positionCode = QStringLiteral("teacher"), .start = from, .end = to};
            REQUIRE(persons.addEmployment(e).ok());
        }
        return *id;
    }

    QString name(qint64 personId) { return persons.find(personId)->fullName(); }
};

// A refusal with a message that names every part given (a person, a date, a value).
inline void refused(const Status& s, const QStringList& mentions)
{
    INFO("message: " << s.error().toStdString());
    REQUIRE_FALSE(s.ok());
    REQUIRE_FALSE(s.error().isEmpty());
    for (const QString& part : mentions)
        CHECK(s.error().contains(part));
}
