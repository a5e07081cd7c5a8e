#pragma once

#include <QDateTime>

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

} // namespace shuzai
