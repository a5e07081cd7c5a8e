#include "conflicts.h"

#include "slots.h"

#include <QCoreApplication>

namespace shuzai {

namespace {
bool live(const Interview &i)
{
    return i.startsAt.isValid() && i.state != InterviewState::Cancelled;
}
QDateTime endOf(const Interview &i)
{
    return i.startsAt.addSecs(i.minutes * 60);
}
bool overlaps(const Interview &a, const Interview &b)
{
    return a.startsAt < endOf(b) && b.startsAt < endOf(a);
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

QList<Conflict> findConflicts(const Campaign &campaign, const QList<Interview> &interviews,
                              const QList<BusyPeriod> &busy)
{
    QList<Conflict> out;
    for (qsizetype a = 0; a < interviews.size(); ++a) {
        const Interview &x = interviews.at(a);
        if (!live(x))
            continue;
        for (qsizetype b = a + 1; b < interviews.size(); ++b) {
            const Interview &y = interviews.at(b);
            if (!live(y) || !overlaps(x, y))
                continue;
            // A slot held for several people at once is the point of a hold, not a clash.
            if (x.state == InterviewState::Tentative || y.state == InterviewState::Tentative)
                continue;
            if (x.intervieweeId == y.intervieweeId)
                out.append({Conflict::Kind::SameInterviewee, x.id, y.id, 0, {}});
            if (x.writerId != 0 && x.writerId == y.writerId)
                out.append({Conflict::Kind::SameWriter, x.id, y.id, 0, {}});
        }
        if (!insideWindows(campaign, x.startsAt, x.minutes))
            out.append({Conflict::Kind::OutsideWindows, x.id, 0, 0, {}});
        for (const BusyPeriod &p : busy) {
            if (x.startsAt < p.end && p.start < endOf(x))
                out.append({Conflict::Kind::BusyCalendar, x.id, 0, p.id, p.summary});
        }
    }
    return out;
}

} // namespace shuzai
