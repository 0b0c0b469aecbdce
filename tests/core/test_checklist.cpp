// The presence checklist of seed 000: its 16 items, the rules of an answer (one per unit, year
// and item, replaced when given again), and the share of «yes» of a subtree worked out by hand.
#include "recordtree.h"
#include "storage/checklistrepository.h"

TEST_CASE("the checklist has the 16 items of seed 000 in their words", "[checklist]")
{
    RecordTree t;
    ChecklistRepository checklist(*t.db);
    const QVector<ChecklistItem> items = checklist.items();
    REQUIRE(items.size() == 16);
    CHECK(items.first().code == QStringLiteral("C01"));
    CHECK(items.first().name == QStringLiteral("Наличие системы методического сопровождения на основе компетентного подхода"));
    CHECK(items.at(7).code == QStringLiteral("C08"));
    CHECK(items.at(7).group == QStringLiteral("general"));
    CHECK(items.at(8).code == QStringLiteral("C09"));
    CHECK(items.at(8).group == QStringLiteral("additional"));
    CHECK(items.at(11).name == QStringLiteral("Система адресной поддержки педагогов, работающих в ОУ, дающих низкие результаты "
                                              "по итогам ГИА, ВПР и др."));
    CHECK(items.last().name == QStringLiteral("Наличие системы работы с педагогами по освоению и практическому использованию "
                                              "технологий электронного обучения, дистанционного обучения"));
    CHECK(std::count_if(items.begin(), items.end(), [](const ChecklistItem& i) { return i.group == u"general"; }) == 8);
    CHECK(std::all_of(items.begin(), items.end(), [](const ChecklistItem& i) { return i.builtIn; }));
    CHECK(checklist.findItem(QStringLiteral(" c03 "))->code == QStringLiteral("C03"));
    CHECK_FALSE(checklist.findItem(QStringLiteral("C17")));
}

TEST_CASE("a unit answers each item once a year — a new answer replaces the old one", "[checklist]")
{
    RecordTree t; // today is 15.03.2025: the current academic year is 2024/25
    ChecklistRepository checklist(*t.db);
    Changes seen;
    QObject::connect(t.db.get(), &Database::changed, [&](Changes what) { seen |= what; });

    const auto first = checklist.setAnswer(t.schoolA, 2024, QStringLiteral("C03"), QStringLiteral("частично"),
                                           QStringLiteral(" Положение о наставничестве "));
    REQUIRE(first.ok());
    CHECK(seen.testFlag(Change::Checklist));
    QVector<ChecklistAnswer> answers = checklist.answers(t.schoolA, 2024);
    REQUIRE(answers.size() == 1);
    CHECK(answers.first().answer == QStringLiteral("partly"));
    CHECK(answers.first().evidence == QStringLiteral("Положение о наставничестве"));
    const QString uuid = answers.first().uuid;
    CHECK(!uuid.isEmpty());

    // Given again: the same record, updated.
    const auto again = checklist.setAnswer(t.schoolA, 2024, QStringLiteral("c03"), QStringLiteral("Да"));
    REQUIRE(again.ok());
    CHECK(*again == *first);
    answers = checklist.answers(t.schoolA, 2024);
    REQUIRE(answers.size() == 1);
    CHECK(answers.first().answer == QStringLiteral("yes"));
    CHECK(answers.first().evidence.isEmpty());
    CHECK(answers.first().uuid == uuid);

    // The rules: a municipality or an organisation, a year up to the current one, a known item and answer.
    refused(checklist.setAnswer(t.region, 2024, QStringLiteral("C03"), QStringLiteral("yes")).status(), {QStringLiteral("Регион")});
    refused(checklist.setAnswer(t.units.findByCode(QStringLiteral("H"))->id, 2024, QStringLiteral("C03"), QStringLiteral("yes")).status(),
            {QStringLiteral("Хаб")});
    refused(checklist.setAnswer(4242, 2024, QStringLiteral("C03"), QStringLiteral("yes")).status(), {QStringLiteral("4242")});
    refused(checklist.setAnswer(t.schoolA, 1999, QStringLiteral("C03"), QStringLiteral("yes")).status(), {QStringLiteral("1999/00")});
    refused(checklist.setAnswer(t.schoolA, 2025, QStringLiteral("C03"), QStringLiteral("yes")).status(),
            {QStringLiteral("2025/26"), QStringLiteral("2024/25")});
    refused(checklist.setAnswer(t.schoolA, 2024, QStringLiteral("C17"), QStringLiteral("yes")).status(), {QStringLiteral("C17")});
    refused(checklist.setAnswer(t.schoolA, 2024, QStringLiteral("C03"), QStringLiteral("может быть")).status(),
            {QStringLiteral("может быть")});

    // Passing: a municipality, the earliest year, every answer by code or Russian word.
    REQUIRE(checklist.setAnswer(t.municipality, 2000, QStringLiteral("C01"), QStringLiteral("no")).ok());
    REQUIRE(checklist.setAnswer(t.schoolA, 2024, QStringLiteral("C16"), QStringLiteral("нет")).ok());
    REQUIRE(checklist.setAnswer(t.schoolA, 2024, QStringLiteral("C01"), QStringLiteral("partly")).ok());
    REQUIRE(checklist.setAnswer(t.schoolA, 2023, QStringLiteral("C01"), QStringLiteral("yes")).ok());
    // A unit's answers of a year, in item order.
    QStringList codes;
    for (const ChecklistAnswer& a : checklist.answers(t.schoolA, 2024))
        codes << a.itemCode;
    CHECK(codes == QStringList{QStringLiteral("C01"), QStringLiteral("C03"), QStringLiteral("C16")});
    CHECK(checklist.answers(t.schoolA, 2023).size() == 1);

    REQUIRE(checklist.removeAnswer(t.schoolA, 2024, QStringLiteral("C16")).ok());
    CHECK(checklist.answers(t.schoolA, 2024).size() == 2);
    refused(checklist.removeAnswer(t.schoolA, 2024, QStringLiteral("C16")), {QStringLiteral("C16"), QStringLiteral("2024/25")});
}

