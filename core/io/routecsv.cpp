#include "io/routecsv.h"
#include "io/fieldparsing.h"
#include "io/recordexport.h"
#include "io/recordimport.h"
#include "storage/database.h"
#include "storage/routerepository.h"
#include "storage/sqlvalues.h"

QString RouteCsv::statusWord(const QString& code)
{
    return RecordExport::word(code, {{"draft", "черновик"}, {"active", "действует"}, {"completed_successfully", "завершён успешно"},
                                     {"completed_unsuccessfully", "завершён неуспешно"}, {"abandoned", "прекращён"}});
}

qint64 RouteCsv::storedRoute(RouteRepository& routes, qint64 personId, const QDate& start)
{
    for (const Route& r : routes.routesOf(personId))
        if (r.start == start)
            return r.id;
    return 0;
}

QVector<CsvField> RouteCsv::routeFields()
{
    return QVector<CsvField>{{"routeuuid", {QStringLiteral("UUID маршрута"), QStringLiteral("route uuid")}}}
           + PersonColumns::personFields()
           + QVector<CsvField>{{"routestart", {QStringLiteral("Начало маршрута"), QStringLiteral("route start")}}};
}

qint64 RouteCsv::routeOf(RecordImport& in, const CsvRecord& r, RouteRepository& routes)
{
    const int line = r.line;
    if (const QString uuid = in.text(r, "routeuuid"); !uuid.isEmpty()) {
        const qint64 id = in.idOfUuid("route", uuid.toLower());
        if (!id)
            in.issue(line, "routeuuid", tr("there is no route with the UUID %1 in the database (routes are imported first)").arg(uuid));
        return id;
    }
    const QDate start = in.date(r, "routestart");
    const qint64 person = in.names(r, PersonColumns::person()) ? in.person(r) : 0;
    if (in.isBad(line))
        return 0;
    if (!person || !start.isValid()) {
        in.issue(line, nullptr, tr("name the route by its UUID, or by the person and the route's start"));
        return 0;
    }
    const qint64 id = storedRoute(routes, person, start);
    if (!id)
        in.issue(line, "routestart", tr("the person has no route starting on %1 (routes are imported first)").arg(formatDateRu(start)));
    return id;
}

const QVector<CsvField>& RouteCsv::fields()
{
    static const QVector<CsvField> list = QVector<CsvField>{RecordImport::uuidField()} + PersonColumns::personFields()
                                          + QVector<CsvField>{
        RecordImport::unitField(),
        {"start", {QStringLiteral("Начало"), QStringLiteral("start"), QStringLiteral("дата начала")}, true},
        {"end", {QStringLiteral("Окончание"), QStringLiteral("end"), QStringLiteral("дата окончания")}},
        {"status", {QStringLiteral("Статус"), QStringLiteral("status")}},
        {"statusdate", {QStringLiteral("Дата статуса"), QStringLiteral("status date")}},
        {"goals", {QStringLiteral("Цели"), QStringLiteral("goals"), QStringLiteral("цель")}},
        {"skills", {QStringLiteral("Развиваемые умения"), QStringLiteral("skills"), QStringLiteral("умения")}},
    } + PersonColumns::roleFields(PersonColumns::responsible(), {QStringLiteral("Ответственный"), QStringLiteral("responsible")},
                                  {QStringLiteral("Дата рождения ответственного"), QStringLiteral("responsible birth date")},
                                  {QStringLiteral("СНИЛС ответственного"), QStringLiteral("responsible snils")});
    return list;
}

