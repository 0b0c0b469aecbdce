// The presence checklist C01–C16 as indicators, and users' own indicators of each form: a share
// of staff with a kind of record in a competence area, records per 100 staff, a checklist item.
#include "indicatorfixture.h"
#include "indicators/indicatorcatalogue.h"
#include "storage/checklistrepository.h"

TEST_CASE("the checklist items C01–C16: the share of «да» among the units that answered", "[indicators]")
{
    IndicatorFixture t;
    // 2024/25 answers: A «да» to all 16; B «частично» to odd items, «нет» to even ones; the
    // municipality M itself «да» to C01. C answered for 2023/24 only.
    QStringList codes;
    for (int i = 1; i <= 16; ++i) {
        const QString item = QStringLiteral("C%1").arg(i, 2, 10, QLatin1Char('0'));
        codes << item;
        t.answer(t.schoolA, 2024, item, "yes");
        t.answer(t.schoolB, 2024, item, i % 2 ? "partly" : "no");
        t.answer(t.schoolC, 2023, item, "yes");
    }
    t.answer(t.municipality, 2024, QStringLiteral("C01"), "yes");

    const DrillDown h = t.compute(t.hub, t.y2024, codes);
    const DrillDown m = t.compute(t.municipality, t.y2024, codes);
    for (const QString& code : codes) {
        INFO(code.toStdString());
        // C01: A, M «да», B «частично» → 2 of 3; the others: A «да», B not → 1 of 2.
        const Nd expected = code == QLatin1String("C01") ? Nd{2, 3} : Nd{1, 2};
        CHECK(nd(h.unit, code) == expected);
        CHECK(nd(child(h, t.municipality), code) == expected);
        CHECK_FALSE(child(h, t.otherMunicipality).find(code)->hasData()); // C answered for another year
        CHECK(nd(child(m, t.schoolA), code) == Nd{1, 1});
        CHECK(nd(child(m, t.schoolB), code) == Nd{0, 1});
    }
    // The calendar year 2025 reads the answers of 2024/25, which ends in it.
    const DrillDown calendar = t.compute(t.hub, {IndicatorPeriod::Kind::Calendar, 2025}, {QStringLiteral("C01")});
    CHECK(nd(calendar.unit, QStringLiteral("C01")) == Nd{2, 3});
    // The same figure as the checklist's own share.
    const YesShare share = ChecklistRepository(*t.db).yesShare(t.hub, 2024, QStringLiteral("C01"));
    CHECK(share.yes == 2);
    CHECK(share.answered == 3);
}

