// Issue 14, "one truth on every screen": the pipeline status follows bookings and transcripts,
// an interview that holds no transcript can be deleted (and brought back by undo), and every
// change is announced by what it touched (ChangeHub), so each open screen can follow.
#include "services/auditservice.h"
#include "services/changehub.h"
#include "services/dashboardservice.h"
#include "services/interviewservice.h"
#include "services/outreachservice.h"
#include "services/rosterservice.h"
#include "services/schedulingservice.h"
#include "services/transcriptservice.h"
#include "testworkspace.h"

#include <QFile>
#include <QSignalSpy>
#include <QTimeZone>

using namespace shuzai;

namespace {
QDateTime tokyo(int day, int hour)
{
    return QDateTime(QDate(2025, 5, day), QTime(hour, 0), QTimeZone("Asia/Tokyo"));
}

struct Pipeline {
    Id add(const char *family, const char *email)
    {
        IntervieweeData d;
        d.categoryId = 1;
        d.familyName = QString::fromUtf8(family);
        d.email = QString::fromUtf8(email);
        auto r = ws->roster().add(1, d);
        EXPECT_TRUE(r) << r.error().untranslatedMessage().toStdString();
        return r ? r->id : 0;
    }
    Result<Interview> book(Id person, const QDateTime &start)
    {
        Booking b;
        b.intervieweeId = person;
        b.start = start;
        return ws->scheduling().book(b);
    }
    PipelineStatus status(Id person) { return ws->roster().load(person)->data.status; }
    void setStatus(Id person, PipelineStatus status)
    {
        auto p = ws->roster().load(person);
        IntervieweeData d = p->data;
        d.status = status;
        ASSERT_TRUE(ws->roster().update(person, d, p->version));
    }
    Result<Transcript> import(Id interview, const char *name = "zoom-ja.vtt")
    {
        QFile f(QStringLiteral(SHUZAI_TEST_DATA "/transcripts/") + QLatin1String(name));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        return ws->transcripts().import(
            {interview, f.readAll(), QString::fromUtf8(name), {}, true});
    }
    int interviewedIn(Id category)
    {
        auto d = DashboardService(*ws).build(1);
        EXPECT_TRUE(d);
        for (const CategoryProgress &c : d->categories) {
            if (c.categoryId == category)
                return c.interviewed;
        }
        return -1;
    }
    test::TestWorkspace ws; // the clock starts on 20 May 2025
};
} // namespace

TEST(InterviewRemoval, AnEmptyInterviewGoesAndUndoBringsTheSameOneBackWithItsBooking)
{
    Pipeline p;
    const Id person = p.add("青木", "aoki@example.jp");
    ASSERT_TRUE(p.ws->outreach().recordReply(person, OutreachReply::Kind::Accepted));
    auto booked = p.book(person, tokyo(28, 10));
    ASSERT_TRUE(booked);
    ASSERT_TRUE(p.ws->scheduling().move(booked->id, tokyo(28, 14)));
    ASSERT_EQ(p.status(person), PipelineStatus::Scheduled);

    auto removed = p.ws->scheduling().remove(booked->id);
    ASSERT_TRUE(removed) << removed.error().untranslatedMessage().toStdString();
    EXPECT_FALSE(p.ws->interviews().load(booked->id));
    EXPECT_TRUE(p.ws->interviews().forInterviewee(person)->isEmpty());
    EXPECT_EQ(p.status(person), PipelineStatus::Accepted); // their only date went
    auto log = p.ws->audit().list({});
    ASSERT_TRUE(log);
    EXPECT_TRUE(std::any_of(log->cbegin(), log->cend(), [&](const AuditEntry &e) {
        return e.action == QLatin1String("interview.removed") && e.intervieweeId == person;
    }));

    auto back = p.ws->scheduling().restore(*removed);
    ASSERT_TRUE(back) << back.error().untranslatedMessage().toStdString();
    EXPECT_EQ(back->id, booked->id);
    EXPECT_EQ(back->startsAt, tokyo(28, 14).toUTC());
    EXPECT_EQ(back->state, InterviewState::Planned);
    EXPECT_EQ(p.ws->scheduling().history(booked->id)->size(), 2); // booked, moved
    EXPECT_EQ(p.status(person), PipelineStatus::Scheduled);
    // Brought back, it is the same interview in every way that counts: it can move again.
    EXPECT_TRUE(p.ws->scheduling().move(booked->id, tokyo(29, 10)));
}

