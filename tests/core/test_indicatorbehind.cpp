// What is behind every figure: for every indicator of the catalogue the rows of the list add up
// to the engine's numerator and denominator, for every unit and period of the hand-made
// registers; and by hand: the routes and programmes ended (K09), the methodists' rates (K14), the
// consultations (K19), the survey answers (K22), a checklist item's answers, a per-100 count.
#include "indicatordata.h"
#include "indicators/indicatorcatalogue.h"
#include "indicators/indicatorpeople.h"
#include "storage/checklistrepository.h"

#include <QBuffer>

namespace {

// Users' own indicators of each form on any register: U01 a share with a course in the digital
// area, U02 event participations per 100 staff, U03 a checklist item. And checklist answers:
// 2024/25 A «да» to C01 and U03, B «частично» to C01, M «да» to C02, C «нет» to C01;
// 2025/26 A «нет» to C01.
void addIndicatorsAndAnswers(IndicatorFixture& t)
{
    IndicatorCatalogue catalogue(*t.db);
    Indicator share;
    share.name = QStringLiteral("Доля педагогов с курсами по цифровым компетенциям");
    share.form = IndicatorForm::Share;
    share.recordKind = QStringLiteral("course");
    share.competenceArea = QStringLiteral("digital");
    REQUIRE(catalogue.add(share).value() == QStringLiteral("U01"));
    Indicator per100;
    per100.name = QStringLiteral("Участия в мероприятиях на 100 педагогов");
    per100.form = IndicatorForm::Per100;
    per100.recordKind = QStringLiteral("event");
    REQUIRE(catalogue.add(per100).value() == QStringLiteral("U02"));
    Indicator item;
    item.name = QStringLiteral("Наличие школы молодого педагога");
    item.form = IndicatorForm::Checklist;
    REQUIRE(catalogue.add(item).value() == QStringLiteral("U03"));
    t.answer(t.schoolA, 2024, QStringLiteral("C01"), "yes");
    t.answer(t.schoolA, 2024, QStringLiteral("U03"), "yes");
    t.answer(t.schoolB, 2024, QStringLiteral("C01"), "partly");
    t.answer(t.municipality, 2024, QStringLiteral("C02"), "yes");
    t.answer(t.schoolC, 2024, QStringLiteral("C01"), "no");
    t.answer(t.schoolA, 2025, QStringLiteral("C01"), "no");
}

// For every indicator, unit and period: the list's sums are the engine's figure.
void checkEveryFigure(IndicatorFixture& t)
{
    const QVector<Indicator> all = IndicatorCatalogue(*t.db).all();
    REQUIRE(all.size() == 41); // K01–K22, C01–C16, U01–U03
    for (const IndicatorPeriod& period : {t.y2024, t.y2025}) {
        for (const qint64 unit : {t.region, t.hub, t.municipality, t.otherMunicipality, t.schoolA, t.schoolB, t.schoolC}) {
            const DrillDown d = t.compute(unit, period, {});
            for (const Indicator& i : all) {
                INFO(i.code.toStdString() << " unit " << unit << " " << period.text().toStdString());
                const auto list = IndicatorPeople(*t.db).list(i.code, unit, period);
                REQUIRE(list.ok());
                const Nd figure = nd(d.unit, i.code);
                CHECK(Nd{list->numeratorSum(), list->denominatorSum()} == figure);
                // Rows of weight one: as many rows in the numerator and the denominator as the figure counts.
                if (list->divides && i.form != IndicatorForm::Per100) {
                    CHECK(double(list->numerator().size()) == figure.numerator);
                    CHECK(double(list->rows.size()) == figure.denominator);
                    CHECK(list->gaps().size() + list->numerator().size() == list->rows.size());
                }
            }
        }
    }
}

QStringList cells(const PeopleBehind& list, const QVector<RowBehind>& rows)
{
    QStringList result;
    for (const RowBehind& r : rows)
        result << list.cells(r, false).join(QStringLiteral(" | "));
    return result;
}

PeopleBehind listed(IndicatorFixture& t, const char* code, qint64 unit, const IndicatorPeriod& period)
{
    const auto list = IndicatorPeople(*t.db).list(QString::fromLatin1(code), unit, period);
    INFO(list.error().toStdString());
    REQUIRE(list.ok());
    return *list;
}

QByteArray csv(const PeopleBehind& list, const QVector<RowBehind>& rows)
{
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(IndicatorPeople::writeCsv(list, rows, buffer).ok());
    return buffer.data();
}

} // namespace

