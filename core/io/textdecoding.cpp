#include "io/textdecoding.h"

#include <QHash>

#include <array>
#include <cmath>
#include <cstring>

namespace {

// Unicode code points for bytes 0x80..0xFF of Windows-1251.
constexpr std::array<char16_t, 128> cp1251High = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021,
    0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,
    0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0xFFFD, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,
    0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7,
    0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
    0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7,
    0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
    0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417,
    0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E, 0x041F,
    0x0420, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427,
    0x0428, 0x0429, 0x042A, 0x042B, 0x042C, 0x042D, 0x042E, 0x042F,
    0x0430, 0x0431, 0x0432, 0x0433, 0x0434, 0x0435, 0x0436, 0x0437,
    0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E, 0x043F,
    0x0440, 0x0441, 0x0442, 0x0443, 0x0444, 0x0445, 0x0446, 0x0447,
    0x0448, 0x0449, 0x044A, 0x044B, 0x044C, 0x044D, 0x044E, 0x044F,
};

// Unicode code points for bytes 0x80..0xFF of KOI8-R (RFC 1489).
constexpr std::array<char16_t, 128> koi8rHigh = {
    0x2500, 0x2502, 0x250C, 0x2510, 0x2514, 0x2518, 0x251C, 0x2524,
    0x252C, 0x2534, 0x253C, 0x2580, 0x2584, 0x2588, 0x258C, 0x2590,
    0x2591, 0x2592, 0x2593, 0x2320, 0x25A0, 0x2219, 0x221A, 0x2248,
    0x2264, 0x2265, 0x00A0, 0x2321, 0x00B0, 0x00B2, 0x00B7, 0x00F7,
    0x2550, 0x2551, 0x2552, 0x0451, 0x2553, 0x2554, 0x2555, 0x2556,
    0x2557, 0x2558, 0x2559, 0x255A, 0x255B, 0x255C, 0x255D, 0x255E,
    0x255F, 0x2560, 0x2561, 0x0401, 0x2562, 0x2563, 0x2564, 0x2565,
    0x2566, 0x2567, 0x2568, 0x2569, 0x256A, 0x256B, 0x256C, 0x00A9,
    0x044E, 0x0430, 0x0431, 0x0446, 0x0434, 0x0435, 0x0444, 0x0433,
    0x0445, 0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E,
    0x043F, 0x044F, 0x0440, 0x0441, 0x0442, 0x0443, 0x0436, 0x0432,
    0x044C, 0x044B, 0x0437, 0x0448, 0x044D, 0x0449, 0x0447, 0x044A,
    0x042E, 0x0410, 0x0411, 0x0426, 0x0414, 0x0415, 0x0424, 0x0413,
    0x0425, 0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E,
    0x041F, 0x042F, 0x0420, 0x0421, 0x0422, 0x0423, 0x0416, 0x0412,
    0x042C, 0x042B, 0x0417, 0x0428, 0x042D, 0x0429, 0x0427, 0x042A,
};

// How much of the file is inspected for control characters, and which
// share of them (1 / ControlShareDivisor) marks the data as binary.
constexpr qsizetype ControlSampleSize = 64 * 1024;
constexpr qsizetype ControlShareDivisor = 10;

bool isSuspiciousControl(unsigned char c)
{
    // Tab, LF, CR, form feed and the DOS end-of-file mark occur in real text files.
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A;
}

// Returns the 0-based offset of the first sign of binary data, or -1.
qsizetype findBinaryData(const QByteArray& bytes)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return 0;
    if (const void* nul = std::memchr(bytes.constData(), 0, size_t(bytes.size())))
        return static_cast<const char*>(nul) - bytes.constData();

    const qsizetype sample = qMin(bytes.size(), ControlSampleSize);
    qsizetype controls = 0;
    qsizetype firstControl = -1;
    for (qsizetype i = 0; i < sample; ++i) {
        if (isSuspiciousControl(static_cast<unsigned char>(bytes[i]))) {
            if (firstControl < 0)
                firstControl = i;
            ++controls;
        }
    }
    if (controls > 0 && controls * ControlShareDivisor >= sample)
        return firstControl;
    return -1;
}

