#pragma once

#include "domain/campaign.h"

#include <QDateTime>

namespace shuzai {

// A candidate time a letter may offer: free, or held tentatively for someone else.
struct LetterSlot {
    QDateTime start; // UTC
    QDateTime end;   // UTC
    bool tentative = false;
    QString note; // the window's note ("必要に応じて")
};

// The letter's 【候補日時】 lines (Markdown list items) in `language` ("ja" or "en"): only times
// after `now`, held ones marked 「（仮押さえ中）」 / "(tentatively held)" or left out as the
// campaign says, in the campaign's zone. A recipient in another zone (`recipientZone`, an IANA
// id; empty: the campaign's) gets one line a range with both times:
// "- 5月27日（火）10:00-12:00（日本時間） / 5月26日（月）21:00-23:00（ニューヨーク時間）".
QString letterSlotBlock(const Campaign &campaign, QList<LetterSlot> candidates,
                        const QDateTime &now, const QString &recipientZone,
                        const QString &language);

// How a letter names a time zone: "日本時間", "ニューヨーク時間" / "Japan time", "New York time".
QString letterZoneName(const QString &zoneId, const QString &language);

} // namespace shuzai
