#include "testsupport.h"

#include "io/csvreader.h"
#include "io/textdecoding.h"

#include <QBuffer>

#include <cstring>
#include <initializer_list>



namespace {

QStringList list(std::initializer_list<const char*> items)
{
    QStringList result;
    for (const char* item : items)
        result.append(QString::fromUtf8(item));
    return result;
}

bool readBytes(CsvReader& reader, const QByteArray& bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    return reader.read(buffer);
}

CsvTable parseOk(const QByteArray& bytes)
{
    CsvReader reader;
    const bool ok = readBytes(reader, bytes);
    INFO(reader.errorString().toStdString());
    REQUIRE(ok);
    CHECK(reader.errorString().isEmpty());
    return reader.table();
}

QString parseError(const QByteArray& bytes)
{
    CsvReader reader;
    CHECK_FALSE(readBytes(reader, bytes));
    CHECK(reader.table().header.isEmpty());
    CHECK(reader.table().rows.isEmpty());
    return reader.errorString();
}

QStringList row(const CsvTable& table, int i)
{
    return table.rows.at(i).fields;
}

const QString russianCsv = QStringLiteral(
    "Фамилия;Имя;Примечание\r\n"
    "Ёлкина;Привет;«ёлка» №5 — €10\r\n"
    "Щукин;Юрий;ЪЫЬЭЮЯ ъыьэюя\r\n");

} // namespace

TEST_CASE("Windows-1251 table maps key characters", "[csv][encoding]")
{
    CHECK(decodeWindows1251(QByteArray("\xCF\xF0\xE8\xE2\xE5\xF2")) == QStringLiteral("Привет"));
    CHECK(decodeWindows1251(QByteArray("\xA8\xB8\xB9\x88")) == QStringLiteral("Ёё№€"));
    CHECK(decodeWindows1251(QByteArray("\xC0\xDF\xE0\xFF")) == QStringLiteral("АЯая"));
    CHECK(decodeWindows1251(QByteArray("\xAB\xBB\x96\x97\xA0")) == QStringLiteral("«»–—\u00A0"));
    CHECK(decodeWindows1251(QByteArray("\x98")) == QString(QChar(0xFFFD)));
    CHECK(decodeWindows1251(QByteArray("abc;1")) == QStringLiteral("abc;1"));

    CHECK(encodeWindows1251(QStringLiteral("Привет")) == QByteArray("\xCF\xF0\xE8\xE2\xE5\xF2"));
    CHECK(encodeWindows1251(QStringLiteral("Ёё№€")) == QByteArray("\xA8\xB8\xB9\x88"));
    CHECK(encodeWindows1251(QStringLiteral("a😀b中")) == QByteArray("a?b?"));
    CHECK(encodeWindows1251(QString(QChar(0xFFFD))) == QByteArray("?"));

    // Every defined byte survives a round trip.
    QByteArray all;
    for (int b = 0x80; b <= 0xFF; ++b) {
        if (b != 0x98)
            all.append(char(b));
    }
    CHECK(encodeWindows1251(decodeWindows1251(all)) == all);
}

