// Importing and exporting units and persons as CSV: encodings, delimiters, quoting,
// all-or-nothing with `line N, column C: reason`, idempotent re-import, round trips.
#include "io/personcsv.h"
#include "io/textdecoding.h"
#include "io/unitcsv.h"
#include "storage/orgunitrepository.h"
#include "storage/personrepository.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QLocale>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

QByteArray fixture(const char* name)
{
    QFile f(QStringLiteral(METODIST_FIXTURES "/") + QString::fromLatin1(name));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

Result<ImportReport> importUnits(Database& db, const QByteArray& bytes, ImportOptions options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return UnitCsv::importFrom(db, buffer, options);
}

Result<ImportReport> importPersons(Database& db, const QByteArray& bytes, ImportOptions options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return PersonCsv::importFrom(db, buffer, options);
}

// Everything a user entered, without ids, UUIDs and times, in a stable order.
QStringList dump(Database& db)
{
    QStringList rows;
    QSqlQuery q(db.connection());
    const char* const queries[] = {
        "SELECT u.code, u.level, COALESCE(p.code, ''), u.name, u.short_name, u.kind, u.low_results, u.unfavourable, "
        "u.small_school, u.rural, u.growth_point, u.innovation_level, u.innovation_topic "
        "FROM org_unit u LEFT JOIN org_unit p ON p.id = u.parent_id",
        "SELECT last_name, first_name, middle_name, name_key, birth_date, snils, experience_start, subjects, category, "
        "category_granted, category_expires, is_mentor, is_tutor, is_methodist, is_expert FROM person",
        "SELECT p.name_key, p.birth_date, u.code, e.position_code, e.rate, e.start_date, e.end_date "
        "FROM employment e JOIN person p ON p.id = e.person_id JOIN org_unit u ON u.id = e.org_unit_id",
    };
    for (const char* sql : queries) {
        REQUIRE(q.exec(QString::fromUtf8(sql)));
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << (q.value(i).isNull() ? QStringLiteral("∅") : q.value(i).toString());
            rows << cells.join(u'|');
        }
    }
    rows.sort();
    return rows;
}

int countRows(Database& db, const char* table)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(table));
    return q.next() ? q.value(0).toInt() : -1;
}

struct Loaded {
    TempFolder folder;
    std::shared_ptr<Database> db = openDatabase(folder.path(QStringLiteral("csv.db")));
    Loaded()
    {
        const auto units = importUnits(*db, fixture("units.csv"));
        REQUIRE(units.ok());
        INFO((units->issues.isEmpty() ? QString() : units->issues.first().text()).toStdString());
        REQUIRE(units->written);
    }
};

QStringList issueTexts(const ImportReport& report)
{
    QStringList texts;
    for (const ImportIssue& i : report.issues)
        texts << i.text();
    return texts;
}

} // namespace

TEST_CASE("units import builds the tree, with quoted multi-line fields", "[csv][units]")
{
    Loaded t;
    OrgUnitRepository units(*t.db);
    CHECK(units.count() == 7);
    const auto school = units.findByCode(QStringLiteral("70-01-001"));
    REQUIRE(school);
    CHECK(school->name == QStringLiteral("МАОУ \"СОШ № 1\" г. Асино"));
    CHECK(school->kind == QStringLiteral("school"));
    CHECK(school->innovationLevel == QStringLiteral("regional"));
    CHECK(school->innovationTopic == QStringLiteral("Наставничество\nв сельской школе"));
    const auto village = units.findByCode(QStringLiteral("70-01-002"));
    CHECK((village->lowResults && village->unfavourable && village->smallSchool && village->rural && village->growthPoint));
    CHECK(units.findByCode(QStringLiteral("70-02-001"))->kind == QStringLiteral("preschool"));
    CHECK(units.findByCode(QStringLiteral("70-M02"))->kind == QStringLiteral("cabinet"));
    CHECK(units.subtreeIds(units.findByCode(QStringLiteral("70-H1"))->id).size() == 6);
}

