#include "conflicts.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>

#include <algorithm>

namespace shuzai {

namespace {
bool live(const Interview &i)
{
    return i.startsAt.isValid() && i.state != InterviewState::Cancelled;
}
} // namespace

QString toCode(Conflict::Kind kind)
{
    switch (kind) {
    case Conflict::Kind::SameWriter:
        return QStringLiteral("same_writer");
    case Conflict::Kind::SameInterviewee:
        return QStringLiteral("same_interviewee");
    case Conflict::Kind::OutsideWindows:
        return QStringLiteral("outside_windows");
    case Conflict::Kind::BusyCalendar:
        break;
    }
    return QStringLiteral("busy_calendar");
}

QString Conflict::message() const
{
    const char *source = nullptr;
    switch (kind) {
    case Kind::SameWriter:
        source = QT_TRANSLATE_NOOP("Conflict", "Interviews %1 and %2 overlap for the same writer.");
        break;
    case Kind::SameInterviewee:
        source =
            QT_TRANSLATE_NOOP("Conflict", "Interviews %1 and %2 overlap for the same interviewee.");
        break;
    case Kind::OutsideWindows:
        source = QT_TRANSLATE_NOOP("Conflict",
                                   "Interview %1 lies outside the campaign's candidate times.");
        break;
    case Kind::BusyCalendar:
        source = QT_TRANSLATE_NOOP("Conflict",
                                   "Interview %1 clashes with \"%2\" in an imported calendar.");
        break;
    }
    const QString text = QCoreApplication::translate("Conflict", source);
    switch (kind) {
    case Kind::SameWriter:
    case Kind::SameInterviewee:
        return text.arg(interviewId).arg(otherInterviewId);
    case Kind::OutsideWindows:
        return text.arg(interviewId);
    case Kind::BusyCalendar:
        break;
    }
    return text.arg(QString::number(interviewId), busySummary);
}

namespace {
// An interview's time as milliseconds since the epoch, worked out once: comparing QDateTimes
// (and adding their lengths) pair after pair was most of the calendar's start-up.
struct Span {
    qsizetype index; // in the caller's list, whose order the conflicts keep
    qint64 start;
    qint64 end;
};

// Every pair of overlapping spans among `spans` (one writer's, or one person's), as indices into
// the caller's list with the smaller first: a sweep over the spans sorted by start, so the work
// grows with n log n plus the overlaps, not with every pair.
void overlappingPairs(QList<Span> &spans, QList<std::pair<qsizetype, qsizetype>> &out)
{
    std::sort(spans.begin(), spans.end(),
              [](const Span &a, const Span &b) { return a.start < b.start; });
    QList<const Span *> open; // started, maybe not ended
    for (const Span &s : spans) {
        open.removeIf([&](const Span *o) { return o->end <= s.start; });
        for (const Span *o : open) {
            if (s.start < o->end && o->start < s.end)
                out.append({std::min(o->index, s.index), std::max(o->index, s.index)});
        }
        open.append(&s);
    }
}
} // namespace

QList<Conflict> findConflicts(const Campaign &campaign, const QList<Interview> &interviews,
                              const QList<BusyPeriod> &busy)
{
    // Overlaps count between confirmed bookings only: a slot held for several people at once is
    // the point of a hold, not a clash.
    QHash<Id, QList<Span>> byWriter, byPerson;
    QList<Span> spans(interviews.size(), Span{-1, 0, 0});
    for (qsizetype a = 0; a < interviews.size(); ++a) {
        const Interview &x = interviews.at(a);
        if (!live(x))
            continue;
        const qint64 start = x.startsAt.toMSecsSinceEpoch();
        spans[a] = Span{a, start, start + qint64(x.minutes) * 60'000};
        if (x.state == InterviewState::Tentative)
            continue;
        byPerson[x.intervieweeId].append(spans[a]);
        if (x.writerId != 0)
            byWriter[x.writerId].append(spans[a]);
    }
    QList<std::pair<qsizetype, qsizetype>> samePerson, sameWriter;
    for (QList<Span> &group : byPerson)
        overlappingPairs(group, samePerson);
    for (QList<Span> &group : byWriter)
        overlappingPairs(group, sameWriter);
    std::sort(samePerson.begin(), samePerson.end());
    std::sort(sameWriter.begin(), sameWriter.end());

    // The campaign's windows in milliseconds, once (not a time zone and two conversions per
    // interview per window).
    const QTimeZone zone(campaign.timeZone.toUtf8());
    QList<std::pair<qint64, qint64>> windows;
    for (const AvailabilityWindow &w : campaign.windows) {
        windows.append({QDateTime(w.day, w.start, zone).toMSecsSinceEpoch(),
                        QDateTime(w.day, w.end, zone).toMSecsSinceEpoch()});
    }
    // Busy times sorted by start: an interview looks only at those that start before it ends
    // and not earlier than the longest busy time before it.
    QList<std::pair<qint64, qsizetype>> busyByStart;
    qint64 longestBusy = 0;
    for (qsizetype b = 0; b < busy.size(); ++b) {
        const qint64 start = busy.at(b).start.toMSecsSinceEpoch();
        busyByStart.append({start, b});
        longestBusy = std::max(longestBusy, busy.at(b).end.toMSecsSinceEpoch() - start);
    }
    std::sort(busyByStart.begin(), busyByStart.end());

    // In the order of the list given, as the every-pair check reported them: an interview's
    // overlaps with later ones (same person before same writer), then its window, then busy
    // times.
    QList<Conflict> out;
    qsizetype person = 0, writer = 0;
    for (qsizetype a = 0; a < interviews.size(); ++a) {
        const Span &x = spans.at(a);
        if (x.index < 0)
            continue;
        const Interview &interview = interviews.at(a);
        while (person < samePerson.size() || writer < sameWriter.size()) {
            const bool p = person < samePerson.size() && samePerson.at(person).first == a;
            const bool w = writer < sameWriter.size() && sameWriter.at(writer).first == a;
            if (!p && !w)
                break;
            // One partner at a time, in the list's order; for the same partner the person first.
            const qsizetype partner =
                std::min(p ? samePerson.at(person).second : interviews.size(),
                         w ? sameWriter.at(writer).second : interviews.size());
            if (p && samePerson.at(person).second == partner) {
                out.append({Conflict::Kind::SameInterviewee,
                            interview.id,
                            interviews.at(partner).id,
                            0,
                            {}});
                ++person;
            }
            if (w && sameWriter.at(writer).second == partner) {
                out.append(
                    {Conflict::Kind::SameWriter, interview.id, interviews.at(partner).id, 0, {}});
                ++writer;
            }
        }
        const bool inside = std::any_of(windows.begin(), windows.end(), [&](const auto &w) {
            return w.first <= x.start && x.end <= w.second;
        });
        if (!inside)
            out.append({Conflict::Kind::OutsideWindows, interview.id, 0, 0, {}});
        QList<qsizetype> clashes;
        auto from = std::lower_bound(busyByStart.begin(), busyByStart.end(),
                                     std::pair<qint64, qsizetype>{x.start - longestBusy, -1});
        for (auto it = from; it != busyByStart.end() && it->first < x.end; ++it) {
            if (x.start < busy.at(it->second).end.toMSecsSinceEpoch())
                clashes.append(it->second);
        }
        std::sort(clashes.begin(), clashes.end());
        for (qsizetype b : clashes) {
            const BusyPeriod &p = busy.at(b);
            out.append({Conflict::Kind::BusyCalendar, interview.id, 0, p.id, p.summary});
        }
    }
    return out;
}

} // namespace shuzai