TEST_CASE("TextDecoding detects encodings", "[csv][encoding]")
{
    QString error;
    auto plain = TextDecoding::decode(QByteArray("abc"), &error);
    REQUIRE(plain);
    CHECK(plain->encoding == TextEncoding::Utf8);
    CHECK(plain->text == QStringLiteral("abc"));

    auto bom = TextDecoding::decode(QByteArray("\xEF\xBB\xBF") + QStringLiteral("Ёж").toUtf8(), &error);
    REQUIRE(bom);
    CHECK(bom->encoding == TextEncoding::Utf8Bom);
    CHECK(bom->text == QStringLiteral("Ёж"));

    auto cp = TextDecoding::decode(QByteArray("\xCF\xF0\xE8\xE2\xE5\xF2"), &error);
    REQUIRE(cp);
    CHECK(cp->encoding == TextEncoding::Windows1251);
    CHECK(cp->text == QStringLiteral("Привет"));

    // Valid multi-byte sequences of every length.
    const QString mixed = QStringLiteral("aéЖ€😀􏿿");
    auto utf8 = TextDecoding::decode(mixed.toUtf8(), &error);
    REQUIRE(utf8);
    CHECK(utf8->encoding == TextEncoding::Utf8);
    CHECK(utf8->text == mixed);

    // Truncated, overlong, surrogate and out-of-range sequences are not UTF-8.
    for (const char* bad : {"\xD0", "a\xD0", "\xE2\x82", "\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80",
                            "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\x80", "\xD0\xD0"}) {
        INFO(bad);
        auto decoded = TextDecoding::decode(QByteArray(bad), &error);
        REQUIRE(decoded);
        REQUIRE(decoded->encoding != TextEncoding::Utf8);
        CHECK(decoded->text == (decoded->encoding == TextEncoding::Koi8R ? decodeKoi8r(QByteArray(bad))
                                                                          : decodeWindows1251(QByteArray(bad))));
    }

    CHECK(textEncodingName(TextEncoding::Utf8) == QStringLiteral("UTF-8"));
    CHECK(textEncodingName(TextEncoding::Utf8Bom) == QStringLiteral("UTF-8 (BOM)"));
    CHECK(textEncodingName(TextEncoding::Windows1251) == QStringLiteral("Windows-1251"));
    CHECK(textEncodingName(TextEncoding::Koi8R) == QStringLiteral("KOI8-R"));
}

namespace {

// The same text in KOI8-R, byte for byte (Qt has no KOI8-R codec without ICU; the table is RFC 1489's).
QByteArray koi8r(const QString& text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            bytes.append(char(c.unicode()));
            continue;
        }
        int found = -1;
        for (int b = 0x80; b < 0x100 && found < 0; ++b)
            if (decodeKoi8r(QByteArray(1, char(b))).at(0) == c)
                found = b;
        REQUIRE(found >= 0);
        bytes.append(char(found));
    }
    return bytes;
}

} // namespace

TEST_CASE("KOI8-R and Windows-1251 are told apart by the letters", "[csv][encoding]")
{
    // Hand-checked bytes of KOI8-R: «Привет» is F0 D2 C9 D7 C5 D4.
    CHECK(koi8r(QStringLiteral("Привет")) == QByteArray("\xF0\xD2\xC9\xD7\xC5\xD4"));
    CHECK(decodeKoi8r(QByteArray("\xF0\xD2\xC9\xD7\xC5\xD4\xA3\xB3")) == QStringLiteral("ПриветёЁ"));

    const QStringList texts = {
        QStringLiteral("Фамилия;Имя;Отчество\nИванова;Мария;Петровна\nЩукин;Юрий;Ильич\n"),
        // Capitals only: the letters' frequencies alone decide.
        QStringLiteral("ФАМИЛИЯ;ИМЯ\nСИДОРОВ;ПЁТР\nКУЗНЕЦОВА;ОЛЬГА\n"),
        // Small letters only.
        QStringLiteral("тема;вид\nформирующее оценивание на уроках;семинар\n"),
        // KOI8-R has no «» and no №.
        QStringLiteral("Код;Наименование\nS1;МБОУ \"СОШ N 5\" с углублённым изучением отдельных предметов\n"),
        // A single short word.
        QStringLiteral("Ёж"),
    };
    for (const QString& text : texts) {
        INFO(text.toStdString());
        QString error;
        const auto fromCp1251 = TextDecoding::decode(encodeWindows1251(text), &error);
        REQUIRE(fromCp1251);
        CHECK(fromCp1251->encoding == TextEncoding::Windows1251);
        CHECK(fromCp1251->text == text);
        const auto fromKoi8r = TextDecoding::decode(koi8r(text), &error);
        REQUIRE(fromKoi8r);
        CHECK(fromKoi8r->encoding == TextEncoding::Koi8R);
        CHECK(fromKoi8r->text == text);
    }
}

