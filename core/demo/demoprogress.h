#pragma once
// Progress of one generation run, reported to the caller's callback now and then;
// the callback returning false asks to cancel.
#include <functional>

class DemoProgress {
public:
    explicit DemoProgress(std::function<bool(int, int)> callback) : m_callback(std::move(callback)) {}

    void setTotal(int total) { m_total = total; }
    int total() const { return m_total; }
    int done() const { return m_done; }
    bool cancelled() const { return m_cancelled; }

    // Counts n more items of work done; false once the caller has asked to cancel.
    bool advance(int n = 1)
    {
        m_done += n;
        if (m_callback && !m_cancelled && (m_done >= m_nextReport || m_done >= m_total)) {
            m_cancelled = !m_callback(m_done, m_total);
            m_nextReport = m_done + (m_total > 200 ? m_total / 200 : 1);
        }
        return !m_cancelled;
    }

private:
    std::function<bool(int, int)> m_callback;
    int m_total = 0;
    int m_done = 0;
    int m_nextReport = 0;
    bool m_cancelled = false;
};
