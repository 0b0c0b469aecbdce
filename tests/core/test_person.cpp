// The staff register: person rules, SNILS, employments; leaving never deletes a person.
#include "storage/orgunitrepository.h"
#include "storage/personrepository.h"
#include "testsupport.h"

namespace {

struct Register {
    TempFolder folder;
    std::shared_ptr<Database> db = openDatabase(folder.path(QStringLiteral("staff.db")));
    OrgUnitRepository units{*db};
    PersonRepository persons{*db};
    qint64 municipality = 0, school = 0;

    Register()
    {
        OrgUnit r{.level = UnitLevel::Region, .code = QStringLiteral("R"), .name = QStringLiteral("Регион")};
        REQUIRE(units.insert(r));
        OrgUnit h{.parentId = r.id, .level = UnitLevel::Hub, .code = QStringLiteral("H"), .name = QStringLiteral("Хаб")};
        REQUIRE(units.insert(h));
        OrgUnit m{.parentId = h.id, .level = UnitLevel::Municipality, .code = QStringLiteral("M"), .name = QStringLiteral("Район")};
        municipality = units.insert(m).value();
        OrgUnit s{.parentId = m.id, .level = UnitLevel::Organisation, .code = QStringLiteral("S"), .name = QStringLiteral("Школа")};
        school = units.insert(s).value();
    }
};

Person teacher()
{
    Person p;
    p.lastName = QStringLiteral(" Кузнецова ");
    p.firstName = QStringLiteral("Анна");
    p.middleName = QStringLiteral("Сергеевна");
    p.birthDate = QDate(1990, 5, 17);
    p.experienceStart = QDate(2012, 9, 1);
    p.subjects = {QStringLiteral("Математика"), QStringLiteral(" Информатика ")};
    p.category = QStringLiteral("первая");
    p.categoryGranted = QDate(2022, 3, 1);
    p.categoryExpires = QDate(2027, 3, 1);
    p.snils = QStringLiteral("112-233-445 95");
    return p;
}

} // namespace

TEST_CASE("a person is stored normalised and read back", "[person]")
{
    Register r;
    Person p = teacher();
    REQUIRE(r.persons.insert(p).ok());
    const auto back = r.persons.find(p.id);
    REQUIRE(back);
    CHECK(back->lastName == QStringLiteral("Кузнецова"));
    CHECK(back->subjects == QStringList{QStringLiteral("Математика"), QStringLiteral("Информатика")});
    CHECK(back->category == QStringLiteral("first"));
    CHECK(back->snils == QStringLiteral("112-233-445 95"));
    CHECK(back->fullName() == QStringLiteral("Кузнецова Анна Сергеевна"));
    CHECK(back->shortName() == QStringLiteral("Кузнецова А. С."));
    CHECK(back->ageOn(QDate(2025, 5, 16)) == 34);
    CHECK(back->ageOn(QDate(2025, 5, 17)) == 35);
    CHECK(back->experienceYearsOn(QDate(2025, 8, 31)) == 12);
    CHECK(back->uuid.size() == 36);
    CHECK(back->sameFacts(p));
    CHECK(r.persons.findByNameAndBirth(Person::nameKey(QStringLiteral("КУЗНЕЦОВА"), QStringLiteral("анна"), QStringLiteral("сергеевна")),
                                       QDate(1990, 5, 17)).size() == 1);
    CHECK(r.persons.findBySnils(QStringLiteral("11223344595"))->id == p.id);
}

