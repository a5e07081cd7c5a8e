#pragma once

#include "domain/campaign.h"

#include <QDateTime>
#include <QString>

namespace shuzai {

struct InterviewChange {
    QString action; // booked, moved, cancelled, confirmed
    QDateTime oldStart;
    QDateTime newStart;
    QDateTime at;
    Id by = 0;
};

} // namespace shuzai
