#include "io/unitcsv.h"
#include "io/csvwriter.h"
#include "io/fieldparsing.h"
#include "storage/database.h"
#include "storage/orgunitrepository.h"
#include "storage/transaction.h"

#include <QIODevice>
#include <QSet>
#include <algorithm>

namespace {

QString yesNo(bool value)
{
    return value ? QStringLiteral("да") : QString();
}

struct UnitRow {
    int line = 0;
    OrgUnit unit;
    QString parentCode;
    QSet<QString> given; // fields whose cells are not empty: only these change a stored unit
};

// A stored unit with what the row says written over it.
OrgUnit merged(OrgUnit stored, const UnitRow& row)
{
    const OrgUnit& u = row.unit;
    stored.name = u.name;
    auto take = [&](const char* field, auto member) {
        if (row.given.contains(QLatin1String(field)))
            stored.*member = u.*member;
    };
    take("short", &OrgUnit::shortName);
    take("kind", &OrgUnit::kind);
    take("low", &OrgUnit::lowResults);
    take("unfav", &OrgUnit::unfavourable);
    take("small", &OrgUnit::smallSchool);
    take("rural", &OrgUnit::rural);
    take("growth", &OrgUnit::growthPoint);
    take("innov", &OrgUnit::innovationLevel);
    take("topic", &OrgUnit::innovationTopic);
    return stored;
}

} // namespace

const QVector<CsvField>& UnitCsv::fields()
{
    static const QVector<CsvField> list = {
        {"code", {QStringLiteral("Код"), QStringLiteral("code"), QStringLiteral("код подразделения")}, true},
        {"level", {QStringLiteral("Уровень"), QStringLiteral("level")}, true},
        {"parent", {QStringLiteral("Код вышестоящего"), QStringLiteral("parent"), QStringLiteral("parent code"),
                    QStringLiteral("вышестоящее"), QStringLiteral("код вышестоящего подразделения")}},
        {"name", {QStringLiteral("Наименование"), QStringLiteral("name"), QStringLiteral("название"),
                  QStringLiteral("полное наименование")}, true},
        {"short", {QStringLiteral("Краткое наименование"), QStringLiteral("short name"), QStringLiteral("краткое название")}},
        {"kind", {QStringLiteral("Вид"), QStringLiteral("kind"), QStringLiteral("тип")}},
        {"low", {QStringLiteral("ШНОР"), QStringLiteral("low results")}},
        {"unfav", {QStringLiteral("ШНСУ"), QStringLiteral("unfavourable")}},
        {"small", {QStringLiteral("МКШ"), QStringLiteral("small school")}},
        {"rural", {QStringLiteral("Сельская"), QStringLiteral("rural"), QStringLiteral("сельская местность")}},
        {"growth", {QStringLiteral("Точка роста"), QStringLiteral("growth point")}},
        {"innov", {QStringLiteral("Инновационная площадка"), QStringLiteral("innovation level"),
                   QStringLiteral("уровень площадки")}},
        {"topic", {QStringLiteral("Тема площадки"), QStringLiteral("innovation topic")}},
    };
    return list;
}

