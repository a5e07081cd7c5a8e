#include "services/answerservice.h"
#include "services/dashboardservice.h"
#include "services/interviewservice.h"
#include "services/outreachservice.h"
#include "services/reviewservice.h"
#include "services/rosterservice.h"
#include "services/schedulingservice.h"
#include "services/transcriptservice.h"
#include "testworkspace.h"

#include <QFile>
#include <QTimeZone>

using namespace shuzai;

namespace {
Id add(Workspace &ws, Id category, const char *family, const char *reading, const char *email,
       Attribution attribution = Attribution::NameAndAffiliation)
{
    IntervieweeData d;
    d.categoryId = category;
    d.familyName = QString::fromUtf8(family);
    d.familyReading = QString::fromUtf8(reading);
    d.email = QString::fromUtf8(email);
    d.attribution = attribution;
    auto added = ws.roster().add(1, d);
    EXPECT_TRUE(added) << added.error().untranslatedMessage().toStdString();
    return added ? added->id : 0;
}

QDateTime tokyo(int month, int day, int hour)
{
    return QDateTime(QDate(2025, month, day), QTime(hour, 0), QTimeZone("Asia/Tokyo"));
}
} // namespace

TEST(Dashboard, CountsEachCategoryAndListsWhoIsAtRisk)
{
    test::TestWorkspace ws; // the clock starts on 20 May 2025
    constexpr Id kVendor = 2, kAdopter = 3;
    const Id accepted = add(*ws, kAdopter, "青木", "アオキ", "aoki@example.jp");
    const Id interviewed = add(*ws, kAdopter, "井上", "イノウエ", "inoue@example.jp");
    const Id silent =
        add(*ws, kAdopter, "上田", "ウエダ", "ueda@example.jp", Attribution::Anonymous);
    const Id reviewing = add(*ws, kVendor, "佐藤", "サトウ", "sato@example.jp");

    ASSERT_TRUE(ws->outreach().record(silent, OutreachRecord::Kind::Sent, "letter"));
    ASSERT_TRUE(ws->outreach().record(accepted, OutreachRecord::Kind::Sent, "letter"));
    ASSERT_TRUE(ws->outreach().recordReply(accepted, OutreachReply::Kind::Accepted));
    Booking b;
    b.intervieweeId = interviewed;
    b.start = tokyo(5, 27, 10);
    ASSERT_TRUE(ws->scheduling().book(b));
    auto person = ws->roster().load(interviewed);
    IntervieweeData data = person->data;
    data.status = PipelineStatus::Interviewed;
    ASSERT_TRUE(ws->roster().update(interviewed, data, person->version));

    // The vendor was interviewed, has a transcript, and was sent the passages to check.
    Interview i;
    i.intervieweeId = reviewing;
    i.startsAt = tokyo(5, 28, 15).toUTC();
    auto created = ws->interviews().create(i);
    ASSERT_TRUE(created) << created.error().untranslatedMessage().toStdString();
    const Id interview = created->id;
    QFile f(QStringLiteral(SHUZAI_TEST_DATA "/transcripts/zoom-ja.vtt"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    auto transcript =
        ws->transcripts().import({interview, f.readAll(), QStringLiteral("zoom.vtt"), {}, true});
    ASSERT_TRUE(transcript);
    ASSERT_TRUE(ws->answers().addQuote(transcript->segments[1].id, 0, 0, {}));
    ASSERT_TRUE(ws->review().send(reviewing, ReviewChannel::Email));

    ws.clock.set(tokyo(6, 6, 9)); // a day after the answers were due, six before publication
    auto d = DashboardService(*ws).build(1);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->daysLeft, 6);
    EXPECT_EQ(d->reviewDue, QDate(2025, 6, 5));
    ASSERT_EQ(d->categories.size(), 3);
    const CategoryProgress &adopters = d->categories[2];
    EXPECT_EQ(adopters.total, 3);
    EXPECT_EQ(adopters.confirmed, 2);
    EXPECT_EQ(adopters.interviewed, 1);
    EXPECT_EQ(adopters.byStatus.value(PipelineStatus::RequestSent), 1);
    EXPECT_EQ(d->categories[1].byStatus.value(PipelineStatus::InReview), 1);

    ASSERT_EQ(d->atRisk.size(), 4);
    EXPECT_EQ(d->atRisk[0].intervieweeId, reviewing);
    EXPECT_EQ(d->atRisk[0].reason, AtRisk::Reason::ReviewOverdue);
    EXPECT_EQ(d->atRisk[0].days, 1);
    EXPECT_EQ(d->atRisk[1].intervieweeId, accepted);
    EXPECT_EQ(d->atRisk[1].reason, AtRisk::Reason::NotBooked);
    EXPECT_LT(d->atRisk[1].days, 0); // the window closed on 31 May
    EXPECT_EQ(d->atRisk[2].intervieweeId, interviewed);
    EXPECT_EQ(d->atRisk[2].reason, AtRisk::Reason::TranscriptMissing);
    EXPECT_EQ(d->atRisk[2].days, 10);
    EXPECT_EQ(d->atRisk[3].intervieweeId, silent);
    EXPECT_EQ(d->atRisk[3].reason, AtRisk::Reason::NoReply);
    EXPECT_EQ(d->atRisk[3].name, QStringLiteral("A社 担当者"));

    // Once the vendor approves and a transcript arrives, they drop off the list.
    ASSERT_TRUE(ws->setActor(QStringLiteral("reviewer")));
    ASSERT_TRUE(ws->review().approve(reviewing));
    EXPECT_EQ(DashboardService(*ws).build(1)->atRisk.size(), 3);
    EXPECT_EQ(DashboardService(*ws).build(1)->categories[1].approved, 1);
}

TEST(Dashboard, HoldsAndPeopleWhoDeclinedNeedNoTranscript)
{
    test::TestWorkspace ws;
    const Id held = add(*ws, 3, "青木", "アオキ", "aoki@example.jp");
    const Id declined = add(*ws, 3, "井上", "イノウエ", "inoue@example.jp");
    for (Id person : {held, declined}) {
        Booking b;
        b.intervieweeId = person;
        b.start = tokyo(5, 27, person == held ? 10 : 14);
        b.tentative = person == held;
        ASSERT_TRUE(ws->scheduling().book(b));
    }
    auto p = ws->roster().load(declined);
    IntervieweeData data = p->data;
    data.status = PipelineStatus::Declined;
    ASSERT_TRUE(ws->roster().update(declined, data, p->version));
    ws.clock.set(tokyo(6, 2, 9));
    EXPECT_TRUE(DashboardService(*ws).build(1)->atRisk.isEmpty());
}
