#include "io/materialcsv.h"
#include "io/fieldparsing.h"
#include "io/recordexport.h"
#include "io/recordimport.h"
#include "storage/database.h"
#include "storage/materialrepository.h"
#include "storage/sqlvalues.h"

namespace {

// Stored materials of the type whose title is the given one (case, ё/е and spaces ignored).
QVector<qint64> materialsCalled(Database& db, const QString& title, const QString& type)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id, title FROM methodical_material WHERE type = ? ORDER BY id"));
    q.addBindValue(type);
    QVector<qint64> ids;
    if (q.exec())
        while (q.next())
            if (normaliseKey(q.value(1).toString()) == normaliseKey(title))
                ids.append(q.value(0).toLongLong());
    return ids;
}

} // namespace

const QVector<CsvField>& MaterialCsv::fields()
{
    static const QVector<CsvField> list = QVector<CsvField>{
        RecordImport::uuidField(),
        {"title", {QStringLiteral("Название"), QStringLiteral("title"), QStringLiteral("наименование")}, true},
        {"type", {QStringLiteral("Вид"), QStringLiteral("type"), QStringLiteral("вид материала")}},
        {"area", {QStringLiteral("Компетентностная область"), QStringLiteral("competence area"), QStringLiteral("область")}},
        {"location", {QStringLiteral("Размещение"), QStringLiteral("location"), QStringLiteral("ссылка"), QStringLiteral("файл")}},
        {"approval", {QStringLiteral("Уровень одобрения"), QStringLiteral("approval level")}},
        {"approvedon", {QStringLiteral("Дата одобрения"), QStringLiteral("approved on")}},
        RecordImport::unitField(),
    } + PersonColumns::personFields();
    return list;
}

Result<ImportReport> MaterialCsv::importFrom(Database& db, QIODevice& device, const ImportOptions& options)
{
    RecordImport in(db, options);
    if (!in.read(device, fields()))
        return in.ended();
    MaterialRepository materials(db);
    for (const CsvRecord& r : in.rows()) {
        const int line = r.line;
        in.checkCells(r);
        in.require(r, "title");
        MethodicalMaterial given;
        given.uuid = in.uuid(r);
        given.title = in.text(r, "title");
        given.type = in.code(r, "type", ReferenceList::MaterialType);
        given.competenceArea = in.code(r, "area", ReferenceList::CompetenceArea);
        given.location = in.file().columns().value(r, "location");
        given.approvalLevel = in.code(r, "approval", ReferenceList::ApprovalLevel);
        given.approvedOn = in.date(r, "approvedon");
        given.orgUnitId = in.unit(r, "unit");
        const qint64 author = in.person(r);
        if (given.uuid.isEmpty() && given.type.isEmpty() && !in.isBad(line))
            in.issue(line, in.has("type") ? "type" : nullptr, tr("without a UUID a material is found by its title and type"));
        if (in.isBad(line))
            continue;
        const QString key = given.uuid.isEmpty() ? normaliseKey(given.title) + u'|' + given.type : given.uuid;
        if (!in.agrees(key, r, {{"title", normaliseKey(given.title)}, {"type", given.type}, {"area", given.competenceArea},
                                {"location", given.location}, {"approval", given.approvalLevel},
                                {"approvedon", given.approvedOn.toString(Qt::ISODate)},
                                {"unit", given.orgUnitId ? QString::number(given.orgUnitId) : QString()}})
            || in.repeats(key + u'|' + QString::number(author), line))
            continue;

        in.write(line, [&](RecordImport::Counts& counts) {
            qint64 id = in.idOfUuid("methodical_material", given.uuid);
            if (given.uuid.isEmpty()) {
                const QVector<qint64> called = materialsCalled(db, given.title, given.type);
                if (called.size() > 1) {
                    in.issue(line, "title", tr("several materials of this type are called «%1»; add the column «UUID»").arg(given.title));
                    return false;
                }
                id = called.value(0);
            }
            if (!id) {
                if (given.type.isEmpty()) {
                    in.issue(line, in.has("type") ? "type" : nullptr, tr("a new material needs its type"));
                    return false;
                }
                MethodicalMaterial material = given;
                material.authorIds = {author};
                return in.store(line, counts, true, true, [&] { return materials.insert(material).status(); });
            }
            const MethodicalMaterial stored = *materials.find(id);
            MethodicalMaterial material = stored;
            material.title = given.title;
            const auto take = [](QString& stored, const QString& value) {
                if (!value.isEmpty())
                    stored = value;
            };
            take(material.type, given.type);
            take(material.competenceArea, given.competenceArea);
            take(material.location, given.location);
            take(material.approvalLevel, given.approvalLevel);
            if (given.approvedOn.isValid())
                material.approvedOn = given.approvedOn;
            if (given.orgUnitId)
                material.orgUnitId = given.orgUnitId;
            const bool newAuthor = !material.authorIds.contains(author);
            if (newAuthor)
                material.authorIds.append(author);
            const bool changed = newAuthor || material.title != stored.title || material.type != stored.type
                                 || material.competenceArea != stored.competenceArea || material.location != stored.location
                                 || material.approvalLevel != stored.approvalLevel || material.approvedOn != stored.approvedOn
                                 || material.orgUnitId != stored.orgUnitId;
            // A new author of a stored material is a new row of the bank: counted as created.
            return in.store(line, counts, newAuthor, changed, [&] { return materials.update(material); });
        });
    }
    return in.finish();
}

Status MaterialCsv::exportTo(Database& db, QIODevice& device, qint64 rootId)
{
    RecordExport records(db, QStringLiteral(
        "SELECT m.uuid, m.title, m.type, m.competence_area, m.location, m.approval_level, m.approved_on, u.code, a.person_id "
        "FROM material_author a JOIN methodical_material m ON m.id = a.material_id JOIN org_unit u ON u.id = m.org_unit_id "),
                         QStringLiteral("m.org_unit_id"), rootId, QStringLiteral("ORDER BY m.title, m.id, a.sort_order"));
    ReferenceRepository& references = records.references();
    return records.write(device, fields(), tr("exporting methodical materials"), [&](CsvRow& row, const QSqlQuery& q) {
        const QString area = q.value(3).toString();
        const QString approval = q.value(5).toString();
        row.set("uuid", q.value(0).toString())
            .set("title", q.value(1).toString())
            .set("type", references.name(ReferenceList::MaterialType, q.value(2).toString()))
            .set("area", area.isEmpty() ? QString() : references.name(ReferenceList::CompetenceArea, area))
            .set("location", q.value(4).toString())
            .set("approval", approval.isEmpty() ? QString() : references.name(ReferenceList::ApprovalLevel, approval))
            .set("approvedon", formatDateRu(dateFromSql(q.value(6))))
            .set("unit", q.value(7).toString());
        PersonColumns::write(row, records.person(q.value(8).toLongLong()));
    });
}
