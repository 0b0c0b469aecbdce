#include "io/csvreader.h"

#include <QLocale>

#include <algorithm>

namespace {

constexpr char16_t Quote = u'"';
constexpr char16_t Cr = u'\r';
constexpr char16_t Lf = u'\n';

bool isLineBreak(QChar c)
{
    return c == Cr || c == Lf;
}

// Removes the apostrophe CsvWriter puts before cells that could be formulas.
void removeFormulaGuard(QString& cell)
{
    if (cell.size() >= 2 && cell[0] == u'\'') {
        switch (cell[1].unicode()) {
        case u'=': case u'+': case u'-': case u'@': case u'\t': case u'\r':
            cell.remove(0, 1);
            break;
        default:
            break;
        }
    }
}

// Single pass over the decoded text, producing records with line numbers.
class Parser
{
public:
    Parser(const QString& text, QChar delimiter)
        : m_p(text.constData()), m_size(text.size()), m_delimiter(delimiter)
    {
    }

    enum class Result { Record, End, Error };

    // Reads the next record into fields; skips blank lines.
    Result next(CsvRecord& record)
    {
        while (m_pos < m_size) {
            record.line = m_line;
            record.fields.clear();
            bool anyQuoted = false;
            if (!readRecord(record.fields, anyQuoted))
                return Result::Error;
            // Blank lines, and rows of bare delimiters (";;;" is how Excel saves a cleared row).
            const bool blank = !anyQuoted && std::all_of(record.fields.cbegin(), record.fields.cend(),
                                                         [](const QString& f) { return f.trimmed().isEmpty(); });
            if (!blank)
                return Result::Record;
        }
        return Result::End;
    }

    int errorLine() const { return m_errorLine; }
    int errorColumn() const { return m_errorColumn; }
    bool unterminatedQuote() const { return m_unterminated; }
    bool cellTooLong() const { return m_tooLong; }

private:
    // Consumes a line break at m_pos (CRLF, LF or CR) and counts the line.
    void consumeLineBreak()
    {
        if (m_p[m_pos] == Cr && m_pos + 1 < m_size && m_p[m_pos + 1] == Lf)
            ++m_pos;
        ++m_pos;
        ++m_line;
        m_lineStart = m_pos;
    }

    bool isPadding(QChar c) const
    {
        return c != m_delimiter && !isLineBreak(c) && c.isSpace();
    }

    bool readRecord(QStringList& fields, bool& anyQuoted)
    {
        for (;;) {
            QString value;
            bool quoted = false;
            if (!readField(value, quoted))
                return false;
            anyQuoted = anyQuoted || quoted;
            if (value.size() > CsvReader::MaxCellChars) {
                m_tooLong = true;
                m_errorLine = m_line;
                m_errorColumn = int(fields.size()) + 1;
                return false;
            }
            removeFormulaGuard(value);
            fields.append(value);

            if (m_pos >= m_size)
                return true;
            if (m_p[m_pos] == m_delimiter) {
                ++m_pos;
                continue;
            }
            consumeLineBreak(); // readField stops only at a delimiter, a line break or the end
            return true;
        }
    }

    bool readField(QString& value, bool& quoted)
    {
        const qsizetype start = m_pos;
        while (m_pos < m_size && isPadding(m_p[m_pos]))
            ++m_pos;

        if (m_pos < m_size && m_p[m_pos] == Quote) {
            quoted = true;
            return readQuoted(value);
        }

        while (m_pos < m_size && m_p[m_pos] != m_delimiter && !isLineBreak(m_p[m_pos]))
            ++m_pos;
        value = QStringView(m_p + start, m_pos - start).trimmed().toString();
        return true;
    }

    // m_pos is at the opening quote. Line breaks inside are kept as they are.
    bool readQuoted(QString& value)
    {
        const int openLine = m_line;
        ++m_pos;
        qsizetype chunk = m_pos;
        for (;;) {
            if (m_pos >= m_size) {
                m_unterminated = true;
                m_errorLine = openLine;
                return false;
            }
            const QChar c = m_p[m_pos];
            if (c == Quote) {
                value.append(QStringView(m_p + chunk, m_pos - chunk));
                if (m_pos + 1 < m_size && m_p[m_pos + 1] == Quote) {
                    value.append(QChar(Quote));
                    m_pos += 2;
                    chunk = m_pos;
                    continue;
                }
                ++m_pos; // closing quote
                break;
            }
            if (isLineBreak(c)) {
                consumeLineBreak();
                continue;
            }
            ++m_pos;
        }

        while (m_pos < m_size && isPadding(m_p[m_pos]))
            ++m_pos;
        if (m_pos < m_size && m_p[m_pos] != m_delimiter && !isLineBreak(m_p[m_pos])) {
            m_errorLine = m_line;
            m_errorColumn = int(m_pos - m_lineStart) + 1;
            return false;
        }
        return true;
    }

