// metodist-cli indicators and gaps as a user runs them (the system clock: 2024/25 is past).
#include "indicatorfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// 2024/25, snapshot 31.08.2025: A {Акимова with ДПО in 2024, Бойко without}, C {Вдовина without}.
struct CliData : IndicatorFixture {
    CliData()
    {
        const qint64 a = person("Акимова", schoolA);
        person("Бойко", schoolA);
        person("Вдовина", schoolC);
        course(a, schoolA, QDate(2024, 5, 1), 72);
        route(a, schoolA, QDate(2024, 10, 1), {}, "active");
    }
    QString path() const { return folder.path(QStringLiteral("cycle.db")); }
};

QJsonObject indicatorOf(const QJsonObject& unit, const QString& code)
{
    for (const QJsonValue& v : unit.value(QStringLiteral("indicators")).toArray())
        if (v.toObject().value(QStringLiteral("code")).toString() == code)
            return v.toObject();
    return {};
}

} // namespace

TEST_CASE("metodist-cli indicators: JSON per unit and indicator", "[cli][indicators]")
{
    CliData t;
    QString out, err;
    REQUIRE(runCli({QStringLiteral("indicators"), QStringLiteral("--db"), t.path(), QStringLiteral("--unit"), QStringLiteral("H"),
                    QStringLiteral("--period"), QStringLiteral("2024/25"), QStringLiteral("--children"), QStringLiteral("--codes"),
                    QStringLiteral("K03,k08"), QStringLiteral("--json")},
                   &out, &err) == 0);
    const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("period")).toString() == QStringLiteral("2024/25"));
    CHECK(json.value(QStringLiteral("snapshot")).toString() == QStringLiteral("2025-08-31"));
    const QJsonArray units = json.value(QStringLiteral("units")).toArray();
    REQUIRE(units.size() == 3); // H, then Другой район, Район
    const QJsonObject hub = units.at(0).toObject();
    CHECK(hub.value(QStringLiteral("code")).toString() == QStringLiteral("H"));
    CHECK(hub.value(QStringLiteral("indicators")).toArray().size() == 2);
    // K08: 1 of 3 = 33.33 % against the seeds' 30 % for 2025: reached.
    const QJsonObject k08 = indicatorOf(hub, QStringLiteral("K08"));
    CHECK(k08.value(QStringLiteral("numerator")).toDouble() == 1);
    CHECK(k08.value(QStringLiteral("denominator")).toDouble() == 3);
    CHECK(k08.value(QStringLiteral("value")).toDouble() == 33.33);
    CHECK(k08.value(QStringLiteral("target")).toDouble() == 30);
    CHECK(k08.value(QStringLiteral("status")).toString() == QStringLiteral("reached"));
    // K03 has no target: null, status none.
    const QJsonObject k03 = indicatorOf(hub, QStringLiteral("K03"));
    CHECK(k03.value(QStringLiteral("value")).toDouble() == Approx(33.33));
    CHECK(k03.value(QStringLiteral("target")).isNull());
    CHECK(k03.value(QStringLiteral("status")).toString() == QStringLiteral("none"));
    // M2: K08 0 of 1 against 30: behind.
    const QJsonObject m2 = units.at(1).toObject();
    CHECK(m2.value(QStringLiteral("code")).toString() == QStringLiteral("M2"));
    CHECK(indicatorOf(m2, QStringLiteral("K08")).value(QStringLiteral("status")).toString() == QStringLiteral("behind"));

    // Text: one line per indicator, in Russian.
    REQUIRE(runCli({QStringLiteral("indicators"), QStringLiteral("--db"), t.path(), QStringLiteral("--unit"), QStringLiteral("M"),
                    QStringLiteral("--period"), QStringLiteral("2024/25"), QStringLiteral("--codes"), QStringLiteral("K08")},
                   &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("K08  Охват ИОМ и персонализированными программами наставничества: 50,0\u00A0% (1 из 2); цель 30,0\u00A0%, достигнута")));
}

