#include "clock.h"

namespace shuzai {

std::unique_ptr<Clock> clockFromEnvironment(QString *invalid)
{
    const QString at = qEnvironmentVariable("SHUZAI_NOW");
    if (at.isEmpty())
        return std::make_unique<SystemClock>();
    const QDateTime moment = QDateTime::fromString(at, Qt::ISODate);
    if (!moment.isValid()) {
        if (invalid)
            *invalid = at;
        return nullptr;
    }
    return std::make_unique<FixedClock>(moment);
}

} // namespace shuzai
