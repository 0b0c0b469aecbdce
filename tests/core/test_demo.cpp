// The demo data generator: determinism (the support cycle's tables included), the shapes of S,
// M and L, the rules every generated person and employment keeps, refusal of a non-empty
// database, cancellation. The support cycle's amounts and coherence: test_democycle.cpp.
#include "demofixture.h"
#include "demo/demogenerator.h"
#include "demo/demonames.h"
#include "domain/person.h"
#include "storage/clock.h"
#include "storage/integritycheck.h"
#include "storage/orgunitrepository.h"
#include "storage/personrepository.h"
#include "storage/uuidsource.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

// Every table, every column, every row (in a stable order): a fingerprint and a row count per table.
std::map<std::string, std::string> dump(Database& db)
{
    std::map<std::string, std::string> tables;
    for (const QStringList& t : rows(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))) {
        QStringList columns;
        for (const QStringList& c : rows(db, QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(t.first())))
            columns.append(c.first());
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %1").arg(columns.join(QStringLiteral(", ")), t.first())));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        int count = 0;
        while (q.next()) {
            ++count;
            for (int i = 0; i < columns.size(); ++i) {
                const QVariant v = q.value(i);
                hash.addData(v.isNull() ? QByteArray("\x01NULL") : v.toString().toUtf8());
                hash.addData(QByteArray(1, '\x1F'));
            }
            hash.addData(QByteArray(1, '\x1E'));
        }
        tables[t.first().toStdString()] = std::to_string(count) + " rows " + hash.result().toHex().left(16).toStdString();
    }
    return tables;
}

int unitsAtLevel(Database& db, int level)
{
    return number(db, QStringLiteral("SELECT COUNT(*) FROM org_unit WHERE level = %1").arg(level));
}

// Persons with an employment open on the reference date.
int staff(Database& db)
{
    return number(db, QStringLiteral("SELECT COUNT(DISTINCT person_id) FROM employment WHERE end_date IS NULL"));
}

} // namespace

TEST_CASE("demo sizes are parsed in any case", "[demo]")
{
    CHECK(parseDemoSize(QStringLiteral("S")) == DemoSize::S);
    CHECK(parseDemoSize(QStringLiteral("m")) == DemoSize::M);
    CHECK(parseDemoSize(QStringLiteral(" L ")) == DemoSize::L);
    CHECK(parseDemoSize(QStringLiteral("xl")) == DemoSize::XL);
    CHECK_FALSE(parseDemoSize(QStringLiteral("XXL")).has_value());
    CHECK_FALSE(parseDemoSize(QString()).has_value());
    CHECK(demoSizeName(DemoSize::XL) == QStringLiteral("XL"));
}