TEST_CASE("users' own indicators: a share of staff, a count per 100 staff, a checklist item", "[indicators]")
{
    IndicatorFixture t;
    IndicatorCatalogue catalogue(*t.db);
    // Staff on 31.08.2025: A {1, 2, 3}, C {4}.
    const qint64 p1 = t.person("Антонова", t.schoolA);
    const qint64 p2 = t.person("Баранова", t.schoolA);
    const qint64 p3 = t.person("Голубева", t.schoolA);
    const qint64 p4 = t.person("Давыдова", t.schoolC);
    t.course(p1, t.schoolA, QDate(2025, 3, 1), 36, false, "digital");    // digital, in the period: yes
    t.course(p2, t.schoolA, QDate(2024, 6, 1), 36, false, "digital");    // digital, before the period: no
    t.course(p3, t.schoolA, QDate(2025, 3, 1), 36, false, "methodical"); // another area: no
    t.event(p1, t.schoolA, QDate(2024, 10, 1));
    t.event(p1, t.schoolA, QDate(2025, 2, 1));
    t.event(p2, t.schoolA, QDate(2025, 5, 1));
    t.event(p4, t.schoolC, QDate(2024, 8, 31)); // before the period

    Indicator share;
    share.name = QStringLiteral("Доля педагогов, прошедших курсы по цифровым компетенциям");
    share.form = IndicatorForm::Share;
    share.recordKind = QStringLiteral("course");
    share.competenceArea = QStringLiteral("информационно-цифровые"); // by name
    const auto shareCode = catalogue.add(share);
    REQUIRE(shareCode.ok());
    CHECK(*shareCode == QStringLiteral("U01"));
    CHECK(catalogue.find(QStringLiteral("u01"))->competenceArea == QStringLiteral("digital"));

    Indicator per100;
    per100.name = QStringLiteral("Участия в мероприятиях на 100 педагогов");
    per100.form = IndicatorForm::Per100;
    per100.recordKind = QStringLiteral("event");
    REQUIRE(catalogue.add(per100).value() == QStringLiteral("U02"));

    Indicator item;
    item.name = QStringLiteral("Наличие школы молодого педагога");
    item.form = IndicatorForm::Checklist;
    REQUIRE(catalogue.add(item).value() == QStringLiteral("U03"));
    ChecklistRepository checklist(*t.db);
    REQUIRE(checklist.setAnswer(t.schoolA, 2024, QStringLiteral("U03"), QStringLiteral("да")).ok());
    REQUIRE(checklist.setAnswer(t.schoolC, 2024, QStringLiteral("U03"), QStringLiteral("нет")).ok());

    const DrillDown h = t.compute(t.hub, t.y2024, {QStringLiteral("U01"), QStringLiteral("U02"), QStringLiteral("U03")});
    // U01: p1 of 4.
    CHECK(nd(h.unit, QStringLiteral("U01")) == Nd{1, 4});
    CHECK(nd(child(h, t.municipality), QStringLiteral("U01")) == Nd{1, 3});
    // U02: 3 participations in the period (p1 twice, p2 once) for 4 staff: 75 per 100.
    CHECK(nd(h.unit, QStringLiteral("U02")) == Nd{3, 4});
    CHECK(*h.unit.find(QStringLiteral("U02"))->value() == Approx(75.0));
    // U03: A «да», C «нет».
    CHECK(nd(h.unit, QStringLiteral("U03")) == Nd{1, 2});

    // Refusals name the reason.
    Indicator bad = share;
    CHECK(catalogue.add(bad).error() == QStringLiteral("Показатель «%1» уже есть (U01).").arg(share.name));
    bad.name = QStringLiteral("Другой");
    bad.recordKind = QStringLiteral("mentoring");
    CHECK(catalogue.add(bad).error() == QStringLiteral("У записей вида «наставничество в роли наставляемого» нет области компетенций."));
    bad.recordKind = QStringLiteral("lunch");
    CHECK(catalogue.add(bad).error() == QStringLiteral("Неизвестный вид записей «lunch»."));
    CHECK(catalogue.remove(QStringLiteral("K01")).error() == QStringLiteral("Показатель K01 встроенный, его нельзя удалить."));
    REQUIRE(catalogue.remove(QStringLiteral("U03")).ok());
    CHECK_FALSE(checklist.findItem(QStringLiteral("U03")));
    CHECK(IndicatorEngine(*t.db).compute(t.hub, t.y2024, QStringList{QStringLiteral("U03")}).error()
          == QStringLiteral("Неизвестный показатель «U03»."));
}

TEST_CASE("the catalogue holds K01–K22 and C01–C16 with their words", "[indicators]")
{
    TempFolder folder;
    auto db = openDatabase(folder.path(QStringLiteral("c.db")));
    const QVector<Indicator> all = IndicatorCatalogue(*db).all();
    REQUIRE(all.size() == 38);
    CHECK(all.first().code == QStringLiteral("K01"));
    CHECK(all.at(21).code == QStringLiteral("K22"));
    CHECK(all.at(22).code == QStringLiteral("C01"));
    CHECK(all.last().code == QStringLiteral("C16"));
    for (const Indicator& i : all) {
        INFO(i.code.toStdString());
        CHECK(i.builtIn);
        CHECK_FALSE(i.name.isEmpty());
        CHECK_FALSE(i.numerator.isEmpty());
        CHECK_FALSE(i.denominator.isEmpty());
    }
    CHECK(all.at(13).lowerIsBetter()); // K14
    CHECK(all.at(13).unit == IndicatorUnit::Ratio);
    CHECK(all.at(15).lowerIsBetter()); // K16
    CHECK(all.at(18).unit == IndicatorUnit::Per100); // K19
    CHECK(all.at(11).baseDate == QDate(2020, 1, 1)); // K12
    CHECK(all.at(22).checklistItem == QStringLiteral("C01"));
}
