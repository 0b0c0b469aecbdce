// Mentoring as CSV: one row per mentee; the round trip, idempotent re-import, a programme moved
// along its lifecycle by a later file, bad rows with line and column.
#include "csvrecordfixture.h"
#include "io/mentoringcsv.h"
#include "storage/mentoringrepository.h"

namespace {

const char* const menteeRows =
    "SELECT mp.name_key, mp.birth_date, g.form_code, g.type_code, g.programme, g.start_date, g.end_date, g.status, "
    "g.status_date, g.outcome, u.code, p.name_key, p.birth_date, m.joined_on, m.left_on FROM mentoring_mentee m "
    "JOIN mentoring_programme g ON g.id = m.programme_id JOIN org_unit u ON u.id = g.org_unit_id "
    "JOIN person mp ON mp.id = g.mentor_id JOIN person p ON p.id = m.person_id";

qint64 addProgramme(Database& db, qint64 mentor, const char* form, const char* type, QDate start,
                    const QVector<qint64>& mentees, const char* text = "")
{
    MentoringProgramme p{.mentorId = mentor, .formCode = QString::fromLatin1(form), .typeCode = QString::fromLatin1(type),
                         .programme = QString::fromUtf8(text), .start = start};
    QVector<MentoringMentee> list;
    for (qint64 id : mentees)
        list.append(MentoringMentee{.personId = id, .joinedOn = start});
    const auto id = MentoringRepository(db).insert(p, list);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return *id;
}

void require(const Status& s)
{
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
}

const QString header = QStringLiteral("Наставник;Дата рождения наставника;Форма;Вид;Начало;Окончание;Статус;ФИО;Дата рождения");
const QString zakharova = QStringLiteral("Захарова Ирина Евгеньевна;14.02.1965");

} // namespace

TEST_CASE("mentoring: export, import into an empty copy, export again gives the same", "[mentoringcsv]")
{
    StaffFixture source;
    StaffFixture copy;
    Database& db = *source.db;
    MentoringRepository mentoring(db);
    const qint64 pair = addProgramme(db, source.person(14), "teacher_teacher", "traditional", QDate(2024, 9, 1), {source.person(15)});
    require(mentoring.setStatus(pair, QStringLiteral("active"), QDate(2024, 9, 5)));
    const qint64 group = addProgramme(db, source.person(14), "teacher_teacher", "group", QDate(2023, 9, 1),
                                      {source.person(12), source.person(13)}, "Адаптация:\nуроки; наблюдение");
    require(mentoring.setStatus(group, QStringLiteral("active"), QDate(2023, 9, 1)));
    require(mentoring.endMentee(group, source.person(13), QDate(2024, 1, 31)));
    require(mentoring.setStatus(group, QStringLiteral("completed_successfully"), QDate(2024, 5, 31)));
    MentoringProgramme ended = *mentoring.find(group);
    ended.outcome = QStringLiteral("Обе прошли аттестацию");
    require(mentoring.update(ended));
    addProgramme(db, source.person(7), "head_teacher", "short_term", QDate(2025, 2, 1), {source.person(8)});
    checkRoundTrip(db, *copy.db, &MentoringCsv::exportTo, &MentoringCsv::importFrom, menteeRows, 4);
    CHECK(countRows(*copy.db, "mentoring_programme") == 3);
}

