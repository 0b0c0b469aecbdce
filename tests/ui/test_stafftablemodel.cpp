// The staff register as a table model: subtree, filters, sorting, formats, lazy pages.
#include "modelchecker.h"
#include "stafffixture.h"
#include "stafftablemodel.h"
#include "storage/personrepository.h"
#include "storage/transaction.h"

#include <catch2/catch.hpp>

namespace {

QString cell(const StaffTableModel& model, int row, StaffColumn column)
{
    return model.index(row, int(column)).data().toString();
}

QStringList names(const StaffTableModel& model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list << cell(model, row, StaffColumn::Name);
    return list;
}

QStringList utf8(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* t : texts)
        list << QString::fromUtf8(t);
    return list;
}

} // namespace

TEST_CASE("the staff model shows the selected subtree's current staff", "[ui][staff]")
{
    StaffFixture f;
    StaffTableModel model;
    ModelChecker checker(&model);
    model.setDatabase(f.db.get());
    CHECK(model.rowCount() == 0); // nothing selected yet
    CHECK(model.columnCount() == StaffColumnCount);

    model.setRootUnit(f.unit("MA"));
    CHECK(names(model) == utf8({"Иванов Иван Иванович", "Иванова Мария Петровна", "Кузнецов Дмитрий Алексеевич",
                                "Петров Сергей Иванович", "Смирнова Елена Юрьевна", "Соколова Анна Викторовна",
                                "Фёдорова Ольга Николаевна"}));
    // Иванов Иван Иванович: born 28.02.2001, 24 on 15.03.2025, experience since 01.09.2023.
    CHECK(cell(model, 0, StaffColumn::BirthDate) == QStringLiteral("28.02.2001"));
    CHECK(cell(model, 0, StaffColumn::Age) == QStringLiteral("24"));
    CHECK(cell(model, 0, StaffColumn::Experience) == QStringLiteral("1"));
    CHECK(cell(model, 0, StaffColumn::Organisation) == QString::fromUtf8("СОШ № 4 г. Асино"));
    CHECK(cell(model, 0, StaffColumn::Position) == QString::fromUtf8("учитель"));
    CHECK(cell(model, 0, StaffColumn::Category) == QString::fromUtf8("без категории"));
    CHECK(cell(model, 0, StaffColumn::CategoryExpires).isEmpty());
    CHECK(cell(model, 1, StaffColumn::CategoryExpires) == QStringLiteral("01.04.2027"));
    CHECK(cell(model, 1, StaffColumn::Subjects) == QString::fromUtf8("русский язык, литература"));
    CHECK(model.index(1, 0).data(StaffTableModel::PersonIdRole).toLongLong() == f.person(1));
    CHECK(model.index(1, 0).data(StaffTableModel::EmploymentIdRole).toLongLong() == f.employments.value(1));

    // Никитина's second job at K2: rate in the Russian format.
    model.setRootUnit(f.unit("K2"));
    const int row = int(names(model).indexOf(QString::fromUtf8("Никитина Светлана Олеговна")));
    REQUIRE(row >= 0);
    CHECK(cell(model, row, StaffColumn::Rate) == QStringLiteral("0,5"));
    CHECK(cell(model, 0, StaffColumn::Rate) == QStringLiteral("1"));

    model.setRootUnit(f.unit("R"));
    CHECK(model.rowCount() == 20);
    CHECK(checker.complaints().isEmpty());
}

