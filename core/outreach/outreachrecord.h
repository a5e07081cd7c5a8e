#pragma once

#include "domain/campaign.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

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
// What happened to a letter, or what a reply said, in the installed language.
QString displayName(OutreachRecord::Kind kind);
OutreachRecord::Kind outreachKindFromCode(const QString &code);

// What an interviewee answered to a request, as the editor records it.
struct OutreachReply {
    enum class Kind { Accepted, Declined, Question, NoReply };
    Id id = 0;
    Id intervieweeId = 0;
    Kind kind = Kind::Accepted;
    QDateTime at;
    QString prefers; // the candidate times the person prefers, as they wrote them
    QString note;
    // The campaign's candidate slots the person chose (UTC starts), best first: what a booking
    // for them starts from.
    QList<QDateTime> preferredStarts;
};

QString toCode(OutreachReply::Kind kind);
QString displayName(OutreachReply::Kind kind);
std::optional<OutreachReply::Kind> replyKindFromCode(const QString &code);

// A letter that has waited longer than the campaign's follow-up days without a reply.
struct FollowUpDue {
    Id intervieweeId = 0;
    QString name;
    QString email;
    QDateTime lastLetter;
    QDateTime due;
    int daysOverdue = 0;
};

} // namespace shuzai
