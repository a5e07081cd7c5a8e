#pragma once

#include "campaign.h"

#include <QDateTime>

namespace shuzai {

// Tentative: held for someone (offered, or their preferred slot) until confirmed; Planned: a
// confirmed booking; Held: it took place; Cancelled.
enum class InterviewState { Planned, Held, Cancelled, Tentative };

// One session with an interviewee. Scheduling books it into a slot; transcripts attach to it.
struct Interview {
    Id id = 0;
    Id intervieweeId = 0;
    QDateTime startsAt; // UTC; invalid while not yet booked
    int minutes = 60;
    InterviewMode mode = InterviewMode::Online;
    QString place;      // in person
    QString meetingUrl; // online
    Id writerId = 0;    // attending writer, 0 if none yet
    InterviewState state = InterviewState::Planned;
    int sequence = 0; // iCalendar SEQUENCE: raised by every reschedule or cancellation
    int version = 0;
};

QString toCode(InterviewState state);
std::optional<InterviewState> interviewStateFromCode(const QString &code);

} // namespace shuzai
