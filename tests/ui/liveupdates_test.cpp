#include "answers/answermatrixmodel.h"
#include "answers/matrixscreen.h"
#include "audit/auditlogmodel.h"
#include "dashboard/dashboardscreen.h"
#include "roster/rostermodel.h"
#include "services/answerservice.h"
#include "services/rosterservice.h"
#include "services/schedulingservice.h"
#include "services/transcriptservice.h"
#include "testworkspace.h"
#include "transcripts/transcriptsscreen.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QTimeZone>
#include <QTreeView>
#include <QUndoStack>
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

// Issue 14: every table a screen shows reaches it. Another client books, imports a transcript
// and links an answer; my transcripts tree and dashboard follow within a second, where they were.
TEST(LiveUpdates, AnotherClientsBookingTranscriptAndAnswerReachEveryScreen)
{
    test::TestWorkspace mine;
    if (!mine->hasLiveUpdates())
        GTEST_SKIP() << "live updates are a team-server feature";
    std::unique_ptr<Workspace> theirs = mine.openAnother();
    ASSERT_NE(theirs, nullptr);
    QUndoStack undo;
    TranscriptsScreen transcripts({*mine, undo});
    transcripts.setCampaign(1);
    DashboardScreen dashboard({*mine, undo});
    dashboard.setCampaign(1);
    MatrixScreen matrix({*mine, undo});
    matrix.setCampaign(1);

    IntervieweeData d;
    d.categoryId = 2;
    d.familyName = QStringLiteral("佐藤");
    d.email = QStringLiteral("sato@example.jp");
    const Id person = theirs->roster().add(1, d)->id;
    Booking b;
    b.intervieweeId = person;
    b.start = QDateTime(QDate(2025, 5, 27), QTime(10, 0), QTimeZone("Asia/Tokyo"));
    const Id interview = theirs->scheduling().book(b)->id;
    QAbstractItemModel *tree = transcripts.tree()->model();
    const auto childrenOf = [&](const QModelIndex &parent) {
        return tree->rowCount(parent);
    };
    QTRY_COMPARE_WITH_TIMEOUT(childrenOf(tree->index(0, 0)), 1, 1000); // the interview

    mine.clock.set(QDateTime(QDate(2025, 5, 27), QTime(15, 0), QTimeZone("Asia/Tokyo")));
    QFile f(QStringLiteral(SHUZAI_TEST_DATA "/transcripts/zoom-ja.vtt"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    auto imported = theirs->transcripts().import(
        {interview, f.readAll(), QStringLiteral("zoom.vtt"), {}, true});
    ASSERT_TRUE(imported);
    QTRY_COMPARE_WITH_TIMEOUT(childrenOf(tree->index(0, 0, tree->index(0, 0))), 1, 1000);
    QTRY_VERIFY_WITH_TIMEOUT(
        dashboard.categoryLines().value(1).contains(QStringLiteral("1 interviewed")), 1000);

    ASSERT_TRUE(theirs->answers().link(imported->segments.at(1).id, 1));
    QTRY_COMPARE_WITH_TIMEOUT(
        matrix.model()->index(0, 1).data(AnswerMatrixModel::StateRole).toString(),
        QStringLiteral("answered"), 1000);
}
