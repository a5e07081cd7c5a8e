#include "services/campaignservice.h"
#include "services/interviewservice.h"
#include "services/outreachservice.h"
#include "services/rosterservice.h"
#include "testworkspace.h"

#include <gtest/gtest.h>

using namespace shuzai;

namespace {
constexpr qint64 kDay = 24 * 3600;

// One vendor with an address, a campaign with an editor, and a letter exported to them.
struct Outreach {
    Outreach()
    {
        IntervieweeData d;
        d.categoryId = 2;
        d.familyName = QStringLiteral("佐藤");
        d.givenName = QStringLiteral("花子");
        d.email = QStringLiteral("sato@example.co.jp");
        id = ws->roster().add(1, d)->id;
        auto c = ws->campaigns().load(1);
        CampaignSettings s = settingsOf(*c);
        s.editorName = QStringLiteral("田中 一郎");
        s.editorPhone = QStringLiteral("03-1234-5678");
        s.followUpDays = 5;
        EXPECT_TRUE(ws->campaigns().updateSettings(1, s, c->version));
    }
    Result<Id> send(OutreachRecord::Kind kind = OutreachRecord::Kind::Sent)
    {
        auto m = ws->outreach().message(id, MailMessage::Charset::Utf8);
        EXPECT_TRUE(m);
        return ws->outreach().record(id, kind, m ? *m : QByteArray("x"));
    }
    PipelineStatus status() { return ws->roster().load(id)->data.status; }
    QList<FollowUpDue> due() { return *ws->outreach().due(1); }

    test::TestWorkspace ws;
    Id id = 0;
};
} // namespace

TEST(OutreachLog, KeepsTheExactLetterAndMovesThePipelineOnlyWhenOneLeft)
{
    Outreach o;
    ASSERT_TRUE(o.send(OutreachRecord::Kind::Failed));
    EXPECT_EQ(o.status(), PipelineStatus::NotContacted);
    auto m = o.ws->outreach().message(o.id, MailMessage::Charset::Iso2022Jp);
    ASSERT_TRUE(o.ws->outreach().record(o.id, OutreachRecord::Kind::Exported, *m,
                                        QStringLiteral("/tmp/letter.eml")));
    EXPECT_EQ(o.status(), PipelineStatus::RequestSent);
    auto log = o.ws->outreach().log(1, o.id);
    ASSERT_TRUE(log);
    ASSERT_EQ(log->size(), 2);
    EXPECT_EQ(log->at(1).message, *m);
    EXPECT_EQ(log->at(1).recipient, QStringLiteral("sato@example.co.jp"));
    EXPECT_EQ(log->at(1).at, o.ws.clock.now());
}

TEST(OutreachLog, FollowUpFallsDueAfterTheCampaignsDaysWithoutAReply)
{
    Outreach o;
    ASSERT_TRUE(o.send());
    o.ws.clock.advanceSecs(5 * kDay - 60);
    EXPECT_TRUE(o.due().isEmpty());
    o.ws.clock.advanceSecs(2 * kDay);
    ASSERT_EQ(o.due().size(), 1);
    EXPECT_EQ(o.due().first().daysOverdue, 1);
    EXPECT_EQ(o.due().first().name, QStringLiteral("佐藤 花子"));

    // Noting that nothing came is no reply; a question is, until the next letter waits again.
    ASSERT_TRUE(o.ws->outreach().recordReply(o.id, OutreachReply::Kind::NoReply));
    EXPECT_EQ(o.due().size(), 1);
    o.ws.clock.advanceSecs(60);
    ASSERT_TRUE(o.ws->outreach().recordReply(o.id, OutreachReply::Kind::Question, {},
                                             QStringLiteral("オンラインのみ可能か")));
    EXPECT_TRUE(o.due().isEmpty());
    EXPECT_EQ(o.status(), PipelineStatus::RequestSent);
    o.ws.clock.advanceSecs(60);
    ASSERT_TRUE(o.send());
    o.ws.clock.advanceSecs(6 * kDay);
    EXPECT_EQ(o.due().size(), 1);

    // Planning ahead: what is due by a later day, without waiting for it.
    EXPECT_TRUE(o.ws->outreach().due(1, o.ws.clock.now().addDays(-2))->isEmpty());

    ASSERT_TRUE(o.ws->outreach().recordReply(o.id, OutreachReply::Kind::Accepted,
                                             QStringLiteral("5月28日（水）15:00-16:00")));
    EXPECT_EQ(o.status(), PipelineStatus::Accepted);
    EXPECT_TRUE(o.due().isEmpty());
    auto replies = o.ws->outreach().replies(1, o.id);
    ASSERT_EQ(replies->size(), 3);
    EXPECT_EQ(replies->last().prefers, QStringLiteral("5月28日（水）15:00-16:00"));
}

TEST(OutreachLog, ALateReplyDoesNotTakeAScheduledPersonBack)
{
    Outreach o;
    ASSERT_TRUE(o.send());
    auto p = o.ws->roster().load(o.id);
    IntervieweeData d = p->data;
    d.status = PipelineStatus::Scheduled;
    ASSERT_TRUE(o.ws->roster().update(o.id, d, p->version));
    ASSERT_TRUE(o.ws->outreach().recordReply(o.id, OutreachReply::Kind::Declined));
    EXPECT_EQ(o.status(), PipelineStatus::Scheduled);
}

TEST(OutreachLog, OnlyTheEditorWritesToPeopleAndRecordsTheirReplies)
{
    Outreach o;
    ASSERT_TRUE(o.ws->setActor(QStringLiteral("writer")));
    auto sent = o.send();
    ASSERT_FALSE(sent);
    EXPECT_EQ(sent.error().code(), ErrorCode::PermissionDenied);
    EXPECT_FALSE(o.ws->outreach().recordReply(o.id, OutreachReply::Kind::Accepted));
    EXPECT_TRUE(o.ws->outreach().log(1)->isEmpty());
    EXPECT_EQ(o.status(), PipelineStatus::NotContacted);
}
