#include "io/diagnosticcsv.h"
#include "io/recordexport.h"
#include "io/fieldparsing.h"
#include "io/recordimport.h"
#include "storage/database.h"
#include "storage/diagnosticrepository.h"
#include "storage/sqlvalues.h"

#include <QSqlError>

namespace {

// The rows of one person and date: one diagnostic.
struct Group {
    qint64 personId = 0;
    QDate date;
    QString source;
    qint64 unitId = 0;
    QVector<int> lines;
    QVector<DiagnosticResult> results; // as the rows give them: empty level = not given
};

qint64 storedDiagnostic(Database& db, qint64 personId, const QDate& date)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM diagnostic WHERE person_id = ? AND diagnosed_on = ? ORDER BY id"));
    q.addBindValue(personId);
    q.addBindValue(sqlDate(date));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("да") : QStringLiteral("нет");
}

// Russian words whatever the interface language: the file's data is Russian.
QString levelWord(const QString& code)
{
    return RecordExport::word(code, {{"low", "низкий"}, {"medium", "средний"}, {"high", "высокий"}});
}

} // namespace

const QVector<CsvField>& DiagnosticCsv::fields()
{
    static const QVector<CsvField> list = QVector<CsvField>{
        {"date", {QStringLiteral("Дата"), QStringLiteral("date"), QStringLiteral("дата диагностики")}, true},
        {"source", {QStringLiteral("Источник"), QStringLiteral("source")}},
    } + PersonColumns::personFields() + QVector<CsvField>{
        RecordImport::unitField(),
        {"area", {QStringLiteral("Область"), QStringLiteral("area"), QStringLiteral("компетентностная область"),
                  QStringLiteral("competence area")}, true},
        {"score", {QStringLiteral("Балл"), QStringLiteral("score")}},
        {"level", {QStringLiteral("Уровень"), QStringLiteral("level")}},
        {"deficit", {QStringLiteral("Дефицит"), QStringLiteral("deficit")}},
    };
    return list;
}

