#include "io/competitioncsv.h"
#include "io/recordexport.h"
#include "io/fieldparsing.h"
#include "io/recordimport.h"
#include "storage/competitionrepository.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QSqlError>

namespace {

class Lookup : public Repository {
public:
    using Repository::Repository;
    qint64 competition(const QString& title, const QString& level, int year, qint64 organiserId)
    {
        QSqlQuery& q = prepared(QStringLiteral(
            "SELECT id, title FROM competition WHERE level = ? AND year = ? AND org_unit_id = ? ORDER BY id"));
        q.addBindValue(level);
        q.addBindValue(year);
        q.addBindValue(organiserId);
        qint64 id = 0;
        if (q.exec())
            while (!id && q.next())
                if (normaliseKey(q.value(1).toString()) == normaliseKey(title))
                    id = q.value(0).toLongLong();
        q.finish();
        return id;
    }
    qint64 participation(qint64 competitionId, qint64 personId)
    {
        QSqlQuery& q = prepared(QStringLiteral(
            "SELECT id FROM competition_participation WHERE competition_id = ? AND person_id = ?"));
        q.addBindValue(competitionId);
        q.addBindValue(personId);
        const qint64 id = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        return id;
    }
};

} // namespace

const QVector<CsvField>& CompetitionCsv::fields()
{
    static const QVector<CsvField> list = QVector<CsvField>{
        {"title", {QStringLiteral("Конкурс"), QStringLiteral("competition"), QStringLiteral("название конкурса")}, true},
        {"level", {QStringLiteral("Уровень"), QStringLiteral("level"), QStringLiteral("уровень конкурса")}, true},
        {"year", {QStringLiteral("Год"), QStringLiteral("year")}, true},
        {"organiser", {QStringLiteral("Организатор"), QStringLiteral("organiser"), QStringLiteral("organizer"),
                       QStringLiteral("код организатора")}, true},
    } + PersonColumns::personFields() + QVector<CsvField>{
        RecordImport::unitField(),
        {"stage", {QStringLiteral("Этап"), QStringLiteral("stage"), QStringLiteral("этап конкурса")}},
        {"result", {QStringLiteral("Результат"), QStringLiteral("result")}},
    };
    return list;
}

Result<ImportReport> CompetitionCsv::importFrom(Database& db, QIODevice& device, const ImportOptions& options)
{
    RecordImport in(db, options);
    if (!in.read(device, fields()))
        return in.ended();
    CompetitionRepository competitions(db);
    Lookup lookup(db);
    for (const CsvRecord& r : in.rows()) {
        const int line = r.line;
        in.checkCells(r);
        Competition given;
        given.title = in.text(r, "title");
        given.level = in.code(r, "level", ReferenceList::EventLevel);
        given.year = in.integer(r, "year").value_or(0);
        given.orgUnitId = in.unit(r, "organiser");
        for (const char* key : {"title", "level", "year", "organiser"})
            in.require(r, key);
        CompetitionParticipation participation;
        participation.orgUnitId = in.unit(r, "unit");
        participation.stage = in.text(r, "stage");
        participation.result = in.code(r, "result", ReferenceList::CompetitionResult);
        participation.personId = in.person(r);
        if (in.isBad(line))
            continue;
        const QString key = QStringLiteral("%1|%2|%3|%4").arg(normaliseKey(given.title), given.level).arg(given.year).arg(given.orgUnitId);
        if (in.repeats(key + u'|' + QString::number(participation.personId), line))
            continue;

        in.write(line, [&](RecordImport::Counts& counts) {
            participation.competitionId = lookup.competition(given.title, given.level, given.year, given.orgUnitId);
            if (!participation.competitionId) {
                Competition c = given;
                if (auto id = competitions.insert(c); !id) {
                    in.issue(line, nullptr, id.error());
                    return false;
                }
                participation.competitionId = c.id;
            }
            if (const qint64 id = lookup.participation(participation.competitionId, participation.personId)) {
                CompetitionParticipation p = *competitions.findParticipation(id);
                const CompetitionParticipation stored = p;
                if (participation.orgUnitId)
                    p.orgUnitId = participation.orgUnitId;
                if (!participation.stage.isEmpty())
                    p.stage = participation.stage;
                if (!participation.result.isEmpty())
                    p.result = participation.result;
                if (p.orgUnitId == stored.orgUnitId && p.stage == stored.stage && p.result == stored.result) {
                    ++counts.unchanged;
                    return true;
                }
                if (Status s = competitions.updateParticipant(p); !s) {
                    in.issue(line, nullptr, s.error());
                    return false;
                }
                ++counts.updated;
                return true;
            }
            CompetitionParticipation p = participation;
            if (p.result.isEmpty())
                p.result = QStringLiteral("participant");
            if (auto id = competitions.addParticipant(p); !id) {
                in.issue(line, nullptr, id.error());
                return false;
            }
            ++counts.created;
            return true;
        });
    }
    return in.finish();
}

Status CompetitionCsv::exportTo(Database& db, QIODevice& device, qint64 rootId)
{
    RecordExport records(db, QStringLiteral(
        "SELECT co.title, co.level, co.year, o.code, cp.person_id, u.code, cp.stage, cp.result "
        "FROM competition_participation cp JOIN competition co ON co.id = cp.competition_id "
        "JOIN org_unit o ON o.id = co.org_unit_id JOIN org_unit u ON u.id = cp.org_unit_id "
        "JOIN person p ON p.id = cp.person_id "),
                         QStringLiteral("cp.org_unit_id"), rootId,
                         QStringLiteral("ORDER BY co.year, co.title, co.level, o.code, co.id, p.name_key, p.birth_date, p.id"));
    ReferenceRepository& references = records.references();
    return records.write(device, fields(), tr("exporting competition participants"), [&](CsvRow& row, const QSqlQuery& q) {
        const qint64 personId = q.value(4).toLongLong();
        row.set("title", q.value(0).toString())
            .set("level", references.name(ReferenceList::EventLevel, q.value(1).toString()))
            .set("year", QString::number(q.value(2).toInt()))
            .set("organiser", q.value(3).toString())
            .set("unit", q.value(5).toString())
            .set("stage", q.value(6).toString())
            .set("result", references.name(ReferenceList::CompetitionResult, q.value(7).toString()));
        PersonColumns::write(row, records.person(personId));
    });
}