// What a strict UTF-8 reading of the whole file finds (no overlong forms, surrogates or code points
// above U+10FFFF): how many multi-byte characters are valid, how many bytes are not, and on which
// lines the first of those are.
struct Utf8Scan {
    qsizetype validMultibyte = 0;
    qsizetype invalidBytes = 0;
    QList<int> badLines; // 1-based, ascending, at most MaxBadLines
    int badLineCount = 0;
    static constexpr int MaxBadLines = 10;
};

// The length of the valid UTF-8 sequence starting at p (a byte >= 0x80), or 0 when it is not one.
int utf8SequenceLength(const unsigned char* p, const unsigned char* end)
{
    const unsigned char c = *p;
    int extra = 0;
    unsigned char low = 0x80; // allowed range of the second byte
    unsigned char high = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        extra = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
        extra = 2;
        if (c == 0xE0)
            low = 0xA0;
        else if (c == 0xED)
            high = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        extra = 3;
        if (c == 0xF0)
            low = 0x90;
        else if (c == 0xF4)
            high = 0x8F;
    } else {
        return 0;
    }
    if (end - p <= extra || p[1] < low || p[1] > high)
        return 0;
    for (int i = 2; i <= extra; ++i) {
        if (p[i] < 0x80 || p[i] > 0xBF)
            return 0;
    }
    return extra + 1;
}

Utf8Scan scanUtf8(QByteArrayView bytes)
{
    Utf8Scan scan;
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const auto* end = p + bytes.size();
    int line = 1;
    int lastBadLine = 0;
    while (p < end) {
        // Fast path: eight ASCII bytes at a time.
        if (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, sizeof word);
            if ((word & 0x8080808080808080ULL) == 0) {
                for (int i = 0; i < 8; ++i)
                    line += p[i] == '\n';
                p += 8;
                continue;
            }
        }
        if (*p < 0x80) {
            line += *p == '\n';
            ++p;
            continue;
        }
        if (const int length = utf8SequenceLength(p, end)) {
            ++scan.validMultibyte;
            p += length;
            continue;
        }
        ++scan.invalidBytes;
        if (line != lastBadLine) {
            lastBadLine = line;
            if (scan.badLines.size() < Utf8Scan::MaxBadLines)
                scan.badLines.append(line);
            ++scan.badLineCount;
        }
        ++p;
    }
    return scan;
}

// Russian letters а..я per 10,000 letters of ordinary text (ё counted as е).
constexpr std::array<int, 32> russianLetterFrequency = {
    801, 159, 454, 170, 298, 845, 94, 165, 735, 121, 349, 440, 321, 670, 1097, 281,
    473, 547, 626, 262, 26, 97, 48, 144, 73, 36, 4, 190, 174, 32, 64, 201,
};

// How much more an 8-bit file looks like Russian in Windows-1251 than in KOI8-R (negative: less).
// Both put the 64 letters in 0xC0..0xFF, in other orders and with the cases swapped, so the letters'
// frequencies in each reading and which case starts a word («Иванова», not «иВАНОВА») decide.
double windows1251OverKoi8r(QByteArrayView bytes)
{
    static const std::array<double, 32> logFrequency = [] {
        std::array<double, 32> logs{};
        for (size_t i = 0; i < logs.size(); ++i)
            logs[i] = std::log(russianLetterFrequency[i] / 10000.0);
        return logs;
    }();
    // The letter (0 = а) a byte 0xC0..0xFF is in each encoding.
    auto letterIn = [](const std::array<char16_t, 128>& table, unsigned char c) {
        const char16_t u = table[c - 0x80];
        return u >= 0x0430 ? u - 0x0430 : u - 0x0410;
    };
    double score = 0;
    unsigned char previous = 0;
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0xC0) {
            previous = 0;
            continue;
        }
        score += logFrequency[size_t(letterIn(cp1251High, c))] - logFrequency[size_t(letterIn(koi8rHigh, c))];
        // Upper then lower case within a word is capitalisation in Windows-1251 (0xC0..0xDF are
        // capitals there) and the reverse in KOI8-R.
        if (previous >= 0xC0) {
            const bool upperThenLower = previous < 0xE0 && c >= 0xE0;
            const bool lowerThenUpper = previous >= 0xE0 && c < 0xE0;
            score += upperThenLower ? 2.0 : lowerThenUpper ? -2.0 : 0.0;
        }
        previous = c;
    }
    return score;
}

} // namespace

