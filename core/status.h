#pragma once
// Errors as data: core never shows a message, it returns one (translated) for ui/ or the CLI.
#include <QString>
#include <QtGlobal>
#include <optional>
#include <utility>

// [[nodiscard]]: a Status or Result a caller drops is a warning (an error with -Werror).
class [[nodiscard]] Status {
public:
    Status() = default;
    static Status success() { return {}; }
    static Status failure(QString message) { Status s; s.m_error = std::move(message); s.m_failed = true; return s; }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }
private:
    QString m_error;
    bool m_failed = false;
};

// A value or a translated error message.
template <class T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_value(std::move(value)) {}
    // Only from a failure: a Status that succeeded holds no value to give.
    explicit Result(const Status& failure) : m_error(failure.error()) { Q_ASSERT(!failure.ok()); }
    static Result failure(QString message) { return Result(Status::failure(std::move(message))); }
    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const { return *m_value; }
    T& value() { return *m_value; }
    const T& operator*() const { return *m_value; }
    const T* operator->() const { return &*m_value; }
    const QString& error() const { return m_error; }
    Status status() const { return ok() ? Status::success() : Status::failure(m_error); }
private:
    std::optional<T> m_value;
    QString m_error;
};
