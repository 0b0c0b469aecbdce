#include "stafffixture.h"
#include "storage/orgunitrepository.h"
#include "storage/personrepository.h"

#include <catch2/catch.hpp>

namespace {

struct UnitRow {
    const char* code;
    const char* parent;
    UnitLevel level;
    const char* name;
    const char* shortName;
};

const UnitRow unitRows[] = {
    {"R", nullptr, UnitLevel::Region, "Томская область", ""},
    {"HA", "R", UnitLevel::Hub, "Асиновский хаб", ""},
    {"HK", "R", UnitLevel::Hub, "Колпашевский хаб", ""},
    {"MA", "HA", UnitLevel::Municipality, "Асиновский район", ""},
    {"MP", "HA", UnitLevel::Municipality, "Первомайский район", ""},
    {"MK", "HK", UnitLevel::Municipality, "Колпашевский район", ""},
    {"MKS", "HK", UnitLevel::Municipality, "Каргасокский район", ""},
    {"S1", "MA", UnitLevel::Organisation, "МБОУ «Средняя общеобразовательная школа № 1 г. Асино»", "СОШ № 1 г. Асино"},
    {"S4", "MA", UnitLevel::Organisation, "МБОУ «Средняя общеобразовательная школа № 4 г. Асино»", "СОШ № 4 г. Асино"},
    {"SP", "MP", UnitLevel::Organisation, "МБОУ «Первомайская СОШ»", "Первомайская СОШ"},
    {"K2", "MK", UnitLevel::Organisation, "МАОУ «СОШ № 2 г. Колпашево»", "СОШ № 2 г. Колпашево"},
    {"K5", "MK", UnitLevel::Organisation, "МБДОУ «Детский сад № 5»", "Детский сад № 5"},
    {"KS", "MKS", UnitLevel::Organisation, "МКОУ «Каргасокская СОШ»", "Каргасокская СОШ"},
};

struct PersonRow {
    const char* last;
    const char* first;
    const char* middle;
    const char* birth;      // ISO
    const char* experience; // ISO
    const char* category;
    const char* expires;    // ISO or ""
    const char* subjects;   // "; "-separated
    const char* unit;
    const char* position;
};

// Numbered 1..20 in this order.
const PersonRow personRows[] = {
    {"Иванова", "Мария", "Петровна", "1980-05-12", "2003-09-01", "highest", "2027-04-01", "русский язык; литература", "S1", "teacher"},
    {"Петров", "Сергей", "Иванович", "1975-01-20", "1998-09-01", "first", "2026-01-15", "", "S1", "head"},
    {"Соколова", "Анна", "Викторовна", "1999-11-02", "2022-09-01", "none", "", "математика", "S1", "teacher"},
    {"Фёдорова", "Ольга", "Николаевна", "1968-03-30", "1990-09-01", "conformity", "2028-02-01", "", "S1", "psychologist"},
    {"Ёлкина", "Алёна", "Сергеевна", "1995-07-07", "2017-09-01", "first", "2025-10-01", "английский язык", "S1", "teacher"},
    {"Кузнецов", "Дмитрий", "Алексеевич", "1985-09-14", "2008-09-01", "highest", "2029-05-20", "физика", "S4", "teacher"},
    {"Смирнова", "Елена", "Юрьевна", "1972-12-01", "1994-09-01", "highest", "2026-12-01", "история", "S4", "deputy_head"},
    {"Иванов", "Иван", "Иванович", "2001-02-28", "2023-09-01", "none", "", "физическая культура", "S4", "teacher"},
    {"Волкова", "Татьяна", "Михайловна", "1978-06-18", "2000-09-01", "first", "2027-09-30", "начальные классы", "SP", "teacher"},
    {"Морозов", "Алексей", "Павлович", "1996-04-04", "2019-09-01", "none", "", "", "SP", "tutor"},
    {"Никитина", "Светлана", "Олеговна", "1983-08-25", "2005-09-01", "conformity", "2026-06-01", "химия; биология", "SP", "teacher"},
    {"Лебедева", "Наталья", "Андреевна", "1970-10-10", "1992-09-01", "highest", "2028-10-10", "математика", "K2", "teacher"},
    {"Орлов", "Павел", "Дмитриевич", "1990-01-05", "2012-09-01", "first", "2025-04-30", "информатика", "K2", "teacher"},
    {"Захарова", "Ирина", "Евгеньевна", "1965-02-14", "1987-09-01", "mentor", "2029-01-01", "", "K2", "methodist"},
    {"Григорьев", "Николай", "Сергеевич", "1998-12-31", "2021-09-01", "none", "", "география", "K2", "teacher"},
    {"Семёнова", "Юлия", "Александровна", "1993-03-15", "2015-09-01", "first", "2026-03-01", "", "K5", "preschool_teacher"},
    {"Павлова", "Галина", "Ивановна", "1960-07-21", "1980-09-01", "highest", "2027-07-01", "", "K5", "preschool_teacher"},
    {"Егорова", "Людмила", "Васильевна", "1974-11-11", "1996-09-01", "first", "2026-11-01", "", "K5", "head"},
    {"Андреев", "Максим", "Юрьевич", "2000-09-09", "2022-09-01", "none", "", "технология", "KS", "teacher"},
    {"Борисова", "Надежда", "", "1988-04-01", "2010-09-01", "first", "2028-04-01", "музыка", "KS", "teacher"},
};

QDate iso(const char* text)
{
    return QDate::fromString(QString::fromLatin1(text), Qt::ISODate);
}

} // namespace

