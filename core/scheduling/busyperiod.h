#pragma once

#include "domain/campaign.h"

#include <QDateTime>

namespace shuzai {

// A time someone is not available, from an imported calendar.
struct BusyPeriod {
    Id id = 0;
    QString source; // the file it came from
    QString uid;
    QString summary;
    QDateTime start; // UTC
    QDateTime end;   // UTC
};

} // namespace shuzai
