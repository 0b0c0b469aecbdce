// The annual analysis of methodical work (DOMAIN.md §6) on the hand-made data of reportfixture.h,
// on 15.03.2025 for 2024/25, with a target of 85 % for K03 set for Школа А.
#include "indicators/indicatortargets.h"
#include "reportfixture.h"
#include "reportprobe.h"
#include "reports/annualanalysis.h"
#include "storage/checklistrepository.h"
#include "storage/competitionrepository.h"

namespace {

ReportDocument analysis(ReportFixture& f, qint64 unit)
{
    const auto document = AnnualAnalysis::build(*f.db, {.unitId = unit, .year = 2024});
    INFO(document.error().toStdString());
    REQUIRE(document.ok());
    return *document;
}

const ReportChart* chartTitled(const ReportDocument& d, const QString& title)
{
    for (const ReportSection& s : d.sections)
        for (const ReportBlock& b : s.blocks)
            if (const auto* c = std::get_if<ReportChart>(&b); c && c->title == title)
                return c;
    return nullptr;
}

void born(ReportFixture& f, qint64 personId, const QDate& birth)
{
    Person p = *f.persons.find(personId);
    p.birthDate = birth;
    REQUIRE(f.persons.update(p).ok());
}

} // namespace

TEST_CASE("annual analysis of a school: composition, ДПО with its conclusion, deficits, author's blocks", "[reports][analysis]")
{
    ReportFixture f;
    born(f, f.belova, QDate(1970, 5, 10));  // 54 on 15.03.2025
    born(f, f.zhukova, QDate(2001, 2, 1));  // 24
    REQUIRE(IndicatorTargets(*f.db).set(QStringLiteral("K03"), f.schoolA, 2025, 85).ok());
    const ReportDocument d = analysis(f, f.schoolA);
    CHECK(d.title == QStringLiteral("Анализ методической работы"));
    CHECK(d.unitName == QStringLiteral("Школа А"));
    CHECK(d.period == QStringLiteral("2024/25 учебный год"));
    CHECK(headings(d) == QStringList{QString(), QStringLiteral("Состав педагогических работников"), QStringLiteral("Повышение квалификации (ДПО)"),
                                     QStringLiteral("Аттестация"), QStringLiteral("Диагностика и дефициты"), QStringLiteral("Маршруты и наставничество"),
                                     QStringLiteral("Мероприятия и конкурсы"), QStringLiteral("Показатели: цели и прошлый год"), QStringLiteral("Выводы")});

    // Five teachers, all «учитель»; categories: Белова first, Дёмин highest, three without.
    const ReportTable* positions = tableNamed(d, QStringLiteral("Состав по должностям"));
    REQUIRE(positions);
    CHECK(printedRows(*positions) == QStringList{QStringLiteral("учитель | 5 | 100,0\u00A0%"), QStringLiteral("Итого | 5 | 100,0\u00A0%")});
    const ReportTable* categories = tableNamed(d, QStringLiteral("Состав по квалификационным категориям"));
    REQUIRE(categories);
    CHECK(printedRows(*categories) == QStringList{QStringLiteral("без категории | 3 | 60,0\u00A0%"), QStringLiteral("высшая | 1 | 20,0\u00A0%"),
                                                  QStringLiteral("первая | 1 | 20,0\u00A0%"), QStringLiteral("Итого | 5 | 100,0\u00A0%")});
    const ReportChart* pie = chartTitled(d, QStringLiteral("Квалификационные категории"));
    REQUIRE(pie);
    CHECK(pie->kind == ChartKind::Pie);
    CHECK(pie->series.at(0).values == QVector<double>{3, 1, 1});
    // Experience on 15.03.2025: Волков 1, Жукова 0 (under 3); Дёмин 9 (5–10); Гришина 14 (10–20); Белова 24 (20+).
    CHECK(printedRows(*tableNamed(d, QStringLiteral("Состав по педагогическому стажу"))) ==
          QStringList{QStringLiteral("менее 3 лет | 2 | 40,0\u00A0%"), QStringLiteral("от 3 до 5 лет | 0 | 0,0\u00A0%"),
                      QStringLiteral("от 5 до 10 лет | 1 | 20,0\u00A0%"), QStringLiteral("от 10 до 20 лет | 1 | 20,0\u00A0%"),
                      QStringLiteral("20 лет и более | 1 | 20,0\u00A0%"), QStringLiteral("Итого | 5 | 100,0\u00A0%")});
    // Age: Жукова 24, Белова 54; the other three have no birth date.
    CHECK(printedRows(*tableNamed(d, QStringLiteral("Состав по возрасту"))) ==
          QStringList{QStringLiteral("до 35 лет | 1 | 20,0\u00A0%"), QStringLiteral("35–44 года | 0 | 0,0\u00A0%"),
                      QStringLiteral("45–54 года | 1 | 20,0\u00A0%"), QStringLiteral("55 лет и старше | 0 | 0,0\u00A0%"),
                      QStringLiteral("не известен | 3 | 60,0\u00A0%"), QStringLiteral("Итого | 5 | 100,0\u00A0%")});

    // K03 on 15.03.2025: a course of ≥ 16 h since 15.03.2022 — Белова, Дёмин, Жукова: 3 of 5 = 60,0 %,
    // below the target 85 %. The year before (snapshot 31.08.2024: Белова, Волков, Гришина, Дёмин;
    // courses since 31.08.2021: Белова, Дёмин): 2 of 4 = 50,0 %. Not completed: Волков, Гришина.
    const QString dpo = QStringLiteral("Доля педагогов, прошедших курсы за последние три года, составила 60,0\u00A0% (3 из 5), "
                                       "что ниже целевого значения 85,0\u00A0%; годом ранее — 50,0\u00A0%; не прошли курсы: Волков Иван, Гришина Ольга.");
    CHECK(sentences(d, headings(d).at(2)).first() == dpo);
    CHECK(printedRows(*tableNamed(d, QStringLiteral("ДПО просрочено"))) ==
          QStringList{QStringLiteral("1 | Волков Иван | учитель | нет"), QStringLiteral("2 | Гришина Ольга | учитель | 01.03.2021")});
    // The same sentence, word for word, among the conclusions.
    CHECK(sentences(d, QStringLiteral("Выводы")).contains(dpo));

    // Deficits from 01.09.2024: Дёмин methodical (01.11.2024), Гришина subject (01.10.2024): one teacher each, 20,0 % of 5.
    const ReportTable* deficits = tableNamed(d, QStringLiteral("Дефициты по направлениям компетенций"));
    REQUIRE(deficits);
    CHECK(printedRows(*deficits) == QStringList{QStringLiteral("методические | 1 | 20,0\u00A0%"), QStringLiteral("предметные | 1 | 20,0\u00A0%")});
    const ReportChart* bars = chartTitled(d, QStringLiteral("Педагоги с дефицитами по направлениям компетенций"));
    REQUIRE(bars);
    CHECK(bars->series.at(0).values == QVector<double>{1, 1});

    // Within 12 months of 15.03.2025 both categories expire (01.05.2025 and 10.01.2026).
    CHECK(printedRows(*tableNamed(d, QStringLiteral("Истекающие категории"))) ==
          QStringList{QStringLiteral("1 | Белова Анна | первая | 01.05.2025"), QStringLiteral("2 | Дёмин Пётр | высшая | 10.01.2026")});

    // The indicators table holds K03 with its target and the year before.
    const ReportTable* indicators = tableNamed(d, QStringLiteral("Показатели"));
    REQUIRE(indicators);
    CHECK(indicators->wide);
    QString k03;
    for (const QString& row : printedRows(*indicators))
        if (row.startsWith(QStringLiteral("K03 |")))
            k03 = row;
    CHECK(k03.endsWith(QStringLiteral("| 3 | 5 | 60,0 | 85,0 | -25,0 | отстаёт | 50,0")));

    // The author's blocks, empty until written.
    QStringList keys;
    for (const ReportBlock& b : d.sections.last().blocks)
        if (const auto* a = std::get_if<AuthorText>(&b))
            keys.append(a->key);
    CHECK(keys == QStringList{QStringLiteral("analysis.conclusions"), QStringLiteral("analysis.tasks")});
}

