#include "io/textdecoding.h"

#include <QHash>

#include <array>
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

// Strict UTF-8 check (no overlong forms, surrogates or code points above U+10FFFF);
// stops at the first bad byte, so Windows-1251 files are recognised quickly.
bool isValidUtf8(QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const auto* end = p + bytes.size();
    while (p < end) {
        // Fast path: eight ASCII bytes at a time.
        if (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, sizeof word);
            if ((word & 0x8080808080808080ULL) == 0) {
                p += 8;
                continue;
            }
        }
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
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
            return false;
        }
        if (end - p <= extra || p[1] < low || p[1] > high)
            return false;
        for (int i = 2; i <= extra; ++i) {
            if (p[i] < 0x80 || p[i] > 0xBF)
                return false;
        }
        p += extra + 1;
    }
    return true;
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

    if (bytes.startsWith("\xEF\xBB\xBF")) {
        // Trust the BOM; invalid sequences after it become U+FFFD.
        return DecodedText{QString::fromUtf8(QByteArrayView(bytes).sliced(3)), TextEncoding::Utf8Bom};
    }
    if (isValidUtf8(bytes))
        return DecodedText{QString::fromUtf8(bytes), TextEncoding::Utf8};
    return DecodedText{decodeWindows1251(bytes), TextEncoding::Windows1251};
}

QString decodeWindows1251(const QByteArray& bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        *out++ = QChar(c < 0x80 ? char16_t(c) : cp1251High[c - 0x80]);
    }
    return text;
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
