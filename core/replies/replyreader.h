#pragma once

#include "scheduling/slots.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QTimeZone>
#include <optional>

namespace shuzai {

// What a reply is read against: the candidate slots the letter offered and the zones its times
// may be in.
struct ReplyContext {
    QList<Slot> offered;    // the campaign's slots now; only the unbooked ones can be proposed
    QTimeZone campaignZone; // the letter's times ("15時") are in it unless the reply names another
    std::optional<QTimeZone>
        senderZone; // the person's zone, when known: used before the campaign's
    // UTC. Resolves day numbers and weekdays (28日, 水曜, Tuesday) to the offered days near it, and
    // 来週/next week to the week after it.
    QDateTime letterSent;
    // The letter's text as sent, when known: its lines pasted back without any quote mark (a
    // client that quotes with none, a candidate list copied in) are not read as the reply's.
    QString letterText;
};

// A proposal read from a reply, for the editor to confirm: never applied on its own.
struct ReplyProposal {
    enum class Intent { Unclear, Accepts, Declines, Asks };
    Intent intent = Intent::Unclear;
    QList<QDateTime> preferredStarts; // UTC starts of offered free slots, best first
    QStringList evidence;  // the phrases read (normalised), shown to the editor as the reasons
    QStringList unmatched; // times named that are not free slots, as written
};

QString toCode(ReplyProposal::Intent intent); // unclear, accepts, declines, asks
// The intent for people, in the installed language.
QString displayName(ReplyProposal::Intent intent);

// Reads the reply's own text (the quoted letter cut away first) for its intent and the
// candidate slots it names. Rule-based: dates (5月27日, 5/27, 28日(水), 水曜, 来週火曜, Tuesday
// 27th, May 27, 27 May), times (15時, 午後3時, 10:00~, 1pm), parts of the day, ranges, zones
// (JST, PT, CET, UTC+9, 現地時間), ranked choices (第一希望) and "any of them" (いずれでも).
ReplyProposal readReply(const QString &text, const ReplyContext &context);

// The text the person wrote: quoted lines (> and ＞), the original under an attribution
// ("On … wrote:", 「…さんは書きました:」, Apple's 「…のメール:」, Gmail's 「2025年5月20日(火) …
// <a@b>:」), Outlook's header block (From:/差出人: with Sent:/送信日時:) or "-----Original
// Message-----", a forwarded letter and the signature ("-- ", a ruled block) are cut away.
QString withoutQuotedText(const QString &text);

// The reply's text made comparable: NFKC (full-width digits and letters, （）→()), circled
// numbers as bullets, every wave dash and tilde as ~ and dash between digits as -.
QString normalizedReplyText(const QString &text);

} // namespace shuzai
