#pragma once

#include <QDateTime>
#include <memory>

namespace shuzai {

// Where "now" comes from. Services take a Clock so tests can fix time (see
// tests/support/fakeclock.h).
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // always UTC
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock standing still at one moment: what scripts and end-to-end checks use to ask "what
// would the dashboard say on 30 May?" (shuzai-cli reads SHUZAI_NOW, an ISO 8601 time).
class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime at)
        : m_at(at.toUTC())
    {
    }
    QDateTime now() const override { return m_at; }

private:
    QDateTime m_at;
};

// The clock of a program run: a FixedClock at SHUZAI_NOW when that is set (scripts, checks,
// screenshots), else the system clock. nullptr, with SHUZAI_NOW's text in `invalid`, when it
// is set but not an ISO 8601 time.
std::unique_ptr<Clock> clockFromEnvironment(QString *invalid = nullptr);

} // namespace shuzai