TEST_CASE("person rules each give their message", "[person]")
{
    Register r;
    struct Case { std::function<void(Person&)> change; const char* message; };
    const Case cases[] = {
        {[](Person& p) { p.lastName = QStringLiteral("  "); }, "Фамилия не может быть пустой."},
        {[](Person& p) { p.firstName.clear(); }, "Имя не может быть пустым."},
        {[](Person& p) { p.birthDate = QDate(2090, 1, 1); }, "Дата рождения 01.01.2090 ещё не наступила."},
        {[](Person& p) { p.experienceStart = QDate(2000, 9, 1); }, "Педагогический стаж не может начинаться раньше 14 лет."},
        {[](Person& p) { p.snils = QStringLiteral("112-233-445 96"); }, "Контрольное число СНИЛС не сходится (должно быть 95)."},
        {[](Person& p) { p.snils = QStringLiteral("1122334459"); }, "В СНИЛС должно быть 11 цифр, а найдено 10."},
        {[](Person& p) { p.snils = QStringLiteral("112/233"); }, "СНИЛС может содержать только цифры, дефисы и пробелы."},
        {[](Person& p) { p.category = QStringLiteral("золотая"); }, "Неизвестная квалификационная категория «золотая»."},
        {[](Person& p) { p.categoryExpires = QDate(2020, 1, 1); }, "Срок действия категории заканчивается раньше даты её присвоения."},
        {[](Person& p) { p.category = QStringLiteral("none"); }, "У педагога без категории не может быть дат присвоения и окончания категории."},
    };
    for (const Case& c : cases) {
        Person p = teacher();
        c.change(p);
        const auto result = r.persons.insert(p);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error() == QString::fromUtf8(c.message));
    }
    CHECK(r.persons.count() == 0);
}

TEST_CASE("one SNILS belongs to one person", "[person]")
{
    Register r;
    Person a = teacher();
    REQUIRE(r.persons.insert(a).ok());
    Person b = teacher();
    b.firstName = QStringLiteral("Ольга");
    const auto result = r.persons.insert(b);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error() == QStringLiteral("СНИЛС 112-233-445 95 уже принадлежит: Кузнецова Анна Сергеевна."));
}

TEST_CASE("employments: rules, and leaving keeps the person", "[person]")
{
    Register r;
    Person p = teacher();
    REQUIRE(r.persons.insert(p).ok());
    Employment e{.personId = p.id, .unitId = r.school, .positionCode = QStringLiteral("Учитель"), .rate = 1.0,
                 .start = QDate(2012, 9, 1)};
    REQUIRE(r.persons.addEmployment(e).ok());
    CHECK(r.persons.findEmployment(e.id)->positionCode == QStringLiteral("teacher"));

    Employment wrongUnit = e;
    wrongUnit.uuid.clear();
    wrongUnit.unitId = r.municipality;
    auto result = r.persons.addEmployment(wrongUnit);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error() == QStringLiteral("Место работы — только организация, а «Район» — это муниципалитет."));

    Employment badRate = e;
    badRate.uuid.clear();
    badRate.rate = 2.5;
    result = r.persons.addEmployment(badRate);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error() == QStringLiteral("Ставка должна быть больше 0 и не больше 2, а не 2.5."));

    Employment badPosition = e;
    badPosition.uuid.clear();
    badPosition.positionCode = QStringLiteral("космонавт");
    result = r.persons.addEmployment(badPosition);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error() == QStringLiteral("Неизвестная должность «космонавт»."));

    auto status = r.persons.endEmployment(e.id, QDate(2010, 1, 1));
    REQUIRE_FALSE(status.ok());
    CHECK(status.error() == QStringLiteral("Работа заканчивается (01.01.2010) раньше, чем начинается (01.09.2012)."));

    REQUIRE(r.persons.endEmployment(e.id, QDate(2025, 6, 30)).ok());
    CHECK(r.persons.count() == 1);
    const auto jobs = r.persons.employments(p.id);
    REQUIRE(jobs.size() == 1);
    CHECK(jobs.first().end == QDate(2025, 6, 30));
    CHECK(jobs.first().activeOn(QDate(2025, 6, 30)));
    CHECK_FALSE(jobs.first().activeOn(QDate(2025, 7, 1)));
    CHECK(r.persons.activeEmploymentCount(QDate(2025, 7, 1)) == 0);
    CHECK(r.units.staffCounts(QDate(2025, 6, 1)).value(r.municipality) == 1);
    CHECK(r.units.staffCounts(QDate(2025, 7, 1)).value(r.municipality) == 0);
}

TEST_CASE("SNILS check digits follow the Pension Fund rule", "[person]")
{
    CHECK(Snils::checksum(QStringLiteral("112233445")) == 95);
    CHECK(Snils::normalise(QStringLiteral("11223344595")) == QStringLiteral("112-233-445 95"));
    // Sum 100 or 101 gives 00; sums over 101 are taken mod 101.
    CHECK(Snils::checksum(QStringLiteral("000000055")) == 0 + 5 * 2 + 5 * 1);
    CHECK(Snils::checksum(QStringLiteral("999999999")) == (9 * 45) % 101);
}