TEST_CASE("the share of «yes» of a subtree, worked out by hand", "[checklist]")
{
    RecordTree t;
    ChecklistRepository checklist(*t.db);
    auto answer = [&](qint64 unit, int year, const char* item, const char* text) {
        const auto id = checklist.setAnswer(unit, year, QString::fromLatin1(item), QString::fromUtf8(text));
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
    };
    answer(t.municipality, 2024, "C03", "да");           // the district itself
    answer(t.schoolA, 2024, "C03", "да");
    answer(t.schoolB, 2024, "C03", "частично");
    answer(t.otherMunicipality, 2024, "C03", "нет");
    answer(t.schoolC, 2024, "C03", "да");
    answer(t.schoolA, 2023, "C03", "нет");               // another year
    answer(t.schoolB, 2024, "C04", "да");                // another item

    // The district: M, A, B answered C03 in 2024/25 (3); M and A said yes (2).
    YesShare share = checklist.yesShare(t.municipality, 2024, QStringLiteral("C03"));
    CHECK(share.answered == 3);
    CHECK(share.yes == 2);
    // The region: M, A, B, M2, C answered (5); M, A, C said yes (3).
    share = checklist.yesShare(t.region, 2024, QStringLiteral("C03"));
    CHECK(share.answered == 5);
    CHECK(share.yes == 3);
    // The other district: M2 no, C yes.
    share = checklist.yesShare(t.otherMunicipality, 2024, QStringLiteral("c03"));
    CHECK(share.answered == 2);
    CHECK(share.yes == 1);
    // Школа Б: partly is not yes.
    share = checklist.yesShare(t.schoolB, 2024, QStringLiteral("C03"));
    CHECK(share.answered == 1);
    CHECK(share.yes == 0);
    // The year before: A said no.
    share = checklist.yesShare(t.municipality, 2023, QStringLiteral("C03"));
    CHECK(share.answered == 1);
    CHECK(share.yes == 0);
    share = checklist.yesShare(t.region, 2024, QStringLiteral("C05"));
    CHECK(share.answered == 0);
    CHECK(share.yes == 0);
}