TEST_CASE("demo name lists: enough names, female surnames formed correctly", "[demo]")
{
    const auto names = DemoNames::load();
    INFO(names.error().toStdString());
    REQUIRE(names.ok());
    CHECK(names->surnameCount() >= 250);
    CHECK(names->maleNameCount() >= 80);
    CHECK(names->femaleNameCount() >= 80);

    QFile file(QStringLiteral(":/demo/surnames.txt"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QMap<QString, QString> female;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList f = line.trimmed().split(u';');
        female.insert(f.at(0), f.value(1, f.at(0)));
    }
    CHECK(female.value(QStringLiteral("Иванов")) == QStringLiteral("Иванова"));
    CHECK(female.value(QStringLiteral("Смирнов")) == QStringLiteral("Смирнова"));
    CHECK(female.value(QStringLiteral("Достоевский")) == QStringLiteral("Достоевская"));
    CHECK(female.value(QStringLiteral("Шевчук")) == QStringLiteral("Шевчук"));
    CHECK(female.value(QStringLiteral("Коваленко")) == QStringLiteral("Коваленко"));
    for (auto it = female.cbegin(); it != female.cend(); ++it) {
        const QString& m = it.key();
        INFO(m.toStdString() + " / " + it.value().toStdString());
        if (m.endsWith(u"ов") || m.endsWith(u"ев") || m.endsWith(u"ёв") || m.endsWith(u"ин"))
            CHECK(it.value() == m + u'а');
        else if (m.endsWith(u"ий") || m.endsWith(u"ой"))
            CHECK(it.value() == m.chopped(2) + QStringLiteral("ая"));
        else
            CHECK(it.value() == m);
    }

    // A woman gets the female surname and the female patronymic of her father's name.
    const auto tiny = DemoNames::parse(QStringLiteral("Иванов;Иванова\n"), QStringLiteral("Илья;Ильич;Ильинична;1;1;1\n"),
                                       QStringLiteral("# comment\nМария;1;1;1\n"));
    REQUIRE(tiny.ok());
    DemoRandom random(7);
    const DemoName woman = tiny->pick(random, Sex::Female, 1980);
    CHECK(woman.lastName == QStringLiteral("Иванова"));
    CHECK(woman.firstName == QStringLiteral("Мария"));
    CHECK(woman.middleName == QStringLiteral("Ильинична"));
    const DemoName man = tiny->pick(random, Sex::Male, 1980);
    CHECK((man.lastName + u' ' + man.firstName + u' ' + man.middleName) == QStringLiteral("Иванов Илья Ильич"));
    CHECK_FALSE(DemoNames::parse(QStringLiteral("Иванов\n"), QStringLiteral("Илья;Ильич\n"), QStringLiteral("Мария;1;1;1\n")).ok());
}

TEST_CASE("the demo PRNG gives the same numbers everywhere", "[demo]")
{
    // xoshiro256** seeded by splitmix64(1), as the reference implementation gives it:
    // a change here changes every demo database.
    DemoRandom random(1);
    CHECK(random.next() == 0xb3f2af6d0fc710c5ull);
    CHECK(random.next() == 0x853b559647364ceaull);
    DemoRandom a = DemoRandom::stream(1, "staff", 3), b = DemoRandom::stream(1, "staff", 3), c = DemoRandom::stream(1, "staff", 4);
    const auto first = a.next();
    CHECK(first == b.next());
    CHECK(first != c.next());
    int counts[3] = {0, 0, 0};
    for (int i = 0; i < 3000; ++i) {
        const int v = random.between(1, 3);
        REQUIRE(v >= 1);
        REQUIRE(v <= 3);
        ++counts[v - 1];
        ++counts[random.weighted({0, 1, 0})]; // weight 0 is never drawn
    }
    CHECK(counts[0] > 800);
    CHECK(counts[2] > 800);
    CHECK(counts[1] > 3800);
}

TEST_CASE("demo data: the same seed gives identical tables, another seed other data", "[demo]")
{
    for (DemoSize size : {DemoSize::S, DemoSize::M}) {
        INFO("size " << demoSizeName(size).toStdString());
        Generated first(size, 42);
        Generated second(size, 42);
        const auto a = dump(*first.db);
        CHECK(a.size() >= 6);
        for (const QString& table : demoCycleTables()) { // the support cycle is there, and the same
            INFO(table.toStdString() << ": " << a.at(table.toStdString()));
            CHECK(a.at(table.toStdString()).rfind("0 rows", 0) != 0);
        }
        CHECK(a == dump(*second.db));
        CHECK(first.summary.persons == second.summary.persons);
    }
    Generated one(DemoSize::S, 1);
    Generated two(DemoSize::S, 2);
    const auto a = dump(*one.db), b = dump(*two.db);
    CHECK(a.at("person") != b.at("person"));
    CHECK(a.at("diagnostic") != b.at("diagnostic"));
    CHECK(a.at("org_unit") != b.at("org_unit")); // uuids and flags differ
    CHECK(a.at("position") == b.at("position"));
}

TEST_CASE("demo data: records carry the reference date as their time", "[demo]")
{
    Generated g(DemoSize::S, 5, QDate(2024, 9, 1));
    CHECK(rows(*g.db, QStringLiteral("SELECT DISTINCT created_at, updated_at FROM person"))
          == QList<QStringList>{{QStringLiteral("2024-09-01T12:00:00Z"), QStringLiteral("2024-09-01T12:00:00Z")}});
    CHECK(number(*g.db, QStringLiteral("SELECT COUNT(*) FROM employment WHERE start_date > '2024-09-01' OR end_date > '2024-09-01'")) == 0);
    CHECK(number(*g.db, QStringLiteral("SELECT COUNT(*) FROM person WHERE category_granted > '2024-09-01'")) == 0);
    // Afterwards the database has its own clock and random uuids again.
    CHECK(&g.db->clock() == &Clock::system());
    CHECK(g.db->newUuid() != SeededUuidSource(5).next());
}

TEST_CASE("demo size S: one school with about 60 staff", "[demo]")
{
    Generated g(DemoSize::S);
    CHECK(unitsAtLevel(*g.db, 0) == 1);
    CHECK(unitsAtLevel(*g.db, 1) == 1);
    CHECK(unitsAtLevel(*g.db, 2) == 1);
    CHECK(rows(*g.db, QStringLiteral("SELECT kind FROM org_unit WHERE level = 3 ORDER BY kind"))
          == QList<QStringList>{{QStringLiteral("methodical_centre")}, {QStringLiteral("school")}});
    CHECK(rows(*g.db, QStringLiteral("SELECT name FROM org_unit WHERE level = 2"))
          == QList<QStringList>{{QStringLiteral("Куйбышевский район")}});
    const int n = staff(*g.db);
    CHECK(n >= 55);
    CHECK(n <= 65);
    CHECK(number(*g.db, QStringLiteral("SELECT COUNT(*) FROM employment e JOIN org_unit u ON u.id = e.org_unit_id "
                                       "WHERE u.kind = 'school' AND e.position_code = 'head' AND e.end_date IS NULL")) == 1);
    CHECK(g.summary.units == 5);
    CHECK(g.summary.persons == number(*g.db, QStringLiteral("SELECT COUNT(*) FROM person")));
    CHECK(g.summary.employments == number(*g.db, QStringLiteral("SELECT COUNT(*) FROM employment")));
}

TEST_CASE("demo size M: one municipality, about 150 organisations and 5,000 staff", "[demo]")
{
    Generated& g = demoM();
    CHECK(unitsAtLevel(*g.db, 1) == 1);
    CHECK(rows(*g.db, QStringLiteral("SELECT name, kind FROM org_unit WHERE level = 2"))
          == QList<QStringList>{{QStringLiteral("г. Иваново"), QStringLiteral("centre")}});
    const int organisations = unitsAtLevel(*g.db, 3);
    CHECK(organisations >= 140);
    CHECK(organisations <= 160);
    const int n = staff(*g.db);
    CHECK(n >= 4500);
    CHECK(n <= 5500);
    CHECK(number(*g.db, QStringLiteral("SELECT COUNT(*) FROM org_unit WHERE kind = 'methodical_centre'")) == 1);
    const int schools = number(*g.db, QStringLiteral("SELECT COUNT(*) FROM org_unit WHERE kind = 'school'"));
    const int preschools = number(*g.db, QStringLiteral("SELECT COUNT(*) FROM org_unit WHERE kind = 'preschool'"));
    CHECK(schools > organisations * 0.38);
    CHECK(schools < organisations * 0.52);
    CHECK(preschools > organisations * 0.33);
    CHECK(preschools < organisations * 0.47);
    // Organisation codes and names are unique.
    CHECK(number(*g.db, QStringLiteral("SELECT COUNT(DISTINCT name) FROM org_unit WHERE level = 3")) == organisations);
}

TEST_CASE("demo size L: the Tomsk region's hubs and municipalities, and the rules of every record", "[demo][slow]")
{
    Generated g(DemoSize::L);
    Database& db = *g.db;
    const QDate today(2026, 9, 1);

    CHECK(rows(db, QStringLiteral("SELECT name FROM org_unit WHERE level = 0")) == QList<QStringList>{{QStringLiteral("Томская область")}});
    // Hub -> municipality -> form of its methodical service, as seed 002 lists them.
    const QMap<QString, QStringList> expected{
        {QStringLiteral("Томск"), {QStringLiteral("г. Томск:centre"), QStringLiteral("Томский район:department")}},
        {QStringLiteral("Северск"), {QStringLiteral("ЗАТО Северск:centre")}},
        {QStringLiteral("Асино"),
         {QStringLiteral("Асиновский район:specialist"), QStringLiteral("Верхнекетский район:department"),
          QStringLiteral("Зырянский район:cabinet"), QStringLiteral("Первомайский район:cabinet"),
          QStringLiteral("Тегульдетский район:specialist")}},
        {QStringLiteral("Стрежевой"), {QStringLiteral("Александровский район:cabinet"), QStringLiteral("г. Стрежевой:department")}},
        {QStringLiteral("Колпашево"),
         {QStringLiteral("Каргасокский район:specialist"), QStringLiteral("Колпашевский район:department"),
          QStringLiteral("Парабельский район:centre"), QStringLiteral("Чаинский район:cabinet"),
          QStringLiteral("г. Кедровый:specialist")}},
        {QStringLiteral("Кожевниково"),
         {QStringLiteral("Бакчарский район:centre"), QStringLiteral("Кожевниковский район:centre"),
          QStringLiteral("Кривошеинский район:cabinet"), QStringLiteral("Молчановский район:specialist"),
          QStringLiteral("Шегарский район:service")}},
    };
    QMap<QString, QStringList> actual;
    for (const QStringList& r : rows(db, QStringLiteral("SELECT h.name, m.name || ':' || m.kind FROM org_unit m "
                                                        "JOIN org_unit h ON h.id = m.parent_id WHERE m.level = 2")))
        actual[r.at(0)].append(r.at(1));
    for (QStringList& list : actual)
        list.sort();
    QMap<QString, QStringList> sorted = expected;
    for (QStringList& list : sorted)
        list.sort();
    CHECK(actual == sorted);
    CHECK(unitsAtLevel(db, 1) == 6);
    CHECK(unitsAtLevel(db, 2) == 20);

    const int organisations = unitsAtLevel(db, 3);
    CHECK(organisations >= 600);
    CHECK(organisations <= 800);
    const int n = staff(db);
    CHECK(n >= 17000);
    CHECK(n <= 23000);
    // Every municipality has exactly one methodical centre; г. Томск is by far the largest.
    CHECK(number(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT parent_id FROM org_unit WHERE kind = 'methodical_centre' "
                                    "GROUP BY parent_id HAVING COUNT(*) = 1)")) == 20);
    CHECK(rows(db, QStringLiteral("SELECT m.name FROM org_unit o JOIN org_unit m ON m.id = o.parent_id WHERE o.level = 3 "
                                  "GROUP BY m.id ORDER BY COUNT(*) DESC LIMIT 1")) == QList<QStringList>{{QStringLiteral("г. Томск")}});
    CHECK(number(db, QStringLiteral("SELECT COUNT(*) FROM org_unit WHERE level = 3 AND parent_id IN "
                                    "(SELECT id FROM org_unit WHERE name = 'г. Томск')")) > organisations / 4);
    const int schools = number(db, QStringLiteral("SELECT COUNT(*) FROM org_unit WHERE kind = 'school'"));
    const int low = number(db, QStringLiteral("SELECT COUNT(*) FROM org_unit WHERE kind = 'school' AND low_results = 1"));
    CHECK(low > schools * 0.05);
    CHECK(low < schools * 0.11);
    CHECK(number(db, QStringLiteral("SELECT COUNT(*) FROM org_unit WHERE kind = 'school' AND rural = 1 AND small_school = 1")) > 0);
    CHECK(number(db, QStringLiteral("SELECT COUNT(*) FROM org_unit WHERE growth_point = 1 AND rural = 0")) == 0);
    CHECK(number(db, QStringLiteral("SELECT COUNT(*) FROM org_unit WHERE innovation_level <> '' AND innovation_topic <> ''")) > 5);

    // Every employment is at an organisation and ends on or after its start.
    CHECK(number(db, QStringLiteral("SELECT COUNT(*) FROM employment e JOIN org_unit u ON u.id = e.org_unit_id WHERE u.level <> 3")) == 0);
    CHECK(number(db, QStringLiteral("SELECT COUNT(*) FROM employment WHERE end_date < start_date OR start_date > '2026-09-01'")) == 0);
    const int employments = number(db, QStringLiteral("SELECT COUNT(*) FROM employment"));
    const int ended = number(db, QStringLiteral("SELECT COUNT(*) FROM employment WHERE end_date IS NOT NULL"));
    CHECK(ended > employments * 0.04);
    CHECK(ended < employments * 0.08);
    CHECK(number(db, QStringLiteral("SELECT COUNT(*) FROM employment WHERE end_date IS NOT NULL "
                                    "AND (end_date < '2023-09-01' OR end_date >= '2026-09-01')")) == 0);
    CHECK(number(db, QStringLiteral("SELECT COUNT(*) FROM employment e JOIN person p ON p.id = e.person_id "
                                    "WHERE e.start_date < p.experience_start")) == 0);
    CHECK(number(db, QStringLiteral("SELECT COUNT(*) FROM employment WHERE rate < 0.5 OR rate > 1.5")) == 0);
    // A few persons work in two organisations, always of the same municipality.
    const int twoJobs = number(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT person_id FROM employment WHERE end_date IS NULL "
                                                  "GROUP BY person_id HAVING COUNT(*) > 1)"));
    CHECK(twoJobs > 0);
    CHECK(twoJobs < n / 20);
    CHECK(number(db, QStringLiteral("SELECT COUNT(DISTINCT e.person_id) FROM employment e JOIN org_unit u ON u.id = e.org_unit_id "
                                    "JOIN employment f ON f.person_id = e.person_id JOIN org_unit v ON v.id = f.org_unit_id "
                                    "WHERE u.parent_id <> v.parent_id")) == 0);

    // Ages, experience, categories, roles and SNILS of every person.
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral(
        "SELECT p.birth_date, p.experience_start, p.category, p.category_granted, p.category_expires, p.snils, p.middle_name, "
        "p.is_methodist, p.is_mentor, EXISTS (SELECT 1 FROM employment e WHERE e.person_id = p.id AND e.end_date IS NULL), "
        "EXISTS (SELECT 1 FROM employment e WHERE e.person_id = p.id AND e.position_code = 'methodist') FROM person p")));
    int persons = 0, active = 0, women = 0, young = 0, novices = 0, withSnils = 0, expired = 0, categories = 0;
    int experienced = 0, mentors = 0;
    double ageSum = 0;
    while (q.next()) {
        ++persons;
        const QDate birth = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        const QDate experienceStart = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        const int age = wholeYearsBetween(birth, today);
        const int experience = wholeYearsBetween(experienceStart, today);
        INFO("person born " << birth.toString(Qt::ISODate).toStdString() << ", experience from "
                            << experienceStart.toString(Qt::ISODate).toStdString());
        REQUIRE(age >= 22);
        REQUIRE(age <= 68);
        REQUIRE(experience >= 0);
        REQUIRE(wholeYearsBetween(birth, experienceStart) >= 18);
        const QString category = q.value(2).toString();
        if (experience <= 3)
            REQUIRE(category == QStringLiteral("none"));
        if (category != QStringLiteral("none")) {
            ++categories;
            const QDate granted = QDate::fromString(q.value(3).toString(), Qt::ISODate);
            const QDate expires = QDate::fromString(q.value(4).toString(), Qt::ISODate);
            REQUIRE(granted <= today);
            REQUIRE(granted >= experienceStart);
            REQUIRE(expires == granted.addYears(5));
            expired += expires < today;
        } else {
            REQUIRE(q.value(3).isNull());
        }
        if (!q.value(5).isNull()) {
            ++withSnils;
            REQUIRE(Snils::normalise(q.value(5).toString()) == q.value(5).toString());
        }
        if (q.value(10).toBool())
            REQUIRE(q.value(7).toBool()); // everyone in a methodist position has the methodist role
        if (!q.value(9).toBool())
            continue;
        ++active;
        ageSum += age;
        women += q.value(6).toString().endsWith(QStringLiteral("на")); // -овна, -евна, -ична
        young += age < 35;
        novices += experience <= 3;
        if (experience >= 5) {
            ++experienced;
            mentors += q.value(8).toBool();
        }
    }
    CHECK(persons == g.summary.persons);
    CHECK(active == n);
    CHECK(women > active * 0.78);
    CHECK(women < active * 0.86);
    CHECK(ageSum / active > 43);
    CHECK(ageSum / active < 47);
    CHECK(young > active * 0.14);
    CHECK(young < active * 0.22);
    CHECK(novices > active * 0.045);
    CHECK(novices < active * 0.095);
    CHECK(withSnils > persons * 0.87);
    CHECK(withSnils < persons * 0.93);
    CHECK(expired > 0);
    CHECK(expired < categories * 0.1);
    CHECK(mentors > experienced * 0.07);
    CHECK(mentors < experienced * 0.14);
    CHECK(number(db, QStringLiteral("SELECT COUNT(*) FROM person WHERE category = 'highest'")) > categories * 0.3);
    CHECK(number(db, QStringLiteral("SELECT COUNT(*) FROM person WHERE subjects LIKE '%Начальные классы%'")) > 0);
    CHECK(number(db, QStringLiteral("SELECT COUNT(*) FROM person WHERE middle_name = '' OR last_name = ''")) == 0);

    // The support cycle is there at every level, and the whole passes `metodist-cli check`.
    for (const QString& table : demoCycleTables())
        CHECK(number(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) > 0);
    const auto organisers = [&db](const char* level) {
        return number(db, QStringLiteral("SELECT COUNT(DISTINCT org_unit_id) FROM methodical_event WHERE level = '%1'")
                              .arg(QLatin1String(level)));
    };
    CHECK(organisers("school") > organisations / 2);
    CHECK(organisers("municipal") == 20);
    CHECK(organisers("hub") == 6);
    CHECK(organisers("regional") == 1);
    CHECK(number(db, QStringLiteral("SELECT COUNT(DISTINCT org_unit_id) FROM competition WHERE level = 'municipal'")) == 20);
    CHECK_FALSE(IntegrityCheck::hasErrors(IntegrityCheck::run(db)));
}