TEST_CASE("importing the same file twice changes nothing", "[csv]")
{
    Loaded t;
    const auto first = importPersons(*t.db, fixture("persons.csv"));
    REQUIRE(first.ok());
    INFO(issueTexts(*first).join(u'\n').toStdString());
    REQUIRE(first->written);
    CHECK(first->created == 4);   // Кузнецова's second row adds her second job, not a person
    CHECK(first->updated == 1);
    CHECK(countRows(*t.db, "person") == 4);
    CHECK(countRows(*t.db, "employment") == 5);
    const QStringList before = dump(*t.db);
    QSqlQuery stamps(t.db->connection());
    stamps.exec(QStringLiteral("SELECT MAX(updated_at) FROM person"));
    stamps.next();
    const QString lastUpdate = stamps.value(0).toString();

    const auto units = importUnits(*t.db, fixture("units.csv"));
    REQUIRE(units.ok());
    CHECK(units->unchanged == 7);
    CHECK(units->created + units->updated == 0);
    const auto again = importPersons(*t.db, fixture("persons.csv"));
    REQUIRE(again.ok());
    CHECK(again->unchanged == 5);
    CHECK(again->created + again->updated == 0);
    CHECK(dump(*t.db) == before);
    stamps.exec(QStringLiteral("SELECT MAX(updated_at) FROM person"));
    stamps.next();
    CHECK(stamps.value(0).toString() == lastUpdate);
}

TEST_CASE("a Windows-1251 file and its UTF-8 twin import identically", "[csv]")
{
    Loaded utf8;
    Loaded cp1251;
    const QByteArray twin = fixture("persons-cp1251.csv");
    CHECK(twin == encodeWindows1251(QString::fromUtf8(fixture("persons.csv"))));
    const auto a = importPersons(*utf8.db, fixture("persons.csv"));
    const auto b = importPersons(*cp1251.db, twin);
    REQUIRE((a.ok() && b.ok()));
    CHECK(a->encoding == TextEncoding::Utf8);
    CHECK(b->encoding == TextEncoding::Windows1251);
    CHECK(dump(*utf8.db) == dump(*cp1251.db));
    CHECK(dump(*utf8.db).join(u'\n').contains(QStringLiteral("О'Брайен-Ёлкина")));
}

TEST_CASE("comma and tab delimited files import like semicolon ones", "[csv]")
{
    Loaded semicolon;
    REQUIRE(importPersons(*semicolon.db, fixture("persons.csv"))->written);
    const QString text = QStringLiteral(
        "ФИО,Дата рождения,Код организации,Должность,Ставка,Дата приёма\n"
        "\"Кузнецова Анна Сергеевна\",17.05.1990,70-01-001,учитель,1,01.09.2012\n");
    for (const QChar delimiter : {u',', u'\t'}) {
        Loaded t;
        QString copy = text;
        if (delimiter == u'\t')
            copy.replace(u',', u'\t');
        const auto r = importPersons(*t.db, copy.toUtf8());
        REQUIRE(r.ok());
        CHECK(r->delimiter == delimiter);
        CHECK(r->created == 1);
        const auto p = PersonRepository(*t.db).findByNameAndBirth(
            Person::nameKey(QStringLiteral("Кузнецова"), QStringLiteral("Анна"), QStringLiteral("Сергеевна")), QDate(1990, 5, 17));
        REQUIRE(p.size() == 1);
        CHECK(PersonRepository(*t.db).employments(p.first().id).size() == 1);
    }
}

