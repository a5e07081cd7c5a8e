#include "audit/auditlogmodel.h"
#include "roster/rostermodel.h"
#include "services/rosterservice.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QTest>
#include <gtest/gtest.h>

using namespace shuzai;
using namespace shuzai::ui;

// Two clients on the team server: what one saves shows in the other's open views within a
// second, through LISTEN/NOTIFY. (Runs on the private server of ui_tests_on_postgresql.)
TEST(LiveUpdates, AnotherClientsChangesAppearInOpenViewsWithinASecond)
{
    test::TestWorkspace mine;
    if (!mine->hasLiveUpdates())
        GTEST_SKIP() << "live updates are a team-server feature";
    std::unique_ptr<Workspace> theirs = mine.openAnother();
    ASSERT_NE(theirs, nullptr);
    RosterModel roster(*mine);
    QAbstractItemModelTester tester(&roster, QAbstractItemModelTester::FailureReportingMode::Fatal);
    roster.setCampaign(1);
    AuditLogModel audit(*mine);
    audit.reload();
    const int entriesBefore = audit.rowCount();
    ASSERT_EQ(roster.rowCount(), 0);

    IntervieweeData d;
    d.categoryId = 3;
    d.familyName = QStringLiteral("高橋");
    d.email = QStringLiteral("takahashi@example.jp");
    QElapsedTimer clock;
    clock.start();
    const Id id = theirs->roster().add(1, d)->id;
    QTRY_COMPARE_WITH_TIMEOUT(roster.rowCount(), 1, 1000);
    EXPECT_LT(clock.elapsed(), 1000);
    QTRY_VERIFY_WITH_TIMEOUT(audit.rowCount() > entriesBefore, 1000);

    auto stored = theirs->roster().load(id);
    IntervieweeData changed = stored->data;
    changed.status = PipelineStatus::Accepted;
    ASSERT_TRUE(theirs->roster().update(id, changed, stored->version));
    QTRY_COMPARE_WITH_TIMEOUT(roster.index(roster.rowOf(id), RosterModel::Status).data().toString(),
                              displayName(PipelineStatus::Accepted), 1000);
}
