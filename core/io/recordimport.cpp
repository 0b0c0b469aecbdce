#include "io/recordimport.h"
#include "io/fieldparsing.h"
#include "storage/database.h"
#include "storage/orgunitrepository.h"
#include "storage/transaction.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>
#include <cmath>

RecordImport::RecordImport(Database& db, const ImportOptions& options)
    : m_db(db), m_options(options), m_persons(db)
{
}

RecordImport::~RecordImport() = default;

bool RecordImport::read(QIODevice& device, const QVector<CsvField>& fields, const QVector<PersonKeys>& persons,
                        const QVector<PersonKeys>& optionalPersons)
{
    m_fields = fields;
    if (!m_file.read(device, fields)) {
        m_unreadable = true;
        return false;
    }
    ImportReport& report = m_file.report();
    for (const PersonKeys& keys : persons)
        if (const QString problem = PersonColumns::headerProblem(m_file.columns(), keys, fields); !problem.isEmpty())
            headerIssue(problem);
    for (const PersonKeys& keys : optionalPersons)
        if (PersonColumns::hasAny(m_file.columns(), keys))
            if (const QString problem = PersonColumns::headerProblem(m_file.columns(), keys, fields); !problem.isEmpty())
                headerIssue(problem);
    if (report.hasIssues()) {
        m_headerFailed = true;
        return false;
    }
    m_transaction = std::make_unique<WriteTransaction>(m_db);
    if (!m_transaction->isActive())
        return false;
    m_identities.emplace(m_db);
    for (const PersonKeys& keys : persons + optionalPersons)
        m_personColumns.emplace_back(m_file, *m_identities, keys);
    for (const OrgUnit& u : OrgUnitRepository(m_db).all())
        m_unitByCode.insert(u.code, u.id);
    return true;
}

void RecordImport::headerIssue(const QString& message)
{
    m_file.report().issues.append({m_file.table().headerLine, QString(), message});
}

Result<ImportReport> RecordImport::ended()
{
    if (m_unreadable)
        return Result<ImportReport>::failure(m_file.error());
    if (m_headerFailed || !m_transaction) {
        ImportReport& report = m_file.report();
        report.rejected = report.rows;
        return report;
    }
    return m_file.databaseFailure(m_transaction->error());
}

QString RecordImport::text(const CsvRecord& r, const char* key) const
{
    return m_file.columns().value(r, key).simplified();
}

void RecordImport::require(const CsvRecord& r, const char* key)
{
    if (!text(r, key).isEmpty())
        return;
    if (has(key)) {
        issue(r.line, key, ImportText::required());
        return;
    }
    for (const CsvField& f : m_fields)
        if (qstrcmp(f.key, key) == 0)
            issue(r.line, nullptr, tr("the column «%1» is needed for this row").arg(f.headers.first()));
}

QDate RecordImport::date(const CsvRecord& r, const char* key)
{
    const QString value = text(r, key);
    if (value.isEmpty())
        return {};
    if (const auto d = parseDate(value))
        return *d;
    issue(r.line, key, ImportText::badDate(value));
    return {};
}

std::optional<bool> RecordImport::yesNo(const CsvRecord& r, const char* key)
{
    const QString value = text(r, key);
    if (value.isEmpty())
        return std::nullopt;
    const auto b = parseYesNo(value);
    if (!b)
        issue(r.line, key, ImportText::badYesNo(value));
    return b;
}

std::optional<int> RecordImport::integer(const CsvRecord& r, const char* key)
{
    const QString value = text(r, key);
    if (value.isEmpty())
        return std::nullopt;
    const auto d = parseDecimal(value);
    if (!d || *d != std::floor(*d) || std::abs(*d) > 1e9) {
        issue(r.line, key, ImportText::badNumber(value));
        return std::nullopt;
    }
    return int(*d);
}

QString RecordImport::code(const CsvRecord& r, const char* key, ReferenceList list)
{
    const QString value = text(r, key);
    if (value.isEmpty())
        return {};
    if (const auto item = references().find(list, value))
        return item->code;
    issue(r.line, key, tr("«%1» is not in the list of %2").arg(value, ReferenceRepository::listName(list)));
    return {};
}

qint64 RecordImport::unit(const CsvRecord& r, const char* key)
{
    const QString value = text(r, key);
    if (value.isEmpty())
        return 0;
    const qint64 id = m_unitByCode.value(value);
    if (!id)
        issue(r.line, key, tr("there is no unit with the code %1").arg(value));
    return id;
}

qint64 RecordImport::person(const CsvRecord& r, const PersonKeys& keys)
{
    for (PersonColumns& columns : m_personColumns)
        if (qstrcmp(columns.keys().full, keys.full) == 0)
            return columns.find(r);
    return 0;
}

