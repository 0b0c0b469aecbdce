#pragma once
// The tree of the support-cycle tests (cyclefixture.h: R → H → M {A, B}, M2 {C}) for the
// indicator tests, "today" 15.11.2025 — so 2024/25 is a past academic year with its snapshot on
// 31.08.2025, and 2025/26 the current one.
//
// Records are written as rows (each with its UUID and times), the way the repositories store
// them, so each test states exactly the facts its figures are worked out from.
#include "cyclefixture.h"
#include "indicators/indicatorengine.h"
#include "storage/sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>

struct IndicatorFixture : CycleFixture {
    const IndicatorPeriod y2024{IndicatorPeriod::Kind::Academic, 2024}; // 01.09.2024 – 31.08.2025
    const IndicatorPeriod y2025{IndicatorPeriod::Kind::Academic, 2025}; // current: snapshot 15.11.2025

    IndicatorFixture() { clock.set(QDateTime(QDate(2025, 11, 15), QTime(12, 0), Qt::UTC)); }

    // Inserts a row: columns and values; uuid, created_at and updated_at are added when the
    // table has them (withUuid).
    qint64 row(const QString& table, QStringList columns, QVariantList values, bool withUuid = true)
    {
        if (withUuid) {
            columns << QStringLiteral("uuid") << QStringLiteral("created_at") << QStringLiteral("updated_at");
            values << db->newUuid() << db->timestamp() << db->timestamp();
        }
        QSqlQuery q(db->connection());
        QStringList marks;
        for (int i = 0; i < columns.size(); ++i)
            marks << QStringLiteral("?");
        REQUIRE(q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columns.join(u','), marks.join(u','))));
        for (const QVariant& v : values)
            q.addBindValue(v);
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec());
        return q.lastInsertId().toLongLong();
    }

    static QVariant date(const QDate& d) { return sqlDate(d); }

    // A teacher born on `birth` with experience from `experience`, employed at `unitId` from
    // `from` (to `to`); unit 0: employed nowhere.
    qint64 person(const char* lastName, qint64 unitId, QDate from = QDate(2015, 9, 1), QDate to = {},
                  QDate birth = QDate(1980, 1, 1), QDate experience = QDate(2005, 9, 1))
    {
        const QString last = QString::fromUtf8(lastName);
        const qint64 id = row(QStringLiteral("person"),
                              {QStringLiteral("last_name"), QStringLiteral("first_name"), QStringLiteral("middle_name"), QStringLiteral("name_key"),
                               QStringLiteral("birth_date"), QStringLiteral("experience_start")},
                              {last, QStringLiteral("Анна"), QStringLiteral("Ивановна"), last.toLower() + QStringLiteral(" анна ивановна"),
                               date(birth), date(experience)});
        if (unitId != 0)
            employ(id, unitId, from, to);
        return id;
    }

    qint64 employ(qint64 personId, qint64 unitId, QDate from, QDate to = {}, double rate = 1, const char* position = "teacher")
    {
        return row(QStringLiteral("employment"),
                   {QStringLiteral("person_id"), QStringLiteral("org_unit_id"), QStringLiteral("position_code"), QStringLiteral("rate"),
                    QStringLiteral("start_date"), QStringLiteral("end_date")},
                   {personId, unitId, QString::fromLatin1(position), rate, date(from), date(to)});
    }

    // A diagnostic with results: {area, level, deficit}.
    struct Area {
        const char* area;
        const char* level;
        bool deficit;
    };
    qint64 diagnostic(qint64 personId, qint64 unitId, QDate on, std::initializer_list<Area> results = {})
    {
        const qint64 id = row(QStringLiteral("diagnostic"),
                              {QStringLiteral("org_unit_id"), QStringLiteral("person_id"), QStringLiteral("diagnosed_on"), QStringLiteral("source_code")},
                              {unitId, personId, date(on), QStringLiteral("school")});
        for (const Area& r : results)
            row(QStringLiteral("diagnostic_result"), {QStringLiteral("diagnostic_id"), QStringLiteral("area_code"), QStringLiteral("level"), QStringLiteral("deficit")},
                {id, QString::fromLatin1(r.area), QString::fromLatin1(r.level), r.deficit ? 1 : 0}, false);
        return id;
    }

    qint64 course(qint64 personId, qint64 unitId, QDate end, int hours = 36, bool registry = false, const char* area = nullptr, QDate start = {})
    {
        const qint64 programme = row(QStringLiteral("course_programme"),
                                     {QStringLiteral("org_unit_id"), QStringLiteral("title"), QStringLiteral("hours"), QStringLiteral("in_federal_registry"),
                                      QStringLiteral("competence_area"), QStringLiteral("form")},
                                     {region, QStringLiteral("Курс %1").arg(db->newUuid()), hours, registry ? 1 : 0,
                                      area ? QVariant(QString::fromLatin1(area)) : QVariant(QMetaType::fromType<QString>()), QStringLiteral("distance")});
        return row(QStringLiteral("course_completion"),
                   {QStringLiteral("org_unit_id"), QStringLiteral("programme_id"), QStringLiteral("person_id"), QStringLiteral("start_date"), QStringLiteral("end_date")},
                   {unitId, programme, personId, date(start.isValid() ? start : end.addDays(-14)), date(end)});
    }

    qint64 attestation(qint64 personId, qint64 unitId, QDate on, bool granted = true)
    {
        return row(QStringLiteral("attestation"),
                   {QStringLiteral("org_unit_id"), QStringLiteral("person_id"), QStringLiteral("attestation_date"), QStringLiteral("category"),
                    QStringLiteral("outcome"), QStringLiteral("valid_until")},
                   {unitId, personId, date(on), QStringLiteral("first"), granted ? QStringLiteral("granted") : QStringLiteral("refused"),
                    granted ? date(on.addYears(5)) : QVariant(QMetaType::fromType<QString>())});
    }

    qint64 competition(qint64 personId, qint64 unitId, int year, const char* result = "participant")
    {
        const qint64 c = row(QStringLiteral("competition"), {QStringLiteral("org_unit_id"), QStringLiteral("title"), QStringLiteral("level"), QStringLiteral("year")},
                             {region, QStringLiteral("Учитель года"), QStringLiteral("regional"), year});
        return row(QStringLiteral("competition_participation"),
                   {QStringLiteral("org_unit_id"), QStringLiteral("competition_id"), QStringLiteral("person_id"), QStringLiteral("result")},
                   {unitId, c, personId, QString::fromLatin1(result)});
    }

    // A route with problems in the areas given; statusDate defaults to the end for final statuses.
    qint64 route(qint64 personId, qint64 unitId, QDate start, QDate end, const char* status, std::initializer_list<const char*> areas = {},
                 QDate statusDate = {})
    {
        const QString s = QString::fromLatin1(status);
        const bool final = s.startsWith(QLatin1String("completed")) || s == QLatin1String("abandoned");
        const qint64 id = row(QStringLiteral("route"),
                              {QStringLiteral("org_unit_id"), QStringLiteral("person_id"), QStringLiteral("start_date"), QStringLiteral("end_date"),
                               QStringLiteral("status"), QStringLiteral("status_date")},
                              {unitId, personId, date(start), date(end), s, date(statusDate.isValid() ? statusDate : final ? end : start)});
        for (const char* area : areas)
            row(QStringLiteral("route_problem"), {QStringLiteral("route_id"), QStringLiteral("area_code")}, {id, QString::fromLatin1(area)});
        return id;
    }

    // A mentoring programme of one mentee.
    qint64 mentoring(qint64 menteeId, qint64 mentorId, qint64 unitId, QDate start, QDate end, const char* status = "active",
                     QDate joined = {}, QDate left = {})
    {
        const QString s = QString::fromLatin1(status);
        const bool final = s.startsWith(QLatin1String("completed")) || s == QLatin1String("abandoned");
        const qint64 g = row(QStringLiteral("mentoring_programme"),
                             {QStringLiteral("org_unit_id"), QStringLiteral("mentor_id"), QStringLiteral("form_code"), QStringLiteral("type_code"),
                              QStringLiteral("start_date"), QStringLiteral("end_date"), QStringLiteral("status"), QStringLiteral("status_date")},
                             {unitId, mentorId, QStringLiteral("teacher_teacher"), QStringLiteral("traditional"), date(start), date(end), s,
                              date(final ? end : start)});
        row(QStringLiteral("mentoring_mentee"), {QStringLiteral("programme_id"), QStringLiteral("person_id"), QStringLiteral("joined_on"), QStringLiteral("left_on")},
            {g, menteeId, date(joined.isValid() ? joined : start), date(left)});
        return g;
    }

    qint64 event(qint64 personId, qint64 unitId, QDate on, const char* area = nullptr)
    {
        const qint64 e = row(QStringLiteral("methodical_event"),
                             {QStringLiteral("org_unit_id"), QStringLiteral("kind"), QStringLiteral("level"), QStringLiteral("start_date"),
                              QStringLiteral("topic"), QStringLiteral("competence_area")},
                             {unitId, QStringLiteral("seminar"), QStringLiteral("municipal"), date(on), QStringLiteral("Семинар"),
                              area ? QVariant(QString::fromLatin1(area)) : QVariant(QMetaType::fromType<QString>())});
        return row(QStringLiteral("event_participation"),
                   {QStringLiteral("org_unit_id"), QStringLiteral("event_id"), QStringLiteral("person_id"), QStringLiteral("role")},
                   {unitId, e, personId, QStringLiteral("participant")});
    }

    qint64 consultation(qint64 methodistId, qint64 unitId, QDate on, std::initializer_list<qint64> persons, const char* area = nullptr)
    {
        const qint64 c = row(QStringLiteral("consultation"),
                             {QStringLiteral("org_unit_id"), QStringLiteral("methodist_id"), QStringLiteral("consultation_date"), QStringLiteral("topic"),
                              QStringLiteral("form"), QStringLiteral("competence_area")},
                             {unitId, methodistId, date(on), QStringLiteral("ИОМ"), QStringLiteral("individual"),
                              area ? QVariant(QString::fromLatin1(area)) : QVariant(QMetaType::fromType<QString>())});
        for (qint64 p : persons)
            row(QStringLiteral("consultation_person"), {QStringLiteral("consultation_id"), QStringLiteral("person_id")}, {c, p}, false);
        return c;
    }

    qint64 survey(qint64 unitId, QDate on, int satisfaction, qint64 personId = 0)
    {
        return row(QStringLiteral("survey"), {QStringLiteral("org_unit_id"), QStringLiteral("person_id"), QStringLiteral("survey_date"), QStringLiteral("satisfaction")},
                   {unitId, personId ? QVariant(personId) : QVariant(QMetaType::fromType<qlonglong>()), date(on), satisfaction});
    }

    qint64 association(qint64 unitId, QDate start, QDate end = {})
    {
        return row(QStringLiteral("methodical_association"),
                   {QStringLiteral("org_unit_id"), QStringLiteral("level"), QStringLiteral("subject"), QStringLiteral("start_date"), QStringLiteral("end_date")},
                   {unitId, QStringLiteral("school"), QStringLiteral("Математика"), date(start), date(end)});
    }

    qint64 member(qint64 associationId, qint64 personId, QDate joined, QDate left = {})
    {
        return row(QStringLiteral("association_member"),
                   {QStringLiteral("association_id"), QStringLiteral("person_id"), QStringLiteral("joined_on"), QStringLiteral("left_on")},
                   {associationId, personId, date(joined), date(left)});
    }

    qint64 studentResult(qint64 personId, qint64 unitId, int year, double value, const char* measure = "ЕГЭ")
    {
        const QString m = QString::fromUtf8(measure);
        return row(QStringLiteral("student_result"),
                   {QStringLiteral("org_unit_id"), QStringLiteral("person_id"), QStringLiteral("academic_year"), QStringLiteral("measure"),
                    QStringLiteral("measure_key"), QStringLiteral("value")},
                   {unitId, personId, year, m, m.toLower(), value});
    }

    qint64 answer(qint64 unitId, int year, const QString& item, const char* answer)
    {
        return row(QStringLiteral("checklist_answer"),
                   {QStringLiteral("org_unit_id"), QStringLiteral("academic_year"), QStringLiteral("item_code"), QStringLiteral("answer")},
                   {unitId, year, item, QString::fromLatin1(answer)});
    }

    void setFlags(qint64 unitId, bool lowResults, bool unfavourable)
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.prepare(QStringLiteral("UPDATE org_unit SET low_results = ?, unfavourable = ? WHERE id = ?")));
        q.addBindValue(lowResults ? 1 : 0);
        q.addBindValue(unfavourable ? 1 : 0);
        q.addBindValue(unitId);
        REQUIRE(q.exec());
    }

    // The drill-down of a unit for the codes; fails the test on an error.
    DrillDown compute(qint64 unitId, const IndicatorPeriod& period, const QStringList& codes)
    {
        const auto d = IndicatorEngine(*db).compute(unitId, period, codes);
        INFO(d.error().toStdString());
        REQUIRE(d.ok());
        return *d;
    }
};

// Numerator and denominator of a figure, for CHECK(nd(...) == Nd{3, 10}).
struct Nd {
    double numerator;
    double denominator;
    bool operator==(const Nd& o) const { return numerator == o.numerator && denominator == o.denominator; }
};

inline Nd nd(const UnitFigures& unit, const QString& code)
{
    const IndicatorFigure* f = unit.find(code);
    REQUIRE(f);
    return {f->numerator, f->denominator};
}

inline const UnitFigures& child(const DrillDown& d, qint64 unitId)
{
    for (const UnitFigures& c : d.children)
        if (c.unitId == unitId)
            return c;
    FAIL("no such child");
    return d.unit;
}

namespace Catch {
template <> struct StringMaker<Nd> {
    static std::string convert(const Nd& v) { return std::to_string(v.numerator) + " / " + std::to_string(v.denominator); }
};
} // namespace Catch
