// The person's card: the header and one read-only table per record kind, for the hand-made
// records of Иванова Мария Петровна (supportcyclefixture.h); it follows the database.
#include "personcard.h"
#include "supportcyclefixture.h"

#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>

namespace {

QStringList row(const QTableWidget* table, int r)
{
    QStringList cells;
    for (int c = 0; c < table->columnCount(); ++c)
        cells << (table->item(r, c) ? table->item(r, c)->text() : QString());
    return cells;
}

QStringList column(const QTableWidget* table, int c)
{
    QStringList cells;
    for (int r = 0; r < table->rowCount(); ++r)
        cells << (table->item(r, c) ? table->item(r, c)->text() : QString());
    return cells;
}

QTableWidget* table(const PersonCard& card, const char* name)
{
    auto* t = card.findChild<QTableWidget*>(QString::fromLatin1(name));
    REQUIRE(t);
    return t;
}

} // namespace

TEST_CASE("the person's card shows the header and the records of each kind", "[ui][card]")
{
    SupportCycleFixture f;
    PersonCard card(f.session, f.person(1));

    // Experience from 01.09.2003 to 15.03.2025: 21 full years; born 12.05.1980: 44 on 15.03.2025.
    const auto* header = card.findChild<QLabel*>(QStringLiteral("personHeader"));
    REQUIRE(header);
    CHECK(header->text()
          == QStringLiteral("Иванова Мария Петровна\n"
                            "учитель, МБОУ «Средняя общеобразовательная школа № 1 г. Асино»\n"
                            "Категория: высшая, действует до 01.04.2027; стаж: 21 год; возраст: 44 года"));
    const auto* tabs = card.findChild<QTabWidget*>(QStringLiteral("personTabs"));
    REQUIRE(tabs);
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i)
        titles << tabs->tabText(i);
    CHECK(titles == QStringList{QStringLiteral("История"), QStringLiteral("Диагностика"), QStringLiteral("Маршруты (ИОМ)"),
                                QStringLiteral("Курсы ДПО"), QStringLiteral("Аттестация"), QStringLiteral("Наставничество"),
                                QStringLiteral("Мероприятия"), QStringLiteral("Конкурсы")});

    // The history in date order: employment from 01.09.2004 (a year after her experience began),
    // attestation, course (by its end), the competition (its year, as 1 January), mentoring,
    // the conference, the diagnostic.
    const QTableWidget* history = table(card, "historyTable");
    CHECK(column(history, 0) == QStringList{QStringLiteral("01.09.2004"), QStringLiteral("01.04.2022"),
                                            QStringLiteral("10.11.2023"), QStringLiteral("01.01.2024"),
                                            QStringLiteral("01.09.2024"), QStringLiteral("05.11.2024"),
                                            QStringLiteral("20.01.2025")});
    CHECK(column(history, 1) == QStringList{QStringLiteral("Приём на работу"), QStringLiteral("Аттестация"),
                                            QStringLiteral("Повышение квалификации"), QStringLiteral("Конкурс"),
                                            QStringLiteral("Наставничество"), QStringLiteral("Методическое мероприятие"),
                                            QStringLiteral("Диагностика")});
    const QTableWidget* diagnostics = table(card, "diagnosticsTable");
    REQUIRE(diagnostics->rowCount() == 1);
    CHECK(row(diagnostics, 0)
          == QStringList{QStringLiteral("20.01.2025"), QStringLiteral("ЦНППМ"),
                         QStringLiteral("предметные: высокий (85); методические: низкий (35); информационно-цифровые: средний (60)"),
                         QStringLiteral("методические")});
    CHECK(table(card, "routesTable")->rowCount() == 0);
    CHECK(table(card, "routeItemsTable")->rowCount() == 0);

    const QTableWidget* courses = table(card, "coursesTable");
    REQUIRE(courses->rowCount() == 1);
    CHECK(row(courses, 0) == QStringList{QStringLiteral("10.11.2023"), QStringLiteral("01.11.2023"),
                                         QStringLiteral("Функциональная грамотность"), QStringLiteral("ТОИПКРО"),
                                         QStringLiteral("16"), QStringLiteral("700000123456")});
    const QTableWidget* attestation = table(card, "attestationTable");
    REQUIRE(attestation->rowCount() == 1);
    CHECK(row(attestation, 0).mid(0, 3)
          == QStringList{QStringLiteral("01.04.2022"), QStringLiteral("высшая"), QStringLiteral("присвоена")});
    const QTableWidget* mentoring = table(card, "mentoringTable");
    REQUIRE(mentoring->rowCount() == 1);
    CHECK(row(mentoring, 0).mid(1) == QStringList{QStringLiteral("наставник"), QStringLiteral("Соколова Анна Викторовна"),
                                                  QStringLiteral("педагог – педагог"), QStringLiteral("традиционная (один на один)"),
                                                  QStringLiteral("действует")});
    const QTableWidget* events = table(card, "eventsTable");
    REQUIRE(events->rowCount() == 1);
    CHECK(row(events, 0) == QStringList{QStringLiteral("05.11.2024"), QStringLiteral("конференция"),
                                        QStringLiteral("Педагогические чтения — 2024"), QStringLiteral("региональный"),
                                        QStringLiteral("выступающий"), QStringLiteral("Томская область")});
    const QTableWidget* competitions = table(card, "competitionsTable");
    REQUIRE(competitions->rowCount() == 1);
    CHECK(row(competitions, 0) == QStringList{QStringLiteral("2024"), QStringLiteral("Учитель года — 2024"),
                                              QStringLiteral("муниципальный"), QStringLiteral("муниципальный этап"),
                                              QStringLiteral("призёр")});

    // The card follows the database: a course recorded (through the session) appears, and goes
    // again with Undo.
    CourseRepository repository(*f.db);
    REQUIRE(f.session.run(QStringLiteral("Новое прохождение курса"), [&] {
        CourseCompletion c{.programmeId = f.courseId, .personId = f.person(1), .start = QDate(2025, 3, 3),
                           .end = QDate(2025, 3, 14)};
        return repository.insertCompletion(c).status();
    }).ok());
    CHECK(courses->rowCount() == 2);
    CHECK(courses->item(1, 2)->text() == QStringLiteral("Проектирование современного урока"));
    CHECK(history->rowCount() == 8);
    f.session.undoStack()->undo();
    CHECK(courses->rowCount() == 1);
}

TEST_CASE("the card of a person without records shows empty tables", "[ui][card]")
{
    SupportCycleFixture f;
    PersonCard card(f.session, f.person(20)); // Борисова Надежда: no middle name, no records
    const auto* header = card.findChild<QLabel*>(QStringLiteral("personHeader"));
    REQUIRE(header);
    // Experience from 01.09.2010: 14 years; born 01.04.1988: 36 on 15.03.2025.
    CHECK(header->text().startsWith(QStringLiteral("Борисова Надежда\nучитель, МКОУ «Каргасокская СОШ»\n")));
    CHECK(header->text().endsWith(QStringLiteral("стаж: 14 лет; возраст: 36 лет")));
    CHECK(table(card, "historyTable")->rowCount() == 1); // her employment
    for (const char* name : {"diagnosticsTable", "routesTable", "coursesTable", "attestationTable", "mentoringTable",
                             "eventsTable", "competitionsTable"}) {
        INFO(name);
        CHECK(table(card, name)->rowCount() == 0);
    }
}
