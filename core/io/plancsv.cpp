#include "io/plancsv.h"
#include "domain/academicyear.h"
#include "io/fieldparsing.h"
#include "io/recordexport.h"
#include "io/recordimport.h"
#include "storage/database.h"
#include "storage/planrepository.h"
#include "storage/sqlvalues.h"

namespace {

const QStringList& months()
{
    static const QStringList names{QStringLiteral("январь"), QStringLiteral("февраль"), QStringLiteral("март"),
                                   QStringLiteral("апрель"), QStringLiteral("май"), QStringLiteral("июнь"),
                                   QStringLiteral("июль"), QStringLiteral("август"), QStringLiteral("сентябрь"),
                                   QStringLiteral("октябрь"), QStringLiteral("ноябрь"), QStringLiteral("декабрь")};
    return names;
}

// The statuses as the file writes them, whatever the interface language (PlanStatuses::parse reads them).
QString statusWord(const QString& code)
{
    return RecordExport::word(code, {{"planned", "запланировано"}, {"held", "проведено"}, {"moved", "перенесено"},
                                     {"cancelled", "отменено"}});
}

} // namespace

QString PlanCsv::monthName(int month)
{
    return months().value(month - 1);
}

std::optional<int> PlanCsv::parseMonth(const QString& text)
{
    const QString key = normaliseKey(text);
    const int index = int(months().indexOf(key));
    if (index >= 0)
        return index + 1;
    bool ok = false;
    const int number = key.toInt(&ok);
    if (ok && number >= 1 && number <= 12)
        return number;
    return std::nullopt;
}

const QVector<CsvField>& PlanCsv::fields()
{
    static const QVector<CsvField> list = QVector<CsvField>{
        RecordImport::uuidField(),
        RecordImport::unitField(true),
        {"year", {QStringLiteral("Учебный год"), QStringLiteral("academic year"), QStringLiteral("год")}, true},
        {"month", {QStringLiteral("Месяц"), QStringLiteral("month")}, true},
        {"title", {QStringLiteral("Мероприятие"), QStringLiteral("title"), QStringLiteral("пункт плана"), QStringLiteral("содержание")}, true},
        {"responsibletext", {QStringLiteral("Ответственный (текстом)"), QStringLiteral("responsible text")}},
    } + PersonColumns::roleFields(PersonColumns::responsible(), {QStringLiteral("Ответственный"), QStringLiteral("responsible")},
                                  {QStringLiteral("Дата рождения ответственного"), QStringLiteral("responsible birth date")},
                                  {QStringLiteral("СНИЛС ответственного"), QStringLiteral("responsible snils")})
      + QVector<CsvField>{
        {"status", {QStringLiteral("Статус"), QStringLiteral("status"), QStringLiteral("исполнение")}},
        {"movedto", {QStringLiteral("Перенесено на"), QStringLiteral("moved to")}},
        {"notes", {QStringLiteral("Примечание"), QStringLiteral("notes")}},
    };
    return list;
}

