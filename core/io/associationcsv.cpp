#include "io/associationcsv.h"
#include "io/fieldparsing.h"
#include "io/recordexport.h"
#include "io/recordimport.h"
#include "storage/associationrepository.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"

namespace {

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

const QVector<CsvField>& AssociationCsv::fields()
{
    static const QVector<CsvField> list = QVector<CsvField>{
        RecordImport::uuidField(),
        RecordImport::unitField(true),
        {"level", {QStringLiteral("Уровень"), QStringLiteral("level"), QStringLiteral("уровень объединения")}, true},
        {"subject", {QStringLiteral("Предмет или тема"), QStringLiteral("subject"), QStringLiteral("предмет"), QStringLiteral("тема"),
                     QStringLiteral("объединение")}, true},
        {"start", {QStringLiteral("Начало"), QStringLiteral("start"), QStringLiteral("дата создания")}, true},
        {"end", {QStringLiteral("Окончание"), QStringLiteral("end"), QStringLiteral("дата прекращения")}},
    } + PersonColumns::roleFields(PersonColumns::head(), {QStringLiteral("Руководитель"), QStringLiteral("head")},
                                  {QStringLiteral("Дата рождения руководителя"), QStringLiteral("head birth date")},
                                  {QStringLiteral("СНИЛС руководителя"), QStringLiteral("head snils")})
      + PersonColumns::personFields() + QVector<CsvField>{
        {"joined", {QStringLiteral("Дата вступления"), QStringLiteral("joined on")}},
        {"left", {QStringLiteral("Дата выхода"), QStringLiteral("left on")}},
    };
    return list;
}

Result<ImportReport> AssociationCsv::importFrom(Database& db, QIODevice& device, const ImportOptions& options)
{
    RecordImport in(db, options);
    if (!in.read(device, fields(), {}, {PersonColumns::head(), PersonColumns::person()}))
        return in.ended();
    AssociationRepository associations(db);
    for (const CsvRecord& r : in.rows()) {
        const int line = r.line;
        in.checkCells(r);
        for (const char* key : {"unit", "level", "subject", "start"})
            in.require(r, key);
        MethodicalAssociation given;
        given.uuid = in.uuid(r);
        given.orgUnitId = in.unit(r, "unit");
        given.level = in.code(r, "level", ReferenceList::AssociationLevel);
        given.subject = in.text(r, "subject");
        given.start = in.date(r, "start");
        given.end = in.date(r, "end");
        if (in.names(r, PersonColumns::head()))
            given.headId = in.person(r, PersonColumns::head());
        AssociationMember member;
        if (in.names(r, PersonColumns::person()))
            member.personId = in.person(r);
        member.joinedOn = in.date(r, "joined");
        member.leftOn = in.date(r, "left");
        if (!member.personId && (member.joinedOn.isValid() || member.leftOn.isValid()) && !in.isBad(line))
            in.issue(line, nullptr, tr("the dates of a membership need the member's columns"));
        if (in.isBad(line))
            continue;
        if (!member.joinedOn.isValid())
            member.joinedOn = given.start;
        const QString key = given.uuid.isEmpty() ? QStringLiteral("%1|%2|%3|%4").arg(given.orgUnitId).arg(given.level,
                                                                                                           normaliseKey(given.subject), iso(given.start))
                                                 : given.uuid;
        if (!in.agrees(key, r, {{"unit", QString::number(given.orgUnitId)}, {"level", given.level},
                                {"subject", normaliseKey(given.subject)}, {"start", iso(given.start)}, {"end", iso(given.end)},
                                {"head", given.headId ? QString::number(given.headId) : QString()}})
            || in.repeats(QStringLiteral("%1|%2|%3").arg(key).arg(member.personId).arg(iso(member.joinedOn)), line))
            continue;

        in.write(line, [&](RecordImport::Counts& counts) {
            qint64 id = in.idOfUuid("methodical_association", given.uuid);
            if (given.uuid.isEmpty())
                for (const MethodicalAssociation& stored : associations.list(given.orgUnitId))
                    if (stored.orgUnitId == given.orgUnitId && stored.level == given.level && stored.start == given.start
                        && normaliseKey(stored.subject) == normaliseKey(given.subject))
                        id = stored.id;
            bool created = false;
            bool changed = false;
            if (!id) {
                MethodicalAssociation association = given;
                const auto inserted = associations.insert(association);
                if (!inserted) {
                    in.issue(line, nullptr, inserted.error());
                    return false;
                }
                id = *inserted;
                created = true;
            } else {
                const MethodicalAssociation stored = *associations.find(id);
                MethodicalAssociation association = stored;
                association.orgUnitId = given.orgUnitId;
                association.level = given.level;
                association.subject = given.subject;
                association.start = given.start;
                if (given.end.isValid())
                    association.end = given.end;
                if (given.headId)
                    association.headId = given.headId;
                changed = association.orgUnitId != stored.orgUnitId || association.level != stored.level
                          || association.subject != stored.subject || association.start != stored.start
                          || association.end != stored.end || association.headId != stored.headId;
                if (changed)
                    if (Status s = associations.update(association); !s) {
                        in.issue(line, nullptr, s.error());
                        return false;
                    }
            }
            if (member.personId) {
                std::optional<AssociationMember> stored;
                for (const AssociationMember& m : associations.members(id))
                    if (m.personId == member.personId && m.joinedOn == member.joinedOn)
                        stored = m;
                if (!stored) {
                    const auto added = associations.addMember(id, member.personId, member.joinedOn);
                    if (!added) {
                        in.issue(line, nullptr, added.error());
                        return false;
                    }
                    stored = AssociationMember{.id = *added};
                    created = true;
                }
                if (member.leftOn.isValid() && member.leftOn != stored->leftOn) {
                    if (Status s = associations.endMembership(stored->id, member.leftOn); !s) {
                        in.issue(line, "left", s.error());
                        return false;
                    }
                    changed = true;
                }
            }
            ++(created ? counts.created : changed ? counts.updated : counts.unchanged);
            return true;
        });
    }
    return in.finish();
}

Status AssociationCsv::exportTo(Database& db, QIODevice& device, qint64 rootId)
{
    RecordExport records(db, QStringLiteral(
        "SELECT a.uuid, u.code, a.level, a.subject, a.start_date, a.end_date, a.head_id, m.person_id, m.joined_on, m.left_on "
        "FROM methodical_association a JOIN org_unit u ON u.id = a.org_unit_id "
        "LEFT JOIN association_member m ON m.association_id = a.id LEFT JOIN person p ON p.id = m.person_id "),
                         QStringLiteral("a.org_unit_id"), rootId,
                         QStringLiteral("ORDER BY u.code, a.start_date, a.subject, a.id, m.joined_on, p.name_key, p.birth_date, p.id"));
    ReferenceRepository& references = records.references();
    return records.write(device, fields(), tr("exporting methodical associations"), [&](CsvRow& row, const QSqlQuery& q) {
        row.set("uuid", q.value(0).toString())
            .set("unit", q.value(1).toString())
            .set("level", references.name(ReferenceList::AssociationLevel, q.value(2).toString()))
            .set("subject", q.value(3).toString())
            .set("start", formatDateRu(dateFromSql(q.value(4))))
            .set("end", formatDateRu(dateFromSql(q.value(5))))
            .set("joined", formatDateRu(dateFromSql(q.value(8))))
            .set("left", formatDateRu(dateFromSql(q.value(9))));
        if (const qint64 head = q.value(6).toLongLong())
            PersonColumns::write(row, records.person(head), PersonColumns::head());
        if (const qint64 member = q.value(7).toLongLong())
            PersonColumns::write(row, records.person(member));
    });
}
