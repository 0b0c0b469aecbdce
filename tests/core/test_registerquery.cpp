// The register of every record kind (core/registers): each spec's SQL runs on an empty database
// and on one with a record of every kind, in every period, with every sort column, the text
// filter and the status filter; and the period arithmetic.
#include "registerfixture.h"
#include "registers/registerquery.h"

#include <catch2/catch.hpp>

namespace {

QVector<RecordKind> registerKinds()
{
    QVector<RecordKind> kinds;
    for (const RecordKindInfo& info : RecordKinds::all())
        if (RegisterSpecs::has(info.kind))
            kinds << info.kind;
    return kinds;
}

QVector<qint64> ids(RegisterQuery& query, const RegisterFilter& filter)
{
    const auto result = query.ids(filter);
    INFO(result.error().toStdString());
    REQUIRE(result.ok());
    return result.value();
}

} // namespace

TEST_CASE("the register periods: academic year, calendar year, all years", "[registers]")
{
    const RegisterPeriod academic = RegisterPeriod::currentAcademicYear(QDate(2025, 3, 15));
    CHECK(academic == RegisterPeriod::academicYear(2024));
    CHECK(academic.from() == QDate(2024, 9, 1));
    CHECK(academic.to() == QDate(2025, 8, 31));
    CHECK(academic.text() == QStringLiteral("2024/25 учебный год"));
    CHECK(RegisterPeriod::currentAcademicYear(QDate(2025, 9, 1)).year == 2025);
    CHECK(RegisterPeriod::calendarYear(2025).from() == QDate(2025, 1, 1));
    CHECK(RegisterPeriod::calendarYear(2025).to() == QDate(2025, 12, 31));
    CHECK(RegisterPeriod::calendarYear(2025).text() == QStringLiteral("2025 год"));
    CHECK_FALSE(RegisterPeriod::all().from().isValid());
    CHECK(RegisterPeriod::all().text() == QStringLiteral("Все годы"));

    // The next academic year (for plans) and 8 back from the current one (2025/26 … 2017/18),
    // 8 calendar years (2025 … 2018), all years.
    const QVector<RegisterPeriod> choices = RegisterPeriod::choices(QDate(2025, 3, 15));
    REQUIRE(choices.size() == 18);
    CHECK(choices.first() == RegisterPeriod::academicYear(2025));
    CHECK(choices.at(8) == RegisterPeriod::academicYear(2017));
    CHECK(choices.at(9) == RegisterPeriod::calendarYear(2025));
    CHECK(choices.at(16) == RegisterPeriod::calendarYear(2018));
    CHECK(choices.last() == RegisterPeriod::all());
}

TEST_CASE("every register's SQL runs on an empty database", "[registers]")
{
    RecordTree tree;
    for (const RecordKind kind : registerKinds()) {
        INFO(RecordKinds::info(kind).code);
        RegisterQuery query(*tree.db, RegisterSpecs::of(kind));
        for (const RegisterPeriod& period : {RegisterPeriod::academicYear(2024), RegisterPeriod::calendarYear(2024), RegisterPeriod::all()})
            for (const qint64 root : {qint64(0), tree.region, tree.schoolA})
                CHECK(ids(query, {root, period}).isEmpty());
        const auto rows = query.rows({1, 2, 3});
        REQUIRE(rows.ok());
        CHECK(rows.value().isEmpty());
    }
}

TEST_CASE("every register shows the one record of its kind, in its subtree and period, in every order", "[registers]")
{
    RegisterFixture f;
    f.oneOfEach();
    for (const RecordKind kind : registerKinds()) {
        const RegisterSpec& spec = RegisterSpecs::of(kind);
        INFO(RecordKinds::info(kind).code);
        RegisterQuery query(*f.db, spec);
        const RegisterPeriod year = RegisterPeriod::academicYear(2024);

        // The record is at school A on 10.10.2024 (or in 2024/25, or in 2024).
        const QVector<qint64> found = ids(query, {f.region, year});
        REQUIRE(found.size() == 1);
        CHECK(ids(query, {0, year}) == found);
        CHECK(ids(query, {f.municipality, year}) == found);
        CHECK(ids(query, {f.schoolA, RegisterPeriod::calendarYear(2024)}) == found);
        CHECK(ids(query, {f.schoolA, RegisterPeriod::all()}) == found);
        CHECK(ids(query, {f.schoolB, year}).isEmpty());
        CHECK(ids(query, {f.otherMunicipality, RegisterPeriod::all()}).isEmpty());
        // Course programmes have no date: every period shows them.
        const bool dated = spec.period.type != PeriodRule::Type::None;
        CHECK(ids(query, {f.region, RegisterPeriod::academicYear(2022)}).size() == (dated ? 0 : 1));

        for (int column = 0; column < spec.columns.size(); ++column)
            for (const bool descending : {false, true})
                CHECK(ids(query, {f.region, year, {}, {}, column, descending}) == found);
        CHECK(ids(query, {f.region, year, QStringLiteral("нет такого текста")}).isEmpty());
        if (spec.hasStatus()) {
            int matches = 0;
            for (const QString& code : spec.status.codes)
                matches += int(ids(query, {f.region, year, {}, code}).size());
            CHECK(matches == 1); // exactly one status holds
        }

        const auto rows = query.rows(found);
        REQUIRE(rows.ok());
        REQUIRE(rows.value().size() == 1);
        CHECK(rows.value().first().id == found.first());
        CHECK(rows.value().first().cells.size() == spec.columns.size());
        // Иванова is the record's person (author, mentor, methodist, head, responsible) except in
        // the kinds without a person.
        const QVector<RecordKind> withoutPerson{RecordKind::CourseProgramme, RecordKind::Event, RecordKind::Competition,
                                                RecordKind::InnovationSite, RecordKind::Risk, RecordKind::Checklist};
        CHECK(rows.value().first().cells.contains(QStringLiteral("Иванова А. П.")) == !withoutPerson.contains(kind));
        // Every register searches its unit's name (Школа А).
        CHECK(ids(query, {f.region, year, QStringLiteral("школа")}) == found);
        CHECK(ids(query, {f.region, year, QStringLiteral("иванова")}).size() == (withoutPerson.contains(kind) ? 0 : 1));
    }
}
