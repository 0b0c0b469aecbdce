#include "io/riskcsv.h"
#include "io/fieldparsing.h"
#include "io/recordexport.h"
#include "io/recordimport.h"
#include "storage/database.h"
#include "storage/riskrepository.h"
#include "storage/sqlvalues.h"

namespace {

// The statuses as the file writes them, whatever the interface language (RiskStatuses::parse reads them).
QString statusWord(const QString& code)
{
    return RecordExport::word(code, {{"open", "открыт"}, {"mitigated", "снижен"}, {"occurred", "наступил"}, {"closed", "закрыт"}});
}

} // namespace

const QVector<CsvField>& RiskCsv::fields()
{
    static const QVector<CsvField> list = QVector<CsvField>{
        RecordImport::uuidField(),
        RecordImport::unitField(true),
        {"description", {QStringLiteral("Риск"), QStringLiteral("risk"), QStringLiteral("описание риска"), QStringLiteral("description")}, true},
        {"prevention", {QStringLiteral("Меры профилактики"), QStringLiteral("prevention"), QStringLiteral("меры")}},
        {"status", {QStringLiteral("Статус"), QStringLiteral("status")}},
        {"identified", {QStringLiteral("Дата выявления"), QStringLiteral("identified on"), QStringLiteral("дата")}},
        {"ownertext", {QStringLiteral("Владелец (текстом)"), QStringLiteral("owner text")}},
    } + PersonColumns::roleFields(PersonColumns::owner(), {QStringLiteral("Владелец риска"), QStringLiteral("owner")},
                                  {QStringLiteral("Дата рождения владельца"), QStringLiteral("owner birth date")},
                                  {QStringLiteral("СНИЛС владельца"), QStringLiteral("owner snils")});
    return list;
}

Result<ImportReport> RiskCsv::importFrom(Database& db, QIODevice& device, const ImportOptions& options)
{
    RecordImport in(db, options);
    if (!in.read(device, fields(), {}, {PersonColumns::owner()}))
        return in.ended();
    RiskRepository risks(db);
    for (const CsvRecord& r : in.rows()) {
        const int line = r.line;
        in.checkCells(r);
        for (const char* key : {"unit", "description"})
            in.require(r, key);
        Risk given;
        given.uuid = in.uuid(r);
        given.orgUnitId = in.unit(r, "unit");
        given.description = in.text(r, "description");
        given.prevention = in.file().columns().value(r, "prevention");
        given.status.clear();
        if (const QString text = in.text(r, "status"); !text.isEmpty()) {
            if (const auto status = RiskStatuses::parse(text))
                given.status = *status;
            else
                in.issue(line, "status", tr("«%1» is not a status of a risk (открыт, снижен, наступил, закрыт)").arg(text));
        }
        given.identifiedOn = in.date(r, "identified");
        given.ownerText = in.text(r, "ownertext");
        if (in.names(r, PersonColumns::owner()))
            given.ownerId = in.person(r, PersonColumns::owner());
        if (given.ownerId && !given.ownerText.isEmpty())
            in.issue(line, "ownertext", tr("give the owner either as a person or in words, not both"));
        if (in.isBad(line)
            || in.repeats(given.uuid.isEmpty() ? QStringLiteral("%1|%2").arg(given.orgUnitId).arg(normaliseKey(given.description))
                                               : given.uuid, line))
            continue;

        in.write(line, [&](RecordImport::Counts& counts) {
            qint64 id = in.idOfUuid("risk", given.uuid);
            if (given.uuid.isEmpty())
                for (const Risk& stored : risks.list(given.orgUnitId))
                    if (stored.orgUnitId == given.orgUnitId && normaliseKey(stored.description) == normaliseKey(given.description))
                        id = stored.id;
            if (!id) {
                Risk risk = given;
                if (risk.status.isEmpty())
                    risk.status = QStringLiteral("open");
                if (!risk.identifiedOn.isValid()) {
                    in.issue(line, in.has("identified") ? "identified" : nullptr, tr("a new risk needs the date it was identified"));
                    return false;
                }
                return in.store(line, counts, true, true, [&] { return risks.insert(risk).status(); });
            }
            const Risk stored = *risks.find(id);
            Risk risk = stored;
            risk.orgUnitId = given.orgUnitId;
            risk.description = given.description;
            if (!given.prevention.isEmpty())
                risk.prevention = given.prevention;
            if (!given.status.isEmpty())
                risk.status = given.status;
            if (given.identifiedOn.isValid())
                risk.identifiedOn = given.identifiedOn;
            if (given.ownerId || !given.ownerText.isEmpty()) {
                risk.ownerId = given.ownerId;
                risk.ownerText = given.ownerText;
            }
            const bool changed = risk.orgUnitId != stored.orgUnitId || risk.description != stored.description
                                 || risk.prevention != stored.prevention || risk.status != stored.status
                                 || risk.identifiedOn != stored.identifiedOn || risk.ownerId != stored.ownerId
                                 || risk.ownerText != stored.ownerText;
            return in.store(line, counts, false, changed, [&] { return risks.update(risk); });
        });
    }
    return in.finish();
}

Status RiskCsv::exportTo(Database& db, QIODevice& device, qint64 rootId)
{
    RecordExport records(db, QStringLiteral(
        "SELECT r.uuid, u.code, r.description, r.prevention, r.status, r.identified_on, r.owner_text, r.owner_id FROM risk r "
        "JOIN org_unit u ON u.id = r.org_unit_id "),
                         QStringLiteral("r.org_unit_id"), rootId,
                         QStringLiteral("ORDER BY u.code, r.identified_on, r.description, r.id"));
    return records.write(device, fields(), tr("exporting risks"), [&](CsvRow& row, const QSqlQuery& q) {
        row.set("uuid", q.value(0).toString())
            .set("unit", q.value(1).toString())
            .set("description", q.value(2).toString())
            .set("prevention", q.value(3).toString())
            .set("status", statusWord(q.value(4).toString()))
            .set("identified", formatDateRu(dateFromSql(q.value(5))))
            .set("ownertext", q.value(6).toString());
        if (const qint64 owner = q.value(7).toLongLong())
            PersonColumns::write(row, records.person(owner), PersonColumns::owner());
    });
}
