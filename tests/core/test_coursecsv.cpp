// Course completions as CSV: the round trip, idempotent re-import, a provider's list by SNILS,
// bad rows with line and column.
#include "csvrecordfixture.h"
#include "io/coursecsv.h"
#include "io/fieldparsing.h"
#include "storage/courserepository.h"
#include "storage/personrepository.h"

namespace {

const char* const completionRows =
    "SELECT cp.title, cp.provider, cp.hours, cp.in_federal_registry, cp.competence_area, cp.form, o.code, "
    "cc.start_date, cc.end_date, cc.certificate, p.name_key, p.birth_date, u.code FROM course_completion cc "
    "JOIN course_programme cp ON cp.id = cc.programme_id JOIN org_unit o ON o.id = cp.org_unit_id "
    "JOIN org_unit u ON u.id = cc.org_unit_id JOIN person p ON p.id = cc.person_id";

qint64 addProgramme(Database& db, qint64 unit, const char* title, const char* provider, int hours, bool registry,
                    const char* area, const char* form)
{
    CourseProgramme p{.orgUnitId = unit, .title = QString::fromUtf8(title), .provider = QString::fromUtf8(provider),
                      .hours = hours, .inFederalRegistry = registry, .competenceArea = QString::fromUtf8(area),
                      .form = QString::fromUtf8(form)};
    const auto id = CourseRepository(db).insertProgramme(p);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return *id;
}

void complete(Database& db, qint64 programme, qint64 person, QDate start, QDate end, const char* certificate = "",
              qint64 unit = 0)
{
    CourseCompletion c{.orgUnitId = unit, .programmeId = programme, .personId = person, .start = start, .end = end,
                       .certificate = QString::fromUtf8(certificate)};
    const auto id = CourseRepository(db).insertCompletion(c);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
}

// A valid SNILS from nine digits (the check digits computed).
QString snils(const char* nine)
{
    const QString digits = QString::fromLatin1(nine);
    return *Snils::normalise(digits + QStringLiteral("%1").arg(Snils::checksum(digits), 2, 10, QChar(u'0')));
}

void giveSnils(StaffFixture& f, int number, const QString& value)
{
    PersonRepository persons(*f.db);
    Person p = *persons.find(f.person(number));
    p.snils = value;
    REQUIRE(persons.update(p).ok());
}

} // namespace

TEST_CASE("courses: export, import into an empty copy, export again gives the same", "[coursecsv]")
{
    StaffFixture source;
    StaffFixture copy;
    Database& db = *source.db;
    const qint64 literacy = addProgramme(db, source.unit("R"), "Функциональная грамотность", "ТОИПКРО", 72, true, "methodical", "distance");
    const qint64 firstAid = addProgramme(db, source.unit("MA"), "Оказание первой помощи", "", 16, false, "", "in_person");
    complete(db, literacy, source.person(1), QDate(2024, 1, 10), QDate(2024, 2, 20), "700800123456");
    complete(db, literacy, source.person(6), QDate(2024, 1, 10), QDate(2024, 2, 20));
    complete(db, literacy, source.person(11), QDate(2024, 1, 10), QDate(2024, 2, 20), "", source.unit("K2"));
    complete(db, firstAid, source.person(1), QDate(2023, 5, 1), QDate(2023, 5, 2), "ПП-17");
    checkRoundTrip(db, *copy.db, &CourseCsv::exportTo, &CourseCsv::importFrom, completionRows, 4);
    CHECK(countRows(*copy.db, "course_programme") == 2);
}

