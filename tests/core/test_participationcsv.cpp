// Event participants as CSV: the round trip, idempotent re-import, a twenty-person list in one
// go, the same list with one unknown person refused whole, bad rows with line and column.
#include "csvrecordfixture.h"
#include "io/fieldparsing.h"
#include "io/participationcsv.h"
#include "storage/eventrepository.h"
#include "storage/personrepository.h"

namespace {

const char* const participationRows =
    "SELECT ev.topic, ev.start_date, ev.end_date, ev.kind, ev.level, ev.competence_area, o.code, "
    "p.name_key, p.birth_date, u.code, ep.role FROM event_participation ep "
    "JOIN methodical_event ev ON ev.id = ep.event_id JOIN org_unit o ON o.id = ev.org_unit_id "
    "JOIN org_unit u ON u.id = ep.org_unit_id JOIN person p ON p.id = ep.person_id";

const QString header = QStringLiteral("Мероприятие;Дата мероприятия;Вид;Уровень;Организатор;ФИО;Дата рождения;Роль");

// "Фамилия Имя Отчество;dd.MM.yyyy" of a fixture person.
QString named(StaffFixture& f, int number)
{
    const auto p = PersonRepository(*f.db).find(f.person(number));
    REQUIRE(p);
    return p->fullName() + u';' + formatDateRu(p->birthDate);
}

// Ёлкина (5) moved to СОШ № 4 in September 2024, so all twenty persons work somewhere in October.
void moveElkina(StaffFixture& f)
{
    Employment e{.personId = f.person(5), .unitId = f.unit("S4"), .positionCode = QStringLiteral("teacher"),
                 .start = QDate(2024, 9, 1)};
    REQUIRE(PersonRepository(*f.db).addEmployment(e).ok());
}

QStringList seminarList(StaffFixture& f)
{
    QStringList lines{header};
    for (int n = 1; n <= 20; ++n)
        lines << QStringLiteral("Школа молодого педагога;15.10.2024;семинар;муниципальный;MA;%1;участник").arg(named(f, n));
    return lines;
}

qint64 addEvent(Database& db, qint64 organiser, const char* topic, QDate date, const char* kind, const char* level,
                QDate end = {}, const char* area = "")
{
    MethodicalEvent e{.orgUnitId = organiser, .kind = QString::fromUtf8(kind), .level = QString::fromUtf8(level),
                      .date = date, .endDate = end, .topic = QString::fromUtf8(topic), .competenceArea = QString::fromUtf8(area)};
    const auto id = EventRepository(db).insert(e);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return *id;
}

void addParticipant(Database& db, qint64 eventId, qint64 personId, const char* role, qint64 unit = 0)
{
    EventParticipation p{.orgUnitId = unit, .eventId = eventId, .personId = personId, .role = QString::fromUtf8(role)};
    const auto id = EventRepository(db).addParticipant(p);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
}

} // namespace

TEST_CASE("participations: export, import into an empty copy, export again gives the same", "[participationcsv]")
{
    StaffFixture source;
    StaffFixture copy;
    Database& db = *source.db;
    const qint64 seminar = addEvent(db, source.unit("MA"), "Функциональная грамотность; чтение", QDate(2024, 10, 15), "seminar", "municipal");
    for (int n : {1, 2, 3})
        addParticipant(db, seminar, source.person(n), "participant");
    addParticipant(db, seminar, source.person(6), "speaker");
    const qint64 conference = addEvent(db, source.unit("R"), "=Наставничество \"в школе\"", QDate(2025, 2, 10), "conference",
                                       "regional", QDate(2025, 2, 11), "methodical");
    addParticipant(db, conference, source.person(11), "participant", source.unit("K2")); // her second job
    addParticipant(db, conference, source.person(12), "expert");
    addParticipant(db, conference, source.person(9), "organiser");
    checkRoundTrip(db, *copy.db, &ParticipationCsv::exportTo, &ParticipationCsv::importFrom, participationRows, 7);
    CHECK(storedRows(*copy.db, participationRows).join(u'\n').contains(QStringLiteral("|K2|participant")));

    // The subtree of СОШ № 1 holds its three participants only.
    const QStringList lines = QString::fromUtf8(exportCsv(db, &ParticipationCsv::exportTo, source.unit("S1"))).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CHECK(lines.size() == 4);
}

