#include "testsupport.h"

#include "io/csvreader.h"
#include "io/csvwriter.h"

#include <QBuffer>



namespace {

QByteArray writeRows(const QList<QStringList>& rows, QChar delimiter = u';')
{
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(buffer, delimiter);
    for (const QStringList& row : rows)
        writer.writeRow(row);
    CHECK(writer.ok());
    CHECK(writer.errorString().isEmpty());
    return buffer.data();
}

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

TEST_CASE("Writer starts with a BOM and ends lines with CRLF", "[csv][writer]")
{
    const QByteArray bytes = writeRows({{s("a"), s("b")}, {s("1"), s("2")}});
    CHECK(bytes == QByteArray("\xEF\xBB\xBF" "a;b\r\n1;2\r\n"));

    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(buffer);
    CHECK(buffer.data() == QByteArray("\xEF\xBB\xBF"));
}

TEST_CASE("Writer quotes only when needed", "[csv][writer]")
{
    const QByteArray bytes = writeRows({{s("plain"), s("a;b"), s("say \"hi\""), s("two\nlines"),
                                         s("cr\rhere"), s(" lead"), s("trail "), s(""), s("a,b"), s("ёж")}});
    CHECK(QString::fromUtf8(bytes.mid(3))
          == s("plain;\"a;b\";\"say \"\"hi\"\"\";\"two\nlines\";\"cr\rhere\";\" lead\";\"trail \";;a,b;ёж\r\n"));

    // With a comma delimiter the comma is what needs quoting.
    CHECK(writeRows({{s("a,b"), s("a;b")}}, u',').mid(3) == QByteArray("\"a,b\",a;b\r\n"));
    // A row of one empty cell must not look like a blank line.
    CHECK(writeRows({{s("")}}).mid(3) == QByteArray("\"\"\r\n"));
}

TEST_CASE("neutralise guards against formula injection", "[csv][writer]")
{
    CHECK(CsvWriter::neutralise(s("=SUM(A1)")) == s("'=SUM(A1)"));
    CHECK(CsvWriter::neutralise(s("+7 999")) == s("'+7 999"));
    CHECK(CsvWriter::neutralise(s("-")) == s("'-"));
    CHECK(CsvWriter::neutralise(s("@x")) == s("'@x"));
    CHECK(CsvWriter::neutralise(s("\tx")) == s("'\tx"));
    CHECK(CsvWriter::neutralise(s("\rx")) == s("'\rx"));
    CHECK(CsvWriter::neutralise(s("O'Brien")) == s("O'Brien"));
    CHECK(CsvWriter::neutralise(s("a=b")) == s("a=b"));
    CHECK(CsvWriter::neutralise(QString()).isEmpty());

    // Neutralised before quoting: the apostrophe is inside the quotes.
    CHECK(CsvWriter::escape(s("=\"x\";1"), u';') == s("\"'=\"\"x\"\";1\""));
    CHECK(CsvWriter::escape(s("-1"), u';') == s("'-1"));
}

TEST_CASE("Writer output reads back unchanged", "[csv][writer][roundtrip]")
{
    const QStringList header{s("Ячейка"), s("Другая")};
    const QStringList cells{s("=SUM(A1)"), s("+7 999"), s("-"),          s("@x"),
                            s("O'Brien"),  s("a;b"),    s("line1\nline2"), s("«ёлка»"),
                            s("emoji 😀"), s("\"quoted\""), s("  spaces  "), s("crlf\r\nx"),
                            s("\ttab"),    s(""),        s("last")};

    for (const QChar delimiter : {QChar(u';'), QChar(u','), QChar(u'\t')}) {
        INFO("delimiter " << int(delimiter.unicode()));
        QList<QStringList> rows{header};
        for (const QString& cell : cells)
            rows.append(QStringList{cell, s("x")});
        rows.append(cells);

        QBuffer buffer;
        buffer.setData(writeRows(rows, delimiter));
        REQUIRE(buffer.open(QIODevice::ReadOnly));
        CsvReader reader;
        REQUIRE(reader.read(buffer));
        const CsvTable& t = reader.table();
        CHECK(t.encoding == TextEncoding::Utf8Bom);
        CHECK(t.delimiter == delimiter);
        CHECK(t.header == header);
        REQUIRE(t.rows.size() == cells.size() + 1);
        for (qsizetype i = 0; i < cells.size(); ++i)
            CHECK(t.rows[i].fields == (QStringList{cells[i], s("x")}));
        CHECK(t.rows.last().fields == cells);
    }
}

TEST_CASE("Writer reports a device that cannot be written", "[csv][writer]")
{
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvWriter writer(buffer);
    writer.writeRow({s("a")});
    CHECK_FALSE(writer.ok());
    CHECK_FALSE(writer.errorString().isEmpty());
}
