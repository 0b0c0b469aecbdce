// Reference lists and dated rules are data: seeded with DOMAIN.md's values, extendable by users.
#include "storage/referencerepository.h"
#include "storage/rulebook.h"
#include "testsupport.h"

TEST_CASE("the lists of the support cycle are seeded and found by code or name", "[references]")
{
    TempFolder folder;
    auto db = openDatabase(folder.path(QStringLiteral("r.db")));
    ReferenceRepository refs(*db);
    CHECK(refs.items(ReferenceList::CompetenceArea).size() == 7);
    CHECK(refs.items(ReferenceList::EventKind).size() == 12);
    CHECK(refs.items(ReferenceList::EventLevel).size() == 5);
    CHECK(refs.items(ReferenceList::MentoringForm).size() == 5);
    CHECK(refs.items(ReferenceList::MentoringType).size() == 8);
    CHECK(refs.items(ReferenceList::RouteDirection).size() == 4);
    CHECK(refs.items(ReferenceList::Position).size() == 11);
    CHECK(refs.items(ReferenceList::Category).size() == 6);
    CHECK(refs.find(ReferenceList::EventKind, QStringLiteral("Мастер-Класс"))->code == QStringLiteral("master_class"));
    CHECK(refs.find(ReferenceList::CompetenceArea, QStringLiteral("psychological"))->name == QStringLiteral("психолого-педагогические"));
    CHECK_FALSE(refs.find(ReferenceList::CompetenceArea, QStringLiteral("семинар")));
    CHECK(refs.findCategory(QStringLiteral("СЗД"))->code == QStringLiteral("conformity"));
    CHECK(refs.name(ReferenceList::MentoringType, QStringLiteral("reverse")) == QStringLiteral("реверсивная"));
}

TEST_CASE("users add to a list — duplicates are refused", "[references]")
{
    TempFolder folder;
    auto db = openDatabase(folder.path(QStringLiteral("r.db")));
    ReferenceRepository refs(*db);
    const auto added = refs.add(ReferenceList::CompetenceArea, QStringLiteral("  Функциональная   грамотность "));
    REQUIRE(added.ok());
    CHECK(added->name == QStringLiteral("Функциональная грамотность"));
    CHECK(refs.items(ReferenceList::CompetenceArea).size() == 8);
    CHECK(ReferenceRepository(*db).find(ReferenceList::CompetenceArea, QStringLiteral("функциональная грамотность")));
    auto again = refs.add(ReferenceList::CompetenceArea, QStringLiteral("функциональная грамотность"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error() == QStringLiteral("«Функциональная грамотность» уже есть в списке «компетентностные области»."));
    again = refs.add(ReferenceList::EventKind, QStringLiteral("   "));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error() == QStringLiteral("Наименование элемента списка не может быть пустым."));
    // Another repository that read the list before sees the new item too.
    ReferenceRepository other(*db);
    CHECK(other.items(ReferenceList::EventKind).size() == 12);
    REQUIRE(refs.add(ReferenceList::EventKind, QStringLiteral("квест")).ok());
    CHECK(other.find(ReferenceList::EventKind, QStringLiteral("Квест")));
    // A position added by a user can be used for employments at once.
    REQUIRE(refs.add(ReferenceList::Position, QStringLiteral("старший вожатый")).ok());
    CHECK(refs.findPosition(QStringLiteral("Старший вожатый")));
}

TEST_CASE("the rule in force on a date is the latest row that has started", "[rules]")
{
    TempFolder folder;
    auto db = openDatabase(folder.path(QStringLiteral("r.db")));
    RuleBook rules(*db);
    CHECK(rules.valueOn(Rule::CategoryValidityYears, QDate(2024, 1, 1)) == 5);
    CHECK(rules.valueOn(Rule::DpoIntervalYears, QDate(2024, 1, 1)) == 3);
    CHECK(rules.valueOn(Rule::DpoMinHours, QDate(2024, 1, 1)) == 16);
    CHECK(rules.valueOn(Rule::NoviceYears, QDate(2024, 1, 1)) == 3);
    CHECK(rules.valueOn(Rule::YoungAge, QDate(2024, 1, 1)) == 35);
    // A new order from 01.09.2026 sets seven years: earlier dates keep five.
    REQUIRE(rules.add({Rule::CategoryValidityYears, QDate(2026, 9, 1), 7, QStringLiteral("новый порядок")}).ok());
    CHECK(rules.valueOn(Rule::CategoryValidityYears, QDate(2026, 8, 31)) == 5);
    CHECK(rules.valueOn(Rule::CategoryValidityYears, QDate(2026, 9, 1)) == 7);
    CHECK(RuleBook(*db).history(Rule::CategoryValidityYears).size() == 2);
    // Before the first row the first row applies.
    CHECK(rules.valueOn(Rule::DpoIntervalYears, QDate(2010, 1, 1)) == 3);
    auto s = rules.add({Rule::CategoryValidityYears, QDate(2026, 9, 1), 6, {}});
    REQUIRE_FALSE(s.ok());
    CHECK(s.error() == QStringLiteral("У правила «срок действия квалификационной категории, лет» уже есть значение с 01.09.2026."));
    s = rules.add({Rule::YoungAge, QDate(2027, 1, 1), 0, {}});
    REQUIRE_FALSE(s.ok());
    CHECK(s.error() == QStringLiteral("Значение правила «молодой педагог: моложе, лет» должно быть больше нуля."));
}
