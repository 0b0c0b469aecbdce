#include "io/studentresultcsv.h"
#include "domain/academicyear.h"
#include "io/fieldparsing.h"
#include "io/recordexport.h"
#include "io/recordimport.h"
#include "storage/database.h"
#include "storage/studentresultrepository.h"

const QVector<CsvField>& StudentResultCsv::fields()
{
    static const QVector<CsvField> list = QVector<CsvField>{RecordImport::uuidField()} + PersonColumns::personFields()
                                          + QVector<CsvField>{
        RecordImport::unitField(),
        {"year", {QStringLiteral("Учебный год"), QStringLiteral("academic year"), QStringLiteral("год")}, true},
        {"measure", {QStringLiteral("Показатель"), QStringLiteral("measure")}, true},
        {"value", {QStringLiteral("Значение"), QStringLiteral("value")}},
    };
    return list;
}

Result<ImportReport> StudentResultCsv::importFrom(Database& db, QIODevice& device, const ImportOptions& options)
{
    RecordImport in(db, options);
    if (!in.read(device, fields()))
        return in.ended();
    StudentResultRepository results(db);
    for (const CsvRecord& r : in.rows()) {
        const int line = r.line;
        in.checkCells(r);
        for (const char* key : {"year", "measure"})
            in.require(r, key);
        StudentResult given;
        given.uuid = in.uuid(r);
        given.orgUnitId = in.unit(r, "unit");
        given.year = in.academicYear(r, "year").value_or(0);
        given.measure = in.text(r, "measure");
        const std::optional<double> value = in.decimal(r, "value");
        given.personId = in.person(r);
        const QString naturalKey = QStringLiteral("%1|%2|%3").arg(given.personId).arg(given.year).arg(normaliseKey(given.measure));
        if (in.isBad(line) || in.repeats(given.uuid.isEmpty() ? naturalKey : given.uuid, line))
            continue;

        in.write(line, [&](RecordImport::Counts& counts) {
            qint64 id = in.idOfUuid("student_result", given.uuid);
            if (given.uuid.isEmpty())
                for (const StudentResult& stored : results.resultsOf(given.personId))
                    if (stored.year == given.year && normaliseKey(stored.measure) == normaliseKey(given.measure))
                        id = stored.id;
            if (!id) {
                if (!value) {
                    in.issue(line, in.has("value") ? "value" : nullptr, tr("a new result needs its value"));
                    return false;
                }
                StudentResult result = given;
                result.value = *value;
                return in.store(line, counts, true, true, [&] { return results.insert(result).status(); });
            }
            const StudentResult stored = *results.find(id);
            StudentResult result = stored;
            result.personId = given.personId;
            result.year = given.year;
            result.measure = given.measure;
            if (given.orgUnitId)
                result.orgUnitId = given.orgUnitId;
            if (value)
                result.value = *value;
            const bool changed = result.personId != stored.personId || result.year != stored.year
                                 || result.measure != stored.measure || result.orgUnitId != stored.orgUnitId
                                 || result.value != stored.value;
            return in.store(line, counts, false, changed, [&] { return results.update(result); });
        });
    }
    return in.finish();
}

Status StudentResultCsv::exportTo(Database& db, QIODevice& device, qint64 rootId)
{
    RecordExport records(db, QStringLiteral(
        "SELECT r.uuid, r.person_id, u.code, r.academic_year, r.measure, r.value FROM student_result r "
        "JOIN org_unit u ON u.id = r.org_unit_id JOIN person p ON p.id = r.person_id "),
                         QStringLiteral("r.org_unit_id"), rootId,
                         QStringLiteral("ORDER BY r.academic_year, p.name_key, p.birth_date, p.id, r.measure_key, r.id"));
    return records.write(device, fields(), tr("exporting students' results"), [&](CsvRow& row, const QSqlQuery& q) {
        row.set("uuid", q.value(0).toString())
            .set("unit", q.value(2).toString())
            .set("year", AcademicYear::text(q.value(3).toInt()))
            .set("measure", q.value(4).toString())
            .set("value", formatDecimal(q.value(5).toDouble()));
        PersonColumns::write(row, records.person(q.value(1).toLongLong()));
    });
}