TEST_CASE("every invalid row is reported with line and column, and nothing is written", "[csv]")
{
    Loaded t;
    const QByteArray bad =
        "Фамилия;Имя;Отчество;Дата рождения;СНИЛС;Категория;Код организации;Должность;Ставка;Дата приёма\n"
        "Иванова;Мария;Петровна;01.02.1980;;высшая;70-01-001;учитель;1;01.09.2005\n"      // line 2: fine
        "Сидоров;Пётр;;31.02.1979;;первая;70-01-001;учитель;1;01.09.2001\n"                // line 3: no 31 February
        "Орлова;Вера;;05.06.1991;123-456-789 00;;70-01-001;учитель;1;01.09.2014\n"        // line 4: SNILS check digits
        ";Никита;;01.01.1995;;;70-01-001;учитель;1;01.09.2018\n"                           // line 5: no last name
        "Павлова;Нина;;02.02.1992;;золотая;70-01-001;учитель;1;01.09.2015\n"               // line 6: category
        "Зайцев;Олег;;03.03.1993;;;99-99-999;учитель;1;01.09.2016\n"                       // line 7: organisation
        "Козлова;Ирина;;04.04.1994;;;70-01-001;космонавт;1;01.09.2017\n"                   // line 8: position
        "Лебедев;Антон;;05.05.1985;;;70-01-001;учитель;два;01.09.2010\n"                   // line 9: rate
        "Морозова;Ольга;;06.06.1986;;;70-01-001;учитель;3;01.09.2011\n";                   // line 10: rate > 2
    const auto r = importPersons(*t.db, bad);
    REQUIRE(r.ok());
    CHECK_FALSE(r->written);
    CHECK(r->rejected == 8);
    CHECK(issueTexts(*r) == QStringList{
        QStringLiteral("строка 3, столбец «Дата рождения»: «31.02.1979» — не дата (нужно дд.мм.гггг или гггг-мм-дд)"),
        QStringLiteral("строка 4, столбец «СНИЛС»: Контрольное число СНИЛС не сходится (должно быть 64)"),
        QStringLiteral("строка 5, столбец «Фамилия»: нужно значение"),
        QStringLiteral("строка 6, столбец «Категория»: «золотая» — не квалификационная категория"),
        QStringLiteral("строка 7, столбец «Код организации»: нет организации с кодом 99-99-999"),
        QStringLiteral("строка 8, столбец «Должность»: «космонавт» — неизвестная должность"),
        QStringLiteral("строка 9, столбец «Ставка»: «два» — не число"),
        QStringLiteral("строка 10, столбец «Ставка»: ставка должна быть больше 0 и не больше 2"),
    });
    CHECK(countRows(*t.db, "person") == 0);
    CHECK(countRows(*t.db, "employment") == 0);

    SECTION("--skip-invalid writes the valid row and reports the rest")
    {
        ImportOptions skip;
        skip.skipInvalid = true;
        const auto s = importPersons(*t.db, bad, skip);
        REQUIRE(s.ok());
        CHECK(s->written);
        CHECK(s->created == 1);
        CHECK(s->rejected == 8);
        CHECK(countRows(*t.db, "person") == 1);
    }
    SECTION("--dry-run counts and writes nothing")
    {
        ImportOptions dry;
        dry.dryRun = true;
        const auto d = importPersons(*t.db, fixture("persons.csv"), dry);
        REQUIRE(d.ok());
        CHECK_FALSE(d->written);
        CHECK(d->created == 4);
        CHECK(countRows(*t.db, "person") == 0);
    }
}

TEST_CASE("file-level problems: missing column, empty, binary, duplicate rows", "[csv]")
{
    Loaded t;
    const QStringList before = dump(*t.db);

    auto r = importPersons(*t.db, "Фамилия;Имя;Код организации\nИванова;Мария;70-01-001\n");
    REQUIRE(r.ok());
    CHECK(issueTexts(*r) == QStringList{
        QStringLiteral("строка 1: в файле нужен столбец «Дата рождения» или «СНИЛС», чтобы различать людей"),
        QStringLiteral("строка 1: при указании организации нужны столбцы «Должность» и «Дата приёма»")});
    CHECK_FALSE(r->written);

    auto u = importUnits(*t.db, "Код;Наименование\n70-9;Школа\n");
    REQUIRE(u.ok());
    CHECK(issueTexts(*u) == QStringList{QStringLiteral("строка 1: нет обязательного столбца «Уровень»")});

    r = importPersons(*t.db, QByteArray());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == QStringLiteral("Файл пуст."));

    r = importPersons(*t.db, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == QStringLiteral("Это не текстовый файл (двоичные данные в байте 9)."));

    u = importUnits(*t.db,
                    "Код;Уровень;Код вышестоящего;Наименование\n"
                    "70-01-009;организация;70-M01;Школа № 9\n"
                    "70-01-009;организация;70-M01;Школа № 9\n");
    REQUIRE(u.ok());
    CHECK(issueTexts(*u) == QStringList{QStringLiteral("строка 3, столбец «Код»: код 70-01-009 уже встречается в строке 2")});

    u = importUnits(*t.db,
                    "Код;Уровень;Код вышестоящего;Наименование\n"
                    "70-01-010;организация;70-H1;Школа № 10\n"
                    "70-M09;муниципалитет;70-H1;\"Новый район\n"
                    "70-01-011;организация;70-M09;Школа № 11\n");
    REQUIRE_FALSE(u.ok());
    CHECK(u.error() == QStringLiteral("Строка 3: поле в кавычках не закрыто."));
    CHECK(dump(*t.db) == before);
}

