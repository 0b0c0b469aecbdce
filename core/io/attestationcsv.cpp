#include "io/attestationcsv.h"
#include "io/recordexport.h"
#include "io/fieldparsing.h"
#include "io/recordimport.h"
#include "storage/attestationrepository.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QSqlError>

namespace {

qint64 storedAttestation(Database& db, qint64 personId, const QDate& date, const QString& category)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM attestation WHERE person_id = ? AND attestation_date = ? AND category = ? ORDER BY id"));
    q.addBindValue(personId);
    q.addBindValue(sqlDate(date));
    q.addBindValue(category);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

QString AttestationCsv::outcomeWord(const QString& code)
{
    if (code == AttestationOutcome::granted())
        return QStringLiteral("присвоена");
    if (code == AttestationOutcome::refused())
        return QStringLiteral("отказано");
    return code;
}

std::optional<QString> AttestationCsv::parseOutcome(const QString& text)
{
    const QString key = normaliseKey(text);
    static const QStringList granted = {QStringLiteral("присвоена"), QStringLiteral("присвоено"), QStringLiteral("установлена"),
                                        QStringLiteral("да")};
    static const QStringList refused = {QStringLiteral("отказано"), QStringLiteral("отказ"), QStringLiteral("не присвоена"),
                                        QStringLiteral("не установлена"), QStringLiteral("нет")};
    for (const QString& code : AttestationOutcome::codes())
        if (key == code || key == normaliseKey(AttestationOutcome::name(code)))
            return code;
    if (granted.contains(key))
        return AttestationOutcome::granted();
    if (refused.contains(key))
        return AttestationOutcome::refused();
    return std::nullopt;
}

const QVector<CsvField>& AttestationCsv::fields()
{
    static const QVector<CsvField> list = QVector<CsvField>{
        {"date", {QStringLiteral("Дата"), QStringLiteral("date"), QStringLiteral("дата аттестации")}, true},
        {"category", {QStringLiteral("Категория"), QStringLiteral("category"), QStringLiteral("квалификационная категория")}, true},
        {"outcome", {QStringLiteral("Результат"), QStringLiteral("outcome"), QStringLiteral("result")}},
        {"valid", {QStringLiteral("Действительна до"), QStringLiteral("valid until"), QStringLiteral("срок действия")}},
    } + PersonColumns::personFields() + QVector<CsvField>{
        RecordImport::unitField(),
    };
    return list;
}

Result<ImportReport> AttestationCsv::importFrom(Database& db, QIODevice& device, const ImportOptions& options)
{
    RecordImport in(db, options);
    if (!in.read(device, fields()))
        return in.ended();
    AttestationRepository attestations(db);
    for (const CsvRecord& r : in.rows()) {
        const int line = r.line;
        in.checkCells(r);
        Attestation given;
        given.date = in.date(r, "date");
        if (const QString text = in.text(r, "category"); !text.isEmpty()) {
            const auto category = in.references().findCategory(text);
            if (!category || category->code == u"none")
                in.issue(line, "category", tr("«%1» is not a category an attestation grants").arg(text));
            else
                given.category = category->code;
        }
        if (const QString text = in.text(r, "outcome"); !text.isEmpty()) {
            if (const auto outcome = parseOutcome(text))
                given.outcome = *outcome;
            else
                in.issue(line, "outcome", tr("«%1» is not an outcome of an attestation (присвоена, отказано)").arg(text));
        }
        given.validUntil = in.date(r, "valid");
        given.unitId = in.unit(r, "unit");
        for (const char* key : {"date", "category"})
            in.require(r, key);
        given.personId = in.person(r);
        if (in.isBad(line)
            || in.repeats(QStringLiteral("%1|%2|%3").arg(given.personId).arg(given.date.toString(Qt::ISODate), given.category), line))
            continue;

        in.write(line, [&](RecordImport::Counts& counts) {
            if (const qint64 id = storedAttestation(db, given.personId, given.date, given.category)) {
                Attestation a = *attestations.find(id);
                const Attestation stored = a;
                if (!given.outcome.isEmpty())
                    a.outcome = given.outcome;
                if (given.validUntil.isValid())
                    a.validUntil = given.validUntil;
                else if (!a.granted())
                    a.validUntil = QDate(); // refused now: no validity
                if (given.unitId)
                    a.unitId = given.unitId;
                if (a.outcome == stored.outcome && a.validUntil == stored.validUntil && a.unitId == stored.unitId) {
                    ++counts.unchanged;
                    return true;
                }
                if (Status s = attestations.update(a); !s) {
                    in.issue(line, nullptr, s.error());
                    return false;
                }
                ++counts.updated;
                return true;
            }
            if (given.outcome.isEmpty()) {
                in.issue(line, in.has("outcome") ? "outcome" : nullptr, tr("a new attestation needs its outcome"));
                return false;
            }
            Attestation a = given;
            if (auto id = attestations.insert(a); !id) {
                in.issue(line, nullptr, id.error());
                return false;
            }
            ++counts.created;
            return true;
        });
    }
    return in.finish();
}

Status AttestationCsv::exportTo(Database& db, QIODevice& device, qint64 rootId)
{
    RecordExport records(db, QStringLiteral(
        "SELECT a.attestation_date, a.category, a.outcome, a.valid_until, a.person_id, u.code FROM attestation a "
        "JOIN org_unit u ON u.id = a.org_unit_id JOIN person p ON p.id = a.person_id "),
                         QStringLiteral("a.org_unit_id"), rootId,
                         QStringLiteral("ORDER BY a.attestation_date, p.name_key, p.birth_date, p.id, a.category, a.id"));
    ReferenceRepository& references = records.references();
    return records.write(device, fields(), tr("exporting attestations"), [&](CsvRow& row, const QSqlQuery& q) {
        const qint64 personId = q.value(4).toLongLong();
        row.set("date", formatDateRu(dateFromSql(q.value(0))))
            .set("category", references.categoryName(q.value(1).toString()))
            .set("outcome", outcomeWord(q.value(2).toString()))
            .set("valid", formatDateRu(dateFromSql(q.value(3))))
            .set("unit", q.value(5).toString());
        PersonColumns::write(row, records.person(personId));
    });
}