bool RecordImport::names(const CsvRecord& r, const PersonKeys& keys) const
{
    for (const char* key : {keys.full, keys.last, keys.first, keys.middle, keys.birth, keys.snils})
        if (key && !text(r, key).isEmpty())
            return true;
    return false;
}

std::optional<double> RecordImport::decimal(const CsvRecord& r, const char* key)
{
    const QString value = text(r, key);
    if (value.isEmpty())
        return std::nullopt;
    const auto d = parseDecimal(value);
    if (!d)
        issue(r.line, key, ImportText::badNumber(value));
    return d;
}

std::optional<int> RecordImport::academicYear(const CsvRecord& r, const char* key)
{
    const QString value = text(r, key);
    if (value.isEmpty())
        return std::nullopt;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:\\s*[/-]\\s*(\\d{2}|\\d{4}))?$"));
    const QRegularExpressionMatch m = pattern.match(value);
    if (m.hasMatch()) {
        const int year = m.captured(1).toInt();
        const QString next = m.captured(2);
        if (next.isEmpty() || next.toInt() == (next.size() == 2 ? (year + 1) % 100 : year + 1))
            return year;
    }
    issue(r.line, key, tr("«%1» is not an academic year (write 2024/25)").arg(value));
    return std::nullopt;
}

CsvField RecordImport::uuidField()
{
    return {"uuid", {QStringLiteral("UUID"), QStringLiteral("идентификатор")}};
}

CsvField RecordImport::unitField(bool required)
{
    return {"unit", {QStringLiteral("Код организации"), QStringLiteral("organisation code"), QStringLiteral("organization code"),
                     QStringLiteral("код подразделения"), QStringLiteral("unit code")}, required};
}

QString RecordImport::uuid(const CsvRecord& r)
{
    const QString value = text(r, "uuid");
    if (value.isEmpty())
        return {};
    const QUuid id = QUuid::fromString(value);
    if (id.isNull()) {
        issue(r.line, "uuid", tr("«%1» is not a UUID").arg(value));
        return {};
    }
    return id.toString(QUuid::WithoutBraces);
}

qint64 RecordImport::idOfUuid(const char* table, const QString& uuid)
{
    if (uuid.isEmpty())
        return 0;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(QLatin1String(table)));
    q.addBindValue(uuid);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

bool RecordImport::agrees(const QString& shared, const CsvRecord& r, const QVector<QPair<const char*, QString>>& values)
{
    bool same = true;
    for (const auto& [key, value] : values) {
        if (value.isEmpty())
            continue;
        const QString id = shared + u'|' + QLatin1String(key);
        const auto earlier = m_shared.constFind(id);
        if (earlier == m_shared.constEnd()) {
            m_shared.insert(id, {value, text(r, key), r.line});
        } else if (earlier->value != value) {
            issue(r.line, key, tr("«%1» differs from «%2» in line %3, which is about the same record")
                                   .arg(text(r, key), earlier->text).arg(earlier->line));
            same = false;
        }
    }
    return same;
}

bool RecordImport::repeats(const QString& rowKey, int line)
{
    if (const int earlier = m_lineOfRow.value(rowKey)) {
        issue(line, nullptr, tr("the row repeats line %1").arg(earlier));
        return true;
    }
    m_lineOfRow.insert(rowKey, line);
    return false;
}

bool RecordImport::write(int line, const std::function<bool(Counts&)>& write)
{
    WriteTransaction row(m_db, m_options.skipInvalid ? WriteTransaction::Nesting::Savepoint : WriteTransaction::Nesting::Join);
    if (!row.isActive()) {
        if (!m_lost) // once: the rows after it are not written either, for the same reason
            issue(line, nullptr, row.error());
        m_lost = true;
        return false;
    }
    Counts counts;
    if (!write(counts))
        return false; // the guard rolls the row back
    if (Status s = row.commit(); !s) {
        issue(line, nullptr, s.error());
        return false;
    }
    ImportReport& report = m_file.report();
    report.created += counts.created;
    report.updated += counts.updated;
    report.unchanged += counts.unchanged;
    return true;
}

bool RecordImport::store(int line, Counts& counts, bool isNew, bool changed, const std::function<Status()>& save)
{
    if (!isNew && !changed) {
        ++counts.unchanged;
        return true;
    }
    if (Status s = save(); !s) {
        issue(line, nullptr, s.error());
        return false;
    }
    ++(isNew ? counts.created : counts.updated);
    return true;
}

ImportReport RecordImport::finish()
{
    return m_file.finish(*m_transaction, m_options);
}