TEST_CASE("UTF-8 with bytes of another encoding is refused with its lines", "[csv][encoding]")
{
    // Line 3 has a Windows-1251 «я» (0xFF) pasted into UTF-8; the rest is UTF-8 Cyrillic.
    QByteArray bytes = QStringLiteral("Фамилия;Имя\nИванова;Мария\nПетров;Юри").toUtf8() + QByteArray("\xFF")
                       + QStringLiteral("\nСидоров;Олег\n").toUtf8();
    QString error;
    CHECK_FALSE(TextDecoding::decode(bytes, &error));
    CHECK(error.contains(QStringLiteral("UTF-8")));
    CHECK(error.contains(QStringLiteral("3")));
    CHECK_FALSE(error.contains(QStringLiteral("4")));

    // Many lines: the first ten are named and the rest counted.
    QByteArray many = QStringLiteral("Фамилия;Имя\n").toUtf8();
    for (int i = 0; i < 15; ++i)
        many += QStringLiteral("Иванова;Мария Ивановна Петрова\n").toUtf8() + QByteArray("\xC0;x\n");
    error.clear();
    CHECK_FALSE(TextDecoding::decode(many, &error));
    CHECK(error.contains(QStringLiteral("3, 5, 7, 9, 11, 13, 15, 17, 19, 21")));
    CHECK(error.contains(QStringLiteral("21 и ещё 5 есть")));
    CHECK_FALSE(error.contains(QStringLiteral("23")));

    // A BOM promises UTF-8: a byte that is not is refused even alone.
    error.clear();
    CHECK_FALSE(TextDecoding::decode(QByteArray("\xEF\xBB\xBF" "ab\ncd\xE9\n"), &error));
    CHECK(error.contains(QStringLiteral("2")));

    // A Windows-1251 file with a chance UTF-8 pair («ПЁ» is CF A8, a valid pair) stays Windows-1251.
    const QString chance = QStringLiteral("Фамилия;Имя\nСИДОРОВ;ПЁТР\nИванова;Мария\n");
    const auto decoded = TextDecoding::decode(encodeWindows1251(chance), &error);
    REQUIRE(decoded);
    CHECK(decoded->encoding == TextEncoding::Windows1251);
    CHECK(decoded->text == chance);
}

TEST_CASE("TextDecoding refuses binary data", "[csv][encoding]")
{
    QString error;
    CHECK_FALSE(TextDecoding::decode(QByteArray("ab\0cd", 5), &error));
    CHECK(error.contains(QStringLiteral("3")));

    error.clear();
    CHECK_FALSE(TextDecoding::decode(QByteArray("\xFF\xFE" "a\0", 4), &error));
    CHECK_FALSE(error.isEmpty());

    error.clear();
    CHECK_FALSE(TextDecoding::decode(QByteArray("\xFE\xFF"), &error));
    CHECK_FALSE(error.isEmpty());

    error.clear();
    CHECK_FALSE(TextDecoding::decode(QByteArray("a\x01\x02\x03\x04\x05"), &error));
    CHECK_FALSE(error.isEmpty());

    // A single stray control character in ordinary text is tolerated.
    QByteArray text(1000, 'a');
    text[500] = '\x01';
    CHECK(TextDecoding::decode(text, &error));
}

