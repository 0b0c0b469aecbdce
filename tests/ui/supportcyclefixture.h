#pragma once
// The staff fixture (15.03.2025) with a small support cycle around Иванова Мария Петровна
// (person 1, teacher at СОШ № 1 г. Асино, Асиновский район):
//
//   diagnostic 20.01.2025 (ЦНППМ): subject high, methodical LOW (a deficit), digital medium;
//   course programmes: «Проектирование современного урока» (methodical, 36 h),
//     «Цифровые инструменты педагога» (digital, 24 h), «Функциональная грамотность» (subject, 16 h);
//   events: seminar «Современный урок: деятельностный подход» (methodical, by Асиновский район,
//     20.02.2025) — the one a route takes and twenty teachers attend; master class «Приёмы
//     формирующего оценивания» (methodical, by Колпашевский район, 25.02.2025: not above her
//     school); webinar «Цифровая образовательная среда» (digital, by the region, 10.03.2025: not a
//     deficit area); seminar «Методический марафон» (methodical, by the region, 15.01.2025: before
//     the diagnostic); conference «Педагогические чтения — 2024» (region, 05.11.2024; she spoke);
//   her earlier records: the course «Функциональная грамотность» 01.11.2023–10.11.2023 (cert.
//     700000123456), attestation 01.04.2022 for the highest category (granted), mentor of Соколова
//     Анна Викторовна (person 3) since 01.09.2024 (traditional, active), «Учитель года — 2024»
//     (municipal, prize winner).
//
// Thirteen more teachers work at СОШ № 4 г. Асино, so that Асиновский район has 20 staff on
// the seminar's date: persons 1-4 at S1, 6-8 and the thirteen at S4.
#include "editsession.h"
#include "stafffixture.h"
#include "storage/attestationrepository.h"
#include "storage/competitionrepository.h"
#include "storage/courserepository.h"
#include "storage/diagnosticrepository.h"
#include "storage/eventrepository.h"
#include "storage/mentoringrepository.h"
#include "storage/personrepository.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

