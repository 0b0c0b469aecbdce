// The checks every record of the support cycle shares.
#include "storage/orgunitrepository.h"
#include "storage/personrepository.h"
#include "storage/recordchecks.h"
#include "testsupport.h"

TEST_CASE("main organisation: the highest rate, then the earliest start", "[records]")
{
    TempFolder folder;
    auto db = openDatabase(folder.path(QStringLiteral("c.db")));
    OrgUnitRepository units(*db);
    OrgUnit r{.level = UnitLevel::Region, .code = QStringLiteral("R"), .name = QStringLiteral("Регион")};
    REQUIRE(units.insert(r));
    OrgUnit h{.parentId = r.id, .level = UnitLevel::Hub, .code = QStringLiteral("H"), .name = QStringLiteral("Хаб")};
    REQUIRE(units.insert(h));
    OrgUnit m{.parentId = h.id, .level = UnitLevel::Municipality, .code = QStringLiteral("M"), .name = QStringLiteral("Район")};
    REQUIRE(units.insert(m));
    OrgUnit a{.parentId = m.id, .level = UnitLevel::Organisation, .code = QStringLiteral("A"), .name = QStringLiteral("Школа А")};
    REQUIRE(units.insert(a));
    OrgUnit b{.parentId = m.id, .level = UnitLevel::Organisation, .code = QStringLiteral("B"), .name = QStringLiteral("Школа Б")};
    REQUIRE(units.insert(b));
    PersonRepository persons(*db);
    Person p{.lastName = QStringLiteral("Орлова"), .firstName = QStringLiteral("Вера"), .birthDate = QDate(1980, 1, 1)};
    REQUIRE(persons.insert(p).ok());
    // A: 0.5 from 2010; B: 1.0 from 2015 to 2020; A again counts from 2010.
    Employment ea{.personId = p.id, .unitId = a.id, .positionCode = QStringLiteral("teacher"), .rate = 0.5, .start = QDate(2010, 9, 1)};
    Employment eb{.personId = p.id, .unitId = b.id, .positionCode = QStringLiteral("teacher"), .rate = 1.0,
                  .start = QDate(2015, 9, 1), .end = QDate(2020, 6, 30)};
    REQUIRE(persons.addEmployment(ea).ok());
    REQUIRE(persons.addEmployment(eb).ok());

    RecordChecks checks(*db);
    CHECK(checks.mainOrganisation(p.id, QDate(2012, 1, 1)) == a.id);   // only A
    CHECK(checks.mainOrganisation(p.id, QDate(2018, 1, 1)) == b.id);   // B has the higher rate
    CHECK(checks.mainOrganisation(p.id, QDate(2021, 1, 1)) == a.id);   // B ended
    CHECK(checks.mainOrganisation(p.id, QDate(2009, 1, 1)) == 0);      // not yet employed
    CHECK(checks.worksAt(p.id, b.id, QDate(2018, 1, 1)).ok());
    const Status s = checks.worksAt(p.id, b.id, QDate(2021, 1, 1));
    REQUIRE_FALSE(s.ok());
    CHECK(s.error() == QStringLiteral("Орлова Вера не работает в «Школа Б» на 01.01.2021."));
    CHECK(checks.personName(4242).error() == QStringLiteral("Сотрудник (id 4242) не существует."));
}

TEST_CASE("periods and lifecycles", "[records]")
{
    CHECK(RecordChecks::period(QDate(2024, 9, 1), QDate()).ok());
    CHECK(RecordChecks::period(QDate(2024, 9, 1), QDate(2024, 9, 1)).ok());
    CHECK(RecordChecks::period(QDate(), QDate()).error() == QStringLiteral("Нужна дата начала."));
    CHECK(RecordChecks::period(QDate(2024, 9, 1), QDate(2024, 8, 31)).error()
          == QStringLiteral("Дата окончания 31.08.2024 раньше даты начала 01.09.2024."));
    const QVector<QPair<QString, QString>> allowed{{QStringLiteral("draft"), QStringLiteral("active")}};
    auto name = [](const QString& s) { return s == u"draft" ? QStringLiteral("черновик") : QStringLiteral("действует"); };
    CHECK(RecordChecks::transition(QStringLiteral("draft"), QStringLiteral("active"), allowed, name).ok());
    CHECK(RecordChecks::transition(QStringLiteral("active"), QStringLiteral("active"), allowed, name).ok());
    CHECK(RecordChecks::transition(QStringLiteral("active"), QStringLiteral("draft"), allowed, name).error()
          == QStringLiteral("Статус нельзя сменить с «действует» на «черновик»."));
}
