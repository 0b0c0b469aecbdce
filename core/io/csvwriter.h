#pragma once
// Writing CSV files that Excel opens correctly.
#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringList>

// UTF-8 with a BOM, CRLF line ends, RFC 4180 quoting, and cells that look
// like formulas neutralised.
class CsvWriter {
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    // Writes the UTF-8 BOM immediately.
    explicit CsvWriter(QIODevice& device, QChar delimiter = u';');

    void writeRow(const QStringList& cells);

    bool ok() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    // Prefixes "'" when the cell starts with = + - @, tab or CR (CSV injection guard).
    static QString neutralise(const QString& cell);
    // One cell as it appears in the file: neutralised, then quoted if needed.
    static QString escape(const QString& cell, QChar delimiter);

private:
    void write(const QByteArray& bytes);

    QIODevice& m_device;
    QChar m_delimiter;
    QString m_error;
};