Result<ImportReport> DiagnosticCsv::importFrom(Database& db, QIODevice& device, const ImportOptions& options)
{
    RecordImport in(db, options);
    if (!in.read(device, fields()))
        return in.ended();

    // 1. Read the rows into diagnostics (a person and a date each), in the order they first appear.
    QVector<Group> groups;
    QHash<QString, int> groupOf;
    for (const CsvRecord& r : in.rows()) {
        const int line = r.line;
        in.checkCells(r);
        const QDate date = in.date(r, "date");
        const QString source = in.code(r, "source", ReferenceList::DiagnosticSource);
        const qint64 unitId = in.unit(r, "unit");
        DiagnosticResult result;
        result.areaCode = in.code(r, "area", ReferenceList::CompetenceArea);
        result.score = in.integer(r, "score");
        if (result.score && (*result.score < 0 || *result.score > 100))
            in.issue(line, "score", tr("the score must be from 0 to 100"));
        result.level.clear();
        if (const QString level = in.text(r, "level"); !level.isEmpty()) {
            if (const auto code = CompetenceLevels::parse(level))
                result.level = *code;
            else
                in.issue(line, "level", tr("«%1» is not a competence level (низкий, средний, высокий)").arg(level));
        }
        result.deficit = in.yesNo(r, "deficit");
        for (const char* key : {"date", "area"})
            in.require(r, key);
        const qint64 personId = in.person(r);
        if (in.isBad(line))
            continue;
        const QString key = QStringLiteral("%1|%2").arg(personId).arg(date.toString(Qt::ISODate));
        if (!in.agrees(key, r, {{"source", source}, {"unit", unitId ? QString::number(unitId) : QString()}})
            || in.repeats(key + u'|' + result.areaCode, line))
            continue;
        if (!groupOf.contains(key)) {
            groupOf.insert(key, groups.size());
            groups.append({personId, date, QString(), 0, {}, {}});
        }
        Group& g = groups[groupOf.value(key)];
        if (!source.isEmpty())
            g.source = source;
        if (unitId)
            g.unitId = unitId;
        g.lines.append(line);
        g.results.append(result);
    }

    // 2. Write each diagnostic with all its rows, or none of them.
    DiagnosticRepository diagnostics(db);
    for (const Group& g : groups) {
        const int first = g.lines.first();
        const bool written = in.write(first, [&](RecordImport::Counts& counts) {
            const qint64 id = storedDiagnostic(db, g.personId, g.date);
            Diagnostic d;
            std::optional<Diagnostic> stored;
            if (id) {
                stored = diagnostics.find(id);
                d = *stored;
            } else {
                d.personId = g.personId;
                d.date = g.date;
            }
            if (!g.source.isEmpty())
                d.sourceCode = g.source;
            if (g.unitId)
                d.unitId = g.unitId;
            if (d.sourceCode.isEmpty()) {
                in.issue(first, in.has("source") ? "source" : nullptr, tr("a new diagnostic needs its source"));
                return false;
            }
            const bool factsChanged = stored && (d.sourceCode != stored->sourceCode || d.unitId != stored->unitId);
            RecordImport::Counts rows;
            for (int i = 0; i < g.results.size(); ++i) {
                const DiagnosticResult& given = g.results.at(i);
                int index = -1;
                for (int j = 0; j < d.results.size(); ++j)
                    if (d.results.at(j).areaCode == given.areaCode)
                        index = j;
                if (index < 0) {
                    if (given.level.isEmpty()) {
                        in.issue(g.lines.at(i), in.has("level") ? "level" : nullptr, tr("a new result needs its level"));
                        return false;
                    }
                    d.results.append(given);
                    ++rows.created;
                    continue;
                }
                DiagnosticResult& r = d.results[index];
                const DiagnosticResult before = r;
                if (given.score)
                    r.score = given.score;
                if (!given.level.isEmpty() && given.level != r.level) {
                    r.level = given.level;
                    r.deficit.reset(); // follows the new level unless the row says otherwise
                }
                if (given.deficit)
                    r.deficit = given.deficit;
                const bool same = r.score == before.score && r.level == before.level && r.isDeficit() == before.isDeficit();
                ++(same && !factsChanged ? rows.unchanged : rows.updated);
            }
            if (!stored) {
                if (auto inserted = diagnostics.insert(d); !inserted) {
                    in.issue(first, nullptr, inserted.error());
                    return false;
                }
            } else if (factsChanged || rows.created || rows.updated) {
                if (Status s = diagnostics.update(d); !s) {
                    in.issue(first, nullptr, s.error());
                    return false;
                }
            }
            counts = rows;
            return true;
        });
        if (!written)
            for (int line : g.lines.mid(1))
                if (!in.isBad(line))
                    in.issue(line, nullptr, tr("not imported, as line %1 of the same diagnostic is not").arg(first));
    }
    return in.finish();
}

Status DiagnosticCsv::exportTo(Database& db, QIODevice& device, qint64 rootId)
{
    RecordExport records(db, QStringLiteral(
        "SELECT d.diagnosed_on, d.source_code, d.person_id, u.code, r.area_code, r.score, r.level, r.deficit "
        "FROM diagnostic d JOIN diagnostic_result r ON r.diagnostic_id = d.id JOIN org_unit u ON u.id = d.org_unit_id "
        "JOIN person p ON p.id = d.person_id "),
                         QStringLiteral("d.org_unit_id"), rootId,
                         QStringLiteral("ORDER BY d.diagnosed_on, p.name_key, p.birth_date, p.id, d.id, r.id"));
    ReferenceRepository& references = records.references();
    return records.write(device, fields(), tr("exporting diagnostics"), [&](CsvRow& row, const QSqlQuery& q) {
        const qint64 personId = q.value(2).toLongLong();
        row.set("date", formatDateRu(dateFromSql(q.value(0))))
            .set("source", references.name(ReferenceList::DiagnosticSource, q.value(1).toString()))
            .set("unit", q.value(3).toString())
            .set("area", references.name(ReferenceList::CompetenceArea, q.value(4).toString()))
            .set("score", q.value(5).isNull() ? QString() : QString::number(q.value(5).toInt()))
            .set("level", levelWord(q.value(6).toString()))
            .set("deficit", yesNo(q.value(7).toBool()));
        PersonColumns::write(row, records.person(personId));
    });
}
