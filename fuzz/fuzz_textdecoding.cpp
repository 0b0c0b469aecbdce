// Fuzzes TextDecoding::decode, the first thing every imported file goes through: any bytes give
// text or a refusal with a reason, never a crash, and what it decodes is consistent.
#include "fuzzsupport.h"
#include "io/textdecoding.h"

#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    startFuzzApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    QString error;
    const std::optional<DecodedText> decoded = TextDecoding::decode(bytes, &error);
    if (!decoded) {
        if (error.isEmpty())
            std::abort(); // a refusal always says why
        return 0;
    }
    switch (decoded->encoding) {
    case TextEncoding::Utf8:
        // Valid UTF-8 decodes without replacement characters of its own and encodes back the same.
        if (decoded->text.toUtf8() != bytes)
            std::abort();
        break;
    case TextEncoding::Utf8Bom:
        if (!bytes.startsWith("\xEF\xBB\xBF"))
            std::abort();
        break;
    case TextEncoding::Windows1251:
        // One character per byte.
        if (decoded->text.size() != bytes.size())
            std::abort();
        break;
    }
    // Windows-1251 both ways: every character of the code page comes back as its byte.
    const QString cp1251 = decodeWindows1251(bytes);
    const QByteArray again = encodeWindows1251(cp1251);
    if (again.size() != bytes.size())
        std::abort();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (again[i] != bytes[i] && !(uchar(bytes[i]) == 0x98 && again[i] == '?'))
            std::abort();
    }
    return 0;
}