TEST_CASE("participations: a list of twenty persons is imported in one go", "[participationcsv]")
{
    StaffFixture f;
    moveElkina(f);
    ImportOptions dryRun;
    dryRun.dryRun = true;
    const ImportReport checked = importCsv(*f.db, &ParticipationCsv::importFrom, csvLines(seminarList(f)), dryRun);
    CHECK(checked.created == 20);
    CHECK_FALSE(checked.written);
    CHECK(countRows(*f.db, "event_participation") == 0);

    const ImportReport report = importCsv(*f.db, &ParticipationCsv::importFrom, csvLines(seminarList(f)));
    requireWritten(report);
    CHECK(report.created == 20);
    CHECK(countRows(*f.db, "methodical_event") == 1);
    CHECK(countRows(*f.db, "event_participation") == 20);
    const auto events = EventRepository(*f.db).list(f.unit("MA"), {}, {});
    REQUIRE(events.size() == 1);
    CHECK(events.first().kind == QStringLiteral("seminar"));
    CHECK(events.first().level == QStringLiteral("municipal"));
    // Each participation belongs to the person's organisation on the day.
    for (const EventParticipation& p : EventRepository(*f.db).participants(events.first().id))
        if (p.personId == f.person(5))
            CHECK(p.orgUnitId == f.unit("S4"));
        else if (p.personId == f.person(1))
            CHECK(p.orgUnitId == f.unit("S1"));

    const ImportReport again = importCsv(*f.db, &ParticipationCsv::importFrom, csvLines(seminarList(f)));
    requireWritten(again);
    CHECK(again.unchanged == 20);
    CHECK(again.created + again.updated == 0);
    CHECK(countRows(*f.db, "event_participation") == 20);
}

TEST_CASE("participations: one unknown person refuses the whole list, naming the row", "[participationcsv]")
{
    StaffFixture f;
    moveElkina(f);
    QStringList lines = seminarList(f);
    lines[12] = QStringLiteral("Школа молодого педагога;15.10.2024;семинар;муниципальный;MA;Неизвестная Анна Петровна;01.01.1990;участник");
    const ImportReport report = importCsv(*f.db, &ParticipationCsv::importFrom, csvLines(lines));
    CHECK_FALSE(report.written);
    REQUIRE(report.issues.size() == 1);
    const ImportIssue issue = issueAt(report, 13);
    CHECK(issue.column == QStringLiteral("ФИО"));
    CHECK(issue.message.contains(QStringLiteral("Неизвестная Анна Петровна")));
    CHECK(report.rejected == 1);
    CHECK(countRows(*f.db, "methodical_event") == 0);
    CHECK(countRows(*f.db, "event_participation") == 0);

    // Keeping the valid rows writes the other nineteen.
    ImportOptions skip;
    skip.skipInvalid = true;
    const ImportReport kept = importCsv(*f.db, &ParticipationCsv::importFrom, csvLines(lines), skip);
    CHECK(kept.written);
    CHECK(kept.created == 19);
    CHECK(countRows(*f.db, "event_participation") == 19);
}