TEST_CASE("UTF-8, UTF-8 with BOM and Windows-1251 give identical tables", "[csv][encoding]")
{
    const CsvTable utf8 = parseOk(russianCsv.toUtf8());
    const CsvTable bom = parseOk(QByteArray("\xEF\xBB\xBF") + russianCsv.toUtf8());
    const CsvTable cp1251 = parseOk(encodeWindows1251(russianCsv));

    CHECK(utf8.encoding == TextEncoding::Utf8);
    CHECK(bom.encoding == TextEncoding::Utf8Bom);
    CHECK(cp1251.encoding == TextEncoding::Windows1251);

    for (const CsvTable* t : {&utf8, &bom, &cp1251}) {
        CHECK(t->delimiter == u';');
        CHECK(t->header == QStringList{QStringLiteral("Фамилия"), QStringLiteral("Имя"), QStringLiteral("Примечание")});
        REQUIRE(t->rows.size() == 2);
        CHECK(row(*t, 0) == QStringList{QStringLiteral("Ёлкина"), QStringLiteral("Привет"), QStringLiteral("«ёлка» №5 — €10")});
        CHECK(row(*t, 1) == QStringList{QStringLiteral("Щукин"), QStringLiteral("Юрий"), QStringLiteral("ЪЫЬЭЮЯ ъыьэюя")});
        CHECK(t->rows[0].line == 2);
        CHECK(t->rows[1].line == 3);
    }

    // Hand-written cp1251 bytes: "Привет;Ёж\nПока;№1"
    const CsvTable handMade = parseOk(QByteArray("\xCF\xF0\xE8\xE2\xE5\xF2;\xA8\xE6\n\xCF\xEE\xEA\xE0;\xB9" "1"));
    CHECK(handMade.encoding == TextEncoding::Windows1251);
    CHECK(handMade.header == QStringList{QStringLiteral("Привет"), QStringLiteral("Ёж")});
    REQUIRE(handMade.rows.size() == 1);
    CHECK(row(handMade, 0) == QStringList{QStringLiteral("Пока"), QStringLiteral("№1")});
    const CsvTable sameInUtf8 = parseOk(QStringLiteral("Привет;Ёж\nПока;№1").toUtf8());
    CHECK(sameInUtf8.header == handMade.header);
    CHECK(row(sameInUtf8, 0) == row(handMade, 0));
}

TEST_CASE("Delimiter is detected from the header line", "[csv][delimiter]")
{
    SECTION("semicolon")
    {
        const CsvTable t = parseOk("a;b;c\n1,5;2;3\n");
        CHECK(t.delimiter == u';');
        CHECK(row(t, 0) == list({"1,5", "2", "3"}));
    }
    SECTION("comma")
    {
        const CsvTable t = parseOk("a,b,c\n1;2,3,4\n");
        CHECK(t.delimiter == u',');
        CHECK(t.header == list({"a", "b", "c"}));
        CHECK(row(t, 0) == list({"1;2", "3", "4"}));
    }
    SECTION("tab")
    {
        const CsvTable t = parseOk("a\tb;x\tc\n1\t2\t3\n");
        CHECK(t.delimiter == u'\t');
        CHECK(t.header == list({"a", "b;x", "c"}));
        CHECK(row(t, 0) == list({"1", "2", "3"}));
    }
    SECTION("ties prefer semicolon, then tab, then comma")
    {
        CHECK(parseOk("a;b,c\n").delimiter == u';');
        CHECK(parseOk("a;b\tc\n").delimiter == u';');
        CHECK(parseOk("a\tb,c\n").delimiter == u'\t');
    }
    SECTION("delimiters inside quotes do not count")
    {
        const CsvTable t = parseOk("\"a;b;c\",d,e\n1,2,3\n");
        CHECK(t.delimiter == u',');
        CHECK(t.header == list({"a;b;c", "d", "e"}));
    }
    SECTION("only the first non-empty line is used")
    {
        const CsvTable t = parseOk("\n  \na,b\nx;y;z;w\n");
        CHECK(t.delimiter == u',');
        CHECK(t.headerLine == 3);
        CHECK(row(t, 0) == list({"x;y;z;w"}));
        CHECK(t.rows[0].line == 4);
    }
    SECTION("no delimiter means a single column")
    {
        const CsvTable t = parseOk("Name\nIvanov\nPetrov, Sidorov\n");
        CHECK(t.delimiter == u';');
        CHECK(t.header == list({"Name"}));
        REQUIRE(t.rows.size() == 2);
        CHECK(row(t, 1) == list({"Petrov, Sidorov"}));
    }
}

