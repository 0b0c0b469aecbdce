#include "io/surveycsv.h"
#include "io/fieldparsing.h"
#include "io/recordexport.h"
#include "io/recordimport.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/surveyrepository.h"

QString SurveyCsv::needsText(const QVector<SurveyNeed>& needs, ReferenceRepository& references)
{
    QStringList parts;
    for (const SurveyNeed& n : needs)
        parts << (n.preferredForm.isEmpty() ? n.topic
                                            : QStringLiteral("%1 (%2)").arg(n.topic, references.name(ReferenceList::SupportForm, n.preferredForm)));
    return parts.join(QStringLiteral("; "));
}

QVector<SurveyNeed> SurveyCsv::parseNeeds(const QString& text, ReferenceRepository& references)
{
    QVector<SurveyNeed> needs;
    for (const QString& part : text.split(u';', Qt::SkipEmptyParts)) {
        SurveyNeed need;
        need.topic = part.simplified();
        const qsizetype open = need.topic.lastIndexOf(u'(');
        if (need.topic.endsWith(u')') && open > 0)
            if (const auto form = references.find(ReferenceList::SupportForm, need.topic.mid(open + 1).chopped(1).simplified())) {
                need.preferredForm = form->code;
                need.topic = need.topic.left(open).simplified();
            }
        if (!need.topic.isEmpty())
            needs.append(need);
    }
    return needs;
}

const QVector<CsvField>& SurveyCsv::fields()
{
    static const QVector<CsvField> list = QVector<CsvField>{RecordImport::uuidField()} + PersonColumns::personFields()
                                          + QVector<CsvField>{
        RecordImport::unitField(),
        {"date", {QStringLiteral("Дата"), QStringLiteral("date"), QStringLiteral("дата анкетирования")}, true},
        {"satisfaction", {QStringLiteral("Удовлетворённость"), QStringLiteral("satisfaction"), QStringLiteral("оценка")}},
        {"needs", {QStringLiteral("Потребности"), QStringLiteral("needs"), QStringLiteral("темы")}},
    };
    return list;
}

Result<ImportReport> SurveyCsv::importFrom(Database& db, QIODevice& device, const ImportOptions& options)
{
    RecordImport in(db, options);
    if (!in.read(device, fields(), {}, {PersonColumns::person()}))
        return in.ended();
    SurveyRepository surveys(db);
    for (const CsvRecord& r : in.rows()) {
        const int line = r.line;
        in.checkCells(r);
        in.require(r, "date");
        Survey given;
        given.uuid = in.uuid(r);
        given.orgUnitId = in.unit(r, "unit");
        given.date = in.date(r, "date");
        if (const auto score = in.integer(r, "satisfaction")) {
            if (*score >= 1 && *score <= 5)
                given.satisfaction = *score;
            else
                in.issue(line, "satisfaction", tr("the satisfaction score is from 1 to 5"));
        }
        given.needs = parseNeeds(in.file().columns().value(r, "needs"), in.references());
        const bool named = in.names(r, PersonColumns::person());
        if (named)
            given.personId = in.person(r);
        else if (!given.orgUnitId && !in.isBad(line))
            in.issue(line, in.has("unit") ? "unit" : nullptr, tr("an anonymous response needs the code of its organisation"));
        QString naturalKey = QStringLiteral("%1|%2").arg(given.personId).arg(given.date.toString(Qt::ISODate));
        if (!named)
            naturalKey += QStringLiteral("|%1|%2|%3").arg(given.orgUnitId).arg(given.satisfaction)
                              .arg(normaliseKey(needsText(given.needs, in.references())));
        if (in.isBad(line) || in.repeats(given.uuid.isEmpty() ? naturalKey : given.uuid, line))
            continue;

        in.write(line, [&](RecordImport::Counts& counts) {
            qint64 id = in.idOfUuid("survey", given.uuid);
            if (given.uuid.isEmpty() && named) {
                for (const Survey& stored : surveys.surveysOf(given.personId))
                    if (stored.date == given.date)
                        id = stored.id;
            } else if (given.uuid.isEmpty()) {
                for (const Survey& stored : surveys.list(given.orgUnitId, given.date, given.date))
                    if (stored.anonymous() && stored.orgUnitId == given.orgUnitId && stored.satisfaction == given.satisfaction
                        && normaliseKey(needsText(stored.needs, in.references())) == normaliseKey(needsText(given.needs, in.references())))
                        id = stored.id;
            }
            if (!id) {
                Survey survey = given;
                return in.store(line, counts, true, true, [&] { return surveys.insert(survey).status(); });
            }
            const Survey stored = *surveys.find(id);
            Survey survey = stored;
            survey.personId = given.personId ? given.personId : stored.personId;
            survey.date = given.date;
            if (given.orgUnitId)
                survey.orgUnitId = given.orgUnitId;
            if (given.satisfaction)
                survey.satisfaction = given.satisfaction;
            bool needsChanged = false;
            for (const SurveyNeed& need : given.needs) {
                auto same = std::find_if(survey.needs.begin(), survey.needs.end(),
                                         [&](const SurveyNeed& n) { return normaliseKey(n.topic) == normaliseKey(need.topic); });
                if (same == survey.needs.end()) {
                    survey.needs.append(need);
                    needsChanged = true;
                } else if (!need.preferredForm.isEmpty() && same->preferredForm != need.preferredForm) {
                    same->preferredForm = need.preferredForm; // the topic is the need's key: its stored spelling stays
                    needsChanged = true;
                }
            }
            const bool changed = needsChanged || survey.personId != stored.personId || survey.date != stored.date
                                 || survey.orgUnitId != stored.orgUnitId || survey.satisfaction != stored.satisfaction;
            return in.store(line, counts, false, changed, [&] { return surveys.update(survey); });
        });
    }
    return in.finish();
}

Status SurveyCsv::exportTo(Database& db, QIODevice& device, qint64 rootId)
{
    RecordExport records(db, QStringLiteral(
        "SELECT s.id, s.uuid, s.person_id, u.code, s.survey_date, s.satisfaction FROM survey s "
        "JOIN org_unit u ON u.id = s.org_unit_id LEFT JOIN person p ON p.id = s.person_id "),
                         QStringLiteral("s.org_unit_id"), rootId,
                         QStringLiteral("ORDER BY s.survey_date, u.code, p.name_key, p.birth_date, s.person_id, s.id"));
    SurveyRepository surveys(db);
    return records.write(device, fields(), tr("exporting survey responses"), [&](CsvRow& row, const QSqlQuery& q) {
        const int score = q.value(5).toInt();
        row.set("uuid", q.value(1).toString())
            .set("unit", q.value(3).toString())
            .set("date", formatDateRu(dateFromSql(q.value(4))))
            .set("satisfaction", score ? QString::number(score) : QString())
            .set("needs", needsText(surveys.find(q.value(0).toLongLong())->needs, records.references()));
        if (const qint64 person = q.value(2).toLongLong())
            PersonColumns::write(row, records.person(person));
    });
}
