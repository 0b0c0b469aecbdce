#include "io/coursecsv.h"
#include "io/recordexport.h"
#include "io/fieldparsing.h"
#include "io/recordimport.h"
#include "storage/courserepository.h"
#include "storage/database.h"
#include "storage/orgunitrepository.h"
#include "storage/sqlvalues.h"

#include <QSqlError>

namespace {

class Lookup : public Repository {
public:
    using Repository::Repository;
    qint64 programme(const QString& title, const QString& provider, int hours)
    {
        QSqlQuery& q = prepared(QStringLiteral("SELECT id, title, provider FROM course_programme WHERE hours = ? ORDER BY id"));
        q.addBindValue(hours);
        qint64 id = 0;
        if (q.exec())
            while (!id && q.next())
                if (normaliseKey(q.value(1).toString()) == normaliseKey(title)
                    && normaliseKey(q.value(2).toString()) == normaliseKey(provider))
                    id = q.value(0).toLongLong();
        q.finish();
        return id;
    }
    qint64 completion(qint64 personId, qint64 programmeId, const QDate& end)
    {
        QSqlQuery& q = prepared(QStringLiteral(
            "SELECT id FROM course_completion WHERE person_id = ? AND programme_id = ? AND end_date = ?"));
        q.addBindValue(personId);
        q.addBindValue(programmeId);
        q.addBindValue(sqlDate(end));
        const qint64 id = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        return id;
    }
};

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("да") : QStringLiteral("нет");
}

} // namespace

const QVector<CsvField>& CourseCsv::fields()
{
    static const QVector<CsvField> list = QVector<CsvField>{
        {"title", {QStringLiteral("Программа"), QStringLiteral("programme"), QStringLiteral("program"),
                   QStringLiteral("название программы")}, true},
        {"provider", {QStringLiteral("Поставщик"), QStringLiteral("provider"), QStringLiteral("организация ДПО")}},
        {"hours", {QStringLiteral("Часов"), QStringLiteral("hours"), QStringLiteral("количество часов"),
                   QStringLiteral("объём часов")}, true},
        {"registry", {QStringLiteral("В федеральном реестре"), QStringLiteral("federal registry"), QStringLiteral("ФР ДПП")}},
        {"area", {QStringLiteral("Компетентностная область"), QStringLiteral("competence area")}},
        {"form", {QStringLiteral("Форма"), QStringLiteral("form"), QStringLiteral("форма обучения")}},
        {"programmeunit", {QStringLiteral("Код подразделения программы"), QStringLiteral("programme unit code")}},
        {"start", {QStringLiteral("Дата начала"), QStringLiteral("start date"), QStringLiteral("start")}},
        {"end", {QStringLiteral("Дата окончания"), QStringLiteral("end date"), QStringLiteral("end")}, true},
        {"certificate", {QStringLiteral("Номер удостоверения"), QStringLiteral("certificate"), QStringLiteral("удостоверение")}},
    } + PersonColumns::personFields() + QVector<CsvField>{
        RecordImport::unitField(),
    };
    return list;
}

