#pragma once
// Reading CSV files (any encoding TextDecoding knows) into a table of strings.
#include "io/textdecoding.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringList>
#include <QVector>

struct CsvRecord {
    int line = 0; // 1-based physical line where the record starts
    QStringList fields;
};

struct CsvTable {
    QStringList header;
    int headerLine = 1;
    QVector<CsvRecord> rows;
    QChar delimiter = u';';
    TextEncoding encoding = TextEncoding::Utf8;
};

// Reads a whole CSV file: detects the encoding and the delimiter, handles
// RFC 4180 quoting. Rows keep their own number of fields (not checked
// against the header).
class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static constexpr qint64 MaxBytes = 200 * 1024 * 1024;
    // No cell is longer (the file is refused): the longest column a Metodist file has is a text of
    // CsvField::MaxTextLength, and a longer cell means a missing quote or a file that is not a table.
    static constexpr int MaxCellChars = 10000;

    // Reads everything from the device's current position.
    bool read(QIODevice& device);
    // Parses bytes already in memory (what read() does after reading).
    bool parse(const QByteArray& bytes);

    const CsvTable& table() const { return m_table; }
    QString errorString() const { return m_error; }

    // The delimiter a header line suggests: ';', '\t' or ',' (';' if none occur).
    static QChar detectDelimiter(QStringView text);

private:
    bool fail(const QString& message);

    CsvTable m_table;
    QString m_error;
};