TEST_CASE("annual analysis: a unit with nobody says so — an unknown unit is refused", "[reports][analysis]")
{
    ReportFixture f;
    const ReportDocument c = analysis(f, f.schoolC);
    CHECK(c.tables().isEmpty());
    CHECK(sentences(c) == QStringList{QStringLiteral("Нет данных: на 15.03.2025 в подразделении «Школа В» никто не работает.")});
    const auto none = AnnualAnalysis::build(*f.db, {.unitId = 999, .year = 2024});
    CHECK_FALSE(none.ok());
    CHECK(none.error() == QStringLiteral("Нет подразделения с идентификатором 999."));
}

TEST_CASE("annual analysis: the attestations and competitions of the year, the checklist in one small table", "[reports][analysis]")
{
    ReportFixture f;
    // Attestations from 01.09.2024 to 15.03.2025 of Школа А's staff:
    //   Гришина first granted 10.12.2024, Волков first refused 20.02.2025, Белова highest granted 01.10.2024;
    //   Дёмин highest refused 01.08.2024 — before the year, not counted; Егоров (Школа Б) first granted — not Школа А's.
    AttestationRepository attestations(*f.db);
    auto attest = [&](qint64 person, const QDate& date, const char* category, const QString& outcome) {
        Attestation a{.personId = person, .date = date, .category = QString::fromLatin1(category), .outcome = outcome};
        const auto id = attestations.insert(a);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
    };
    attest(f.grishina, QDate(2024, 12, 10), "first", AttestationOutcome::granted());
    attest(f.volkov, QDate(2025, 2, 20), "first", AttestationOutcome::refused());
    attest(f.belova, QDate(2024, 10, 1), "highest", AttestationOutcome::granted());
    attest(f.demin, QDate(2024, 8, 1), "highest", AttestationOutcome::refused());
    attest(f.egorov, QDate(2024, 11, 1), "first", AttestationOutcome::granted());

    // Competitions of 2025 (the calendar year 2024/25 ends in): municipal «Учитель года» — Белова winner,
    // Дёмин participant, Егоров (Школа Б) participant; municipal «Педагогический дебют» — Жукова participant;
    // regional «Учитель года» — Белова prize winner. Of 2024: Гришина participant — another year.
    // Школа А by level and result (codes in order): municipal participant 2, municipal winner 1, regional prize_winner 1.
    CompetitionRepository competitions(*f.db);
    auto competition = [&](const char* title, const char* level, int year, const QVector<QPair<qint64, const char*>>& entrants) {
        Competition c{.orgUnitId = f.municipality, .title = QString::fromUtf8(title), .level = QString::fromLatin1(level), .year = year};
        REQUIRE(competitions.insert(c).ok());
        for (const auto& [person, result] : entrants) {
            CompetitionParticipation p{.competitionId = c.id, .personId = person, .result = QString::fromLatin1(result)};
            const auto id = competitions.addParticipant(p);
            INFO(id.error().toStdString());
            REQUIRE(id.ok());
        }
    };
    competition("Учитель года", "municipal", 2025, {{f.belova, "winner"}, {f.demin, "participant"}, {f.egorov, "participant"}});
    competition("Педагогический дебют", "municipal", 2025, {{f.zhukova, "participant"}});
    competition("Учитель года Кузбасса", "regional", 2025, {{f.belova, "prize_winner"}});
    competition("Учитель года", "municipal", 2024, {{f.grishina, "participant"}});

    // Школа А answers four of the 16 checklist items for 2024/25: C01 and C05 yes, C02 partly, C03 no.
    ChecklistRepository checklist(*f.db);
    for (const auto& [item, answer] : QVector<QPair<const char*, const char*>>{{"C01", "yes"}, {"C05", "yes"}, {"C02", "partly"}, {"C03", "no"}})
        REQUIRE(checklist.setAnswer(f.schoolA, 2024, QString::fromLatin1(item), QString::fromLatin1(answer)).ok());

    const ReportDocument d = analysis(f, f.schoolA);
    CHECK(printedRows(*tableNamed(d, QStringLiteral("Аттестация за год"))) ==
          QStringList{QStringLiteral("первая | установлена | 1"), QStringLiteral("первая | отказано | 1"), QStringLiteral("высшая | установлена | 1")});
    CHECK(printedRows(*tableNamed(d, QStringLiteral("Конкурсы по уровням"))) ==
          QStringList{QStringLiteral("муниципальный | участник | 2"), QStringLiteral("муниципальный | победитель | 1"),
                      QStringLiteral("региональный | призёр | 1")});

    // The indicator table holds figures only; the checklist is one line and a table of four rows.
    const ReportTable* indicators = tableNamed(d, QStringLiteral("Показатели"));
    REQUIRE(indicators);
    REQUIRE_FALSE(indicators->isEmpty());
    for (const QString& row : printedRows(*indicators))
        CHECK(row.startsWith(u'K'));
    CHECK(sentences(d, QStringLiteral("Показатели: цели и прошлый год")).contains(
        QStringLiteral("Чек-лист методической системы за 2024/25: да — 2, частично — 1, нет — 1 из 16 пунктов.")));
    CHECK(printedRows(*tableNamed(d, QStringLiteral("Чек-лист методической системы"))) ==
          QStringList{QStringLiteral("да | 2 | C01, C05"), QStringLiteral("частично | 1 | C02"), QStringLiteral("нет | 1 | C03"),
                      QStringLiteral("нет ответа | 12 | C04, C06, C07, C08, C09, C10, C11, C12, C13, C14, C15, C16")});
    // Without answers there is no checklist table.
    CHECK_FALSE(tableNamed(analysis(f, f.schoolB), QStringLiteral("Чек-лист методической системы")));
}
