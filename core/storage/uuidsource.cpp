#include "storage/uuidsource.h"
#include "storage/clock.h"

#include <QUuid>

const Clock& Clock::system()
{
    static const Clock clock;
    return clock;
}

QString UuidSource::next()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

UuidSource& UuidSource::random()
{
    static UuidSource source;
    return source;
}

std::uint64_t SeededUuidSource::nextWord()
{
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

QString SeededUuidSource::next()
{
    std::uint64_t hi = nextWord();
    std::uint64_t lo = nextWord();
    hi = (hi & ~0xF000ull) | 0x4000ull;                    // version 4
    lo = (lo & 0x3FFFFFFFFFFFFFFFull) | 0x8000000000000000ull; // RFC 4122 variant
    QByteArray bytes(16, '\0');
    for (int i = 0; i < 8; ++i) {
        bytes[i] = char(hi >> (56 - 8 * i));
        bytes[8 + i] = char(lo >> (56 - 8 * i));
    }
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}
