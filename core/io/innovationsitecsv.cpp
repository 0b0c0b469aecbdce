#include "io/innovationsitecsv.h"
#include "domain/orgunit.h"
#include "io/fieldparsing.h"
#include "io/recordexport.h"
#include "io/recordimport.h"
#include "storage/database.h"
#include "storage/innovationsiterepository.h"
#include "storage/sqlvalues.h"

namespace {

// The levels as the file writes them, whatever the interface language (parseInnovationLevel reads them).
QString levelWord(const QString& code)
{
    return RecordExport::word(code, {{"municipal", "муниципальная"}, {"regional", "региональная"}, {"federal", "федеральная"}});
}

} // namespace

const QVector<CsvField>& InnovationSiteCsv::fields()
{
    static const QVector<CsvField> list{
        RecordImport::uuidField(),
        RecordImport::unitField(true),
        {"level", {QStringLiteral("Уровень"), QStringLiteral("level"), QStringLiteral("уровень площадки")}, true},
        {"topic", {QStringLiteral("Тема"), QStringLiteral("topic"), QStringLiteral("тема площадки")}, true},
        {"start", {QStringLiteral("Начало"), QStringLiteral("start"), QStringLiteral("дата начала")}, true},
        {"end", {QStringLiteral("Окончание"), QStringLiteral("end"), QStringLiteral("дата окончания")}},
    };
    return list;
}

Result<ImportReport> InnovationSiteCsv::importFrom(Database& db, QIODevice& device, const ImportOptions& options)
{
    RecordImport in(db, options);
    if (!in.read(device, fields(), {}))
        return in.ended();
    InnovationSiteRepository sites(db);
    for (const CsvRecord& r : in.rows()) {
        const int line = r.line;
        in.checkCells(r);
        for (const char* key : {"unit", "level", "topic", "start"})
            in.require(r, key);
        InnovationSite given;
        given.uuid = in.uuid(r);
        given.orgUnitId = in.unit(r, "unit");
        if (const QString text = in.text(r, "level"); !text.isEmpty()) {
            const auto level = UnitLevels::parseInnovationLevel(text);
            if (level && !level->isEmpty())
                given.level = *level;
            else
                in.issue(line, "level", tr("«%1» is not a level of an innovation site (муниципальная, региональная, федеральная)")
                                            .arg(text));
        }
        given.topic = in.text(r, "topic");
        given.start = in.date(r, "start");
        given.end = in.date(r, "end");
        const QString naturalKey = QStringLiteral("%1|%2|%3").arg(given.orgUnitId).arg(given.level, given.start.toString(Qt::ISODate));
        if (in.isBad(line) || in.repeats(given.uuid.isEmpty() ? naturalKey : given.uuid, line))
            continue;

        in.write(line, [&](RecordImport::Counts& counts) {
            qint64 id = in.idOfUuid("innovation_site", given.uuid);
            if (given.uuid.isEmpty())
                for (const InnovationSite& stored : sites.sitesOf(given.orgUnitId))
                    if (stored.level == given.level && stored.start == given.start)
                        id = stored.id;
            if (!id) {
                InnovationSite site = given;
                return in.store(line, counts, true, true, [&] { return sites.insert(site).status(); });
            }
            const InnovationSite stored = *sites.find(id);
            InnovationSite site = stored;
            site.orgUnitId = given.orgUnitId;
            site.level = given.level;
            site.topic = given.topic;
            site.start = given.start;
            if (given.end.isValid())
                site.end = given.end;
            const bool changed = site.orgUnitId != stored.orgUnitId || site.level != stored.level || site.topic != stored.topic
                                 || site.start != stored.start || site.end != stored.end;
            return in.store(line, counts, false, changed, [&] { return sites.update(site); });
        });
    }
    return in.finish();
}

Status InnovationSiteCsv::exportTo(Database& db, QIODevice& device, qint64 rootId)
{
    RecordExport records(db, QStringLiteral(
        "SELECT s.uuid, u.code, s.level, s.topic, s.start_date, s.end_date FROM innovation_site s "
        "JOIN org_unit u ON u.id = s.org_unit_id "),
                         QStringLiteral("s.org_unit_id"), rootId, QStringLiteral("ORDER BY u.code, s.start_date, s.level, s.id"));
    return records.write(device, fields(), tr("exporting innovation sites"), [&](CsvRow& row, const QSqlQuery& q) {
        row.set("uuid", q.value(0).toString())
            .set("unit", q.value(1).toString())
            .set("level", levelWord(q.value(2).toString()))
            .set("topic", q.value(3).toString())
            .set("start", formatDateRu(dateFromSql(q.value(4))))
            .set("end", formatDateRu(dateFromSql(q.value(5))));
    });
}