TEST_CASE("tree rules apply to imports, and a parent's failure names its line", "[csv][units]")
{
    Loaded t;
    const QStringList before = dump(*t.db);
    const auto u = importUnits(*t.db,
                               "Код;Уровень;Код вышестоящего;Наименование\n"
                               "70-01-020;организация;70-H1;Школа под хабом\n"
                               "70-M20;муниципалитет;70-H1;\n"
                               "70-01-021;организация;70-M20;Школа № 21\n"
                               "70-H1;муниципалитет;70;Асино\n");
    REQUIRE(u.ok());
    CHECK(issueTexts(*u) == QStringList{
        QStringLiteral("строка 2, столбец «Код вышестоящего»: Организация размещается в муниципалитете. «Хаб «Асино»» — это хаб."),
        QStringLiteral("строка 3, столбец «Наименование»: нужно значение"),
        QStringLiteral("строка 4, столбец «Код вышестоящего»: вышестоящее подразделение 70-M20 не импортировано из-за строки 3"),
        QStringLiteral("строка 5, столбец «Уровень»: 70-H1 в базе — хаб; уровень подразделения не меняется"),
    });
    CHECK(dump(*t.db) == before);

    // A changed parent moves the unit.
    const auto move = importUnits(*t.db,
                                  "Код;Уровень;Код вышестоящего;Наименование;Вид\n"
                                  "70-01-002;организация;70-M02;МБОУ «Новиковская СОШ»;завод\n");
    REQUIRE(move.ok());
    CHECK(issueTexts(*move) == QStringList{QStringLiteral("строка 2, столбец «Вид»: «завод» не является видом для уровня «организация»")});
    const auto moved = importUnits(*t.db,
                                   "Код;Уровень;Код вышестоящего;Наименование\n"
                                   "70-01-002;организация;70-M02;МБОУ «Новиковская СОШ»\n");
    REQUIRE(moved.ok());
    CHECK(moved->updated == 1);
    OrgUnitRepository units(*t.db);
    CHECK(units.findByCode(QStringLiteral("70-01-002"))->parentId == units.findByCode(QStringLiteral("70-M02"))->id);
}

TEST_CASE("a repeated row is reported and nothing is written", "[csv]")
{
    Loaded t;
    const auto r = importPersons(*t.db,
                                 "ФИО;Дата рождения;Код организации;Должность;Дата приёма\n"
                                 "Белова Анна Ильинична;01.01.1980;70-01-001;учитель;01.09.2000\n"
                                 "Белова Анна Ильинична;01.01.1980;70-01-002;учитель;01.09.2010\n"
                                 "Белова Анна Ильинична;01.01.1980;70-01-001;учитель;01.09.2000\n"
                                 "Орлов Иван;02.02.1982\n"
                                 "орлов  иван;02.02.1982\n");
    REQUIRE(r.ok());
    CHECK(issueTexts(*r) == QStringList{QStringLiteral("строка 4: строка повторяет строку 2"),
                                        QStringLiteral("строка 6: строка повторяет строку 5")});
    CHECK_FALSE(r->written);
    CHECK(countRows(*t.db, "person") == 0);
}

TEST_CASE("a person appearing twice must agree with themselves", "[csv]")
{
    Loaded t;
    const auto r = importPersons(*t.db,
                                 "ФИО;Дата рождения;Категория;Код организации;Должность;Дата приёма\n"
                                 "Белова Анна Ильинична;01.01.1980;высшая;70-01-001;учитель;01.09.2000\n"
                                 "Белова Анна Ильинична;01.01.1980;первая;70-01-002;учитель;01.09.2010\n");
    REQUIRE(r.ok());
    CHECK(issueTexts(*r) == QStringList{QStringLiteral("строка 3: данные сотрудника расходятся со строкой 2 этого же файла")});
    CHECK(countRows(*t.db, "person") == 0);
}