TEST_CASE("Quoted fields follow RFC 4180", "[csv][quotes]")
{
    const QByteArray data =
        "id;text;note\r\n"
        "1;\"a;b\";\"say \"\"hi\"\"\"\r\n"
        "2;\"first\nsecond\";x\r\n"
        "3;\"cr\rlf\r\nend\";y\r\n"
        "4;\"\";\"  spaced  \"\r\n"
        "5;  \"padded\"  ;z\r\n";
    const CsvTable t = parseOk(data);
    REQUIRE(t.rows.size() == 5);
    CHECK(row(t, 0) == list({"1", "a;b", "say \"hi\""}));
    CHECK(t.rows[0].line == 2);
    CHECK(row(t, 1) == list({"2", "first\nsecond", "x"}));
    CHECK(t.rows[1].line == 3);
    CHECK(row(t, 2) == list({"3", "cr\rlf\r\nend", "y"}));
    CHECK(t.rows[2].line == 5);
    CHECK(row(t, 3) == list({"4", "", "  spaced  "}));
    CHECK(t.rows[3].line == 8);
    CHECK(row(t, 4) == list({"5", "padded", "z"}));
    CHECK(t.rows[4].line == 9);
}

TEST_CASE("Multi-line header keeps line numbers right", "[csv][quotes]")
{
    const CsvTable t = parseOk("\"Long\nname\";b\n1;2\n");
    CHECK(t.headerLine == 1);
    CHECK(t.header == list({"Long\nname", "b"}));
    REQUIRE(t.rows.size() == 1);
    CHECK(t.rows[0].line == 3);
}

TEST_CASE("Line endings CR, LF and CRLF are all accepted", "[csv][lines]")
{
    const QStringList header = list({"a", "b"});
    for (const char* eol : {"\r", "\n", "\r\n"}) {
        INFO("eol length " << strlen(eol));
        const QByteArray e(eol);
        const CsvTable t = parseOk("a;b" + e + "1;2" + e + e + "3;4" + e);
        CHECK(t.header == header);
        REQUIRE(t.rows.size() == 2);
        CHECK(row(t, 0) == list({"1", "2"}));
        CHECK(row(t, 1) == list({"3", "4"}));
        CHECK(t.rows[0].line == 2);
        CHECK(t.rows[1].line == 4);
    }
    // No final line break.
    const CsvTable noFinal = parseOk("a;b\r1;2");
    REQUIRE(noFinal.rows.size() == 1);
    CHECK(row(noFinal, 0) == list({"1", "2"}));
}

TEST_CASE("Blank lines are skipped, cells trimmed, ragged rows kept", "[csv]")
{
    // The last lines are a row of bare delimiters (skipped) and a row with one quoted empty cell (kept).
    const CsvTable t = parseOk("\r\n   \r\n  Name ; Age \t\r\n \t \r\n  Ivan  ;  30 \r\nPetr\r\n1;2;3;4\r\n;\r\n\"\";\r\n");
    CHECK(t.headerLine == 3);
    CHECK(t.header == list({"Name", "Age"}));
    REQUIRE(t.rows.size() == 4);
    CHECK(row(t, 0) == list({"Ivan", "30"}));
    CHECK(t.rows[0].line == 5);
    CHECK(row(t, 1) == list({"Petr"}));
    CHECK(t.rows[1].line == 6);
    CHECK(row(t, 2) == list({"1", "2", "3", "4"}));
    CHECK(row(t, 3) == list({"", ""}));
    CHECK(t.rows[3].line == 9);
}

