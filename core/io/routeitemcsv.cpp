#include "io/routeitemcsv.h"
#include "io/fieldparsing.h"
#include "io/recordexport.h"
#include "io/recordimport.h"
#include "io/routecsv.h"
#include "storage/database.h"
#include "storage/routerepository.h"
#include "storage/sqlvalues.h"

namespace {

// The item statuses as the file writes them (RouteItemStatuses::parse reads them).
QString statusWord(const QString& code)
{
    return RecordExport::word(code, {{"planned", "запланировано"}, {"done", "выполнено"}, {"not_done", "не выполнено"}});
}

} // namespace

const QVector<CsvField>& RouteItemCsv::fields()
{
    static const QVector<CsvField> list = QVector<CsvField>{RecordImport::uuidField()} + RouteCsv::routeFields() + QVector<CsvField>{
        {"direction", {QStringLiteral("Направление"), QStringLiteral("direction")}, true},
        {"title", {QStringLiteral("Содержание"), QStringLiteral("title"), QStringLiteral("мероприятие")}, true},
        {"due", {QStringLiteral("Срок"), QStringLiteral("due date"), QStringLiteral("due")}},
        {"status", {QStringLiteral("Статус"), QStringLiteral("status")}},
        {"evidence", {QStringLiteral("Подтверждение"), QStringLiteral("evidence"), QStringLiteral("результат")}},
        {"completed", {QStringLiteral("Дата выполнения"), QStringLiteral("completed on")}},
    };
    return list;
}

Result<ImportReport> RouteItemCsv::importFrom(Database& db, QIODevice& device, const ImportOptions& options)
{
    RecordImport in(db, options);
    if (!in.read(device, fields(), {}, {PersonColumns::person()}))
        return in.ended();
    RouteRepository routes(db);
    for (const CsvRecord& r : in.rows()) {
        const int line = r.line;
        in.checkCells(r);
        for (const char* key : {"direction", "title"})
            in.require(r, key);
        RouteItem given;
        given.status.clear();
        given.uuid = in.uuid(r);
        given.directionCode = in.code(r, "direction", ReferenceList::RouteDirection);
        given.title = in.text(r, "title");
        given.dueDate = in.date(r, "due");
        if (const QString text = in.text(r, "status"); !text.isEmpty()) {
            if (const auto status = RouteItemStatuses::parse(text))
                given.status = *status;
            else
                in.issue(line, "status", tr("«%1» is not a status of a route item (запланировано, выполнено, не выполнено)").arg(text));
        }
        given.evidence = in.file().columns().value(r, "evidence");
        given.completedOn = in.date(r, "completed");
        given.routeId = RouteCsv::routeOf(in, r, routes);
        if (in.isBad(line)
            || in.repeats(given.uuid.isEmpty() ? QStringLiteral("%1|%2|%3").arg(given.routeId).arg(given.directionCode, normaliseKey(given.title))
                                               : given.uuid, line))
            continue;

        in.write(line, [&](RecordImport::Counts& counts) {
            qint64 id = in.idOfUuid("route_item", given.uuid);
            if (given.uuid.isEmpty())
                for (const RouteItem& stored : routes.items(given.routeId))
                    if (stored.directionCode == given.directionCode && normaliseKey(stored.title) == normaliseKey(given.title))
                        id = stored.id;
            if (!id) {
                RouteItem item = given;
                if (item.status.isEmpty())
                    item.status = QStringLiteral("planned");
                if (!item.dueDate.isValid()) {
                    in.issue(line, in.has("due") ? "due" : nullptr, tr("a new route item needs its due date"));
                    return false;
                }
                return in.store(line, counts, true, true, [&] { return routes.addItem(item).status(); });
            }
            const RouteItem stored = *routes.findItem(id);
            RouteItem item = stored;
            item.routeId = given.routeId;
            item.directionCode = given.directionCode;
            item.title = given.title;
            if (given.dueDate.isValid())
                item.dueDate = given.dueDate;
            if (!given.status.isEmpty()) {
                item.status = given.status;
                if (item.status != u"done")
                    item.completedOn = QDate();
            }
            if (!given.evidence.isEmpty())
                item.evidence = given.evidence;
            if (given.completedOn.isValid())
                item.completedOn = given.completedOn;
            const bool changed = item.routeId != stored.routeId || item.directionCode != stored.directionCode
                                 || item.title != stored.title || item.dueDate != stored.dueDate || item.status != stored.status
                                 || item.evidence != stored.evidence || item.completedOn != stored.completedOn;
            return in.store(line, counts, false, changed, [&] { return routes.updateItem(item); });
        });
    }
    return in.finish();
}

Status RouteItemCsv::exportTo(Database& db, QIODevice& device, qint64 rootId)
{
    RecordExport records(db, QStringLiteral(
        "SELECT i.uuid, r.uuid, r.person_id, r.start_date, i.direction_code, i.title, i.due_date, i.status, i.evidence, "
        "i.completed_on FROM route_item i JOIN route r ON r.id = i.route_id JOIN person p ON p.id = r.person_id "),
                         QStringLiteral("r.org_unit_id"), rootId,
                         QStringLiteral("ORDER BY p.name_key, p.birth_date, p.id, r.start_date, r.id, i.due_date, i.title, i.id"));
    ReferenceRepository& references = records.references();
    return records.write(device, fields(), tr("exporting route items"), [&](CsvRow& row, const QSqlQuery& q) {
        row.set("uuid", q.value(0).toString())
            .set("routeuuid", q.value(1).toString())
            .set("routestart", formatDateRu(dateFromSql(q.value(3))))
            .set("direction", references.name(ReferenceList::RouteDirection, q.value(4).toString()))
            .set("title", q.value(5).toString())
            .set("due", formatDateRu(dateFromSql(q.value(6))))
            .set("status", statusWord(q.value(7).toString()))
            .set("evidence", q.value(8).toString())
            .set("completed", formatDateRu(dateFromSql(q.value(9))));
        PersonColumns::write(row, records.person(q.value(2).toLongLong()));
    });
}
