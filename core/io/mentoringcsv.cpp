#include "io/mentoringcsv.h"
#include "io/recordexport.h"
#include "io/fieldparsing.h"
#include "io/recordimport.h"
#include "storage/database.h"
#include "storage/mentoringrepository.h"
#include "storage/sqlvalues.h"

#include <QSqlError>

namespace {

// Russian words for the statuses, the first of each as the file writes it.
const QVector<QPair<QString, QStringList>>& statusWords()
{
    static const QVector<QPair<QString, QStringList>> words = {
        {QStringLiteral("draft"), {QStringLiteral("черновик"), QStringLiteral("проект")}},
        {QStringLiteral("active"), {QStringLiteral("действует"), QStringLiteral("активна"), QStringLiteral("в работе")}},
        {QStringLiteral("completed_successfully"), {QStringLiteral("завершена успешно"), QStringLiteral("завершён успешно"),
                                                    QStringLiteral("успешно")}},
        {QStringLiteral("completed_unsuccessfully"), {QStringLiteral("завершена неуспешно"), QStringLiteral("завершён неуспешно"),
                                                      QStringLiteral("неуспешно")}},
        {QStringLiteral("abandoned"), {QStringLiteral("прекращена"), QStringLiteral("прервана"), QStringLiteral("отменена")}},
    };
    return words;
}

qint64 storedProgramme(Database& db, qint64 mentorId, const QString& type, const QDate& start)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT id FROM mentoring_programme WHERE mentor_id = ? AND type_code = ? AND start_date = ? ORDER BY id"));
    q.addBindValue(mentorId);
    q.addBindValue(type);
    q.addBindValue(sqlDate(start));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

QString MentoringCsv::statusWord(const QString& code)
{
    for (const auto& [status, words] : statusWords())
        if (status == code)
            return words.first();
    return code;
}

std::optional<QString> MentoringCsv::parseStatus(const QString& text)
{
    const QString key = normaliseKey(text);
    for (const auto& [status, words] : statusWords()) {
        if (key == status || key == normaliseKey(MentoringStatus::name(status)))
            return status;
        for (const QString& word : words)
            if (key == word)
                return status;
    }
    return std::nullopt;
}

const QVector<CsvField>& MentoringCsv::fields()
{
    static const QVector<CsvField> list = PersonColumns::mentorFields() + QVector<CsvField>{
        {"form", {QStringLiteral("Форма"), QStringLiteral("form"), QStringLiteral("форма наставничества")}},
        {"type", {QStringLiteral("Вид"), QStringLiteral("type"), QStringLiteral("вид наставничества")}, true},
        {"start", {QStringLiteral("Начало"), QStringLiteral("start"), QStringLiteral("дата начала")}, true},
        {"end", {QStringLiteral("Окончание"), QStringLiteral("end"), QStringLiteral("дата окончания")}},
        {"status", {QStringLiteral("Статус"), QStringLiteral("status")}},
        {"statusdate", {QStringLiteral("Дата статуса"), QStringLiteral("status date")}},
        RecordImport::unitField(),
        {"text", {QStringLiteral("Содержание программы"), QStringLiteral("programme"), QStringLiteral("program")}},
        {"outcome", {QStringLiteral("Итог"), QStringLiteral("outcome")}},
    } + PersonColumns::personFields() + QVector<CsvField>{
        {"joined", {QStringLiteral("Дата вступления"), QStringLiteral("joined on")}},
        {"left", {QStringLiteral("Дата выхода"), QStringLiteral("left on")}},
    };
    return list;
}

Result<ImportReport> MentoringCsv::importFrom(Database& db, QIODevice& device, const ImportOptions& options)
{
    RecordImport in(db, options);
    if (!in.read(device, fields(), {PersonColumns::mentor(), PersonColumns::person()}))
        return in.ended();
    MentoringRepository mentoring(db);
    for (const CsvRecord& r : in.rows()) {
        const int line = r.line;
        in.checkCells(r);
        MentoringProgramme given;
        given.status.clear();
        given.formCode = in.code(r, "form", ReferenceList::MentoringForm);
        given.typeCode = in.code(r, "type", ReferenceList::MentoringType);
        given.start = in.date(r, "start");
        given.end = in.date(r, "end");
        if (const QString text = in.text(r, "status"); !text.isEmpty()) {
            if (const auto status = parseStatus(text))
                given.status = *status;
            else
                in.issue(line, "status", tr("«%1» is not a status of a mentoring programme (черновик, действует, "
                                            "завершена успешно, завершена неуспешно, прекращена)").arg(text));
        }
        given.statusDate = in.date(r, "statusdate");
        given.unitId = in.unit(r, "unit");
        given.programme = in.file().columns().value(r, "text");
        given.outcome = in.file().columns().value(r, "outcome");
        MentoringMentee mentee;
        mentee.joinedOn = in.date(r, "joined");
        mentee.leftOn = in.date(r, "left");
        for (const char* key : {"type", "start"})
            in.require(r, key);
        given.mentorId = in.person(r, PersonColumns::mentor());
        mentee.personId = in.person(r);
        if (in.isBad(line))
            continue;
        const QString key = QStringLiteral("%1|%2|%3").arg(given.mentorId).arg(given.typeCode, iso(given.start));
        if (!in.agrees(key, r, {{"form", given.formCode}, {"end", iso(given.end)}, {"status", given.status},
                                {"statusdate", iso(given.statusDate)}, {"unit", given.unitId ? QString::number(given.unitId) : QString()},
                                {"text", given.programme}, {"outcome", given.outcome}})
            || in.repeats(key + u'|' + QString::number(mentee.personId), line))
            continue;

        in.write(line, [&](RecordImport::Counts& counts) {
            const qint64 id = storedProgramme(db, given.mentorId, given.typeCode, given.start);
            if (!id) {
                if (given.formCode.isEmpty()) {
                    in.issue(line, in.has("form") ? "form" : nullptr, tr("a new mentoring programme needs its form"));
                    return false;
                }
                MentoringProgramme p = given;
                if (p.status.isEmpty())
                    p.status = QStringLiteral("draft");
                if (!p.statusDate.isValid() && p.status != u"draft")
                    p.statusDate = MentoringStatus::isFinal(p.status) ? p.end : p.start;
                MentoringMentee m = mentee;
                if (!m.joinedOn.isValid())
                    m.joinedOn = p.start;
                if (auto inserted = mentoring.insert(p, {m}); !inserted) {
                    in.issue(line, nullptr, inserted.error());
                    return false;
                }
                ++counts.created;
                return true;
            }
            bool changed = false;
            MentoringProgramme p = *mentoring.find(id);
            const MentoringProgramme stored = p;
            if (!given.formCode.isEmpty())
                p.formCode = given.formCode;
            if (given.end.isValid())
                p.end = given.end;
            if (given.unitId)
                p.unitId = given.unitId;
            if (!given.programme.isEmpty())
                p.programme = given.programme;
            if (!given.outcome.isEmpty())
                p.outcome = given.outcome;
            if (p.formCode != stored.formCode || p.end != stored.end || p.unitId != stored.unitId
                || p.programme != stored.programme || p.outcome != stored.outcome) {
                if (Status s = mentoring.update(p); !s) {
                    in.issue(line, nullptr, s.error());
                    return false;
                }
                changed = true;
            }
            if (!given.status.isEmpty() && given.status != p.status) {
                QDate date = given.statusDate;
                if (!date.isValid())
                    date = MentoringStatus::isFinal(given.status) ? p.end : p.start;
                // A draft completes by way of being under way (the lifecycle has no shorter path).
                if (p.status == u"draft" && MentoringStatus::isFinal(given.status) && given.status != u"abandoned")
                    if (Status s = mentoring.setStatus(id, QStringLiteral("active"), p.start); !s) {
                        in.issue(line, "status", s.error());
                        return false;
                    }
                if (Status s = mentoring.setStatus(id, given.status, date); !s) {
                    in.issue(line, "status", s.error());
                    return false;
                }
                changed = true;
            }
            std::optional<MentoringMentee> member;
            for (const MentoringMentee& m : mentoring.mentees(id))
                if (m.personId == mentee.personId)
                    member = m;
            if (!member) {
                const QDate joined = mentee.joinedOn.isValid() ? mentee.joinedOn : p.start;
                if (auto added = mentoring.addMentee(id, mentee.personId, joined); !added) {
                    in.issue(line, nullptr, added.error());
                    return false;
                }
                if (mentee.leftOn.isValid())
                    if (Status s = mentoring.endMentee(id, mentee.personId, mentee.leftOn); !s) {
                        in.issue(line, "left", s.error());
                        return false;
                    }
                ++counts.created;
                return true;
            }
            if (mentee.joinedOn.isValid() && mentee.joinedOn != member->joinedOn) {
                in.issue(line, "joined", tr("the mentee joined on %1 according to the database; an import does not move that date")
                                             .arg(formatDateRu(member->joinedOn)));
                return false;
            }
            if (mentee.leftOn.isValid() && mentee.leftOn != member->leftOn) {
                if (Status s = mentoring.endMentee(id, mentee.personId, mentee.leftOn); !s) {
                    in.issue(line, "left", s.error());
                    return false;
                }
                changed = true;
            }
            ++(changed ? counts.updated : counts.unchanged);
            return true;
        });
    }
    return in.finish();
}

Status MentoringCsv::exportTo(Database& db, QIODevice& device, qint64 rootId)
{
    RecordExport records(db, QStringLiteral(
        "SELECT g.mentor_id, g.form_code, g.type_code, g.start_date, g.end_date, g.status, g.status_date, u.code, "
        "g.programme, g.outcome, m.person_id, m.joined_on, m.left_on FROM mentoring_mentee m "
        "JOIN mentoring_programme g ON g.id = m.programme_id JOIN org_unit u ON u.id = g.org_unit_id "
        "JOIN person mp ON mp.id = g.mentor_id JOIN person p ON p.id = m.person_id "),
                         QStringLiteral("g.org_unit_id"), rootId,
                         QStringLiteral("ORDER BY g.start_date, mp.name_key, mp.birth_date, mp.id, g.type_code, g.id, "
                                 "m.joined_on, p.name_key, p.birth_date, p.id"));
    ReferenceRepository& references = records.references();
    return records.write(device, fields(), tr("exporting mentoring"), [&](CsvRow& row, const QSqlQuery& q) {
        row.set("form", references.name(ReferenceList::MentoringForm, q.value(1).toString()))
            .set("type", references.name(ReferenceList::MentoringType, q.value(2).toString()))
            .set("start", formatDateRu(dateFromSql(q.value(3))))
            .set("end", formatDateRu(dateFromSql(q.value(4))))
            .set("status", statusWord(q.value(5).toString()))
            .set("statusdate", formatDateRu(dateFromSql(q.value(6))))
            .set("unit", q.value(7).toString())
            .set("text", q.value(8).toString())
            .set("outcome", q.value(9).toString())
            .set("joined", formatDateRu(dateFromSql(q.value(11))))
            .set("left", formatDateRu(dateFromSql(q.value(12))));
        PersonColumns::write(row, records.person(q.value(0).toLongLong()), PersonColumns::mentor());
        PersonColumns::write(row, records.person(q.value(10).toLongLong()));
    });
}