TEST_CASE("metodist-cli gaps: what is behind a gap, to the screen or CSV, for every kind of indicator", "[cli][indicators]")
{
    CliData t;
    QString out, err;
    REQUIRE(runCli({QStringLiteral("gaps"), QStringLiteral("--db"), t.path(), QStringLiteral("--unit"), QStringLiteral("R"), QStringLiteral("--period"),
                    QStringLiteral("2024/25"), QStringLiteral("--code"), QStringLiteral("K03")},
                   &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("K03 ДПО не реже одного раза в 3 года (ст. 47 273-ФЗ), 2024/25: не в числителе 2 человека")));
    CHECK(out.contains(QStringLiteral("Бойко Анна Ивановна — Школа А; последний курс ДПО: нет")));
    CHECK(out.contains(QStringLiteral("Вдовина Анна Ивановна — Школа В")));
    CHECK_FALSE(out.contains(QStringLiteral("Акимова")));

    const QString csv = t.folder.path(QStringLiteral("gaps.csv"));
    REQUIRE(runCli({QStringLiteral("gaps"), QStringLiteral("--db"), t.path(), QStringLiteral("--unit"), QStringLiteral("M"), QStringLiteral("--period"),
                    QStringLiteral("2024/25"), QStringLiteral("--code"), QStringLiteral("K03"), QStringLiteral("--csv"), csv},
                   &out, &err) == 0);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == QByteArray("\xEF\xBB\xBF") + QStringLiteral("ФИО;Код организации;Организация;В числителе;последний курс ДПО\r\n"
                                                                         "Бойко Анна Ивановна;A;Школа А;нет;\r\n").toUtf8());

    // Indicators that count records: K14's methodists (every row, with the note on the staff),
    // a checklist item's units.
    t.employ(t.person("Гусева", 0), t.municipality, QDate(2015, 9, 1), {}, 0.5, "methodist");
    t.answer(t.schoolA, 2024, QStringLiteral("C01"), "no");
    const QStringList r{QStringLiteral("gaps"), QStringLiteral("--db"), t.path(), QStringLiteral("--unit"), QStringLiteral("R"),
                        QStringLiteral("--period"), QStringLiteral("2024/25"), QStringLiteral("--code")};
    REQUIRE(runCli(r + QStringList{QStringLiteral("K14")}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("K14 Нагрузка на методиста, 2024/25: 1 запись\n")));
    CHECK(out.contains(QStringLiteral("Числитель — весь штат подразделения на 31.08.2025: 4.")));
    CHECK(out.contains(QStringLiteral("  Гусева Анна Ивановна — Район; Ставка: 0,5\n")));
    REQUIRE(runCli(r + QStringList{QStringLiteral("C01"), QStringLiteral("--csv"), csv}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral(": 1 подразделение.")));
    QFile answers(csv);
    REQUIRE(answers.open(QIODevice::ReadOnly));
    CHECK(answers.readAll() == QByteArray("\xEF\xBB\xBF") + QStringLiteral("Код подразделения;Подразделение;В числителе;Ответ;Подтверждение\r\n"
                                                                            "A;Школа А;нет;нет;\r\n").toUtf8());
}

TEST_CASE("metodist-cli indicators and gaps: bad arguments exit with 2 and say why", "[cli][indicators]")
{
    CliData t;
    QString out, err;
    const QStringList base{QStringLiteral("--db"), t.path(), QStringLiteral("--unit"), QStringLiteral("H")};
    CHECK(runCli(QStringList{QStringLiteral("indicators")} + base + QStringList{QStringLiteral("--period"), QStringLiteral("2024-25")}, &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("Период «2024-25» не похож на учебный год вида 2024/25.")));
    CHECK(runCli(QStringList{QStringLiteral("indicators")} + base + QStringList{QStringLiteral("--period"), QStringLiteral("2024/25"), QStringLiteral("--calendar")}, &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("Период «2024/25» не похож на календарный год вида 2025.")));
    CHECK(runCli(QStringList{QStringLiteral("indicators")} + base + QStringList{QStringLiteral("--period"), QStringLiteral("2024/25"), QStringLiteral("--codes"), QStringLiteral("K01,K99")}, &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("Неизвестный показатель «K99».")));
    CHECK(runCli({QStringLiteral("indicators"), QStringLiteral("--db"), t.path(), QStringLiteral("--unit"), QStringLiteral("ZZ"), QStringLiteral("--period"), QStringLiteral("2024/25")}, &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("Нет подразделения с кодом ZZ.")));
    CHECK(runCli(QStringList{QStringLiteral("indicators")} + base, &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("Параметр --period обязателен.")));
    CHECK(runCli(QStringList{QStringLiteral("gaps")} + base + QStringList{QStringLiteral("--period"), QStringLiteral("2024/25")}, &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("Параметр --code обязателен.")));
    CHECK(runCli(QStringList{QStringLiteral("gaps")} + base + QStringList{QStringLiteral("--period"), QStringLiteral("2024/25"), QStringLiteral("--code"), QStringLiteral("K99")}, &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("Неизвестный показатель «K99».")));
    CHECK(runCli({QStringLiteral("indicators"), QStringLiteral("--frob")}, &out, &err) == 1);
}