TEST_CASE("demo data goes only into an empty database", "[demo]")
{
    TempFolder folder;
    auto db = openDatabase(folder.path(QStringLiteral("used.db")));
    OrgUnit region{.level = UnitLevel::Region, .code = QStringLiteral("R"), .name = QStringLiteral("Регион")};
    REQUIRE(OrgUnitRepository(*db).insert(region).ok());
    const auto result = DemoGenerator(*db, DemoOptions{}).run();
    REQUIRE_FALSE(result.ok());
    CHECK_FALSE(result.error().isEmpty());
    CHECK(OrgUnitRepository(*db).count() == 1);
    CHECK(PersonRepository(*db).count() == 0);
}

TEST_CASE("a cancelled demo run leaves the database empty", "[demo]")
{
    TempFolder folder;
    auto db = openDatabase(folder.path(QStringLiteral("cancel.db")));
    DemoOptions options;
    options.size = DemoSize::S;

    SECTION("cancelled at once")
    {
        const auto result = DemoGenerator(*db, options).run([](int, int) { return false; });
        REQUIRE_FALSE(result.ok());
        CHECK_FALSE(result.error().isEmpty());
    }
    SECTION("cancelled among the staff, after the tree was written")
    {
        int calls = 0;
        const auto result = DemoGenerator(*db, options).run([&](int done, int total) {
            ++calls;
            return done < total / 2;
        });
        REQUIRE_FALSE(result.ok());
        CHECK(calls > 1);
    }
    CHECK(OrgUnitRepository(*db).count() == 0);
    CHECK(PersonRepository(*db).count() == 0);
    CHECK(PersonRepository(*db).employmentCount() == 0);
    CHECK(&db->clock() == &Clock::system());

    // Nothing is left half-done: the same database then takes a complete run.
    int lastDone = 0, lastTotal = 0;
    bool monotonic = true;
    const auto result = DemoGenerator(*db, options).run([&](int done, int total) {
        monotonic = monotonic && done >= lastDone && (lastTotal == 0 || total == lastTotal);
        lastDone = done;
        lastTotal = total;
        return true;
    });
    REQUIRE(result.ok());
    CHECK(monotonic);
    CHECK(lastDone == lastTotal);
    CHECK(OrgUnitRepository(*db).count() == 5);
}
