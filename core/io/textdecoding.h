#pragma once
// Turning file bytes into text: UTF-8 (with or without BOM), Windows-1251 or KOI8-R.
#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

enum class TextEncoding { Utf8, Utf8Bom, Windows1251, Koi8R };

// Human-readable name: "UTF-8", "UTF-8 (BOM)", "Windows-1251", "KOI8-R".
QString textEncodingName(TextEncoding encoding);

struct DecodedText {
    QString text;
    TextEncoding encoding = TextEncoding::Utf8;
};

class TextDecoding {
    Q_DECLARE_TR_FUNCTIONS(TextDecoding)

public:
    // Decided from the whole file: valid UTF-8 (a BOM stripped) -> UTF-8; UTF-8 with bytes that are
    // not (or a BOM and such bytes) is refused, naming the lines; any other 8-bit text ->
    // Windows-1251 or KOI8-R, whichever reads as Russian (letter frequencies, capitalisation).
    // Binary data (a NUL byte, UTF-16 or many control characters) is refused too: nullopt, *error set.
    static std::optional<DecodedText> decode(const QByteArray& bytes, QString* error);
};

// Encodes text as Windows-1251; characters without a mapping become '?'.
QByteArray encodeWindows1251(const QString& text);

// Decodes Windows-1251 bytes (0x98, which is undefined, becomes U+FFFD).
QString decodeWindows1251(const QByteArray& bytes);

// Decodes KOI8-R bytes.
QString decodeKoi8r(const QByteArray& bytes);
