#pragma once

#include "util/clock.h"

namespace shuzai::test {

// A clock that stands still until the test moves it.
class FakeClock final : public Clock {
public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2025, 5, 20), QTime(9, 0), Qt::UTC))
        : m_now(std::move(start))
    {
    }
    QDateTime now() const override { return m_now; }
    void advanceSecs(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void set(const QDateTime &t) { m_now = t.toUTC(); }

private:
    QDateTime m_now;
};

} // namespace shuzai::test
