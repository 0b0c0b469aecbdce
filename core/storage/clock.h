#pragma once
// Injectable time: every "last 3 years", "today" and record timestamp asks a Clock,
// so tests and demo data are deterministic.
#include <QDateTime>

class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const { return QDateTime::currentDateTimeUtc(); }
    QDate today() const { return now().toLocalTime().date(); }
    static const Clock& system();
};

class FixedClock : public Clock {
public:
    explicit FixedClock(QDateTime now) : m_now(std::move(now)) {}
    QDateTime now() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }
private:
    QDateTime m_now;
};