Result<ImportReport> UnitCsv::importFrom(Database& db, QIODevice& device, const ImportOptions& options)
{
    CsvImport file;
    if (!file.read(device, fields()))
        return Result<ImportReport>::failure(file.error());
    const CsvTable& table = file.table();
    const CsvColumns& columns = file.columns();
    ImportReport& report = file.report();
    if (report.hasIssues()) {
        report.rejected = report.rows;
        return report;
    }

    // 1. Parse every row, collecting each problem with its line and column.
    QVector<UnitRow> rows;
    QHash<QString, int> lineOfCode;
    for (const CsvRecord& record : table.rows) {
        file.checkCells(record);
        UnitRow row;
        row.line = record.line;
        for (const char* field : {"short", "kind", "low", "unfav", "small", "rural", "growth", "innov", "topic"})
            if (!columns.value(record, field).isEmpty())
                row.given.insert(QLatin1String(field));
        OrgUnit& u = row.unit;
        u.code = columns.value(record, "code");
        if (u.code.isEmpty())
            file.issue(record.line, "code", ImportText::required());
        else if (lineOfCode.contains(u.code))
            file.issue(record.line, "code", tr("the code %1 already appears in line %2").arg(u.code).arg(lineOfCode.value(u.code)));
        else
            lineOfCode.insert(u.code, record.line);
        const QString levelText = columns.value(record, "level");
        const auto level = UnitLevels::parse(levelText);
        if (levelText.isEmpty())
            file.issue(record.line, "level", ImportText::required());
        else if (!level)
            file.issue(record.line, "level", tr("«%1» is not a level (регион, хаб, муниципалитет, организация)").arg(levelText));
        else
            u.level = *level;
        u.name = columns.value(record, "name");
        if (u.name.isEmpty())
            file.issue(record.line, "name", ImportText::required());
        u.shortName = columns.value(record, "short");
        row.parentCode = columns.value(record, "parent");
        if (level && *level != UnitLevel::Region && row.parentCode.isEmpty())
            file.issue(record.line, columns.has("parent") ? "parent" : nullptr,
                  tr("the code of the parent unit is required for a %1").arg(UnitLevels::name(*level)));
        if (level && *level == UnitLevel::Region && !row.parentCode.isEmpty())
            file.issue(record.line, "parent", tr("the region has no parent unit"));
        if (const QString kind = columns.value(record, "kind"); !kind.isEmpty() && level) {
            if (const auto found = UnitLevels::findKind(*level, kind))
                u.kind = found->code;
            else
                file.issue(record.line, "kind", tr("«%1» is not a kind of %2").arg(kind, UnitLevels::name(*level)));
        }
        const std::pair<const char*, bool*> flags[] = {{"low", &u.lowResults}, {"unfav", &u.unfavourable},
                                                        {"small", &u.smallSchool}, {"rural", &u.rural},
                                                        {"growth", &u.growthPoint}};
        for (const auto& [key, target] : flags) {
            const QString text = columns.value(record, key);
            if (const auto value = parseYesNo(text))
                *target = *value;
            else
                file.issue(record.line, key, ImportText::badYesNo(text));
        }
        if (const auto innovation = UnitLevels::parseInnovationLevel(columns.value(record, "innov")))
            u.innovationLevel = *innovation;
        else
            file.issue(record.line, "innov", tr("«%1» is not a level of an innovation site (муниципальный, региональный, федеральный)")
                                            .arg(columns.value(record, "innov")));
        u.innovationTopic = columns.value(record, "topic");
        rows.append(row);
    }

    // 2. Write level by level (parents before children), each row under its own savepoint.
    std::stable_sort(rows.begin(), rows.end(), [](const UnitRow& a, const UnitRow& b) { return a.unit.level < b.unit.level; });
    OrgUnitRepository units(db);
    WriteTransaction tx(db);
    if (!tx.isActive())
        return file.databaseFailure(tx.error());
    for (UnitRow& row : rows) {
        if (file.isBad(row.line))
            continue;
        OrgUnit& u = row.unit;
        WriteTransaction rowTx(db);
        if (!rowTx.isActive())
            return file.databaseFailure(rowTx.error()); // the file's write is lost whole: stop here
        if (!row.parentCode.isEmpty()) {
            const auto parent = units.findByCode(row.parentCode);
            if (!parent) {
                const int parentLine = lineOfCode.value(row.parentCode);
                file.issue(row.line, "parent", parentLine && file.isBad(parentLine)
                                              ? tr("the parent unit %1 is not imported because of line %2").arg(row.parentCode).arg(parentLine)
                                              : tr("there is no unit with the code %1 in the file or the database").arg(row.parentCode));
                continue;
            }
            u.parentId = parent->id;
        }
        auto existing = units.findByCode(u.code);
        // A new database's region (nothing under it yet) takes the code of the file's region,
        // so a region's export imports into a database made with File ▸ New.
        bool adopted = false;
        if (!existing && u.level == UnitLevel::Region)
            if (auto region = units.region(); region && units.children(region->id).isEmpty()) {
                region->code = u.code;
                if (Status s = units.update(*region); !s) {
                    file.issue(row.line, "code", s.error());
                    continue;
                }
                existing = region;
                adopted = true;
            }
        if (!existing) {
            if (Status s = units.checkPlacement(u.level, u.parentId); !s) {
                file.issue(row.line, u.level == UnitLevel::Region ? "level" : "parent", s.error());
                continue;
            }
            if (auto r = units.insert(u); !r) {
                file.issue(row.line, "code", r.error());
                continue;
            }
            ++report.created;
        } else {
            if (existing->level != u.level) {
                file.issue(row.line, "level", tr("%1 is a %2 in the database; the level of a unit does not change")
                                             .arg(u.code, UnitLevels::name(existing->level)));
                continue;
            }
            bool changed = adopted;
            if (existing->parentId != u.parentId) {
                if (Status s = units.move(existing->id, u.parentId); !s) {
                    file.issue(row.line, "parent", s.error());
                    continue;
                }
                existing = units.find(existing->id);
                changed = true;
            }
            const OrgUnit target = merged(*existing, row);
            if (!target.sameFacts(*existing)) {
                if (Status s = units.update(target); !s) {
                    file.issue(row.line, "name", s.error());
                    continue;
                }
                changed = true;
            }
            ++(changed ? report.updated : report.unchanged);
        }
        if (Status s = rowTx.commit(); !s) {
            file.issue(row.line, nullptr, s.error());
            continue;
        }
    }

    return file.finish(tx, options);
}

Status UnitCsv::exportTo(Database& db, QIODevice& device, qint64 rootId)
{
    OrgUnitRepository units(db);
    const QVector<OrgUnit> all = units.all();
    QHash<qint64, const OrgUnit*> byId;
    for (const OrgUnit& u : all)
        byId.insert(u.id, &u);
    QSet<qint64> include;
    if (rootId) {
        if (!byId.contains(rootId))
            return Status::failure(tr("The unit (id %1) does not exist.").arg(rootId));
        const QVector<qint64> subtree = units.subtreeIds(rootId);
        include = QSet<qint64>(subtree.begin(), subtree.end());
        for (qint64 id = byId.value(rootId)->parentId; id; id = byId.value(id)->parentId)
            include.insert(id);
    }
    CsvWriter writer(device);
    writer.writeRow(CsvColumns::canonicalHeader(fields()));
    for (const OrgUnit& u : all) { // ordered by level: parents come first
        if (rootId && !include.contains(u.id))
            continue;
        writer.writeRow({u.code, UnitLevels::name(u.level), u.parentId ? byId.value(u.parentId)->code : QString(),
                         u.name, u.shortName, u.kind.isEmpty() ? QString() : UnitLevels::kindName(u.kind),
                         yesNo(u.lowResults), yesNo(u.unfavourable), yesNo(u.smallSchool), yesNo(u.rural),
                         yesNo(u.growthPoint), UnitLevels::innovationLevelName(u.innovationLevel), u.innovationTopic});
    }
    return writer.ok() ? Status::success() : Status::failure(writer.errorString());
}