StaffFixture::StaffFixture()
{
    path = folder.path(QStringLiteral("staff.db"));
    db = openDatabase(path);
    db->setClock(&clock);
    OrgUnitRepository unitRepository(*db);
    for (const UnitRow& row : unitRows) {
        OrgUnit u;
        u.level = row.level;
        u.parentId = row.parent ? units.value(QString::fromLatin1(row.parent)) : 0;
        u.code = QString::fromLatin1(row.code);
        u.name = QString::fromUtf8(row.name);
        u.shortName = QString::fromUtf8(row.shortName);
        if (row.level == UnitLevel::Organisation)
            u.kind = row.code == QByteArray("K5") ? QStringLiteral("preschool") : QStringLiteral("school");
        const auto id = unitRepository.insert(u);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
        units.insert(u.code, id.value());
    }

    PersonRepository personRepository(*db);
    int number = 0;
    for (const PersonRow& row : personRows) {
        Person p;
        p.lastName = QString::fromUtf8(row.last);
        p.firstName = QString::fromUtf8(row.first);
        p.middleName = QString::fromUtf8(row.middle);
        p.birthDate = iso(row.birth);
        p.experienceStart = iso(row.experience);
        p.category = QString::fromLatin1(row.category);
        if (p.category != u"none") {
            p.categoryExpires = iso(row.expires);
            p.categoryGranted = p.categoryExpires.addYears(-5);
        }
        if (const QString subjects = QString::fromUtf8(row.subjects); !subjects.isEmpty())
            p.subjects = subjects.split(QStringLiteral("; "));
        const auto id = personRepository.insert(p);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
        persons.insert(++number, id.value());

        Employment e;
        e.personId = id.value();
        e.unitId = units.value(QString::fromLatin1(row.unit));
        e.positionCode = QString::fromLatin1(row.position);
        e.start = p.experienceStart.addYears(1);
        if (number == 5)
            e.end = QDate(2024, 6, 30); // Ёлкина left
        const auto employment = personRepository.addEmployment(e);
        INFO(employment.error().toStdString());
        REQUIRE(employment.ok());
        employments.insert(number, employment.value());
    }

    // Никитина (11) also works half-time at СОШ № 2 г. Колпашево.
    Employment second;
    second.personId = person(11);
    second.unitId = unit("K2");
    second.positionCode = QStringLiteral("teacher");
    second.rate = 0.5;
    second.start = QDate(2020, 9, 1);
    REQUIRE(personRepository.addEmployment(second).ok());
}
