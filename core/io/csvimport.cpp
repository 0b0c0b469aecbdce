#include "io/csvimport.h"
#include "io/fieldparsing.h"
#include "storage/transaction.h"

#include <QLocale>

#include <algorithm>

QString ImportIssue::text() const
{
    if (line <= 0)
        return message;
    if (column.isEmpty())
        return ImportText::tr("line %1: %2").arg(line).arg(message);
    return ImportText::tr("line %1, column «%2»: %3").arg(line).arg(column, message);
}

QString ImportReport::summary() const
{
    return ImportText::tr("rows %1: created %2, updated %3, unchanged %4, rejected %5")
        .arg(rows).arg(created).arg(updated).arg(unchanged).arg(rejected);
}

QString ImportText::badDate(const QString& text)
{
    return tr("«%1» is not a date (expected dd.mm.yyyy or yyyy-mm-dd)").arg(text);
}

QString ImportText::badYesNo(const QString& text)
{
    return tr("«%1» is not yes or no (expected да/нет)").arg(text);
}

QString ImportText::badNumber(const QString& text)
{
    return tr("«%1» is not a number").arg(text);
}

QString ImportText::required()
{
    return tr("a value is required");
}

QString ImportText::tooManyFields(int found, int expected)
{
    return tr("the row has %1 fields but the header has %2 (a delimiter inside a value that is not in quotes?)")
        .arg(found).arg(expected);
}

QString ImportText::tooLong(qsizetype length, int limit)
{
    return tr("the value is %Ln character(s) long; this column holds at most %1", nullptr, int(length))
        .arg(QLocale().toString(limit));
}

int CsvField::maxLength(const char* key)
{
    static const QSet<QByteArray> names = {"last", "first", "middle"};
    static const QSet<QByteArray> texts = {
        "answer", "deficit", "description", "direction", "evidence", "goals", "growth", "item", "location",
        "measure", "name", "needs", "notes", "organiser", "orgname", "outcome",
        "ownertext", "prevention", "provider", "responsibletext", "result", "short", "skills", "source", "subject",
        "subjects", "text", "title", "topic"};
    const QByteArray k(key);
    if (names.contains(k))
        return MaxNameLength;
    return texts.contains(k) ? MaxTextLength : MaxOtherLength;
}

CsvColumns::CsvColumns(const QVector<CsvField>& fields, const CsvTable& table, QVector<ImportIssue>& issues)
{
    QHash<QString, QString> byHeader; // normalised header -> field key
    for (const CsvField& f : fields)
        for (const QString& h : f.headers)
            byHeader.insert(normaliseKey(h), QLatin1String(f.key));
    for (int i = 0; i < table.header.size(); ++i) {
        const QString written = table.header.at(i).trimmed();
        const QString key = byHeader.value(normaliseKey(written));
        if (key.isEmpty()) {
            if (!written.isEmpty())
                m_ignored << written;
            continue;
        }
        if (m_index.contains(key)) {
            issues.append({table.headerLine, written,
                           tr("the column repeats «%1»").arg(m_headers.value(key))});
            continue;
        }
        m_index.insert(key, i);
        m_headers.insert(key, written);
    }
    for (const CsvField& f : fields)
        if (const int i = m_index.value(QLatin1String(f.key), -1); i >= 0)
            m_mapped.append({f.key, i});
    for (const CsvField& f : fields)
        if (f.required && !m_index.contains(QLatin1String(f.key)))
            issues.append({table.headerLine, QString(),
                           tr("the required column «%1» is missing").arg(f.headers.first())});
}

QString CsvColumns::value(const CsvRecord& record, const char* key) const
{
    const int i = m_index.value(QLatin1String(key), -1);
    return i >= 0 && i < record.fields.size() ? record.fields.at(i).trimmed() : QString();
}

QList<const char*> CsvColumns::tooLong(const CsvRecord& record) const
{
    QList<const char*> keys;
    for (const auto& [key, i] : m_mapped)
        if (i < record.fields.size() && QStringView(record.fields.at(i)).trimmed().size() > CsvField::maxLength(key))
            keys.append(key);
    return keys;
}

QString CsvColumns::header(const char* key) const
{
    return m_headers.value(QLatin1String(key));
}

QStringList CsvColumns::canonicalHeader(const QVector<CsvField>& fields)
{
    QStringList header;
    for (const CsvField& f : fields)
        if (f.written)
            header << f.headers.first();
    return header;
}

CsvRow& CsvRow::set(const char* key, const QString& value)
{
    m_values.insert(QLatin1String(key), value);
    return *this;
}

QStringList CsvRow::cells() const
{
    QStringList cells;
    for (const CsvField& f : m_fields)
        if (f.written)
            cells << m_values.value(QLatin1String(f.key));
    return cells;
}

bool CsvImport::read(QIODevice& device, const QVector<CsvField>& fields)
{
    if (!m_reader.read(device)) {
        m_error = m_reader.errorString();
        return false;
    }
    const CsvTable& t = m_reader.table();
    m_report.encoding = t.encoding;
    m_report.delimiter = t.delimiter;
    m_report.rows = t.rows.size();
    m_columns.emplace(fields, t, m_report.issues);
    m_report.ignoredColumns = m_columns->ignored();
    return true;
}

void CsvImport::issue(int line, const char* field, const QString& message)
{
    m_report.issues.append({line, field ? m_columns->header(field) : QString(), message});
    m_badLines.insert(line);
}

void CsvImport::checkCells(const CsvRecord& record)
{
    const int width = m_reader.table().header.size();
    for (int i = width; i < record.fields.size(); ++i)
        if (!record.fields.at(i).trimmed().isEmpty()) {
            issue(record.line, nullptr, ImportText::tooManyFields(record.fields.size(), width));
            break;
        }
    for (const char* key : m_columns->tooLong(record))
        issue(record.line, key, ImportText::tooLong(columns().value(record, key).size(), CsvField::maxLength(key)));
}

ImportReport CsvImport::databaseFailure(const QString& message)
{
    m_report.databaseError = message;
    m_report.created = m_report.updated = m_report.unchanged = 0;
    return m_report;
}

ImportReport CsvImport::finish(WriteTransaction& transaction, const ImportOptions& options)
{
    std::stable_sort(m_report.issues.begin(), m_report.issues.end(),
                     [](const ImportIssue& a, const ImportIssue& b) { return a.line < b.line; });
    m_report.rejected = m_badLines.size();
    if (options.dryRun || (m_report.hasIssues() && !options.skipInvalid)) {
        transaction.rollback();
        return m_report;
    }
    if (Status s = transaction.commit(); !s)
        return databaseFailure(s.error());
    m_report.written = true;
    return m_report;
}
