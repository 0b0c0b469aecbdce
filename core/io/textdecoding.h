#pragma once
// Turning file bytes into text: UTF-8 (with or without BOM) or Windows-1251.
#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

enum class TextEncoding { Utf8, Utf8Bom, Windows1251 };

// Human-readable name: "UTF-8", "UTF-8 (BOM)", "Windows-1251".
QString textEncodingName(TextEncoding encoding);

struct DecodedText {
    QString text;
    TextEncoding encoding = TextEncoding::Utf8;
};

class TextDecoding {
    Q_DECLARE_TR_FUNCTIONS(TextDecoding)

public:
    // UTF-8 BOM -> UTF-8 (BOM stripped); otherwise valid UTF-8 -> UTF-8;
    // otherwise Windows-1251. Binary data (a NUL byte, a UTF-16 BOM or many
    // control characters) is refused: returns nullopt and sets *error.
    static std::optional<DecodedText> decode(const QByteArray& bytes, QString* error);
};

// Encodes text as Windows-1251; characters without a mapping become '?'.
QByteArray encodeWindows1251(const QString& text);

// Decodes Windows-1251 bytes (0x98, which is undefined, becomes U+FFFD).
QString decodeWindows1251(const QByteArray& bytes);