TEST_CASE("courses: a provider's list by SNILS creates the programme once — an unknown SNILS refuses it", "[coursecsv]")
{
    StaffFixture f;
    giveSnils(f, 1, snils("112233445"));
    giveSnils(f, 2, snils("223344556"));
    const QString header = QStringLiteral("Программа;Поставщик;Часов;В федеральном реестре;Форма;Дата начала;Дата окончания;Номер удостоверения;СНИЛС");
    const QString row = QStringLiteral("Цифровая образовательная среда;ТОИПКРО;36;да;дистанционная;01.11.2024;30.11.2024;%1;%2");
    const QStringList list{header, row.arg(QStringLiteral("001"), snils("112233445")), row.arg(QStringLiteral("002"), snils("223344556"))};
    const ImportReport report = importCsv(*f.db, &CourseCsv::importFrom, csvLines(list));
    requireWritten(report);
    CHECK(report.created == 2);
    CHECK(countRows(*f.db, "course_programme") == 1);
    const auto programmes = CourseRepository(*f.db).programmes();
    REQUIRE(programmes.size() == 1);
    CHECK(programmes.first().inFederalRegistry);
    CHECK(programmes.first().orgUnitId == f.unit("R")); // no programme unit given: the region
    CHECK(CourseRepository(*f.db).completionsOf(f.person(2)).first().certificate == QStringLiteral("002"));

    const QString stranger = snils("998877665");
    const ImportReport refused = importCsv(*f.db, &CourseCsv::importFrom,
                                           csvLines({header, row.arg(QStringLiteral("003"), stranger), list.at(1)}));
    CHECK_FALSE(refused.written);
    CHECK(issueAt(refused, 2).column == QStringLiteral("СНИЛС"));
    CHECK(issueAt(refused, 2).message.contains(stranger));
    CHECK(countRows(*f.db, "course_completion") == 2);

    // A SNILS with somebody else's name is a typing error, not a match.
    const ImportReport mixed = importCsv(*f.db, &CourseCsv::importFrom, csvLines({
        QStringLiteral("Программа;Часов;Форма;Дата начала;Дата окончания;ФИО;СНИЛС"),
        QStringLiteral("Курс;16;очная;01.12.2024;02.12.2024;Петров Сергей Иванович;%1").arg(snils("112233445"))}));
    CHECK(issueAt(mixed, 2).column == QStringLiteral("СНИЛС"));
    CHECK(issueAt(mixed, 2).message.contains(QStringLiteral("Иванова Мария Петровна")));
    CHECK(countRows(*f.db, "course_completion") == 2);
}

TEST_CASE("courses: bad cells are reported with line and column, nothing is written", "[coursecsv]")
{
    StaffFixture f;
    const QString header = QStringLiteral("Программа;Поставщик;Часов;Форма;Дата начала;Дата окончания;Фамилия;Имя;Отчество;Дата рождения");
    const QStringList lines{
        header,
        QStringLiteral("Курс;ТОИПКРО;72;очная;01.02.2024;20.02.2024;Иванова;Мария;Петровна;12.05.1980"),  // 2: fine
        QStringLiteral("Курс;ТОИПКРО;много;очная;01.02.2024;20.02.2024;Петров;Сергей;Иванович;20.01.1975"), // 3: hours
        QStringLiteral("Курс;ТОИПКРО;72;заочная;01.02.2024;20.02.2024;Соколова;Анна;Викторовна;02.11.1999"), // 4: form
        QStringLiteral("Курс;ТОИПКРО;72;очная;01.02.2026;20.02.2026;Кузнецов;Дмитрий;Алексеевич;14.09.1985"), // 5: in the future
        QStringLiteral("Курс;ТОИПКРО;72;очная;01.02.2024;;Смирнова;Елена;Юрьевна;01.12.1972"),             // 6: no end
        QStringLiteral("Курс;ТОИПКРО;72;очная;01.02.2024;20.02.2024;Смирнова;Елена;Юрьевна;01.12.1971"),   // 7: no such person
    };
    const ImportReport report = importCsv(*f.db, &CourseCsv::importFrom, csvLines(lines));
    CHECK_FALSE(report.written);
    CHECK(issueAt(report, 3).column == QStringLiteral("Часов"));
    CHECK(issueAt(report, 3).message.contains(QStringLiteral("много")));
    CHECK(issueAt(report, 4).column == QStringLiteral("Форма"));
    CHECK(issueAt(report, 5).message.contains(QStringLiteral("20.02.2026")));
    CHECK(issueAt(report, 6).column == QStringLiteral("Дата окончания"));
    CHECK(issueAt(report, 7).column == QStringLiteral("Фамилия"));
    CHECK(issueAt(report, 7).message.contains(QStringLiteral("01.12.1971")));
    CHECK(report.issues.size() == 5);
    CHECK(countRows(*f.db, "course_programme") == 0);
    CHECK(countRows(*f.db, "course_completion") == 0);
}
