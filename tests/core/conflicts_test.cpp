// Conflicts are found by a sweep over sorted times, not by checking every pair: the same list
// (in the same order) as the every-pair rule, and in time that does not grow with the square of
// the campaign's interviews.
#include "scheduling/conflicts.h"
#include "scheduling/slots.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTimeZone>
#include <gtest/gtest.h>

using namespace shuzai;

namespace {
// The rule as it reads: every pair of live interviews, each against every window and busy time.
QList<Conflict> everyPair(const Campaign &campaign, const QList<Interview> &interviews,
                          const QList<BusyPeriod> &busy)
{
    auto live = [](const Interview &i) {
        return i.startsAt.isValid() && i.state != InterviewState::Cancelled;
    };
    auto end = [](const Interview &i) {
        return i.startsAt.addSecs(i.minutes * 60);
    };
    QList<Conflict> out;
    for (qsizetype a = 0; a < interviews.size(); ++a) {
        const Interview &x = interviews.at(a);
        if (!live(x))
            continue;
        for (qsizetype b = a + 1; b < interviews.size(); ++b) {
            const Interview &y = interviews.at(b);
            if (!live(y) || !(x.startsAt < end(y) && y.startsAt < end(x)))
                continue;
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
            if (x.startsAt < p.end && p.start < end(x))
                out.append({Conflict::Kind::BusyCalendar, x.id, 0, p.id, p.summary});
        }
    }
    return out;
}

QStringList describe(const QList<Conflict> &conflicts)
{
    QStringList out;
    for (const Conflict &c : conflicts) {
        out.append(QStringLiteral("%1 %2 %3 %4")
                       .arg(toCode(c.kind))
                       .arg(c.interviewId)
                       .arg(c.otherInterviewId)
                       .arg(c.busyId));
    }
    return out;
}

Campaign campaignWithWindows()
{
    Campaign c;
    c.timeZone = QStringLiteral("Asia/Tokyo");
    for (int d = 0; d < 5; ++d)
        c.windows.append({d + 1, QDate(2025, 6, 2).addDays(d), QTime(10, 0), QTime(17, 0), {}});
    return c;
}
} // namespace

TEST(Conflicts, SweepFindsWhatEveryPairFindsInTheSameOrder)
{
    const QTimeZone tokyo("Asia/Tokyo");
    const Campaign campaign = campaignWithWindows();
    for (quint32 seed = 1; seed <= 20; ++seed) {
        QRandomGenerator random(seed);
        QList<Interview> interviews;
        for (int n = 0; n < 150; ++n) {
            Interview i;
            i.id = 1000 + n;
            i.intervieweeId = random.bounded(25) + 1;
            i.writerId = random.bounded(4); // 0: no writer yet
            i.minutes = 15 * int(random.bounded(1, 9));
            if (random.bounded(20) != 0) { // some not booked yet
                i.startsAt =
                    QDateTime(QDate(2025, 6, 1).addDays(random.bounded(7)),
                              QTime(8 + random.bounded(11), 15 * random.bounded(4)), tokyo);
            }
            const int state = int(random.bounded(10));
            i.state = state == 0   ? InterviewState::Cancelled
                      : state == 1 ? InterviewState::Tentative
                      : state == 2 ? InterviewState::Held
                                   : InterviewState::Planned;
            interviews.append(i);
        }
        QList<BusyPeriod> busy;
        for (int n = 0; n < 12; ++n) {
            BusyPeriod p;
            p.id = n + 1;
            p.summary = QStringLiteral("会議 %1").arg(n);
            p.start = QDateTime(QDate(2025, 6, 1).addDays(random.bounded(7)),
                                QTime(random.bounded(20), 0), tokyo)
                          .toUTC();
            // One all-day (and longer) busy time among short ones.
            p.end = p.start.addSecs(n == 5 ? 40 * 3600 : 30 * 60 * int(random.bounded(1, 5)));
            busy.append(p);
        }
        const QList<Conflict> expected = everyPair(campaign, interviews, busy);
        ASSERT_FALSE(expected.isEmpty());
        EXPECT_EQ(describe(findConflicts(campaign, interviews, busy)), describe(expected))
            << "seed " << seed;
    }
}

TEST(Conflicts, ThousandsOfInterviewsTakeNoTimeToCheck)
{
    // A newsroom's busy writer: 20,000 interviews back to back, none overlapping, one clash at
    // the end. Every pair would be 200 million comparisons (minutes); a sweep is milliseconds.
    const QTimeZone tokyo("Asia/Tokyo");
    Campaign campaign;
    campaign.timeZone = QStringLiteral("Asia/Tokyo");
    campaign.windows.append({1, QDate(2025, 1, 1), QTime(0, 0), QTime(23, 59), {}});
    QList<Interview> interviews;
    const QDateTime first(QDate(2025, 1, 1), QTime(0, 0), tokyo);
    for (int n = 0; n < 20000; ++n) {
        Interview i;
        i.id = n + 1;
        i.intervieweeId = n + 1;
        i.writerId = 7;
        i.minutes = 30;
        i.startsAt = first.addSecs(30 * 60 * n).toUTC();
        interviews.append(i);
    }
    interviews.last().startsAt = interviews.at(interviews.size() - 2).startsAt.addSecs(600);
    QElapsedTimer timer;
    timer.start();
    const QList<Conflict> found = findConflicts(campaign, interviews, {});
    EXPECT_LT(timer.elapsed(), 2000);
    int sameWriter = 0;
    for (const Conflict &c : found)
        sameWriter += c.kind == Conflict::Kind::SameWriter ? 1 : 0;
    EXPECT_EQ(sameWriter, 1);
}
