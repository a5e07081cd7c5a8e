#pragma once

#include "campaign.h"

namespace shuzai {

// "5月27日（火）" — the date form of Japanese business letters.
QString japaneseMonthDayWeekday(const QDate &date);

// The letter's 【候補日時】 block: one line a day, "- 5月27日（火）10:00-12:00, 13:00-17:00", a
// window's note appended in full-width brackets ("（必要に応じて）").
QString candidateSlotBlock(const QList<AvailabilityWindow> &windows);

} // namespace shuzai
