// The staff of a subtree for pickers: each person once at their main employment, by name, a
// name filter, a limit. Expected rows are read off tests/support/stafffixture.cpp.
#include "stafffixture.h"
#include "storage/subtreestaff.h"

#include <catch2/catch.hpp>

namespace {

QStringList names(const Result<QVector<StaffMember>>& found)
{
    INFO(found.error().toStdString());
    REQUIRE(found.ok());
    QStringList list;
    for (const StaffMember& m : *found)
        list << m.name;
    return list;
}

} // namespace

TEST_CASE("the staff of a subtree, each person once at the main employment, by name", "[staff][picker]")
{
    StaffFixture f;
    SubtreeStaff staff(*f.db);
    const QDate today = StaffFixture::today();
    // Асиновский район: S1 persons 1-4 (Ёлкина left 30.06.2024) and S4 persons 6-8. "Иванов Иван"
    // sorts before "Иванова": the name key's space comes before "а".
    CHECK(names(staff.find(f.unit("MA"), today, {}, 100))
          == QStringList{QStringLiteral("Иванов Иван Иванович"), QStringLiteral("Иванова Мария Петровна"),
                         QStringLiteral("Кузнецов Дмитрий Алексеевич"), QStringLiteral("Петров Сергей Иванович"),
                         QStringLiteral("Смирнова Елена Юрьевна"), QStringLiteral("Соколова Анна Викторовна"),
                         QStringLiteral("Фёдорова Ольга Николаевна")});
    // Before she left, Ёлкина was there too.
    CHECK(names(staff.find(f.unit("S1"), QDate(2024, 6, 1), {}, 100)).contains(QStringLiteral("Ёлкина Алёна Сергеевна")));
    // Колпашевский район: K2 persons 12-15 and K5 16-18; Никитина's half-time job at K2 is not
    // her main employment (Первомайская СОШ, rate 1), so she is not listed here...
    CHECK(names(staff.find(f.unit("MK"), today, {}, 100))
          == QStringList{QStringLiteral("Григорьев Николай Сергеевич"), QStringLiteral("Егорова Людмила Васильевна"),
                         QStringLiteral("Захарова Ирина Евгеньевна"), QStringLiteral("Лебедева Наталья Андреевна"),
                         QStringLiteral("Орлов Павел Дмитриевич"), QStringLiteral("Павлова Галина Ивановна"),
                         QStringLiteral("Семёнова Юлия Александровна")});
    // ...but once in the region, with the organisation and position of the main employment.
    const auto region = staff.find(f.unit("R"), today, QStringLiteral("никитина"), 100);
    REQUIRE(region.ok());
    REQUIRE(region->size() == 1);
    CHECK(region->at(0).personId == f.person(11));
    CHECK(region->at(0).organisation == QStringLiteral("Первомайская СОШ"));
    CHECK(region->at(0).position == QStringLiteral("учитель"));
    CHECK(names(staff.find(f.unit("R"), today, {}, 100)).size() == 19);

    // The filter: any part of the name, case and ё/е ignored.
    CHECK(names(staff.find(f.unit("MA"), today, QStringLiteral("ОВА "), 100))
          == QStringList{QStringLiteral("Иванова Мария Петровна"), QStringLiteral("Смирнова Елена Юрьевна"),
                         QStringLiteral("Соколова Анна Викторовна"), QStringLiteral("Фёдорова Ольга Николаевна")});
    CHECK(names(staff.find(f.unit("MA"), today, QStringLiteral("федор"), 100))
          == QStringList{QStringLiteral("Фёдорова Ольга Николаевна")});
    CHECK(names(staff.find(f.unit("MA"), today, QStringLiteral("100%_"), 100)).isEmpty());
    // The limit: the first persons by name.
    CHECK(names(staff.find(f.unit("MA"), today, {}, 3))
          == QStringList{QStringLiteral("Иванов Иван Иванович"), QStringLiteral("Иванова Мария Петровна"),
                         QStringLiteral("Кузнецов Дмитрий Алексеевич")});
}