TEST(InterviewRemoval, RefusedWhileATranscriptIsAttachedAndForWritersAndReviewers)
{
    Pipeline p;
    const Id person = p.add("井上", "inoue@example.jp");
    Interview i;
    i.intervieweeId = person;
    const Id interview = p.ws->interviews().create(i)->id;
    ASSERT_TRUE(p.import(interview));

    auto refused = p.ws->scheduling().remove(interview);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code(), ErrorCode::Conflict);
    EXPECT_TRUE(refused.error().untranslatedMessage().contains(QStringLiteral("zoom-ja.vtt")));
    EXPECT_TRUE(p.ws->interviews().load(interview));

    const Id empty = p.ws->interviews().create(i)->id;
    for (const char *login : {"writer", "reviewer"}) {
        ASSERT_TRUE(p.ws->setActor(QString::fromLatin1(login)));
        auto denied = p.ws->scheduling().remove(empty);
        ASSERT_FALSE(denied);
        EXPECT_EQ(denied.error().code(), ErrorCode::PermissionDenied);
    }
    ASSERT_TRUE(p.ws->setActor(QStringLiteral("editor")));
    EXPECT_TRUE(p.ws->scheduling().remove(empty));
    // With the duplicate gone the person can go too, once nothing else holds them.
    EXPECT_EQ(p.ws->interviews().forInterviewee(person)->size(), 1);
}

TEST(StatusFollows, UndoingABookingReturnsThePersonToTheirStatusBeforeIt)
{
    Pipeline p;
    const Id person = p.add("上田", "ueda@example.jp");
    ASSERT_TRUE(p.ws->outreach().record(person, OutreachRecord::Kind::Sent, "letter"));
    ASSERT_EQ(p.status(person), PipelineStatus::RequestSent);
    auto booked = p.book(person, tokyo(27, 13)); // the reply came by phone
    ASSERT_TRUE(booked);
    ASSERT_EQ(p.status(person), PipelineStatus::Scheduled);
    ASSERT_TRUE(p.ws->scheduling().cancel(booked->id, PipelineStatus::RequestSent)); // undo
    EXPECT_EQ(p.status(person), PipelineStatus::RequestSent);

    // A plain cancellation still means "agreed, date to be found".
    ASSERT_TRUE(p.ws->scheduling().reinstate(booked->id, InterviewState::Planned));
    ASSERT_TRUE(p.ws->scheduling().cancel(booked->id));
    EXPECT_EQ(p.status(person), PipelineStatus::Accepted);
}

TEST(StatusFollows, ATranscriptOfAnInterviewThatTookPlaceMakesThePersonInterviewed)
{
    Pipeline p;
    const Id person = p.add("佐藤", "sato@example.jp");
    auto booked = p.book(person, tokyo(27, 10));
    ASSERT_TRUE(booked);
    ASSERT_EQ(p.status(person), PipelineStatus::Scheduled);
    EXPECT_EQ(p.interviewedIn(1), 0);

    // Before the interview (a test import, a wrong interview): no move.
    ASSERT_TRUE(p.import(booked->id, "teams-ja.vtt"));
    EXPECT_EQ(p.status(person), PipelineStatus::Scheduled);

    p.ws.clock.set(tokyo(27, 15));
    QSignalSpy changed(&p.ws->roster(), &RosterService::intervieweeChanged);
    ASSERT_TRUE(p.import(booked->id, "zoom-ja.vtt"));
    EXPECT_EQ(p.status(person), PipelineStatus::Interviewed);
    EXPECT_FALSE(changed.isEmpty()); // the roster's row follows at once
    EXPECT_EQ(p.interviewedIn(1), 1);

    // An interview without a date that has a transcript took place too.
    const Id other = p.add("高橋", "takahashi@example.jp");
    Interview undated;
    undated.intervieweeId = other;
    const Id interview = p.ws->interviews().create(undated)->id;
    ASSERT_TRUE(p.import(interview));
    EXPECT_EQ(p.status(other), PipelineStatus::Interviewed);
}

