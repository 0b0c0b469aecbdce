// `metodist-cli check` over the support cycle's records: a file whose records all went through
// the repositories has no problems; each rule, broken by a direct SQL change (as another program
// or an old copy could leave the file), gives one message naming how many rows break it and the
// first of them. On the tree of recordtree.h (today is 15.03.2025).
#include "recordtree.h"
#include "storage/associationrepository.h"
#include "storage/consultationrepository.h"
#include "storage/eventrepository.h"
#include "storage/innovationsiterepository.h"
#include "storage/integritycheck.h"
#include "storage/planrepository.h"
#include "storage/studentresultrepository.h"

#include <QSqlQuery>

namespace {

struct Fixture : RecordTree {
    qint64 centre = unit(municipality, UnitLevel::Organisation, "MC", "Методический центр");
    qint64 methodist = person("Морозова", "Мария", QDate(2000, 9, 1), centre, QDate(2010, 9, 1));
    qint64 ivanova = person("Иванова", "Ольга", QDate(2015, 9, 1), schoolA, QDate(2015, 9, 1));
    qint64 petrov = person("Петров", "Олег", QDate(2016, 9, 1), schoolA, QDate(2016, 9, 1));
    qint64 consultationId = 0, associationId = 0, eventId = 0, planId = 0, resultId = 0;

    Fixture()
    {
        ConsultationRepository consultations(*db);
        Consultation c{.methodistId = methodist, .date = QDate(2025, 2, 10), .topic = QStringLiteral("Формирующее оценивание"),
                       .form = QStringLiteral("individual"), .personIds = {ivanova}};
        REQUIRE(consultations.insert(c).ok());
        consultationId = c.id;

        AssociationRepository associations(*db);
        MethodicalAssociation a{.orgUnitId = schoolA, .level = QStringLiteral("school"),
                                .subject = QStringLiteral("ШМО учителей начальных классов"), .start = QDate(2020, 9, 1)};
        REQUIRE(associations.insert(a).ok());
        associationId = a.id;
        QVector<AssociationMember> members{{.personId = ivanova, .joinedOn = QDate(2020, 9, 1)},
                                           {.personId = petrov, .joinedOn = QDate(2021, 9, 1), .leftOn = QDate(2023, 8, 31)}};
        REQUIRE(associations.addMembers(a.id, members).ok());

        InnovationSiteRepository sites(*db);
        InnovationSite site{.orgUnitId = schoolA, .level = QStringLiteral("municipal"),
                            .topic = QStringLiteral("Функциональная грамотность"), .start = QDate(2022, 9, 1)};
        REQUIRE(sites.insert(site).ok());

        EventRepository events(*db);
        MethodicalEvent e{.orgUnitId = municipality, .kind = QStringLiteral("seminar"), .level = QStringLiteral("municipal"),
                          .date = QDate(2025, 2, 12), .topic = QStringLiteral("Современный урок")};
        REQUIRE(events.insert(e).ok());
        eventId = e.id;
        REQUIRE(events.addParticipants(e.id, {ivanova, petrov}, QStringLiteral("participant")).ok());

        PlanRepository plans(*db);
        PlanItem item{.orgUnitId = municipality, .year = 2024, .month = 2, .title = QStringLiteral("Семинар «Современный урок»"),
                      .status = QStringLiteral("held"), .eventId = e.id};
        REQUIRE(plans.insert(item).ok());
        planId = item.id;

        StudentResultRepository results(*db);
        StudentResult r{.personId = ivanova, .year = 2023, .measure = QStringLiteral("ВПР, средний процент выполнения"), .value = 64};
        REQUIRE(results.insert(r).ok());
        resultId = r.id;
    }

    void exec(const QString& sql)
    {
        QSqlQuery q(db->connection());
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
    }

    QStringList problems()
    {
        QStringList list;
        for (const IntegrityProblem& p : IntegrityCheck::run(*db))
            list.append(p.message);
        return list;
    }
};

} // namespace

TEST_CASE("the check finds no problem in records written through the repositories", "[integrity]")
{
    Fixture f;
    CHECK(f.problems() == QStringList());
}

TEST_CASE("the check names records with codes that are in no reference list", "[integrity]")
{
    Fixture f;
    f.exec(QStringLiteral("UPDATE consultation SET form = 'phone'"));
    f.exec(QStringLiteral("UPDATE event_participation SET role = 'guest'"));
    // Two participations with the unknown role, the example is the first in order.
    CHECK(f.problems() == QStringList{QStringLiteral("Участия в мероприятиях в неизвестной роли: 2 (например, «guest»)."),
                                      QStringLiteral("Консультации неизвестной формы: 1 (например, «phone»).")});
}