TEST_CASE("export then import into an empty database gives identical records", "[csv]")
{
    Loaded t;
    REQUIRE(importPersons(*t.db, fixture("persons.csv"))->written);
    QBuffer units, persons;
    units.open(QIODevice::WriteOnly);
    persons.open(QIODevice::WriteOnly);
    REQUIRE(UnitCsv::exportTo(*t.db, units).ok());
    REQUIRE(PersonCsv::exportTo(*t.db, persons).ok());
    CHECK(units.data().startsWith("\xEF\xBB\xBF" "Код;Уровень;"));
    CHECK(persons.data().contains("\r\n"));

    TempFolder other;
    auto copy = openDatabase(other.path(QStringLiteral("copy.db")));
    REQUIRE(importUnits(*copy, units.data())->written);
    const auto back = importPersons(*copy, persons.data());
    REQUIRE(back.ok());
    INFO(issueTexts(*back).join(u'\n').toStdString());
    REQUIRE(back->written);
    CHECK(dump(*copy) == dump(*t.db));

    // And the export of the copy is byte for byte the same file.
    QBuffer again;
    again.open(QIODevice::WriteOnly);
    REQUIRE(PersonCsv::exportTo(*copy, again).ok());
    CHECK(again.data() == persons.data());
}

TEST_CASE("exports neutralise formulas and read them back unchanged", "[csv]")
{
    Loaded t;
    const auto r = importPersons(*t.db,
                                 "Фамилия;Имя;Отчество;Дата рождения;Предметы\n"
                                 "'=HYPERLINK(\"x\");'+7 999;'-@;01.01.1980;'@SUM(A1)\n");
    REQUIRE(r.ok());
    REQUIRE(r->written);
    const auto p = PersonRepository(*t.db).find(1);
    CHECK(p->lastName == QStringLiteral("=HYPERLINK(\"x\")"));
    CHECK(p->firstName == QStringLiteral("+7 999"));
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    REQUIRE(PersonCsv::exportTo(*t.db, out).ok());
    const QString text = QString::fromUtf8(out.data());
    CHECK(text.contains(QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\";'+7 999;'-@;")));
    CHECK_FALSE(text.contains(QStringLiteral(";=")));
}