TEST_CASE("participations: bad cells are reported with line and column, nothing is written", "[participationcsv]")
{
    StaffFixture f;
    const QStringList lines{
        header,
        QStringLiteral("Семинар;15.10.2024;семинар;муниципальный;MA;%1;участник").arg(named(f, 1)), // line 2: fine
        QStringLiteral("Семинар;31.02.2024;семинар;муниципальный;MA;%1;участник").arg(named(f, 2)), // line 3: no such day
        QStringLiteral("Пикник;16.10.2024;пикник;муниципальный;MA;%1;участник").arg(named(f, 3)),   // line 4: kind
        QStringLiteral("Семинар;15.10.2024;семинар;муниципальный;ZZ;%1;участник").arg(named(f, 4)), // line 5: organiser
        QStringLiteral("Семинар;15.10.2024;семинар;муниципальный;MA;%1;зритель").arg(named(f, 6)),  // line 6: role
        QStringLiteral("Семинар;15.10.2024;вебинар;муниципальный;MA;%1;участник").arg(named(f, 7)), // line 7: same event, other kind
        QStringLiteral("Семинар;15.10.2024;семинар;муниципальный;MA;%1;участник").arg(named(f, 1)), // line 8: repeats line 2
    };
    const ImportReport report = importCsv(*f.db, &ParticipationCsv::importFrom, csvLines(lines));
    CHECK_FALSE(report.written);
    CHECK(issueAt(report, 3).column == QStringLiteral("Дата мероприятия"));
    CHECK(issueAt(report, 3).message.contains(QStringLiteral("31.02.2024")));
    CHECK(issueAt(report, 4).column == QStringLiteral("Вид"));
    CHECK(issueAt(report, 4).message.contains(QStringLiteral("пикник")));
    CHECK(issueAt(report, 5).column == QStringLiteral("Организатор"));
    CHECK(issueAt(report, 6).column == QStringLiteral("Роль"));
    CHECK(issueAt(report, 7).column == QStringLiteral("Вид"));
    CHECK(issueAt(report, 7).message.contains(QStringLiteral("вебинар")));
    CHECK(issueAt(report, 8).column.isEmpty());
    CHECK(issueAt(report, 8).message.contains(QStringLiteral("2")));
    CHECK(report.issues.size() == 6);
    CHECK(countRows(*f.db, "methodical_event") == 0);
}

TEST_CASE("participations: a new event needs its kind — an empty cell keeps the stored role", "[participationcsv]")
{
    StaffFixture f;
    const QString first = QStringLiteral("Семинар;15.10.2024;%1;муниципальный;MA;%2;%3");
    const ImportReport noKind = importCsv(*f.db, &ParticipationCsv::importFrom,
                                          csvLines({header, first.arg(QString(), named(f, 1), QStringLiteral("участник"))}));
    CHECK(issueAt(noKind, 2).column == QStringLiteral("Вид"));
    CHECK(countRows(*f.db, "methodical_event") == 0);

    requireWritten(importCsv(*f.db, &ParticipationCsv::importFrom,
                             csvLines({header, first.arg(QStringLiteral("семинар"), named(f, 1), QStringLiteral("выступающий"))})));
    const ImportReport kept = importCsv(*f.db, &ParticipationCsv::importFrom,
                                        csvLines({header, first.arg(QString(), named(f, 1), QString())}));
    requireWritten(kept);
    CHECK(kept.unchanged == 1);
    const auto events = EventRepository(*f.db).list(f.unit("MA"), {}, {});
    REQUIRE(events.size() == 1);
    CHECK(EventRepository(*f.db).participants(events.first().id).first().role == QStringLiteral("speaker"));

    const ImportReport changed = importCsv(*f.db, &ParticipationCsv::importFrom,
                                           csvLines({header, first.arg(QString(), named(f, 1), QStringLiteral("эксперт"))}));
    requireWritten(changed);
    CHECK(changed.updated == 1);
    CHECK(EventRepository(*f.db).participants(events.first().id).first().role == QStringLiteral("expert"));
}

TEST_CASE("metodist-cli imports and exports participations", "[participationcsv][cli]")
{
    StaffFixture f;
    const QString file = f.folder.write(QStringLiteral("list.csv"),
                                        csvLines({header, QStringLiteral("Семинар;15.10.2024;семинар;муниципальный;MA;%1;участник").arg(named(f, 1)),
                                                  QStringLiteral("Семинар;15.10.2024;семинар;муниципальный;MA;%1;участник").arg(named(f, 2))}));
    QString out, err;
    CHECK(runCli({QStringLiteral("import"), QStringLiteral("--db"), f.path, QStringLiteral("participations"), file}, &out, &err) == 0);
    CHECK(countRows(*f.db, "event_participation") == 2);
    CHECK(runCli({QStringLiteral("import"), QStringLiteral("--db"), f.path, QStringLiteral("trips"), file}, &out, &err) == 1);
    CHECK(err.contains(QStringLiteral("routes")));
    const QString exported = f.folder.path(QStringLiteral("out.csv"));
    REQUIRE(runCli({QStringLiteral("export"), QStringLiteral("--db"), f.path, QStringLiteral("participations"), exported}, &out, &err) == 0);
    QFile written(exported);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.readAll() == exportCsv(*f.db, &ParticipationCsv::exportTo));
}