QString textEncodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf8Bom:
        return QStringLiteral("UTF-8 (BOM)");
    case TextEncoding::Windows1251:
        return QStringLiteral("Windows-1251");
    case TextEncoding::Koi8R:
        return QStringLiteral("KOI8-R");
    }
    return QString();
}

namespace {

// UTF-16, as Excel saves «Текст в Юникоде»: a BOM, or (without one) a NUL in the file and one
// half of the bytes almost all 0x00 or 0x04, the high bytes of Latin and Cyrillic letters.
bool looksLikeUtf16(const QByteArray& bytes)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return true;
    const qsizetype n = qMin<qsizetype>(bytes.size() & ~qsizetype(1), 256);
    if (n < 4 || !bytes.left(n).contains('\0'))
        return false;
    auto highByte = [](char c) { return c == '\0' || c == '\x04'; };
    qsizetype even = 0, odd = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        even += highByte(bytes[i]);
        odd += highByte(bytes[i + 1]);
    }
    const qsizetype half = n / 2;
    return even * 4 >= half * 3 || odd * 4 >= half * 3;
}

} // namespace

std::optional<DecodedText> TextDecoding::decode(const QByteArray& bytes, QString* error)
{
    if (looksLikeUtf16(bytes)) {
        if (error)
            *error = tr("The file is in UTF-16 (Excel's «Unicode text»), which is not read. In Excel save it as "
                        "«CSV UTF-8» or «CSV (разделители — точка с запятой)» and import that file.");
        return std::nullopt;
    }
    const qsizetype binaryAt = findBinaryData(bytes);
    if (binaryAt >= 0) {
        if (error)
            *error = tr("The file is not a text file (binary data at byte %1).").arg(binaryAt + 1);
        return std::nullopt;
    }

    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    const QByteArrayView body = QByteArrayView(bytes).sliced(bom ? 3 : 0);
    const Utf8Scan scan = scanUtf8(body);
    if (scan.invalidBytes == 0)
        return DecodedText{QString::fromUtf8(body), bom ? TextEncoding::Utf8Bom : TextEncoding::Utf8};
    // Mostly UTF-8 (or marked so) with some bytes that are not: text pasted from a file of another
    // encoding. Read as one 8-bit encoding the UTF-8 letters would be garbled, so neither will do.
    if (bom || scan.validMultibyte >= 2 * scan.invalidBytes) {
        if (error) {
            QStringList lines;
            for (int line : scan.badLines)
                lines << QString::number(line);
            QString where = lines.join(QStringLiteral(", "));
            if (scan.badLineCount > scan.badLines.size())
                where = tr("%1 and %n more", nullptr, scan.badLineCount - int(scan.badLines.size())).arg(where);
            *error = tr("The file is in UTF-8, but line(s) %1 hold bytes that are not UTF-8 (text pasted from a file "
                        "in another encoding?). Correct those lines or save the whole file again as UTF-8.", nullptr,
                        scan.badLineCount)
                         .arg(where);
        }
        return std::nullopt;
    }
    if (windows1251OverKoi8r(bytes) < 0)
        return DecodedText{decodeKoi8r(bytes), TextEncoding::Koi8R};
    return DecodedText{decodeWindows1251(bytes), TextEncoding::Windows1251};
}

namespace {

QString decodeHigh(const QByteArray& bytes, const std::array<char16_t, 128>& high)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        *out++ = QChar(c < 0x80 ? char16_t(c) : high[c - 0x80]);
    }
    return text;
}

} // namespace

QString decodeKoi8r(const QByteArray& bytes)
{
    return decodeHigh(bytes, koi8rHigh);
}

QString decodeWindows1251(const QByteArray& bytes)
{
    return decodeHigh(bytes, cp1251High);
}

QByteArray encodeWindows1251(const QString& text)
{
    static const QHash<char16_t, char> reverse = [] {
        QHash<char16_t, char> map;
        for (int i = 0; i < 128; ++i) {
            if (cp1251High[size_t(i)] != 0xFFFD)
                map.insert(cp1251High[size_t(i)], char(0x80 + i));
        }
        return map;
    }();

    QByteArray bytes;
    bytes.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80) {
            bytes.append(char(c));
            continue;
        }
        // A surrogate pair is one character and becomes one '?'.
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        bytes.append(reverse.value(c, '?'));
    }
    return bytes;
}