TEST_CASE("export of a subtree carries its ancestors and only its staff", "[csv]")
{
    Loaded t;
    REQUIRE(importPersons(*t.db, fixture("persons.csv"))->written);
    OrgUnitRepository units(*t.db);
    QBuffer u, p;
    u.open(QIODevice::WriteOnly);
    p.open(QIODevice::WriteOnly);
    REQUIRE(UnitCsv::exportTo(*t.db, u, units.findByCode(QStringLiteral("70-M02"))->id).ok());
    REQUIRE(PersonCsv::exportTo(*t.db, p, units.findByCode(QStringLiteral("70-M02"))->id).ok());
    const QStringList unitLines = QString::fromUtf8(u.data()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CHECK(unitLines.size() == 1 + 4); // header, region, hub, municipality, kindergarten
    const QStringList personLines = QString::fromUtf8(p.data()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(personLines.size() == 2);
    CHECK(personLines.at(1).startsWith(QStringLiteral("О'Брайен-Ёлкина;Мария;Ивановна;;03.03.1998;")));
}

TEST_CASE("a file with fewer columns or empty cells never erases stored values", "[csv]")
{
    Loaded t;
    REQUIRE(importPersons(*t.db,
                          "Фамилия;Имя;Отчество;Дата рождения;СНИЛС;Категория;Наставник;Код организации;Должность;Ставка;Дата приёма;Дата увольнения\n"
                          "Кузнецова;Анна;Сергеевна;17.05.1990;112-233-445 95;высшая;да;70-01-001;учитель;0,5;01.09.2012;31.08.2024\n")
                ->written);
    const QStringList before = dump(*t.db);
    // The documentation's own example header: no roles, no leaving date.
    auto r = importPersons(*t.db,
                           "Фамилия;Имя;Отчество;Дата рождения;СНИЛС;Категория;Код организации;Должность;Дата приёма\n"
                           "Кузнецова;Анна;Сергеевна;17.05.1990;112-233-445 95;высшая;70-01-001;учитель;01.09.2012\n");
    REQUIRE(r.ok());
    CHECK(r->unchanged == 1);
    // Empty cells: birth date, category, role, rate, leaving date.
    r = importPersons(*t.db,
                      "Фамилия;Имя;Отчество;Дата рождения;СНИЛС;Категория;Наставник;Код организации;Должность;Ставка;Дата приёма;Дата увольнения\n"
                      "Кузнецова;Анна;Сергеевна;;112-233-445 95;;;70-01-001;учитель;;01.09.2012;\n");
    REQUIRE(r.ok());
    CHECK(r->unchanged == 1);
    CHECK(dump(*t.db) == before);
    // An explicit «нет» clears a role.
    r = importPersons(*t.db, "СНИЛС;Фамилия;Имя;Наставник\n112-233-445 95;Кузнецова;Анна;нет\n");
    REQUIRE(r.ok());
    CHECK(r->updated == 1);
    CHECK_FALSE(PersonRepository(*t.db).findBySnils(QStringLiteral("112-233-445 95"))->mentor);
}

TEST_CASE("namesakes without SNILS are not guessed — a SNILS with another birth date is refused", "[csv]")
{
    Loaded t;
    REQUIRE(importPersons(*t.db,
                          "ФИО;Дата рождения;СНИЛС\n"
                          "Иванов Иван Иванович;01.01.1980;112-233-445 95\n")
                ->written);
    // Without SNILS the one namesake is found.
    REQUIRE(importPersons(*t.db, "ФИО;Дата рождения;Категория\nИванов Иван Иванович;01.01.1980;высшая\n")->updated == 1);
    REQUIRE(countRows(*t.db, "person") == 1);
    // A second namesake with another SNILS is another person.
    REQUIRE(importPersons(*t.db, "ФИО;Дата рождения;СНИЛС\nИванов Иван Иванович;01.01.1980;001-001-999 65\n")->written);
    REQUIRE(countRows(*t.db, "person") == 2);
    const QStringList before = dump(*t.db);
    auto r = importPersons(*t.db, "ФИО;Дата рождения;Категория\nИванов Иван Иванович;01.01.1980;СЗД\n");
    REQUIRE(r.ok());
    CHECK(issueTexts(*r) == QStringList{QStringLiteral(
              "строка 2: несколько сотрудников с ФИО Иванов Иван Иванович родились 01.01.1980; добавьте столбец «СНИЛС»")});
    r = importPersons(*t.db, "ФИО;Дата рождения;СНИЛС\nПетров Пётр;02.02.1982;112-233-445 95\n");
    REQUIRE(r.ok());
    CHECK(issueTexts(*r) == QStringList{QStringLiteral(
              "строка 2, столбец «СНИЛС»: СНИЛС 112-233-445 95 принадлежит сотруднику Иванов Иван Иванович, родившемуся 01.01.1980, а не 02.02.1982")});
    CHECK(dump(*t.db) == before);
}

TEST_CASE("with --skip-invalid a rolled-back row leaves no trace in matching", "[csv]")
{
    Loaded t;
    ImportOptions skip;
    skip.skipInvalid = true;
    // Line 2 fails only when its employment is written (it ends before it starts), so its
    // person, inserted first, is rolled back; lines 3 and 4 are valid.
    const auto r = importPersons(*t.db,
                                 "ФИО;Дата рождения;Код организации;Должность;Дата приёма;Дата увольнения\n"
                                 "Смирнов Олег;01.01.1980;70-01-001;учитель;01.09.2000;01.01.1999\n"
                                 "Петрова Анна;02.02.1982;70-01-001;учитель;01.09.2001;\n"
                                 "Смирнов Олег;01.01.1980;70-01-002;учитель;01.09.2002;\n",
                                 skip);
    REQUIRE(r.ok());
    CHECK(issueTexts(*r) == QStringList{QStringLiteral("строка 2: Работа заканчивается (01.01.1999) раньше, чем начинается (01.09.2000).")});
    CHECK(r->created == 2);
    CHECK(countRows(*t.db, "person") == 2);
}

TEST_CASE("the program's own export of rates and spaced names reads back unchanged", "[csv]")
{
    Loaded t;
    REQUIRE(importPersons(*t.db,
                          "Фамилия;Имя;Отчество;Дата рождения;Код организации;Должность;Ставка;Дата приёма\n"
                          "Мамедов;Гусейн  оглы;;01.01.1980;70-01-001;учитель;1,1111;01.09.2000\n")
                ->written);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    REQUIRE(PersonCsv::exportTo(*t.db, out).ok());
    CHECK(QString::fromUtf8(out.data()).contains(QStringLiteral(";Гусейн оглы;")));
    CHECK(QString::fromUtf8(out.data()).contains(QStringLiteral(";1,1111;")));
    const auto again = importPersons(*t.db, out.data());
    REQUIRE(again.ok());
    CHECK(again->unchanged == 1);
    const auto spaced = importPersons(*t.db,
                                      "Фамилия;Имя;Дата рождения\nМамедов;Гусейн   оглы;01.01.1980\nМамедов;Гусейн оглы;01.01.1980\n");
    REQUIRE(spaced.ok());
    CHECK(issueTexts(*spaced) == QStringList{QStringLiteral("строка 3: строка повторяет строку 2")});
}

TEST_CASE("units: a file with fewer columns keeps the stored attributes", "[csv][units]")
{
    Loaded t;
    const QStringList before = dump(*t.db);
    const auto r = importUnits(*t.db,
                               "Код;Уровень;Код вышестоящего;Наименование;ШНОР\n"
                               "70-01-002;организация;70-M01;МБОУ «Новиковская СОШ»;\n");
    REQUIRE(r.ok());
    CHECK(r->unchanged == 1);
    CHECK(dump(*t.db) == before);
    const auto cleared = importUnits(*t.db,
                                     "Код;Уровень;Код вышестоящего;Наименование;ШНОР\n"
                                     "70-01-002;организация;70-M01;МБОУ «Новиковская СОШ»;нет\n");
    REQUIRE(cleared.ok());
    CHECK(cleared->updated == 1);
    const auto village = OrgUnitRepository(*t.db).findByCode(QStringLiteral("70-01-002"));
    CHECK_FALSE(village->lowResults);
    CHECK((village->unfavourable && village->smallSchool && village->rural && village->growthPoint));
}

TEST_CASE("a new database's region takes the code of the imported region", "[csv][units]")
{
    TempFolder folder;
    auto db = openDatabase(folder.path(QStringLiteral("new.db")));
    OrgUnit region{.level = UnitLevel::Region, .code = QStringLiteral("region"), .name = QStringLiteral("Томская обл.")};
    REQUIRE(OrgUnitRepository(*db).insert(region).ok());
    const auto r = importUnits(*db, fixture("units.csv"));
    REQUIRE(r.ok());
    INFO(issueTexts(*r).join(u'\n').toStdString());
    CHECK(r->written);
    CHECK(r->updated == 1);
    CHECK(r->created == 6);
    const auto adopted = OrgUnitRepository(*db).region();
    CHECK(adopted->id == region.id);
    CHECK(adopted->code == QStringLiteral("70"));
    CHECK(adopted->name == QStringLiteral("Томская область"));
    // Once the region has units under it, another region's file is refused.
    const auto other = importUnits(*db, "Код;Уровень;Наименование\n54;регион;Новосибирская область\n");
    REQUIRE(other.ok());
    CHECK(issueTexts(*other) == QStringList{QStringLiteral(
              "строка 2, столбец «Уровень»: В базе уже есть регион (Томская область); в ней может быть только один регион.")});
}

TEST_CASE("rows of bare delimiters are skipped like blank lines", "[csv]")
{
    Loaded t;
    const auto r = importUnits(*t.db,
                               "Код;Уровень;Код вышестоящего;Наименование\n"
                               ";;;\n"
                               "70-01-030;организация;70-M01;Школа № 30\n"
                               " ; ; ; \n");
    REQUIRE(r.ok());
    CHECK(r->rows == 1);
    CHECK(r->created == 1);
}

TEST_CASE("a UTF-16 file is named as such", "[csv]")
{
    Loaded t;
    const QString text = QStringLiteral("Код;Уровень;Наименование\r\n");
    QByteArray utf16("\xFF\xFE", 2);
    utf16 += QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    for (const QByteArray& bytes : {utf16, utf16.mid(2)}) {
        const auto r = importUnits(*t.db, bytes);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().startsWith(QStringLiteral("Файл в кодировке UTF-16")));
    }
}

TEST_CASE("a value longer than its column holds is refused in its row and column", "[csv][lengths]")
{
    Loaded t;
    const QString longName(CsvField::MaxNameLength + 1, u'я');
    const QString header = QStringLiteral("Фамилия;Имя;Отчество;Дата рождения;Код организации;Должность;Ставка;Дата приёма\n");
    const QString rows = QStringLiteral("Иванова;Мария;Петровна;01.02.1980;70-01-001;учитель;1;01.09.2005\n") // line 2: fine
                         + longName + QStringLiteral(";Пётр;;01.02.1979;70-01-001;учитель;1;01.09.2001\n") // line 3
                         // line 4: exactly at the bound is fine
                         + QString(CsvField::MaxNameLength, u'ю') + QStringLiteral(";Олег;;03.03.1993;70-01-001;учитель;1;01.09.2016\n");
    const auto r = importPersons(*t.db, (header + rows).toUtf8());
    REQUIRE(r.ok());
    CHECK_FALSE(r->written);
    CHECK(issueTexts(*r) == QStringList{
        QStringLiteral("строка 3, столбец «Фамилия»: в значении 101 символ; в этом столбце не больше 100"),
    });
    CHECK(countRows(*t.db, "person") == 0);

    CHECK(CsvField::maxLength("last") == 100);
    CHECK(CsvField::maxLength("topic") == 4000);
    CHECK(CsvField::maxLength("snils") == 500);
}

TEST_CASE("a cell of millions of characters stops the file before anything is stored", "[csv][lengths]")
{
    Loaded t;
    const QStringList before = dump(*t.db);
    QByteArray bytes = "Фамилия;Имя;Дата рождения;Код организации;Должность;Ставка;Дата приёма\n"
                       "Иванова;Мария;01.02.1980;70-01-001;учитель;1;01.09.2005\n";
    bytes += QByteArray(2 * 1000 * 1000, 'x') + ";Пётр;01.02.1979;70-01-001;учитель;1;01.09.2001\n";
    const auto r = importPersons(*t.db, bytes);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == QStringLiteral("Строка 3, поле 1: в значении больше %1 символов; ни в одном столбце "
                                      "файлов «Методиста» столько не бывает.").arg(QLocale().toString(10000)));
    CHECK(dump(*t.db) == before);
}

