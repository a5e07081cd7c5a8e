#pragma once

#include "busyperiod.h"
#include "domain/interview.h"

namespace shuzai {

struct Conflict {
    enum class Kind { SameWriter, SameInterviewee, OutsideWindows, BusyCalendar };
    Kind kind;
    Id interviewId = 0;
    Id otherInterviewId = 0; // SameWriter, SameInterviewee
    Id busyId = 0;           // BusyCalendar
    QString busySummary;

    QString message() const; // translated
};

QString toCode(Conflict::Kind kind);

// Every conflict among the campaign's live (not cancelled) interviews: two overlapping for the
// same writer or interviewee, one outside the availability windows, one clashing with a busy
// time of an imported calendar.
QList<Conflict> findConflicts(const Campaign &campaign, const QList<Interview> &interviews,
                              const QList<BusyPeriod> &busy);

} // namespace shuzai