Result<ImportReport> PlanCsv::importFrom(Database& db, QIODevice& device, const ImportOptions& options)
{
    RecordImport in(db, options);
    if (!in.read(device, fields(), {}, {PersonColumns::responsible()}))
        return in.ended();
    PlanRepository plan(db);
    for (const CsvRecord& r : in.rows()) {
        const int line = r.line;
        in.checkCells(r);
        for (const char* key : {"unit", "year", "month", "title"})
            in.require(r, key);
        PlanItem given;
        given.uuid = in.uuid(r);
        given.orgUnitId = in.unit(r, "unit");
        given.year = in.academicYear(r, "year").value_or(0);
        if (const QString text = in.text(r, "month"); !text.isEmpty()) {
            if (const auto month = parseMonth(text))
                given.month = *month;
            else
                in.issue(line, "month", tr("«%1» is not a month (сентябрь, …, or 1–12)").arg(text));
        }
        given.title = in.text(r, "title");
        given.responsibleText = in.text(r, "responsibletext");
        if (in.names(r, PersonColumns::responsible()))
            given.responsibleId = in.person(r, PersonColumns::responsible());
        if (given.responsibleId && !given.responsibleText.isEmpty())
            in.issue(line, "responsibletext", tr("give the responsible either as a person or in words, not both"));
        given.status.clear();
        if (const QString text = in.text(r, "status"); !text.isEmpty()) {
            if (const auto status = PlanStatuses::parse(text))
                given.status = *status;
            else
                in.issue(line, "status", tr("«%1» is not a status of a plan item (запланировано, проведено, перенесено, отменено)")
                                             .arg(text));
        }
        given.movedTo = in.date(r, "movedto");
        given.notes = in.file().columns().value(r, "notes");
        const QString naturalKey = QStringLiteral("%1|%2|%3|%4").arg(given.orgUnitId).arg(given.year).arg(given.month)
                                       .arg(normaliseKey(given.title));
        if (in.isBad(line) || in.repeats(given.uuid.isEmpty() ? naturalKey : given.uuid, line))
            continue;

        in.write(line, [&](RecordImport::Counts& counts) {
            qint64 id = in.idOfUuid("plan_item", given.uuid);
            if (given.uuid.isEmpty())
                for (const PlanItem& stored : plan.list(given.orgUnitId, given.year))
                    if (stored.orgUnitId == given.orgUnitId && stored.month == given.month
                        && normaliseKey(stored.title) == normaliseKey(given.title))
                        id = stored.id;
            if (!id) {
                PlanItem item = given;
                if (item.status.isEmpty())
                    item.status = QStringLiteral("planned");
                return in.store(line, counts, true, true, [&] { return plan.insert(item).status(); });
            }
            const PlanItem stored = *plan.find(id);
            PlanItem item = stored;
            item.orgUnitId = given.orgUnitId;
            item.year = given.year;
            item.month = given.month;
            item.title = given.title;
            if (given.responsibleId || !given.responsibleText.isEmpty()) {
                item.responsibleId = given.responsibleId;
                item.responsibleText = given.responsibleText;
            }
            if (!given.status.isEmpty()) {
                item.status = given.status;
                item.movedTo = given.status == u"moved" ? (given.movedTo.isValid() ? given.movedTo : stored.movedTo) : QDate();
            } else if (given.movedTo.isValid()) {
                item.movedTo = given.movedTo;
            }
            if (!given.notes.isEmpty())
                item.notes = given.notes;
            const bool changed = item.orgUnitId != stored.orgUnitId || item.year != stored.year || item.month != stored.month
                                 || item.title != stored.title || item.responsibleId != stored.responsibleId
                                 || item.responsibleText != stored.responsibleText || item.status != stored.status
                                 || item.movedTo != stored.movedTo || item.notes != stored.notes;
            return in.store(line, counts, false, changed, [&] { return plan.update(item); });
        });
    }
    return in.finish();
}

Status PlanCsv::exportTo(Database& db, QIODevice& device, qint64 rootId)
{
    RecordExport records(db, QStringLiteral(
        "SELECT p.uuid, u.code, p.academic_year, p.month, p.title, p.responsible_text, p.responsible_id, p.status, p.moved_to, "
        "p.notes FROM plan_item p JOIN org_unit u ON u.id = p.org_unit_id "),
                         QStringLiteral("p.org_unit_id"), rootId,
                         QStringLiteral("ORDER BY u.code, p.academic_year, (p.month + 3) % 12, p.title, p.id"));
    return records.write(device, fields(), tr("exporting the plan"), [&](CsvRow& row, const QSqlQuery& q) {
        row.set("uuid", q.value(0).toString())
            .set("unit", q.value(1).toString())
            .set("year", AcademicYear::text(q.value(2).toInt()))
            .set("month", monthName(q.value(3).toInt()))
            .set("title", q.value(4).toString())
            .set("responsibletext", q.value(5).toString())
            .set("status", statusWord(q.value(7).toString()))
            .set("movedto", formatDateRu(dateFromSql(q.value(8))))
            .set("notes", q.value(9).toString());
        if (const qint64 responsible = q.value(6).toLongLong())
            PersonColumns::write(row, records.person(responsible), PersonColumns::responsible());
    });
}