Result<ImportReport> CourseCsv::importFrom(Database& db, QIODevice& device, const ImportOptions& options)
{
    RecordImport in(db, options);
    if (!in.read(device, fields()))
        return in.ended();
    CourseRepository courses(db);
    Lookup lookup(db);
    const auto region = OrgUnitRepository(db).region();
    for (const CsvRecord& r : in.rows()) {
        const int line = r.line;
        in.checkCells(r);
        CourseProgramme given;
        given.title = in.text(r, "title");
        given.provider = in.text(r, "provider");
        const auto hours = in.integer(r, "hours");
        if (hours && *hours <= 0)
            in.issue(line, "hours", tr("the hours must be greater than zero"));
        given.hours = hours.value_or(0);
        const auto registry = in.yesNo(r, "registry");
        given.competenceArea = in.code(r, "area", ReferenceList::CompetenceArea);
        given.form = in.code(r, "form", ReferenceList::CourseForm);
        given.orgUnitId = in.unit(r, "programmeunit");
        CourseCompletion completion;
        completion.start = in.date(r, "start");
        completion.end = in.date(r, "end");
        completion.certificate = in.text(r, "certificate");
        completion.orgUnitId = in.unit(r, "unit");
        for (const char* key : {"title", "hours", "end"})
            in.require(r, key);
        completion.personId = in.person(r);
        if (in.isBad(line))
            continue;
        const QString programmeKey = QStringLiteral("%1|%2|%3").arg(normaliseKey(given.title), normaliseKey(given.provider)).arg(given.hours);
        if (!in.agrees(programmeKey, r, {{"registry", registry ? yesNo(*registry) : QString()}, {"area", given.competenceArea},
                                         {"form", given.form}, {"programmeunit", given.orgUnitId ? QString::number(given.orgUnitId) : QString()}})
            || in.repeats(QStringLiteral("%1|%2|%3").arg(programmeKey).arg(completion.personId).arg(iso(completion.end)), line))
            continue;

        in.write(line, [&](RecordImport::Counts& counts) {
            bool changed = false;
            completion.programmeId = lookup.programme(given.title, given.provider, given.hours);
            if (!completion.programmeId) {
                if (given.form.isEmpty()) {
                    in.issue(line, in.has("form") ? "form" : nullptr, tr("a new programme needs its form"));
                    return false;
                }
                given.inFederalRegistry = registry.value_or(false);
                if (!given.orgUnitId)
                    given.orgUnitId = region ? region->id : 0;
                if (auto id = courses.insertProgramme(given); !id) {
                    in.issue(line, nullptr, id.error());
                    return false;
                }
                completion.programmeId = given.id;
            } else {
                CourseProgramme p = *courses.findProgramme(completion.programmeId);
                const CourseProgramme stored = p;
                if (registry)
                    p.inFederalRegistry = *registry;
                if (!given.competenceArea.isEmpty())
                    p.competenceArea = given.competenceArea;
                if (!given.form.isEmpty())
                    p.form = given.form;
                if (given.orgUnitId)
                    p.orgUnitId = given.orgUnitId;
                if (p.inFederalRegistry != stored.inFederalRegistry || p.competenceArea != stored.competenceArea
                    || p.form != stored.form || p.orgUnitId != stored.orgUnitId) {
                    if (Status s = courses.updateProgramme(p); !s) {
                        in.issue(line, nullptr, s.error());
                        return false;
                    }
                    changed = true;
                }
            }
            if (const qint64 id = lookup.completion(completion.personId, completion.programmeId, completion.end)) {
                CourseCompletion c = *courses.findCompletion(id);
                const CourseCompletion stored = c;
                if (completion.start.isValid())
                    c.start = completion.start;
                if (!completion.certificate.isEmpty())
                    c.certificate = completion.certificate;
                if (completion.orgUnitId)
                    c.orgUnitId = completion.orgUnitId;
                if (c.start != stored.start || c.certificate != stored.certificate || c.orgUnitId != stored.orgUnitId) {
                    if (Status s = courses.updateCompletion(c); !s) {
                        in.issue(line, nullptr, s.error());
                        return false;
                    }
                    changed = true;
                }
                ++(changed ? counts.updated : counts.unchanged);
                return true;
            }
            if (!completion.start.isValid()) {
                in.issue(line, in.has("start") ? "start" : nullptr, tr("a new completion needs its start date"));
                return false;
            }
            CourseCompletion c = completion;
            if (auto id = courses.insertCompletion(c); !id) {
                in.issue(line, nullptr, id.error());
                return false;
            }
            ++counts.created;
            return true;
        });
    }
    return in.finish();
}

Status CourseCsv::exportTo(Database& db, QIODevice& device, qint64 rootId)
{
    RecordExport records(db, QStringLiteral(
        "SELECT cp.title, cp.provider, cp.hours, cp.in_federal_registry, cp.competence_area, cp.form, o.code, "
        "cc.start_date, cc.end_date, cc.certificate, cc.person_id, u.code FROM course_completion cc "
        "JOIN course_programme cp ON cp.id = cc.programme_id JOIN org_unit o ON o.id = cp.org_unit_id "
        "JOIN org_unit u ON u.id = cc.org_unit_id JOIN person p ON p.id = cc.person_id "),
                         QStringLiteral("cc.org_unit_id"), rootId,
                         QStringLiteral("ORDER BY cc.end_date, cp.title, cp.provider, cp.hours, cp.id, p.name_key, p.birth_date, p.id"));
    ReferenceRepository& references = records.references();
    return records.write(device, fields(), tr("exporting course completions"), [&](CsvRow& row, const QSqlQuery& q) {
        const qint64 personId = q.value(10).toLongLong();
        row.set("title", q.value(0).toString())
            .set("provider", q.value(1).toString())
            .set("hours", QString::number(q.value(2).toInt()))
            .set("registry", yesNo(q.value(3).toBool()))
            .set("area", q.value(4).isNull() ? QString() : references.name(ReferenceList::CompetenceArea, q.value(4).toString()))
            .set("form", references.name(ReferenceList::CourseForm, q.value(5).toString()))
            .set("programmeunit", q.value(6).toString())
            .set("start", formatDateRu(dateFromSql(q.value(7))))
            .set("end", formatDateRu(dateFromSql(q.value(8))))
            .set("certificate", q.value(9).toString())
            .set("unit", q.value(11).toString());
        PersonColumns::write(row, records.person(personId));
    });
}
