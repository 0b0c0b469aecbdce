#pragma once
// Where record UUIDs come from: random by default, seeded for deterministic demo data.
#include <QString>
#include <cstdint>

class UuidSource {
public:
    virtual ~UuidSource() = default;
    virtual QString next();
    static UuidSource& random();
};

// Version-4-shaped UUIDs from a seeded generator (splitmix64): same seed, same UUIDs.
class SeededUuidSource : public UuidSource {
public:
    explicit SeededUuidSource(std::uint64_t seed) : m_state(seed) {}
    QString next() override;
private:
    std::uint64_t nextWord();
    std::uint64_t m_state;
};