TEST(StatusFollows, NeverBackwardPastReviewApprovalOrWithdrawal)
{
    Pipeline p;
    p.ws.clock.set(tokyo(30, 9));
    for (PipelineStatus later :
         {PipelineStatus::InReview, PipelineStatus::Approved, PipelineStatus::Withdrawn}) {
        const Id person =
            p.add("渡辺", QStringLiteral("w%1@example.jp").arg(int(later)).toUtf8().constData());
        p.setStatus(person, later);
        Interview i;
        i.intervieweeId = person;
        i.startsAt = tokyo(28, 10).toUTC();
        const Id interview = p.ws->interviews().create(i)->id;
        ASSERT_TRUE(p.import(interview));
        EXPECT_EQ(p.status(person), later);
        auto booked = p.book(person, tokyo(31, 10));
        ASSERT_TRUE(booked);
        ASSERT_TRUE(p.ws->scheduling().cancel(booked->id));
        EXPECT_EQ(p.status(person), later);
        ASSERT_TRUE(p.ws->scheduling().remove(booked->id));
        EXPECT_EQ(p.status(person), later);
    }
}

// The dashboard said 取材済み0件 although a transcript existed: a transcript counts, whatever
// the status says (one imported before statuses followed them).
TEST(StatusFollows, TheDashboardCountsEveryoneWhoseTranscriptIsIn)
{
    Pipeline p;
    const Id person = p.add("伊藤", "ito@example.jp");
    Interview i;
    i.intervieweeId = person;
    i.startsAt = tokyo(28, 10).toUTC();
    const Id interview = p.ws->interviews().create(i)->id;
    ASSERT_TRUE(p.import(interview)); // the interview is still ahead: the status stays
    ASSERT_EQ(p.status(person), PipelineStatus::NotContacted);
    EXPECT_EQ(p.interviewedIn(1), 1);
    p.setStatus(person, PipelineStatus::Withdrawn);
    EXPECT_EQ(p.interviewedIn(1), 0);
}

TEST(ChangeHub, EveryChangeIsAnnouncedByWhatItTouched)
{
    Pipeline p;
    QList<Topics> seen;
    QObject::connect(&p.ws->changes(), &ChangeHub::changed,
                     [&](Topics topics) { seen.append(topics); });
    const auto touched = [&](Topic topic) {
        const bool any =
            std::any_of(seen.cbegin(), seen.cend(), [&](Topics t) { return t.testFlag(topic); });
        seen.clear();
        return any;
    };
    const Id person = p.add("中村", "nakamura@example.jp");
    EXPECT_TRUE(touched(Topic::People));
    auto booked = p.book(person, tokyo(28, 10));
    ASSERT_TRUE(booked);
    EXPECT_TRUE(touched(Topic::Schedule));
    ASSERT_TRUE(p.import(booked->id));
    EXPECT_TRUE(touched(Topic::Transcripts));
    Interview extra;
    extra.intervieweeId = person;
    auto removed = p.ws->scheduling().remove(p.ws->interviews().create(extra)->id);
    ASSERT_TRUE(removed);
    EXPECT_TRUE(touched(Topic::Schedule));
    EXPECT_EQ(ChangeHub::topicsOfTable(QStringLiteral("answer_links")), Topics(Topic::Answers));
    EXPECT_EQ(ChangeHub::topicsOfTable(QString()), Topics(Topic::Everything));
}