Result<ImportReport> RouteCsv::importFrom(Database& db, QIODevice& device, const ImportOptions& options)
{
    RecordImport in(db, options);
    if (!in.read(device, fields(), {PersonColumns::person()}, {PersonColumns::responsible()}))
        return in.ended();
    RouteRepository routes(db);
    for (const CsvRecord& r : in.rows()) {
        const int line = r.line;
        in.checkCells(r);
        in.require(r, "start");
        Route given;
        given.status.clear();
        given.uuid = in.uuid(r);
        given.unitId = in.unit(r, "unit");
        given.start = in.date(r, "start");
        given.end = in.date(r, "end");
        if (const QString text = in.text(r, "status"); !text.isEmpty()) {
            if (const auto status = RouteStatuses::parse(text))
                given.status = *status;
            else
                in.issue(line, "status", tr("«%1» is not a status of a route (черновик, действует, завершён успешно, "
                                            "завершён неуспешно, прекращён)").arg(text));
        }
        given.statusDate = in.date(r, "statusdate");
        given.goals = in.file().columns().value(r, "goals");
        given.skills = in.file().columns().value(r, "skills");
        given.personId = in.person(r);
        if (in.names(r, PersonColumns::responsible()))
            given.responsibleId = in.person(r, PersonColumns::responsible());
        if (in.isBad(line)
            || in.repeats(given.uuid.isEmpty() ? QStringLiteral("%1|%2").arg(given.personId).arg(given.start.toString(Qt::ISODate))
                                               : given.uuid, line))
            continue;

        in.write(line, [&](RecordImport::Counts& counts) {
            qint64 id = in.idOfUuid("route", given.uuid);
            if (given.uuid.isEmpty())
                id = storedRoute(routes, given.personId, given.start);
            if (!id) {
                Route route = given;
                if (route.status.isEmpty())
                    route.status = QStringLiteral("draft");
                if (!route.statusDate.isValid() && route.status != u"draft")
                    route.statusDate = RouteStatuses::isFinal(route.status) && route.end.isValid() ? route.end : route.start;
                return in.store(line, counts, true, true, [&] { return routes.insert(route).status(); });
            }
            const Route stored = *routes.find(id);
            Route route = stored;
            route.personId = given.personId;
            route.start = given.start;
            if (given.unitId)
                route.unitId = given.unitId;
            if (given.end.isValid())
                route.end = given.end;
            if (!given.goals.isEmpty())
                route.goals = given.goals;
            if (!given.skills.isEmpty())
                route.skills = given.skills;
            if (given.responsibleId)
                route.responsibleId = given.responsibleId;
            const bool factsChanged = route.personId != stored.personId || route.start != stored.start || route.unitId != stored.unitId
                                      || route.end != stored.end || route.goals != stored.goals || route.skills != stored.skills
                                      || route.responsibleId != stored.responsibleId;
            const bool statusChanged = !given.status.isEmpty() && given.status != stored.status;
            return in.store(line, counts, false, factsChanged || statusChanged, [&] {
                if (factsChanged)
                    if (Status s = routes.update(route); !s)
                        return s;
                if (!statusChanged)
                    return Status::success();
                QDate date = given.statusDate;
                if (!date.isValid())
                    date = RouteStatuses::isFinal(given.status) && route.end.isValid() ? route.end : route.start;
                // A draft completes by way of being under way (the lifecycle has no shorter path).
                if (stored.status == u"draft" && RouteStatuses::isCompleted(given.status))
                    if (Status s = routes.setStatus(id, QStringLiteral("active"), route.start); !s)
                        return s;
                return routes.setStatus(id, given.status, date);
            });
        });
    }
    return in.finish();
}

Status RouteCsv::exportTo(Database& db, QIODevice& device, qint64 rootId)
{
    RecordExport records(db, QStringLiteral(
        "SELECT r.uuid, r.person_id, u.code, r.start_date, r.end_date, r.status, r.status_date, r.goals, r.skills, r.responsible_id "
        "FROM route r JOIN org_unit u ON u.id = r.org_unit_id JOIN person p ON p.id = r.person_id "),
                         QStringLiteral("r.org_unit_id"), rootId,
                         QStringLiteral("ORDER BY p.name_key, p.birth_date, p.id, r.start_date, r.id"));
    return records.write(device, fields(), tr("exporting routes"), [&](CsvRow& row, const QSqlQuery& q) {
        row.set("uuid", q.value(0).toString())
            .set("unit", q.value(2).toString())
            .set("start", formatDateRu(dateFromSql(q.value(3))))
            .set("end", formatDateRu(dateFromSql(q.value(4))))
            .set("status", statusWord(q.value(5).toString()))
            .set("statusdate", formatDateRu(dateFromSql(q.value(6))))
            .set("goals", q.value(7).toString())
            .set("skills", q.value(8).toString());
        PersonColumns::write(row, records.person(q.value(1).toLongLong()));
        if (const qint64 responsible = q.value(9).toLongLong())
            PersonColumns::write(row, records.person(responsible), PersonColumns::responsible());
    });
}
