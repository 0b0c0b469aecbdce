#include "io/csvwriter.h"

CsvWriter::CsvWriter(QIODevice& device, QChar delimiter)
    : m_device(device), m_delimiter(delimiter)
{
    write(QByteArrayLiteral("\xEF\xBB\xBF"));
}

QString CsvWriter::neutralise(const QString& cell)
{
    if (cell.isEmpty())
        return cell;
    switch (cell[0].unicode()) {
    case u'=': case u'+': case u'-': case u'@': case u'\t': case u'\r':
        return u'\'' + cell;
    default:
        return cell;
    }
}

QString CsvWriter::escape(const QString& cell, QChar delimiter)
{
    const QString value = neutralise(cell);
    const bool needsQuotes = !value.isEmpty()
        && (value.contains(delimiter) || value.contains(u'"') || value.contains(u'\r')
            || value.contains(u'\n') || value.front().isSpace() || value.back().isSpace());
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

void CsvWriter::writeRow(const QStringList& cells)
{
    QString line;
    if (cells.size() == 1 && cells[0].isEmpty()) {
        line = QStringLiteral("\"\""); // otherwise the row would read back as a blank line
    } else {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                line += m_delimiter;
            line += escape(cells[i], m_delimiter);
        }
    }
    line += QStringLiteral("\r\n");
    write(line.toUtf8());
}

void CsvWriter::write(const QByteArray& bytes)
{
    if (!ok())
        return;
    if (!m_device.isWritable() || m_device.write(bytes) != bytes.size())
        m_error = tr("Cannot write the file: %1").arg(m_device.errorString());
}
