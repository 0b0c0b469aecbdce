// What the fuzzers of fuzz/ found, each kept as a test: the input as the fuzzer wrote it (without
// fuzz_import's selector byte), and the same problem in a file a user could have made.
#include "io/personcsv.h"
#include "storage/clock.h"
#include "storage/personrepository.h"
#include "testsupport.h"

#include <QBuffer>
#include <QSqlQuery>

namespace {

ImportReport importPersons(Database& db, const QByteArray& bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const auto result = PersonCsv::importFrom(db, buffer, {});
    INFO(result.error().toStdString());
    REQUIRE(result.ok());
    QStringList issues;
    for (const ImportIssue& issue : result->issues)
        issues << issue.text();
    INFO(issues.join(u'\n').toStdString());
    REQUIRE(result->written);
    return *result;
}

QString lastUpdate(Database& db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT MAX(updated_at) FROM person")));
    REQUIRE(q.next());
    return q.value(0).toString();
}

} // namespace

// fuzz_import, persons with a real write: the second import of a file updated a person it had just
// created. The names of a «ФИО» cell were split at ASCII spaces only, while the repository stores
// every name simplified (a no-break space, a tab: one space); so were the subjects, while the
// repository drops an empty one. The import now reads both as they are stored.
TEST_CASE("fuzz finding: a full name with a no-break space or a tab, and an empty subject, imports twice without a change", "[csv][fuzz]")
{
    TempFolder folder;
    auto db = openDatabase(folder.path(QStringLiteral("fuzz.db")));
    FixedClock clock{QDateTime(QDate(2026, 9, 1), QTime(12, 0), Qt::UTC)};
    db->setClock(&clock);

    SECTION("the fuzzer's input: a Windows-1251 header over UTF-8 rows, read as Windows-1251")
    {
        const QByteArray file = QByteArray::fromBase64(
            "1MjOO8Tg8uAg8O7m5OXt6P870c3Iy9E7yuDy5ePu8Oj/O8ru5CDu8OPg7ejn4Pbo6Lcg0YDQtdC30YPQu9CwO9Ca0LDRgNC40L3QsDvQ"
            "kNC90YLQvtC90L7QstC90LA7MjUuMDYuMTk4MTsw0YHQtdC90YLRj9Cx0YDRjC0wMS0wMDAyO9Cy0YvRgdGC0YPQv9Cw0Y7RidC40LkN"
            "CtCQ0L3QsNC7LtC40Lcg0YDQtdC30YPQu9GM0YLQsNGC0L7QsiDQktCf0KAg0Lgg0L/Qu9Cw0L3QuNGA0L7QstCw0L3QuNC1INGA0LDQ"
            "sdC+0YLRizE7MjAyNS0wOS0wMQo=");
        const ImportReport first = importPersons(*db, file);
        CHECK(first.created == 1);
        const QString stamp = lastUpdate(*db);
        const ImportReport again = importPersons(*db, file);
        CHECK(again.created == 0);
        CHECK(again.updated == 0);
        CHECK(again.unchanged == 1);
        CHECK(lastUpdate(*db) == stamp);
    }

    SECTION("a file a user could have made")
    {
        const QByteArray file = QStringLiteral("ФИО;Дата рождения;Предметы\r\n"
                                               "Иванова\u00A0Мария Петровна;12.05.1980;\"Математика, ,Физика\"\r\n"
                                               "Петров Сергей\tИванович;20.01.1975;;\r\n")
                                    .toUtf8();
        const ImportReport first = importPersons(*db, file);
        CHECK(first.created == 2);
        PersonRepository persons(*db);
        const auto found = persons.findByName(QStringLiteral("Иванова"));
        REQUIRE(found.size() == 1);
        CHECK(found.first().lastName == QStringLiteral("Иванова"));
        CHECK(found.first().firstName == QStringLiteral("Мария"));
        CHECK(found.first().middleName == QStringLiteral("Петровна"));
        CHECK(found.first().subjects == QStringList{QStringLiteral("Математика"), QStringLiteral("Физика")});
        const QString stamp = lastUpdate(*db);

        const ImportReport again = importPersons(*db, file);
        CHECK(again.created == 0);
        CHECK(again.updated == 0);
        CHECK(again.unchanged == 2);
        CHECK(lastUpdate(*db) == stamp);
    }
}
