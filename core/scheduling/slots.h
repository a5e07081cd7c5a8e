#pragma once

#include "domain/campaign.h"
#include "domain/interview.h"

#include <QDateTime>

namespace shuzai {

// One bookable slot of a campaign: a piece of an availability window the length of an interview.
struct Slot {
    enum class State { Free, Tentative, Booked };
    QDateTime start; // UTC
    QDateTime end;   // UTC
    State state = State::Free;
    QList<Id> tentative; // interviews held (offered) here, not yet confirmed
    Id booked = 0;       // the confirmed interview here
    QString note;        // the window's note ("必要に応じて")
};

QString toCode(Slot::State state);

// The campaign's windows cut into slots of its interview length, a buffer apart, in its time
// zone. A slot is booked when a confirmed interview overlaps it, tentative when only held ones
// do; booked slots are no longer offered.
QList<Slot> campaignSlots(const Campaign &campaign, const QList<Interview> &interviews);

// The free slots as the letter's 【候補日時】 lines: per day, the free time as ranges
// ("- 5月27日（火）10:00-12:00, 13:00-17:00"), adjacent free slots joined back together.
QString freeSlotBlock(const Campaign &campaign, const QList<Interview> &interviews);

// True when [start, start+minutes) lies inside one of the campaign's windows.
bool insideWindows(const Campaign &campaign, const QDateTime &start, int minutes);

} // namespace shuzai