TEST_CASE("the check names records that lost their parts or are linked wrongly", "[integrity]")
{
    Fixture f;
    SECTION("a consultation without its person")
    {
        f.exec(QStringLiteral("DELETE FROM consultation_person"));
        CHECK(f.problems() == QStringList{QStringLiteral(
                                  "Консультации без консультируемых: 1 (например, «Формирующее оценивание, 2025-02-10»).")});
    }
    SECTION("the methodist among the persons consulted")
    {
        f.exec(QStringLiteral("UPDATE consultation_person SET person_id = %1").arg(f.methodist));
        CHECK(f.problems() == QStringList{QStringLiteral("Консультации, в которых методист указан среди консультируемых: 1 "
                                                         "(например, «Формирующее оценивание, 2025-02-10»).")});
    }
    SECTION("a plan item carried out by an event of another academic year")
    {
        f.exec(QStringLiteral("UPDATE plan_item SET academic_year = 2023, month = 9"));
        CHECK(f.problems() == QStringList{QStringLiteral("Пункты плана, выполненные мероприятием другого учебного года: 1 "
                                                         "(например, «Семинар «Современный урок»»).")});
    }
}

TEST_CASE("the check names records at a unit of the wrong level", "[integrity]")
{
    Fixture f;
    f.exec(QStringLiteral("UPDATE innovation_site SET org_unit_id = %1").arg(f.municipality));
    f.exec(QStringLiteral("UPDATE methodical_association SET org_unit_id = %1").arg(f.region));
    CHECK(f.problems()
          == QStringList{QStringLiteral("Инновационные площадки в подразделении, которое не является организацией: 1 "
                                        "(например, «Район: Функциональная грамотность»)."),
                         QStringLiteral("Методические объединения в подразделении не своего уровня: 1 "
                                        "(например, «ШМО учителей начальных классов»).")});
}

TEST_CASE("the check names dates out of their periods and memberships that overlap", "[integrity]")
{
    Fixture f;
    SECTION("a member who joined before the association started")
    {
        f.exec(QStringLiteral("UPDATE methodical_association SET start_date = '2021-01-01'"));
        CHECK(f.problems() == QStringList{QStringLiteral("Члены методических объединений, вступившие или вышедшие вне периода работы "
                                                         "объединения: 1 (например, «Иванова Ольга, ШМО учителей начальных классов»).")});
    }
    SECTION("the same person twice at once")
    {
        // Петров was a member 01.09.2021 – 31.08.2023; a second row from 2023-01-01 overlaps it.
        f.exec(QStringLiteral("INSERT INTO association_member (association_id, person_id, joined_on, uuid, created_at, updated_at) "
                              "VALUES (%1, %2, '2023-01-01', 'x-1', '2025-01-01', '2025-01-01')")
                   .arg(f.associationId)
                   .arg(f.petrov));
        CHECK(f.problems() == QStringList{QStringLiteral("Пересекающиеся периоды членства одного человека в одном объединении: 1 "
                                                         "(например, «Петров Олег, ШМО учителей начальных классов»).")});
    }
    SECTION("an employment shortened under its records")
    {
        // Петров's job at Школа А now ends before the seminar of 12.02.2025 he took part in; the
        // student result of Иванова for 2023/24 has no year she worked in once her job starts in 2025.
        f.exec(QStringLiteral("UPDATE employment SET end_date = '2025-01-31' WHERE person_id = %1").arg(f.petrov));
        f.exec(QStringLiteral("UPDATE employment SET start_date = '2025-03-01' WHERE person_id = %1").arg(f.ivanova));
        CHECK(f.problems()
              == QStringList{
                  QStringLiteral("Участия в мероприятиях человека, который в день мероприятия не работал в указанной организации: 2 "
                                 "(например, «Иванова Ольга, 2025-02-12»)."),
                  QStringLiteral("Результаты обучающихся педагога, который в этом учебном году нигде не работал: 1 "
                                 "(например, «Иванова Ольга, 2023»).")});
    }
}

TEST_CASE("the check names what cannot have happened yet", "[integrity]")
{
    Fixture f;
    // Today is 15.03.2025: a consultation on 01.04.2025, and the seminar's plan item held in May.
    f.exec(QStringLiteral("UPDATE consultation SET consultation_date = '2025-04-01'"));
    f.exec(QStringLiteral("UPDATE plan_item SET month = 5"));
    CHECK(f.problems()
          == QStringList{QStringLiteral("Пункты плана, отмеченные проведёнными раньше своего месяца: 1 "
                                        "(например, «Семинар «Современный урок»»)."),
                         QStringLiteral("Консультации с датой в будущем: 1 (например, «Морозова Мария, 2025-04-01»).")});
}
