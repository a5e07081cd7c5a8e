#pragma once

#include "domain/campaign.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace shuzai {

// One letter that left Shuzai (or tried to): the outreach log keeps the exact bytes, so the
// editor can always show what a person was sent.
struct OutreachRecord {
    enum class Kind { Sent, Exported, Failed };
    Id id = 0;
    Id intervieweeId = 0;
    Kind kind = Kind::Sent;
    QDateTime at;
    QString recipient;
    QString detail; // where it was exported, or why sending failed
    QByteArray message;
};

QString toCode(OutreachRecord::Kind kind);
OutreachRecord::Kind outreachKindFromCode(const QString &code);

} // namespace shuzai
