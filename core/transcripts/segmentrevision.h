#pragma once

#include "domain/campaign.h"

#include <QDateTime>
#include <QString>

namespace shuzai {

struct SegmentRevision {
    int revision = 0; // the revision these values were (0 = as imported)
    QString speaker;
    QString text;
    QDateTime replacedAt;
    Id replacedBy = 0;
};

} // namespace shuzai