TEST_CASE("behind every figure: the rows add up to the numerator and the denominator, for every indicator", "[indicators][people]")
{
    SECTION("young teachers, methodists, consultations, surveys")
    {
        YoungData t;
        addIndicatorsAndAnswers(t);
        checkEveryFigure(t);
    }
    SECTION("routes and mentoring")
    {
        RouteData t;
        addIndicatorsAndAnswers(t);
        checkEveryFigure(t);
    }
}

TEST_CASE("behind K09: each route and programme ended in the period, in the numerator when completed successfully", "[indicators][people]")
{
    RouteData t;
    // Ended in 2024/25 at A: P2's route (successful, 20.12.2024), P6's (abandoned, 01.03.2025), P3's
    // programme (unsuccessful, 31.05.2025); at B: P8's route (successful, 15.05.2025) — 2 of 4.
    const PeopleBehind k09 = listed(t, "K09", t.hub, t.y2024);
    CHECK(k09.kind == RowsBehind::Records);
    CHECK(k09.divides);
    CHECK(k09.headings(false) == QStringList{QStringLiteral("Запись"), QStringLiteral("Педагог или наставляемые"), QStringLiteral("Организация"),
                                             QStringLiteral("Итоговый статус"), QStringLiteral("Дата")});
    CHECK(cells(k09, k09.rows) == QStringList{
              QStringLiteral("ИОМ | Белова Анна Ивановна | Школа А | завершён успешно | 20.12.2024"),
              QStringLiteral("ИОМ | Ершова Анна Ивановна | Школа А | прекращён | 01.03.2025"),
              QStringLiteral("программа наставничества | Воронова Анна Ивановна | Школа А | завершена неуспешно | 31.05.2025"),
              QStringLiteral("ИОМ | Захарова Анна Ивановна | Школа Б | завершён успешно | 15.05.2025")});
    CHECK(cells(k09, k09.gaps()) == QStringList{
              QStringLiteral("ИОМ | Ершова Анна Ивановна | Школа А | прекращён | 01.03.2025"),
              QStringLiteral("программа наставничества | Воронова Анна Ивановна | Школа А | завершена неуспешно | 31.05.2025")});
    CHECK(k09.numerator().size() == 2);
    CHECK(k09.rows.at(0).personId == t.p2);
    CHECK(k09.rows.at(2).personId == 0); // a programme: its mentees are named
    CHECK(k09.countText(k09.gaps().size()) == QStringLiteral("2 записи"));
    CHECK(csv(k09, k09.gaps()) == QByteArray("\xEF\xBB\xBF") + QStringLiteral(
              "Запись;Педагог или наставляемые;Код организации;Организация;В числителе;Итоговый статус;Дата\r\n"
              "ИОМ;Ершова Анна Ивановна;A;Школа А;нет;прекращён;01.03.2025\r\n"
              "программа наставничества;Воронова Анна Ивановна;A;Школа А;нет;завершена неуспешно;31.05.2025\r\n").toUtf8());
}

