#include "services/rosterservice.h"
#include "testworkspace.h"

#include <QSignalSpy>
#include <QTest>

using namespace shuzai;

// Two people with the same interviewee open: the first save wins, the second is refused with
// the reason and nothing of either is lost; on the team server the other sees the change live.
TEST(TwoClients, AStaleSaveIsRefusedAndTheChangeReachesTheOtherClient)
{
    test::TestWorkspace first;
    IntervieweeData d;
    d.categoryId = 2;
    d.familyName = QStringLiteral("佐藤");
    d.email = QStringLiteral("sato@example.co.jp");
    const Id id = first->roster().add(1, d)->id;
    std::unique_ptr<Workspace> second = first.openAnother();
    ASSERT_NE(second, nullptr);

    const Interviewee seenByFirst = *first->roster().load(id);
    const Interviewee seenBySecond = *second->roster().load(id);
    QSignalSpy changed(&second->roster(), &RosterService::intervieweeChanged);

    IntervieweeData mine = seenByFirst.data;
    mine.organisation = QStringLiteral("エッジAI株式会社");
    ASSERT_TRUE(first->roster().update(id, mine, seenByFirst.version));

    IntervieweeData theirs = seenBySecond.data;
    theirs.department = QStringLiteral("開発部");
    auto refused = second->roster().update(id, theirs, seenBySecond.version);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code(), ErrorCode::Conflict);
    EXPECT_TRUE(refused.error().message().contains(QStringLiteral("佐藤")));
    const Interviewee now = *second->roster().load(id);
    EXPECT_EQ(now.data.organisation, QStringLiteral("エッジAI株式会社"));
    EXPECT_TRUE(now.data.department.isEmpty());

    // Reload, then save deliberately over the newer version: both changes stand.
    IntervieweeData merged = now.data;
    merged.department = QStringLiteral("開発部");
    ASSERT_TRUE(second->roster().update(id, merged, now.version));
    EXPECT_EQ(first->roster().load(id)->data.department, QStringLiteral("開発部"));

    if (!second->hasLiveUpdates())
        GTEST_SKIP() << "live updates are a team-server feature";
    // The first client's save arrives at the second within a second, as a notification.
    EXPECT_TRUE(changed.size() > 0 || changed.wait(1000));
    ASSERT_FALSE(changed.isEmpty());
    EXPECT_EQ(changed.first().at(1).toLongLong(), id);
}
