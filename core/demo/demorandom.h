#pragma once
// The demo generator's own pseudo-random numbers: xoshiro256** seeded through splitmix64,
// with its own uniform, chance, weighted and shuffle helpers. The standard library's
// distributions are not used because their output differs between implementations; this
// class gives the same numbers on every compiler and platform (only integer arithmetic and
// IEEE double multiplication and addition, no transcendental functions).
#include <QList>
#include <QVector>
#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <string_view>

class DemoRandom {
public:
    explicit DemoRandom(std::uint64_t seed)
    {
        std::uint64_t s = seed;
        for (std::uint64_t& word : m_state)
            word = splitmix64(s);
    }

    // An independent stream for one named part of the generation ("staff", organisation 17):
    // adding a step or changing one does not shift the numbers of the others.
    static DemoRandom stream(std::uint64_t seed, std::string_view name, std::uint64_t index = 0)
    {
        std::uint64_t hash = 0xCBF29CE484222325ull; // FNV-1a of the name
        for (char c : name) {
            hash ^= static_cast<unsigned char>(c);
            hash *= 0x100000001B3ull;
        }
        std::uint64_t s = seed ^ hash;
        s = splitmix64(s) ^ (index * 0xD1B54A32D192ED03ull);
        return DemoRandom(s);
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, n), without modulo bias; 0 when n is 0.
    std::uint64_t below(std::uint64_t n)
    {
        if (n == 0)
            return 0;
        const std::uint64_t limit = ~std::uint64_t(0) - (~std::uint64_t(0) % n);
        std::uint64_t x;
        do {
            x = next();
        } while (x >= limit);
        return x % n;
    }

    // Uniform integer in [lo, hi] (both included); lo when hi < lo.
    int between(int lo, int hi)
    {
        if (hi <= lo)
            return lo;
        return lo + int(below(std::uint64_t(hi - lo) + 1));
    }

    // Uniform double in [0, 1) with 53 random bits.
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }

    bool chance(double probability) { return unit() < probability; }

    // An index chosen with probability proportional to its weight (weights >= 0, not all 0).
    int weighted(const double* weights, int count)
    {
        double total = 0;
        for (int i = 0; i < count; ++i)
            total += weights[i];
        double x = unit() * total;
        for (int i = 0; i < count; ++i) {
            if (x < weights[i])
                return i;
            x -= weights[i];
        }
        return count - 1;
    }
    int weighted(std::initializer_list<double> weights) { return weighted(weights.begin(), int(weights.size())); }
    int weighted(const QVector<double>& weights) { return weighted(weights.constData(), int(weights.size())); }

    template <class T>
    const T& pick(const QList<T>& items) { return items.at(qsizetype(below(std::uint64_t(items.size())))); }

    template <class T>
    void shuffle(QList<T>& items)
    {
        for (qsizetype i = items.size() - 1; i > 0; --i)
            std::swap(items[i], items[qsizetype(below(std::uint64_t(i) + 1))]);
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    static std::uint64_t splitmix64(std::uint64_t& state)
    {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    std::uint64_t m_state[4];
};

// A fixed table of weights for repeated draws: cumulative sums and a binary search.
class DemoWeights {
public:
    DemoWeights() = default;
    explicit DemoWeights(const QVector<double>& weights)
    {
        double sum = 0;
        m_cumulative.reserve(weights.size());
        for (double w : weights)
            m_cumulative.append(sum += w);
    }
    bool isEmpty() const { return m_cumulative.isEmpty() || m_cumulative.last() <= 0; }
    int draw(DemoRandom& random) const
    {
        const double x = random.unit() * m_cumulative.last();
        const auto it = std::upper_bound(m_cumulative.cbegin(), m_cumulative.cend(), x);
        return std::min(int(it - m_cumulative.cbegin()), int(m_cumulative.size()) - 1);
    }
private:
    QVector<double> m_cumulative;
};