TEST_CASE("Formula guard apostrophe is removed", "[csv][guard]")
{
    const CsvTable t = parseOk("'=h;b\n'=SUM(A1);'+7;'-;'@x;'abc;O'Brien;\"'=q\";''=z\n");
    CHECK(t.header == list({"=h", "b"}));
    CHECK(row(t, 0) == list({"=SUM(A1)", "+7", "-", "@x", "'abc", "O'Brien", "=q", "''=z"}));
}

TEST_CASE("Reader errors", "[csv][errors]")
{
    SECTION("empty file")
    {
        CHECK(parseError(QByteArray()) == QStringLiteral("Файл пуст."));
    }
    SECTION("only blank lines")
    {
        CHECK(parseError(" \r\n\t\n\r  \n") == QStringLiteral("Файл пуст."));
        CHECK(parseError("\xEF\xBB\xBF\r\n") == QStringLiteral("Файл пуст."));
    }
    SECTION("binary file")
    {
        const QByteArray png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
        const QString error = parseError(png);
        CHECK(error.contains(QStringLiteral("не текстовый файл")));
        CHECK(error.contains(QStringLiteral("9")));
    }
    SECTION("unterminated quote names the line where it opens")
    {
        const QString error = parseError("a;b\n1;2\n3;\"open\nmore\nlines\n");
        CHECK(error == QStringLiteral("Строка 3: поле в кавычках не закрыто."));
    }
    SECTION("stray characters after a closing quote")
    {
        const QString error = parseError("a;b\n\"x\ny\"z;1\n");
        CHECK(error == QStringLiteral("Строка 3, позиция 3: лишние символы после закрывающей кавычки."));
        CHECK(parseError("a;b\n1;\"q\" x\n") == QStringLiteral("Строка 2, позиция 7: лишние символы после закрывающей кавычки."));
    }
    SECTION("device that is not open")
    {
        QBuffer closed;
        CsvReader reader;
        CHECK_FALSE(reader.read(closed));
        CHECK_FALSE(reader.errorString().isEmpty());
    }
}

TEST_CASE("A failed read clears the previous table", "[csv][errors]")
{
    CsvReader reader;
    REQUIRE(readBytes(reader, "a;b\n1;2\n"));
    REQUIRE(reader.table().rows.size() == 1);
    CHECK_FALSE(readBytes(reader, "a;\"b\n"));
    CHECK(reader.table().header.isEmpty());
    CHECK(reader.table().rows.isEmpty());
    REQUIRE(readBytes(reader, "x\n"));
    CHECK(reader.errorString().isEmpty());
    CHECK(reader.table().header == list({"x"}));
}

TEST_CASE("Reading starts at the device's current position", "[csv]")
{
    QBuffer buffer;
    buffer.setData(QByteArray("junk\0\0\nname;age\nIvan;30\n", 24));
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    REQUIRE(buffer.seek(7));
    CsvReader reader;
    REQUIRE(reader.read(buffer));
    CHECK(reader.table().header == list({"name", "age"}));
    REQUIRE(reader.table().rows.size() == 1);
}

TEST_CASE("A large file parses", "[csv][large]")
{
    QString text = QStringLiteral("c1;c2;c3;c4;c5;c6;c7;c8;c9;c10;c11;c12\r\n");
    text.reserve(20000 * 120);
    for (int i = 0; i < 20000; ++i) {
        for (int c = 0; c < 12; ++c) {
            if (c > 0)
                text += u';';
            if (c == 5)
                text += QStringLiteral("\"Иванов; \"\"Иван\"\"\"");
            else
                text += QStringLiteral("значение%1").arg(i * 12 + c);
        }
        text += QStringLiteral("\r\n");
    }
    const CsvTable t = parseOk(text.toUtf8());
    REQUIRE(t.rows.size() == 20000);
    CHECK(t.rows.last().line == 20001);
    CHECK(t.rows.last().fields.size() == 12);
    CHECK(t.rows.last().fields[5] == QStringLiteral("Иванов; \"Иван\""));
    CHECK(t.rows.last().fields[11] == QStringLiteral("значение%1").arg(19999 * 12 + 11));
}