struct SupportCycleFixture : StaffFixture {
    SupportCycleFixture()
    {
        session.setDatabase(db.get());
        Database& d = *db;
        const char* const extra[] = {"Абрамова", "Белова", "Васильева", "Гусева", "Давыдова", "Жукова", "Зайцева",
                                     "Ильина", "Комарова", "Ларионова", "Медведева", "Новикова", "Осипова"};
        PersonRepository persons(d);
        for (const char* last : extra) {
            Person p{.lastName = QString::fromUtf8(last), .firstName = QStringLiteral("Ольга"),
                     .middleName = QStringLiteral("Сергеевна"), .birthDate = QDate(1990, 1, 10),
                     .experienceStart = QDate(2012, 9, 1)};
            const auto id = persons.insert(p);
            REQUIRE(id.ok());
            Employment e{.personId = *id, .unitId = unit("S4"), .positionCode = QStringLiteral("teacher"),
                         .start = QDate(2012, 9, 1)};
            REQUIRE(persons.addEmployment(e).ok());
        }

        Diagnostic diagnostic{.personId = person(1), .date = QDate(2025, 1, 20), .sourceCode = QStringLiteral("cnppm")};
        diagnostic.results = {DiagnosticResult{.areaCode = QStringLiteral("subject"), .score = 85, .level = QStringLiteral("high")},
                              DiagnosticResult{.areaCode = QStringLiteral("methodical"), .score = 35, .level = QStringLiteral("low")},
                              DiagnosticResult{.areaCode = QStringLiteral("digital"), .score = 60, .level = QStringLiteral("medium")}};
        diagnosticId = need(DiagnosticRepository(d).insert(diagnostic));

        CourseRepository courses(d);
        courseId = programme(courses, "Проектирование современного урока", "methodical", 36);
        programme(courses, "Цифровые инструменты педагога", "digital", 24);
        const qint64 literacy = programme(courses, "Функциональная грамотность", "subject", 16);
        CourseCompletion completion{.programmeId = literacy, .personId = person(1), .start = QDate(2023, 11, 1),
                                    .end = QDate(2023, 11, 10), .certificate = QStringLiteral("700000123456")};
        need(courses.insertCompletion(completion));

        EventRepository events(d);
        seminarId = event(events, "seminar", "municipal", unit("MA"), QDate(2025, 2, 20), "Современный урок: деятельностный подход", "methodical");
        event(events, "master_class", "municipal", unit("MK"), QDate(2025, 2, 25), "Приёмы формирующего оценивания", "methodical");
        event(events, "webinar", "regional", unit("R"), QDate(2025, 3, 10), "Цифровая образовательная среда", "digital");
        event(events, "seminar", "regional", unit("R"), QDate(2025, 1, 15), "Методический марафон", "methodical");
        const qint64 readings = event(events, "conference", "regional", unit("R"), QDate(2024, 11, 5), "Педагогические чтения — 2024", "");
        EventParticipation spoke{.eventId = readings, .personId = person(1), .role = QStringLiteral("speaker")};
        need(events.addParticipant(spoke));

        Attestation attestation{.personId = person(1), .date = QDate(2022, 4, 1), .category = QStringLiteral("highest"),
                                .outcome = QStringLiteral("granted")};
        need(AttestationRepository(d).insert(attestation));

        MentoringRepository mentoring(d);
        MentoringProgramme programme{.mentorId = person(1), .formCode = QStringLiteral("teacher_teacher"),
                                     .typeCode = QStringLiteral("traditional"),
                                     .programme = QStringLiteral("Адаптация молодого учителя математики"),
                                     .start = QDate(2024, 9, 1), .end = QDate(2025, 5, 31)};
        const qint64 mentoringId =
            need(mentoring.insert(programme, {MentoringMentee{.personId = person(3), .joinedOn = QDate(2024, 9, 1)}}));
        REQUIRE(mentoring.setStatus(mentoringId, QStringLiteral("active"), QDate(2024, 9, 1)).ok());

        CompetitionRepository competitions(d);
        Competition contest{.orgUnitId = unit("MA"), .title = QStringLiteral("Учитель года — 2024"),
                            .level = QStringLiteral("municipal"), .year = 2024};
        const qint64 contestId = need(competitions.insert(contest));
        CompetitionParticipation took{.competitionId = contestId, .personId = person(1),
                                      .stage = QStringLiteral("муниципальный этап"), .result = QStringLiteral("prize_winner")};
        need(competitions.addParticipant(took));
    }

    template <class T>
    static T need(const Result<T>& r)
    {
        INFO(r.error().toStdString());
        REQUIRE(r.ok());
        return *r;
    }

    qint64 programme(CourseRepository& courses, const char* title, const char* area, int hours)
    {
        CourseProgramme p{.orgUnitId = unit("R"), .title = QString::fromUtf8(title), .provider = QStringLiteral("ТОИПКРО"),
                          .hours = hours, .competenceArea = QString::fromLatin1(area), .form = QStringLiteral("in_person")};
        return need(courses.insertProgramme(p));
    }

    qint64 event(EventRepository& events, const char* kind, const char* level, qint64 organiser, const QDate& date,
                 const char* topic, const char* area)
    {
        MethodicalEvent e{.orgUnitId = organiser, .kind = QString::fromLatin1(kind), .level = QString::fromLatin1(level),
                          .date = date, .topic = QString::fromUtf8(topic), .competenceArea = QString::fromLatin1(area)};
        return need(events.insert(e));
    }

    int count(const char* table) const
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QString::fromLatin1(table))));
        REQUIRE(q.next());
        return q.value(0).toInt();
    }

    EditSession session;
    qint64 diagnosticId = 0;
    qint64 courseId = 0;
    qint64 seminarId = 0;
};