TEST_CASE("the staff model filters and sorts in SQL", "[ui][staff]")
{
    StaffFixture f;
    StaffTableModel model;
    ModelChecker checker(&model);
    model.setDatabase(f.db.get());
    model.setRootUnit(f.unit("R"));

    model.setNameFilter(QString::fromUtf8("ИВАН"));
    CHECK(names(model) == utf8({"Иванов Иван Иванович", "Иванова Мария Петровна", "Павлова Галина Ивановна",
                                "Петров Сергей Иванович"}));
    model.setPositionFilter(QStringLiteral("teacher"));
    CHECK(model.rowCount() == 2);
    model.setNameFilter({});
    model.setCategoryFilter(QStringLiteral("highest"));
    CHECK(names(model) == utf8({"Иванова Мария Петровна", "Кузнецов Дмитрий Алексеевич", "Лебедева Наталья Андреевна"}));
    model.setPositionFilter({});
    model.setCategoryFilter({});
    CHECK(model.rowCount() == 20);

    // Former staff: Ёлкина left S1, greyed out and inactive.
    model.setRootUnit(f.unit("S1"));
    CHECK(model.rowCount() == 4);
    model.setIncludeFormer(true);
    REQUIRE(model.rowCount() == 5);
    CHECK(cell(model, 0, StaffColumn::Name) == QString::fromUtf8("Ёлкина Алёна Сергеевна"));
    CHECK_FALSE(model.index(0, 0).data(StaffTableModel::ActiveRole).toBool());
    CHECK(model.index(0, 0).data(Qt::ForegroundRole).isValid());
    CHECK(model.index(1, 0).data(StaffTableModel::ActiveRole).toBool());
    CHECK(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("30.06.2024")));
    model.setIncludeFormer(false);

    model.setRootUnit(f.unit("MA"));
    model.sort(int(StaffColumn::Age), Qt::AscendingOrder);
    CHECK(cell(model, 0, StaffColumn::Name) == QString::fromUtf8("Иванов Иван Иванович"));
    CHECK(cell(model, 6, StaffColumn::Name) == QString::fromUtf8("Фёдорова Ольга Николаевна"));
    model.sort(int(StaffColumn::Age), Qt::DescendingOrder);
    CHECK(cell(model, 0, StaffColumn::Name) == QString::fromUtf8("Фёдорова Ольга Николаевна"));
    model.sort(int(StaffColumn::Organisation), Qt::AscendingOrder);
    CHECK(cell(model, 0, StaffColumn::Organisation) == QString::fromUtf8("СОШ № 1 г. Асино"));
    CHECK(cell(model, 6, StaffColumn::Organisation) == QString::fromUtf8("СОШ № 4 г. Асино"));
    CHECK(model.filter().sortColumn == StaffColumn::Organisation);
    CHECK(checker.complaints().isEmpty());
}

TEST_CASE("the staff model reads only the pages it shows", "[ui][staff]")
{
    StaffFixture f;
    {
        // 450 more teachers at K5, in one transaction.
        PersonRepository persons(*f.db);
        WriteTransaction tx(*f.db);
        for (int i = 0; i < 450; ++i) {
            Person p;
            p.lastName = QString::fromUtf8("Учитель%1").arg(i, 3, 10, QLatin1Char('0'));
            p.firstName = QString::fromUtf8("Пётр");
            REQUIRE(persons.insert(p).ok());
            Employment e;
            e.personId = p.id;
            e.unitId = f.unit("K5");
            e.positionCode = QStringLiteral("teacher");
            e.start = QDate(2024, 9, 1);
            REQUIRE(persons.addEmployment(e).ok());
        }
        REQUIRE(tx.commit().ok());
    }
    StaffTableModel model;
    model.setDatabase(f.db.get());
    model.setRootUnit(f.unit("K5"));
    REQUIRE(model.rowCount() == 453);
    CHECK(model.pagesFetched() == 0); // the row count comes from the id query alone
    CHECK(cell(model, 420, StaffColumn::Name).startsWith(QString::fromUtf8("Учитель")));
    CHECK(model.pagesFetched() == 1);
    CHECK_FALSE(cell(model, 410, StaffColumn::Name).isEmpty()); // the same page, from the cache
    CHECK(model.pagesFetched() == 1);
    CHECK_FALSE(cell(model, 0, StaffColumn::Name).isEmpty());
    CHECK(model.pagesFetched() == 2);

    // A change in the database runs the query again.
    PersonRepository persons(*f.db);
    REQUIRE(persons.endEmployment(f.employments.value(16), QDate(2025, 1, 31)).ok());
    CHECK(model.rowCount() == 452);
}
