// Benchmark of the staff register (StaffQuery): builds a region of 3,000 organisations with
// N persons through the repositories (fixed seed), then times ids() and one page of rows() for
// typical filters and prints SQLite's query plans.
//
//   bench-staffquery [--persons N] [--schools S] [--db FILE]
// N defaults to 100000, S (organisations per municipality; 60 municipalities) to 50. With --db the database is kept in FILE; an existing FILE is measured
// as it is (not filled again).
#include "domain/orgunit.h"
#include "domain/person.h"
#include "storage/clock.h"
#include "storage/database.h"
#include "storage/orgunitrepository.h"
#include "storage/personrepository.h"
#include "storage/staffquery.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <functional>
#include <cstdio>

namespace {

QTextStream out(stdout);

const QStringList maleSurnames = QString::fromUtf8(
    "Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов Волков "
    "Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Никитин "
    "Захаров Зайцев Соловьёв Борисов Яковлев Григорьев Романов Воробьёв Сергеев Кузьмин Фролов").split(u' ');
const QStringList maleNames = QString::fromUtf8(
    "Александр Алексей Андрей Дмитрий Евгений Иван Максим Михаил Николай Павел Сергей Юрий").split(u' ');
const QStringList femaleNames = QString::fromUtf8(
    "Анна Елена Екатерина Ирина Мария Наталья Ольга Светлана Татьяна Юлия Людмила Галина Надежда").split(u' ');
const QStringList fathers = QString::fromUtf8(
    "Александров Алексеев Андреев Викторов Владимиров Дмитриев Иванов Михайлов Николаев Петров Сергеев").split(u' ');
const QStringList subjects = QString::fromUtf8(
    "русский язык;литература;математика;физика;химия;биология;история;обществознание;география;"
    "английский язык;информатика;физическая культура;музыка;технология;начальные классы").split(u';');
const QStringList positions = {QStringLiteral("teacher"), QStringLiteral("teacher"), QStringLiteral("teacher"),
                               QStringLiteral("teacher"), QStringLiteral("preschool_teacher"),
                               QStringLiteral("additional_teacher"), QStringLiteral("psychologist"),
                               QStringLiteral("tutor"), QStringLiteral("methodist"), QStringLiteral("head"),
                               QStringLiteral("deputy_head")};
const QStringList categories = {QStringLiteral("none"), QStringLiteral("conformity"), QStringLiteral("first"),
                                QStringLiteral("highest"), QStringLiteral("methodist"), QStringLiteral("mentor")};

template <class T>
const T& pick(QRandomGenerator& rng, const QList<T>& list)
{
    return list.at(rng.bounded(int(list.size())));
}

QDate dayBetween(QRandomGenerator& rng, const QDate& from, const QDate& to)
{
    return from.addDays(rng.bounded(int(from.daysTo(to)) + 1));
}

bool fill(Database& db, int personCount, int schoolsPerMunicipality, const QDate& today)
{
    OrgUnitRepository units(db);
    PersonRepository persons(db);
    QRandomGenerator rng(20240901);
    WriteTransaction tx(db);
    auto insertUnit = [&](UnitLevel level, qint64 parent, const QString& code, const QString& name) {
        OrgUnit u;
        u.level = level;
        u.parentId = parent;
        u.code = code;
        u.name = name;
        if (level == UnitLevel::Organisation) {
            u.kind = QStringLiteral("school");
            u.rural = rng.bounded(3) == 0;
            u.lowResults = rng.bounded(10) == 0;
        }
        const auto id = units.insert(u);
        if (!id)
            out << id.error() << Qt::endl;
        return id ? id.value() : 0;
    };
    QVector<qint64> schools;
    const qint64 region = insertUnit(UnitLevel::Region, 0, QStringLiteral("R"), QString::fromUtf8("Томская область"));
    for (int h = 1; h <= 6; ++h) {
        const qint64 hub = insertUnit(UnitLevel::Hub, region, QStringLiteral("H%1").arg(h), QString::fromUtf8("Хаб %1").arg(h));
        for (int m = 1; m <= 10; ++m) {
            const QString mcode = QStringLiteral("M%1-%2").arg(h).arg(m);
            const qint64 mun = insertUnit(UnitLevel::Municipality, hub, mcode, QString::fromUtf8("Район %1-%2").arg(h).arg(m));
            for (int s = 1; s <= schoolsPerMunicipality; ++s)
                schools << insertUnit(UnitLevel::Organisation, mun, mcode + QStringLiteral("-S%1").arg(s),
                                      QString::fromUtf8("МБОУ СОШ № %1 (%2-%3)").arg(s).arg(h).arg(m));
        }
    }
    for (int i = 0; i < personCount; ++i) {
        Person p;
        const bool female = rng.bounded(100) < 82;
        p.lastName = pick(rng, maleSurnames) + (female ? QStringLiteral("а") : QString());
        p.firstName = pick(rng, female ? femaleNames : maleNames);
        p.middleName = pick(rng, fathers) + (female ? QStringLiteral("на") : QStringLiteral("ич"));
        p.birthDate = dayBetween(rng, today.addYears(-68), today.addYears(-22));
        p.experienceStart = dayBetween(rng, p.birthDate.addYears(21), today);
        p.subjects = QStringList{pick(rng, subjects)};
        if (rng.bounded(4) == 0)
            p.subjects << pick(rng, subjects);
        p.subjects.removeDuplicates();
        p.category = pick(rng, categories);
        if (p.category != u"none") {
            p.categoryGranted = dayBetween(rng, today.addYears(-5), today);
            p.categoryExpires = p.categoryGranted.addYears(5);
        }
        if (const auto id = persons.insert(p); !id) {
            out << id.error() << Qt::endl;
            return false;
        }
        const int jobs = rng.bounded(20) == 0 ? 2 : 1;
        for (int j = 0; j < jobs; ++j) {
            Employment e;
            e.personId = p.id;
            e.unitId = schools.at(rng.bounded(int(schools.size())));
            e.positionCode = pick(rng, positions);
            e.rate = j == 0 ? 1.0 : 0.5;
            e.start = dayBetween(rng, p.experienceStart, today);
            if (rng.bounded(25) == 0)
                e.end = dayBetween(rng, e.start, today.addDays(-1) < e.start ? e.start : today.addDays(-1));
            if (const auto id = persons.addEmployment(e); !id) {
                out << id.error() << Qt::endl;
                return false;
            }
        }
    }
    return tx.commit().ok();
}

double medianMs(const std::function<void()>& work, int runs = 5)
{
    QVector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << timer.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(runs / 2);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int personCount = 100000;
    int schoolsPerMunicipality = 50;
    QString keep;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--persons")
            personCount = args.at(++i).toInt();
        else if (args.at(i) == u"--schools")
            schoolsPerMunicipality = args.at(++i).toInt();
        else if (args.at(i) == u"--db")
            keep = args.at(++i);
    }
    QTemporaryDir dir;
    const QString path = keep.isEmpty() ? dir.filePath(QStringLiteral("bench.db")) : keep;
    const bool existing = QFile::exists(path);
    auto opened = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!opened) {
        out << opened.error() << Qt::endl;
        return 1;
    }
    Database& db = *opened.value();
    const QDate today = Clock::system().today();
    QElapsedTimer timer;
    timer.start();
    if (!existing && !fill(db, personCount, schoolsPerMunicipality, today))
        return 1;
    PersonRepository persons(db);
    out << "filled " << persons.count() << " persons, " << persons.employmentCount() << " employments in "
        << timer.elapsed() / 1000.0 << " s" << Qt::endl;

    OrgUnitRepository units(db);
    const qint64 region = units.region()->id;
    const qint64 municipality = units.findByCode(QStringLiteral("M1-1"))->id;
    struct Case {
        const char* what;
        StaffFilter filter;
    };
    auto filter = [&](qint64 root, StaffColumn sort, bool descending = false) {
        StaffFilter f;
        f.rootUnitId = root;
        f.on = today;
        f.sortColumn = sort;
        f.descending = descending;
        return f;
    };
    QList<Case> cases;
    cases << Case{"region, by name", filter(region, StaffColumn::Name)};
    cases << Case{"region, by name descending", filter(region, StaffColumn::Name, true)};
    cases << Case{"region, by organisation", filter(region, StaffColumn::Organisation)};
    cases << Case{"region, by age", filter(region, StaffColumn::Age)};
    cases << Case{"region, by category", filter(region, StaffColumn::Category)};
    cases << Case{"region, former too", filter(region, StaffColumn::Name)};
    cases.last().filter.includeFormer = true;
    cases << Case{"region, name contains 'иванова м'", filter(region, StaffColumn::Name)};
    cases.last().filter.nameText = QString::fromUtf8("иванова м");
    cases << Case{"region, position psychologist", filter(region, StaffColumn::Name)};
    cases.last().filter.positionCode = QStringLiteral("psychologist");
    cases << Case{"region, category highest, by position", filter(region, StaffColumn::Position)};
    cases.last().filter.categoryCode = QStringLiteral("highest");
    cases << Case{"hub, by name", filter(units.findByCode(QStringLiteral("H1"))->id, StaffColumn::Name)};
    cases << Case{"hub, by age", filter(units.findByCode(QStringLiteral("H1"))->id, StaffColumn::Age)};
    cases << Case{"municipality, by name", filter(municipality, StaffColumn::Name)};
    cases << Case{"municipality, name 'ольга'", filter(municipality, StaffColumn::Name)};
    cases.last().filter.nameText = QString::fromUtf8("ольга");

    StaffQuery staff(db);
    out << Qt::endl << "| filter | rows | ids() ms | rows() of 200 ms |" << Qt::endl << "|---|---:|---:|---:|" << Qt::endl;
    for (const Case& c : cases) {
        QVector<qint64> ids;
        const double idsMs = medianMs([&] { ids = staff.ids(c.filter).value(); });
        const QVector<qint64> page = ids.mid(ids.size() / 2, StaffQuery::PageSize);
        const double rowsMs = medianMs([&] { (void)staff.rows(page); });
        out << "| " << c.what << " | " << ids.size() << " | " << QString::number(idsMs, 'f', 1) << " | "
            << QString::number(rowsMs, 'f', 2) << " |" << Qt::endl;
    }
    // What Qt's driver alone costs: every employment id, unsorted, unfiltered.
    int all = 0;
    const double baseMs = medianMs([&] {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT id FROM employment"));
        for (all = 0; q.next(); ++all)
            q.value(0).toLongLong();
    });
    out << "| (baseline: SELECT id FROM employment) | " << all << " | " << QString::number(baseMs, 'f', 1) << " | |" << Qt::endl;
    out << Qt::endl;
    for (const Case& c : cases) {
        out << c.what << ":" << Qt::endl;
        for (const QString& line : staff.queryPlan(c.filter))
            out << "    " << line << Qt::endl;
    }
    return 0;
}