TEST_CASE("behind K14: the methodists' rates are the denominator, the whole staff the numerator", "[indicators][people]")
{
    YoungData t;
    // M2 on 31.08.2025: Q14 (Орлова) a methodist of C at rate 1, Q15 (Панова) of M2 itself at
    // 0,5 — 1,5 rates for a staff of 4 (Q12, Q13, Q14 at C, Q15 at M2).
    const PeopleBehind k14 = listed(t, "K14", t.otherMunicipality, t.y2024);
    CHECK_FALSE(k14.divides);
    CHECK(k14.headings(false) == QStringList{QStringLiteral("Методист"), QStringLiteral("Организация"), QStringLiteral("Ставка")});
    CHECK(cells(k14, k14.shown(false)) == QStringList{QStringLiteral("Орлова Анна Ивановна | Школа В | 1"),
                                                      QStringLiteral("Панова Анна Ивановна | Другой район | 0,5")});
    CHECK(k14.rows.at(1).denominator == 0.5);
    CHECK(k14.unlistedNumerator == 4);
    CHECK(k14.note == QStringLiteral("Числитель — весь штат подразделения на 31.08.2025: 4. В списке — должности методистов на этот день; "
                                     "их ставки, всего 1,5, — знаменатель."));
    // The hub: the same two methodists for its 17 staff; M has none — no rows, the staff alone.
    CHECK(listed(t, "K14", t.hub, t.y2024).unlistedNumerator == 17);
    const PeopleBehind m = listed(t, "K14", t.municipality, t.y2024);
    CHECK(m.rows.isEmpty());
    CHECK(m.unlistedNumerator == 13);
    CHECK(csv(k14, k14.shown(false)) == QByteArray("\xEF\xBB\xBF") + QStringLiteral(
              "Методист;Код организации;Организация;Ставка\r\nОрлова Анна Ивановна;C;Школа В;1\r\nПанова Анна Ивановна;M2;Другой район;0,5\r\n").toUtf8());
}

TEST_CASE("behind K19: each consultation of the period, the whole staff the denominator", "[indicators][people]")
{
    YoungData t;
    // In 2024/25: Q15 consulted Q1 at M2 on 05.05.2025, Q14 consulted Q12 at C on 20.01.2025; the
    // consultation of 20.08.2024 is before the period. The hub's staff: 17.
    const PeopleBehind k19 = listed(t, "K19", t.hub, t.y2024);
    CHECK_FALSE(k19.divides);
    CHECK(k19.headings(false) == QStringList{QStringLiteral("Консультация"), QStringLiteral("Кого консультировали"), QStringLiteral("Организация"),
                                             QStringLiteral("Дата"), QStringLiteral("Консультант")});
    CHECK(cells(k19, k19.shown(false)) == QStringList{
              QStringLiteral("ИОМ | Агеева Анна Ивановна | Другой район | 05.05.2025 | Панова Анна Ивановна"),
              QStringLiteral("ИОМ | Медведева Анна Ивановна | Школа В | 20.01.2025 | Орлова Анна Ивановна")});
    CHECK(k19.unlistedDenominator == 17);
    CHECK(k19.note == QStringLiteral("Знаменатель — весь штат подразделения на 31.08.2025: 17. В списке — консультации периода, числитель: 2."));
    CHECK(k19.countText(2) == QStringLiteral("2 записи"));
}

TEST_CASE("behind K22: each survey answer with a score, in the numerator at 4 or 5", "[indicators][people]")
{
    YoungData t;
    // M in 2024/25: an anonymous 4 given for M (01.05.2025), Q1's 5 and Q2's 3 at A; the 5 of
    // 31.08.2024 is before the period, C's answer has no score. 2 of 3; the gap: Q2's 3.
    const PeopleBehind k22 = listed(t, "K22", t.municipality, t.y2024);
    CHECK(k22.headings(false) == QStringList{QStringLiteral("Респондент"), QStringLiteral("Организация"), QStringLiteral("Дата"), QStringLiteral("Оценка")});
    CHECK(cells(k22, k22.rows) == QStringList{QStringLiteral("анонимно | Район | 01.05.2025 | 4"),
                                              QStringLiteral("Агеева Анна Ивановна | Школа А | 01.03.2025 | 5"),
                                              QStringLiteral("Бурова Анна Ивановна | Школа А | 01.04.2025 | 3")});
    CHECK(cells(k22, k22.gaps()) == QStringList{QStringLiteral("Бурова Анна Ивановна | Школа А | 01.04.2025 | 3")});
    CHECK(k22.rows.at(0).personId == 0);
    CHECK(k22.rows.at(1).personId == t.q1);
}

