#include "io/checklistcsv.h"
#include "domain/academicyear.h"
#include "io/fieldparsing.h"
#include "io/recordexport.h"
#include "io/recordimport.h"
#include "storage/checklistrepository.h"
#include "storage/database.h"

namespace {

// The answers as the file writes them, whatever the interface language.
QString answerWord(const QString& code)
{
    return RecordExport::word(code, {{"yes", "да"}, {"partly", "частично"}, {"no", "нет"}});
}

} // namespace

const QVector<CsvField>& ChecklistCsv::fields()
{
    static const QVector<CsvField> list{
        RecordImport::unitField(true),
        {"year", {QStringLiteral("Учебный год"), QStringLiteral("academic year"), QStringLiteral("год")}, true},
        {"item", {QStringLiteral("Пункт"), QStringLiteral("item"), QStringLiteral("код пункта")}, true},
        {"name", {QStringLiteral("Наименование пункта"), QStringLiteral("item name")}},
        {"answer", {QStringLiteral("Ответ"), QStringLiteral("answer")}, true},
        {"evidence", {QStringLiteral("Подтверждение"), QStringLiteral("evidence"), QStringLiteral("документ")}},
    };
    return list;
}

Result<ImportReport> ChecklistCsv::importFrom(Database& db, QIODevice& device, const ImportOptions& options)
{
    RecordImport in(db, options);
    if (!in.read(device, fields(), {}))
        return in.ended();
    ChecklistRepository checklist(db);
    const QVector<ChecklistItem> items = checklist.items();
    for (const CsvRecord& r : in.rows()) {
        const int line = r.line;
        in.checkCells(r);
        for (const char* key : {"unit", "year", "item", "answer"})
            in.require(r, key);
        const qint64 unitId = in.unit(r, "unit");
        const int year = in.academicYear(r, "year").value_or(0);
        QString item;
        if (const QString text = in.text(r, "item"); !text.isEmpty()) {
            for (const ChecklistItem& i : items)
                if (normaliseKey(text) == normaliseKey(i.code) || normaliseKey(text) == normaliseKey(i.name))
                    item = i.code;
            if (item.isEmpty())
                in.issue(line, "item", tr("«%1» is not an item of the checklist (C01…C16)").arg(text));
        }
        QString answer;
        if (const QString text = in.text(r, "answer"); !text.isEmpty()) {
            if (const auto code = ChecklistCodes::parseAnswer(text))
                answer = *code;
            else
                in.issue(line, "answer", tr("«%1» is not an answer of the checklist (да, частично, нет)").arg(text));
        }
        const QString evidence = in.file().columns().value(r, "evidence");
        if (in.isBad(line) || in.repeats(QStringLiteral("%1|%2|%3").arg(unitId).arg(year).arg(item), line))
            continue;

        in.write(line, [&](RecordImport::Counts& counts) {
            std::optional<ChecklistAnswer> stored;
            for (const ChecklistAnswer& a : checklist.answers(unitId, year))
                if (a.itemCode == item)
                    stored = a;
            if (stored && stored->answer == answer && (evidence.isEmpty() || evidence == stored->evidence)) {
                ++counts.unchanged;
                return true;
            }
            const auto id = checklist.setAnswer(unitId, year, item, answer, evidence.isEmpty() && stored ? stored->evidence : evidence);
            if (!id) {
                in.issue(line, nullptr, id.error());
                return false;
            }
            ++(stored ? counts.updated : counts.created);
            return true;
        });
    }
    return in.finish();
}

Status ChecklistCsv::exportTo(Database& db, QIODevice& device, qint64 rootId)
{
    RecordExport records(db, QStringLiteral(
        "SELECT u.code, a.academic_year, a.item_code, i.name, a.answer, a.evidence FROM checklist_answer a "
        "JOIN org_unit u ON u.id = a.org_unit_id JOIN checklist_item i ON i.code = a.item_code "),
                         QStringLiteral("a.org_unit_id"), rootId,
                         QStringLiteral("ORDER BY u.code, a.academic_year, i.sort_order, i.code"));
    return records.write(device, fields(), tr("exporting the checklist"), [&](CsvRow& row, const QSqlQuery& q) {
        row.set("unit", q.value(0).toString())
            .set("year", AcademicYear::text(q.value(1).toInt()))
            .set("item", q.value(2).toString())
            .set("name", q.value(3).toString())
            .set("answer", answerWord(q.value(4).toString()))
            .set("evidence", q.value(5).toString());
    });
}