TEST_CASE("mentoring: a later file moves a programme along its lifecycle and ends a mentee", "[mentoringcsv]")
{
    StaffFixture f;
    const QString row = QStringLiteral("%1;педагог – педагог;групповая;01.09.2024;%2;%3;%4");
    const QStringList start{header, row.arg(zakharova, QString(), QString(), QStringLiteral("Григорьев Николай Сергеевич;31.12.1998")),
                            row.arg(zakharova, QString(), QString(), QStringLiteral("Орлов Павел Дмитриевич;05.01.1990"))};
    const ImportReport created = importCsv(*f.db, &MentoringCsv::importFrom, csvLines(start));
    requireWritten(created);
    CHECK(created.created == 2);
    MentoringRepository mentoring(*f.db);
    const auto programmes = mentoring.programmesOfMentor(f.person(14));
    REQUIRE(programmes.size() == 1);
    CHECK(programmes.first().status == QStringLiteral("draft"));
    CHECK(programmes.first().unitId == f.unit("K2"));
    CHECK(mentoring.mentees(programmes.first().id).size() == 2);

    // The programme has run and completed; Орлов left in February.
    const QString withLeft = header + QStringLiteral(";Дата выхода");
    const QStringList done{withLeft,
                           row.arg(zakharova, QStringLiteral("28.02.2025"), QStringLiteral("завершена успешно"),
                                   QStringLiteral("Григорьев Николай Сергеевич;31.12.1998;")),
                           row.arg(zakharova, QStringLiteral("28.02.2025"), QStringLiteral("завершена успешно"),
                                   QStringLiteral("Орлов Павел Дмитриевич;05.01.1990;10.02.2025"))};
    const ImportReport completed = importCsv(*f.db, &MentoringCsv::importFrom, csvLines(done));
    requireWritten(completed);
    CHECK(completed.updated == 2);
    const MentoringProgramme p = *mentoring.find(programmes.first().id);
    CHECK(p.status == QStringLiteral("completed_successfully"));
    CHECK(p.end == QDate(2025, 2, 28));
    CHECK(p.statusDate == QDate(2025, 2, 28));
    for (const MentoringMentee& m : mentoring.mentees(p.id))
        CHECK(m.leftOn == (m.personId == f.person(13) ? QDate(2025, 2, 10) : QDate()));

    // An ended programme does not go back.
    const ImportReport back = importCsv(*f.db, &MentoringCsv::importFrom,
                                        csvLines({header, row.arg(zakharova, QString(), QStringLiteral("действует"),
                                                                  QStringLiteral("Григорьев Николай Сергеевич;31.12.1998"))}));
    CHECK_FALSE(back.written);
    CHECK(issueAt(back, 2).column == QStringLiteral("Статус"));
}

TEST_CASE("mentoring: bad cells are reported with line and column, nothing is written", "[mentoringcsv]")
{
    StaffFixture f;
    const QString mentee = QStringLiteral("Григорьев Николай Сергеевич;31.12.1998");
    const QStringList lines{
        header,
        zakharova + QStringLiteral(";педагог – педагог;традиционная (один на один);01.09.2024;;действует;") + mentee, // 2: fine
        zakharova + QStringLiteral(";педагог – педагог;групповая;01.09.2024;;в отпуске;") + mentee,   // 3: status
        zakharova + QStringLiteral(";педагог – педагог;групповая;когда-то;;;") + mentee,             // 4: start
        QStringLiteral("Неизвестный Иван Иванович;01.01.1970;педагог – педагог;групповая;01.09.2024;;;") + mentee, // 5: mentor
        zakharova + QStringLiteral(";педагог – педагог;виртуальная;01.09.2024;;;") + zakharova,      // 6: own mentee
        zakharova + QStringLiteral(";;реверсивная;01.09.2024;;;") + mentee,                         // 7: no form
    };
    const ImportReport report = importCsv(*f.db, &MentoringCsv::importFrom, csvLines(lines));
    CHECK_FALSE(report.written);
    CHECK(issueAt(report, 3).column == QStringLiteral("Статус"));
    CHECK(issueAt(report, 3).message.contains(QStringLiteral("в отпуске")));
    CHECK(issueAt(report, 4).column == QStringLiteral("Начало"));
    CHECK(issueAt(report, 5).column == QStringLiteral("Наставник"));
    CHECK(issueAt(report, 5).message.contains(QStringLiteral("Неизвестный")));
    CHECK(issueAt(report, 6).message.contains(QStringLiteral("Захарова")));
    CHECK(issueAt(report, 7).column == QStringLiteral("Форма"));
    CHECK(report.issues.size() == 5);
    CHECK(countRows(*f.db, "mentoring_programme") == 0);
}