TEST_CASE("behind a checklist item: the units that answered, in the numerator when «да»", "[indicators][people]")
{
    RouteData t;
    addIndicatorsAndAnswers(t);
    // C01 in 2024/25 under the hub: A «да», B «частично», C «нет»; M and the hub did not answer
    // and are not counted. 1 of 3; the gaps: B and C.
    REQUIRE(ChecklistRepository(*t.db).setAnswer(t.schoolB, 2024, QStringLiteral("C01"), QStringLiteral("частично"), QStringLiteral("план работы")).ok());
    const PeopleBehind c01 = listed(t, "C01", t.hub, t.y2024);
    CHECK(c01.kind == RowsBehind::Units);
    CHECK(c01.headings(false) == QStringList{QStringLiteral("Подразделение"), QStringLiteral("Ответ"), QStringLiteral("Подтверждение")});
    CHECK(cells(c01, c01.rows) == QStringList{QStringLiteral("Школа А | да | "), QStringLiteral("Школа Б | частично | план работы"),
                                              QStringLiteral("Школа В | нет | ")});
    CHECK(cells(c01, c01.numerator()) == QStringList{QStringLiteral("Школа А | да | ")});
    CHECK(c01.note == QStringLiteral("Подразделения, не ответившие на пункт за 2024/25, не учитываются."));
    CHECK(c01.countText(2) == QStringLiteral("2 подразделения"));
    // The user's item U03: A «да» only.
    const PeopleBehind u03 = listed(t, "U03", t.hub, t.y2024);
    CHECK(cells(u03, u03.rows) == QStringList{QStringLiteral("Школа А | да | ")});
}

TEST_CASE("behind a count per 100 staff: each person with their number of records", "[indicators][people]")
{
    IndicatorFixture t;
    // Staff on 31.08.2025: A {Антонова, Баранова, Голубева}, C {Давыдова}. Events in 2024/25:
    // Антонова 2, Баранова 1; Давыдова's is before the period. U02 = 3 per 4 staff.
    const qint64 p1 = t.person("Антонова", t.schoolA);
    const qint64 p2 = t.person("Баранова", t.schoolA);
    t.person("Голубева", t.schoolA);
    const qint64 p4 = t.person("Давыдова", t.schoolC);
    t.event(p1, t.schoolA, QDate(2024, 10, 1));
    t.event(p1, t.schoolA, QDate(2025, 2, 1));
    t.event(p2, t.schoolA, QDate(2025, 5, 1));
    t.event(p4, t.schoolC, QDate(2024, 8, 31));
    addIndicatorsAndAnswers(t);
    const PeopleBehind u02 = listed(t, "U02", t.hub, t.y2024);
    CHECK(u02.kind == RowsBehind::Persons);
    CHECK(u02.headings(false) == QStringList{QStringLiteral("ФИО"), QStringLiteral("Организация"),
                                             QStringLiteral("записей: участие в методическом мероприятии")});
    CHECK(cells(u02, u02.rows) == QStringList{QStringLiteral("Антонова Анна Ивановна | Школа А | 2"), QStringLiteral("Баранова Анна Ивановна | Школа А | 1"),
                                              QStringLiteral("Голубева Анна Ивановна | Школа А | 0"), QStringLiteral("Давыдова Анна Ивановна | Школа В | 0")});
    CHECK(u02.numeratorSum() == 3);
    CHECK(u02.denominatorSum() == 4);
    CHECK(cells(u02, u02.gaps()) == QStringList{QStringLiteral("Голубева Анна Ивановна | Школа А | 0"), QStringLiteral("Давыдова Анна Ивановна | Школа В | 0")});
    CHECK(nd(t.compute(t.hub, t.y2024, {QStringLiteral("U02")}).unit, QStringLiteral("U02")) == Nd{3, 4});
}