    const QChar* m_p;
    qsizetype m_size;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    qsizetype m_lineStart = 0;
    int m_line = 1;

    bool m_unterminated = false;
    bool m_tooLong = false;
    int m_errorLine = 0;
    int m_errorColumn = 0;
};

// Skips leading blank lines; returns the start of the first non-blank line.
qsizetype firstContentLine(QStringView text)
{
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (isLineBreak(c))
            lineStart = i + 1;
        else if (!c.isSpace())
            return lineStart;
    }
    return text.size();
}

} // namespace

QChar CsvReader::detectDelimiter(QStringView text)
{
    int semicolons = 0;
    int tabs = 0;
    int commas = 0;
    bool inQuotes = false;
    for (qsizetype i = firstContentLine(text); i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == Quote)
            inQuotes = !inQuotes; // a doubled quote toggles twice
        else if (inQuotes)
            continue;
        else if (isLineBreak(c))
            break;
        else if (c == u';')
            ++semicolons;
        else if (c == u'\t')
            ++tabs;
        else if (c == u',')
            ++commas;
    }
    if (commas > semicolons && commas > tabs)
        return u',';
    if (tabs > semicolons)
        return u'\t';
    return u';';
}

bool CsvReader::fail(const QString& message)
{
    m_table = CsvTable();
    m_error = message;
    return false;
}

bool CsvReader::read(QIODevice& device)
{
    if (!device.isReadable())
        return fail(tr("Cannot read the file: %1").arg(device.errorString()));

    const QString tooLarge = tr("The file is too large (more than %1 MB).").arg(MaxBytes / (1024 * 1024));
    if (!device.isSequential() && device.size() - device.pos() > MaxBytes)
        return fail(tooLarge);

    QByteArray bytes;
    if (!device.isSequential())
        bytes.reserve(device.size() - device.pos());
    constexpr qint64 ChunkSize = 1024 * 1024;
    QByteArray chunk(ChunkSize, Qt::Uninitialized);
    for (;;) {
        const qint64 got = device.read(chunk.data(), ChunkSize);
        if (got < 0)
            return fail(tr("Cannot read the file: %1").arg(device.errorString()));
        if (got == 0) {
            if (device.atEnd() || !device.isSequential() || !device.waitForReadyRead(30000))
                break;
            continue;
        }
        if (bytes.size() + got > MaxBytes)
            return fail(tooLarge);
        bytes.append(chunk.constData(), got);
    }
    return parse(bytes);
}

bool CsvReader::parse(const QByteArray& bytes)
{
    m_table = CsvTable();
    m_error.clear();
    if (bytes.size() > MaxBytes)
        return fail(tr("The file is too large (more than %1 MB).").arg(MaxBytes / (1024 * 1024)));

    QString decodeError;
    const std::optional<DecodedText> decoded = TextDecoding::decode(bytes, &decodeError);
    if (!decoded)
        return fail(decodeError);

    CsvTable table;
    table.encoding = decoded->encoding;
    table.delimiter = detectDelimiter(decoded->text);

    Parser parser(decoded->text, table.delimiter);
    CsvRecord record;
    bool haveHeader = false;
    for (;;) {
        const Parser::Result result = parser.next(record);
        if (result == Parser::Result::End)
            break;
        if (result == Parser::Result::Error) {
            if (parser.unterminatedQuote())
                return fail(tr("Line %1: a quoted field is not closed.").arg(parser.errorLine()));
            if (parser.cellTooLong())
                return fail(tr("Line %1, field %2: the value is longer than %3 characters; no column of a "
                               "Metodist file holds so much.")
                                .arg(parser.errorLine())
                                .arg(parser.errorColumn())
                                .arg(QLocale().toString(CsvReader::MaxCellChars)));
            return fail(tr("Line %1, column %2: unexpected characters after a closing quote.")
                            .arg(parser.errorLine())
                            .arg(parser.errorColumn()));
        }
        if (!haveHeader) {
            for (QString& cell : record.fields)
                cell = cell.trimmed();
            table.header = std::move(record.fields);
            table.headerLine = record.line;
            haveHeader = true;
        } else {
            table.rows.append(std::move(record));
        }
        record = CsvRecord();
        record.fields.reserve(table.header.size());
    }
    if (!haveHeader)
        return fail(tr("The file is empty."));

    m_table = std::move(table);
    return true;
}
