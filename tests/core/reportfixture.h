#pragma once
// Hand-made data for the report builders, on the record tree (today 15.03.2025, the rules as
// seeded: ДПО every 3 years from 16 hours, novices for 3 years, categories for 5 years).
//
// Школа А: five teachers on 15.03.2025
//   Белова   since 2000; first category until 01.05.2025; 72 h ended 10.01.2024; mentor of Жукова;
//            route 01.09.2024–31.05.2025 (active), its one item due 01.04.2025
//   Волков   since 01.09.2023 (a novice, no mentor); no course
//   Гришина  since 2010; 36 h ended 01.03.2021; diagnostic 01.10.2024: subject low (a deficit,
//            no route), methodical high
//   Дёмин    since 2015; highest category until 10.01.2026; 72 h ended 01.06.2023; diagnostic
//            01.11.2024: methodical low, its route 15.11.2024–28.02.2025 (active): an item due
//            15.01.2025 still planned, an item done 01.02.2025
//   Жукова   since 01.09.2024 (a novice, mentee of Белова from 01.09.2024); 36 h ended 20.12.2024
// Школа Б: Егоров since 01.09.2024 (a novice, no mentor, no course) — never in Школа А's lists.
#include "recordtree.h"
#include "storage/attestationrepository.h"
#include "storage/courserepository.h"
#include "storage/diagnosticrepository.h"
#include "storage/mentoringrepository.h"
#include "storage/routerepository.h"

struct ReportFixture : RecordTree {
    CourseRepository courses{*db};
    DiagnosticRepository diagnostics{*db};
    RouteRepository routes{*db};
    MentoringRepository mentoring{*db};
    qint64 belova = 0, volkov = 0, grishina = 0, demin = 0, zhukova = 0, egorov = 0;
    qint64 deminRoute = 0;

    ReportFixture()
    {
        belova = person("Белова", "Анна", QDate(2000, 9, 1), schoolA, QDate(2000, 9, 1));
        volkov = person("Волков", "Иван", QDate(2023, 9, 1), schoolA, QDate(2023, 9, 1));
        grishina = person("Гришина", "Ольга", QDate(2010, 9, 1), schoolA, QDate(2010, 9, 1));
        demin = person("Дёмин", "Пётр", QDate(2015, 9, 1), schoolA, QDate(2015, 9, 1));
        zhukova = person("Жукова", "Ия", QDate(2024, 9, 1), schoolA, QDate(2024, 9, 1));
        egorov = person("Егоров", "Лев", QDate(2024, 9, 1), schoolB, QDate(2024, 9, 1));
        category(belova, "first", QDate(2025, 5, 1));
        category(demin, "highest", QDate(2026, 1, 10));

        const qint64 long72 = programme("Содержание и методика преподавания по ФГОС", 72);
        const qint64 long36 = programme("Функциональная грамотность", 36);
        complete(belova, long72, QDate(2024, 1, 10));
        complete(grishina, long36, QDate(2021, 3, 1));
        complete(demin, long72, QDate(2023, 6, 1));
        complete(zhukova, long36, QDate(2024, 12, 20));

        MentoringProgramme p{.mentorId = belova, .formCode = QStringLiteral("teacher_teacher"),
                             .typeCode = QStringLiteral("traditional"), .start = QDate(2024, 9, 1)};
        const auto programme = mentoring.insert(p, {{.personId = zhukova, .joinedOn = QDate(2024, 9, 1)}});
        REQUIRE(programme.ok());
        REQUIRE(mentoring.setStatus(*programme, QStringLiteral("active"), QDate(2024, 9, 1)).ok());

        diagnostic(grishina, QDate(2024, 10, 1), {{.areaCode = QStringLiteral("subject"), .score = 35, .level = QStringLiteral("low")},
                                                  {.areaCode = QStringLiteral("methodical"), .level = QStringLiteral("high")}});
        const qint64 d = diagnostic(demin, QDate(2024, 11, 1), {{.areaCode = QStringLiteral("methodical"), .level = QStringLiteral("low")}});
        const auto route = routes.createFromDiagnostic(d, QDate(2024, 11, 15), QDate(2025, 2, 28));
        INFO(route.error().toStdString());
        REQUIRE(route.ok());
        deminRoute = *route;
        REQUIRE(routes.setStatus(deminRoute, QStringLiteral("active"), QDate(2024, 11, 15)).ok());
        item(deminRoute, QDate(2025, 1, 15), "Курсы по методике", "planned");
        item(deminRoute, QDate(2025, 2, 1), "Открытый урок", "done");

        Route r{.personId = belova, .start = QDate(2024, 9, 1), .end = QDate(2025, 5, 31), .status = QStringLiteral("active")};
        REQUIRE(routes.insert(r).ok());
        item(r.id, QDate(2025, 4, 1), "Выступление на МО", "planned");
    }

    void category(qint64 personId, const char* code, const QDate& expires)
    {
        Person p = *persons.find(personId);
        p.category = QString::fromLatin1(code);
        p.categoryGranted = expires.addYears(-5);
        p.categoryExpires = expires;
        REQUIRE(persons.update(p).ok());
    }
    qint64 programme(const char* title, int hours)
    {
        CourseProgramme p{.orgUnitId = region, .title = QString::fromUtf8(title), .provider = QStringLiteral("ТОИПКРО"),
                          .hours = hours, .form = QStringLiteral("distance")};
        REQUIRE(courses.insertProgramme(p).ok());
        return p.id;
    }
    void complete(qint64 personId, qint64 programmeId, const QDate& end)
    {
        CourseCompletion c{.programmeId = programmeId, .personId = personId, .start = end.addDays(-14), .end = end,
                           .certificate = QStringLiteral("№ 7001")};
        const auto id = courses.insertCompletion(c);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
    }
    qint64 diagnostic(qint64 personId, const QDate& date, QVector<DiagnosticResult> results)
    {
        Diagnostic d{.personId = personId, .date = date, .sourceCode = QStringLiteral("cnppm"), .results = std::move(results)};
        const auto id = diagnostics.insert(d);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
        return *id;
    }
    void item(qint64 routeId, const QDate& due, const char* title, const char* status)
    {
        RouteItem i{.routeId = routeId, .directionCode = QStringLiteral("courses"), .title = QString::fromUtf8(title), .dueDate = due,
                    .status = QString::fromLatin1(status)};
        if (i.status == u"done")
            i.completedOn = due;
        const auto id = routes.addItem(i);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
    }
};
