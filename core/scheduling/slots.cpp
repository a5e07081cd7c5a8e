#include "slots.h"

#include "domain/slotformat.h"

#include <QMap>
#include <QTimeZone>

namespace shuzai {

namespace {
bool overlaps(const QDateTime &aStart, const QDateTime &aEnd, const QDateTime &bStart,
              const QDateTime &bEnd)
{
    return aStart < bEnd && bStart < aEnd;
}

QDateTime at(const QDate &day, const QTime &time, const QTimeZone &zone)
{
    return QDateTime(day, time, zone).toUTC();
}
} // namespace

QString toCode(Slot::State state)
{
    switch (state) {
    case Slot::State::Tentative:
        return QStringLiteral("tentative");
    case Slot::State::Booked:
        return QStringLiteral("booked");
    case Slot::State::Free:
        break;
    }
    return QStringLiteral("free");
}

QList<Slot> campaignSlots(const Campaign &campaign, const QList<Interview> &interviews)
{
    const QTimeZone zone(campaign.timeZone.toUtf8());
    const int length = std::max(10, campaign.interviewMinutes);
    const int step = length + std::max(0, campaign.bufferMinutes);
    QList<Slot> out;
    for (const AvailabilityWindow &w : campaign.windows) {
        const QDateTime windowEnd = at(w.day, w.end, zone);
        for (QDateTime start = at(w.day, w.start, zone); start.addSecs(length * 60) <= windowEnd;
             start = start.addSecs(step * 60)) {
            Slot slot{start, start.addSecs(length * 60), Slot::State::Free, {}, 0, w.note};
            for (const Interview &i : interviews) {
                if (!i.startsAt.isValid() || i.state == InterviewState::Cancelled)
                    continue;
                if (!overlaps(slot.start, slot.end, i.startsAt, i.startsAt.addSecs(i.minutes * 60)))
                    continue;
                if (i.state == InterviewState::Tentative)
                    slot.tentative.append(i.id);
                else
                    slot.booked = i.id;
            }
            slot.state = slot.booked                ? Slot::State::Booked
                         : slot.tentative.isEmpty() ? Slot::State::Free
                                                    : Slot::State::Tentative;
            out.append(slot);
        }
    }
    std::sort(out.begin(), out.end(),
              [](const Slot &a, const Slot &b) { return a.start < b.start; });
    return out;
}

QString freeSlotBlock(const Campaign &campaign, const QList<Interview> &interviews)
{
    const QTimeZone zone(campaign.timeZone.toUtf8());
    // Free (and merely held) slots, joined into ranges, then per window end.
    QList<AvailabilityWindow> free;
    for (const Slot &s : campaignSlots(campaign, interviews)) {
        if (s.state == Slot::State::Booked)
            continue;
        const QDateTime start = s.start.toTimeZone(zone);
        const QDateTime end = s.end.toTimeZone(zone);
        // Extend the previous range when this slot follows it within the same window.
        if (!free.isEmpty() && free.last().day == start.date() && free.last().note == s.note) {
            const QTime gapEnd = free.last().end.addSecs(std::max(0, campaign.bufferMinutes) * 60);
            if (start.time() <= gapEnd) {
                free.last().end = end.time();
                continue;
            }
        }
        free.append(AvailabilityWindow{0, start.date(), start.time(), end.time(), s.note});
    }
    // A window whose last part is shorter than a slot still ends where the letter says: give
    // ranges that reach a window's last slot the window's own end.
    for (AvailabilityWindow &range : free) {
        for (const AvailabilityWindow &w : campaign.windows) {
            if (w.day == range.day && range.start >= w.start && range.end <= w.end &&
                range.end.addSecs(campaign.interviewMinutes * 60) > w.end)
                range.end = w.end;
        }
    }
    return candidateSlotBlock(free);
}

bool insideWindows(const Campaign &campaign, const QDateTime &start, int minutes)
{
    const QTimeZone zone(campaign.timeZone.toUtf8());
    const QDateTime end = start.addSecs(minutes * 60);
    for (const AvailabilityWindow &w : campaign.windows) {
        if (at(w.day, w.start, zone) <= start && end <= at(w.day, w.end, zone))
            return true;
    }
    return false;
}

} // namespace shuzai