TEST_CASE("a KOI8-R file imports like its Windows-1251 twin and is named", "[csv][encoding]")
{
    Loaded a;
    Loaded b;
    const QByteArray cp1251 = fixture("persons-cp1251.csv");
    const QString text = decodeWindows1251(cp1251);
    QByteArray koi;
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            koi.append(char(c.unicode()));
            continue;
        }
        for (int byte = 0x80; byte < 0x100; ++byte)
            if (decodeKoi8r(QByteArray(1, char(byte))).at(0) == c) {
                koi.append(char(byte));
                break;
            }
    }
    REQUIRE(decodeKoi8r(koi) == text);
    const auto fromCp = importPersons(*a.db, cp1251);
    const auto fromKoi = importPersons(*b.db, koi);
    REQUIRE(fromCp.ok());
    REQUIRE(fromKoi.ok());
    CHECK(fromCp->encoding == TextEncoding::Windows1251);
    CHECK(fromKoi->encoding == TextEncoding::Koi8R);
    CHECK(fromKoi->written);
    CHECK(dump(*a.db) == dump(*b.db));
}

TEST_CASE("one Windows-1251 byte in a UTF-8 file writes nothing and names its line", "[csv][encoding]")
{
    Loaded t;
    const QStringList before = dump(*t.db);
    QByteArray bytes = fixture("persons.csv");
    REQUIRE(TextDecoding::decode(bytes, nullptr)->encoding != TextEncoding::Windows1251);
    // The second data row's first letter becomes a Windows-1251 «Щ».
    const qsizetype lineStart = bytes.indexOf('\n', bytes.indexOf('\n') + 1) + 1;
    const qsizetype secondLine = bytes.left(lineStart).count('\n') + 1;
    REQUIRE(static_cast<unsigned char>(bytes[lineStart]) >= 0x80);
    bytes.replace(lineStart, 2, "\xD9");
    const auto r = importPersons(*t.db, bytes);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(QStringLiteral("UTF-8")));
    CHECK(r.error().contains(QStringLiteral("строке %1 ").arg(secondLine)));
    CHECK(dump(*t.db) == before);
}
