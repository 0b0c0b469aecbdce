#include "io/routereviewcsv.h"
#include "io/fieldparsing.h"
#include "io/recordexport.h"
#include "io/recordimport.h"
#include "io/routecsv.h"
#include "storage/database.h"
#include "storage/routerepository.h"
#include "storage/sqlvalues.h"

const QVector<CsvField>& RouteReviewCsv::fields()
{
    static const QVector<CsvField> list = QVector<CsvField>{RecordImport::uuidField()} + RouteCsv::routeFields() + QVector<CsvField>{
        {"date", {QStringLiteral("Дата"), QStringLiteral("date"), QStringLiteral("дата оценки")}, true},
        {"notes", {QStringLiteral("Оценка"), QStringLiteral("notes"), QStringLiteral("заметки"), QStringLiteral("выводы")}},
    };
    return list;
}

Result<ImportReport> RouteReviewCsv::importFrom(Database& db, QIODevice& device, const ImportOptions& options)
{
    RecordImport in(db, options);
    if (!in.read(device, fields(), {}, {PersonColumns::person()}))
        return in.ended();
    RouteRepository routes(db);
    for (const CsvRecord& r : in.rows()) {
        const int line = r.line;
        in.checkCells(r);
        in.require(r, "date");
        RouteReview given;
        given.uuid = in.uuid(r);
        given.date = in.date(r, "date");
        given.notes = in.file().columns().value(r, "notes");
        given.routeId = RouteCsv::routeOf(in, r, routes);
        if (in.isBad(line)
            || in.repeats(given.uuid.isEmpty() ? QStringLiteral("%1|%2").arg(given.routeId).arg(given.date.toString(Qt::ISODate))
                                               : given.uuid, line))
            continue;

        in.write(line, [&](RecordImport::Counts& counts) {
            qint64 id = in.idOfUuid("route_review", given.uuid);
            if (given.uuid.isEmpty())
                for (const RouteReview& stored : routes.reviews(given.routeId))
                    if (stored.date == given.date)
                        id = stored.id;
            if (!id) {
                RouteReview review = given;
                return in.store(line, counts, true, true, [&] { return routes.addReview(review).status(); });
            }
            const RouteReview stored = *routes.findReview(id);
            RouteReview review = stored;
            review.routeId = given.routeId;
            review.date = given.date;
            if (!given.notes.isEmpty())
                review.notes = given.notes;
            const bool changed = review.routeId != stored.routeId || review.date != stored.date || review.notes != stored.notes;
            return in.store(line, counts, false, changed, [&] { return routes.updateReview(review); });
        });
    }
    return in.finish();
}

Status RouteReviewCsv::exportTo(Database& db, QIODevice& device, qint64 rootId)
{
    RecordExport records(db, QStringLiteral(
        "SELECT v.uuid, r.uuid, r.person_id, r.start_date, v.review_date, v.notes "
        "FROM route_review v JOIN route r ON r.id = v.route_id JOIN person p ON p.id = r.person_id "),
                         QStringLiteral("r.org_unit_id"), rootId,
                         QStringLiteral("ORDER BY p.name_key, p.birth_date, p.id, r.start_date, r.id, v.review_date, v.id"));
    return records.write(device, fields(), tr("exporting route reviews"), [&](CsvRow& row, const QSqlQuery& q) {
        row.set("uuid", q.value(0).toString())
            .set("routeuuid", q.value(1).toString())
            .set("routestart", formatDateRu(dateFromSql(q.value(3))))
            .set("date", formatDateRu(dateFromSql(q.value(4))))
            .set("notes", q.value(5).toString());
        PersonColumns::write(row, records.person(q.value(2).toLongLong()));
    });
}
