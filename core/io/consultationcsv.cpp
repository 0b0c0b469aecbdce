#include "io/consultationcsv.h"
#include "io/fieldparsing.h"
#include "io/recordexport.h"
#include "io/recordimport.h"
#include "storage/consultationrepository.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"

const QVector<CsvField>& ConsultationCsv::fields()
{
    static const QVector<CsvField> list = QVector<CsvField>{RecordImport::uuidField()}
        + PersonColumns::roleFields(PersonColumns::methodist(), {QStringLiteral("Методист"), QStringLiteral("methodist"),
                                                                QStringLiteral("ФИО методиста"), QStringLiteral("консультант")},
                                    {QStringLiteral("Дата рождения методиста"), QStringLiteral("methodist birth date")},
                                    {QStringLiteral("СНИЛС методиста"), QStringLiteral("methodist snils")})
        + QVector<CsvField>{
        {"date", {QStringLiteral("Дата"), QStringLiteral("date"), QStringLiteral("дата консультации")}, true},
        {"topic", {QStringLiteral("Тема"), QStringLiteral("topic"), QStringLiteral("тема консультации")}, true},
        {"form", {QStringLiteral("Форма"), QStringLiteral("form"), QStringLiteral("форма консультации")}},
        {"area", {QStringLiteral("Компетентностная область"), QStringLiteral("competence area"), QStringLiteral("область")}},
        RecordImport::unitField(),
    } + PersonColumns::personFields();
    return list;
}

Result<ImportReport> ConsultationCsv::importFrom(Database& db, QIODevice& device, const ImportOptions& options)
{
    RecordImport in(db, options);
    if (!in.read(device, fields(), {PersonColumns::methodist(), PersonColumns::person()}))
        return in.ended();
    ConsultationRepository consultations(db);
    for (const CsvRecord& r : in.rows()) {
        const int line = r.line;
        in.checkCells(r);
        for (const char* key : {"date", "topic"})
            in.require(r, key);
        Consultation given;
        given.uuid = in.uuid(r);
        given.date = in.date(r, "date");
        given.topic = in.text(r, "topic");
        given.form = in.code(r, "form", ReferenceList::ConsultationForm);
        given.competenceArea = in.code(r, "area", ReferenceList::CompetenceArea);
        given.orgUnitId = in.unit(r, "unit");
        given.methodistId = in.person(r, PersonColumns::methodist());
        const qint64 person = in.person(r);
        if (in.isBad(line))
            continue;
        const QString key = given.uuid.isEmpty()
                                ? QStringLiteral("%1|%2|%3").arg(given.methodistId).arg(given.date.toString(Qt::ISODate), normaliseKey(given.topic))
                                : given.uuid;
        if (!in.agrees(key, r, {{"methodist", QString::number(given.methodistId)}, {"date", given.date.toString(Qt::ISODate)},
                                {"topic", normaliseKey(given.topic)}, {"form", given.form}, {"area", given.competenceArea},
                                {"unit", given.orgUnitId ? QString::number(given.orgUnitId) : QString()}})
            || in.repeats(key + u'|' + QString::number(person), line))
            continue;

        in.write(line, [&](RecordImport::Counts& counts) {
            qint64 id = in.idOfUuid("consultation", given.uuid);
            if (given.uuid.isEmpty())
                for (const Consultation& stored : consultations.byMethodist(given.methodistId))
                    if (stored.date == given.date && normaliseKey(stored.topic) == normaliseKey(given.topic))
                        id = stored.id;
            if (!id) {
                if (given.form.isEmpty()) {
                    in.issue(line, in.has("form") ? "form" : nullptr, tr("a new consultation needs its form"));
                    return false;
                }
                Consultation consultation = given;
                consultation.personIds = {person};
                return in.store(line, counts, true, true, [&] { return consultations.insert(consultation).status(); });
            }
            const Consultation stored = *consultations.find(id);
            Consultation consultation = stored;
            consultation.methodistId = given.methodistId;
            consultation.date = given.date;
            consultation.topic = given.topic;
            if (!given.form.isEmpty())
                consultation.form = given.form;
            if (!given.competenceArea.isEmpty())
                consultation.competenceArea = given.competenceArea;
            if (given.orgUnitId)
                consultation.orgUnitId = given.orgUnitId;
            const bool newPerson = !consultation.personIds.contains(person);
            if (newPerson)
                consultation.personIds.append(person);
            const bool changed = newPerson || consultation.methodistId != stored.methodistId || consultation.date != stored.date
                                 || consultation.topic != stored.topic || consultation.form != stored.form
                                 || consultation.competenceArea != stored.competenceArea || consultation.orgUnitId != stored.orgUnitId;
            // A new person consulted is a new row: counted as created.
            return in.store(line, counts, newPerson, changed, [&] { return consultations.update(consultation); });
        });
    }
    return in.finish();
}

Status ConsultationCsv::exportTo(Database& db, QIODevice& device, qint64 rootId)
{
    RecordExport records(db, QStringLiteral(
        "SELECT k.uuid, k.methodist_id, k.consultation_date, k.topic, k.form, k.competence_area, u.code, cp.person_id "
        "FROM consultation_person cp JOIN consultation k ON k.id = cp.consultation_id JOIN org_unit u ON u.id = k.org_unit_id "
        "JOIN person p ON p.id = cp.person_id "),
                         QStringLiteral("k.org_unit_id"), rootId,
                         QStringLiteral("ORDER BY k.consultation_date, k.topic, k.id, p.name_key, p.birth_date, p.id"));
    ReferenceRepository& references = records.references();
    return records.write(device, fields(), tr("exporting consultations"), [&](CsvRow& row, const QSqlQuery& q) {
        const QString area = q.value(5).toString();
        row.set("uuid", q.value(0).toString())
            .set("date", formatDateRu(dateFromSql(q.value(2))))
            .set("topic", q.value(3).toString())
            .set("form", references.name(ReferenceList::ConsultationForm, q.value(4).toString()))
            .set("area", area.isEmpty() ? QString() : references.name(ReferenceList::CompetenceArea, area))
            .set("unit", q.value(6).toString());
        PersonColumns::write(row, records.person(q.value(1).toLongLong()), PersonColumns::methodist());
        PersonColumns::write(row, records.person(q.value(7).toLongLong()));
    });
}
