// Statements reuse their compiled form per connection; what a caller sees must not change.
#include "people.h"
#include "rawconnection.h"
#include "services/rosterservice.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "testworkspace.h"

#include <QSqlQuery>

using namespace shuzai;

namespace {
const QString kNames =
    QStringLiteral("SELECT family_name FROM interviewees WHERE campaign_id = ? ORDER BY id");

QStringList names(Database &db, Id campaign)
{
    Statement q(db, kNames);
    q.bind(campaign);
    EXPECT_TRUE(q.exec());
    QStringList out;
    while (q.next())
        out << q.text(0);
    return out;
}

void addPeople(test::TestWorkspace &ws, int count)
{
    for (int n = 0; n < count; ++n) {
        IntervieweeData d = test::someone();
        d.familyName = QStringLiteral("田中%1").arg(n);
        d.email = QStringLiteral("p%1@example.jp").arg(n);
        ASSERT_TRUE(ws->roster().add(1, d));
    }
}
} // namespace

TEST(Statement, TheSameTextRunAgainReadsTheNewValuesNotTheLastRunsRows)
{
    test::TestWorkspace ws;
    addPeople(ws, 3);
    Database &db = ws->database();
    EXPECT_EQ(names(db, 1).size(), 3);
    EXPECT_TRUE(names(db, 999).isEmpty());
    // A statement abandoned after its first row hands nothing stale to the next one.
    {
        Statement q(db, kNames);
        q.bind(Id(1));
        ASSERT_TRUE(q.exec());
        ASSERT_TRUE(q.next());
    }
    EXPECT_EQ(names(db, 1), (QStringList{QStringLiteral("田中0"), QStringLiteral("田中1"),
                                         QStringLiteral("田中2")}));
}

TEST(Statement, TwoOfTheSameTextAtOnceStepIndependently)
{
    test::TestWorkspace ws;
    addPeople(ws, 2);
    Database &db = ws->database();
    names(db, 1); // one compiled form now waits in the pool
    Statement outer(db, kNames);
    outer.bind(Id(1));
    ASSERT_TRUE(outer.exec());
    QStringList pairs;
    while (outer.next()) {
        const QStringList inner = names(db, 1);
        pairs << outer.text(0) + QLatin1Char('/') + QString::number(inner.size());
    }
    EXPECT_EQ(pairs, (QStringList{QStringLiteral("田中0/2"), QStringLiteral("田中1/2")}));
}

TEST(Statement, OnSqliteAStatementLeftHalfReadHoldsNoSnapshotThatStopsACheckpoint)
{
    test::TestWorkspace ws;
    addPeople(ws, 3);
    {
        Statement q(ws->database(), kNames);
        q.bind(Id(1));
        ASSERT_TRUE(q.exec());
        ASSERT_TRUE(q.next());
    } // pooled now, with two rows unread
    test::RawConnection other(ws.path());
    other.scalar(QStringLiteral("CREATE TABLE scratch (x INTEGER)"));
    other.scalar(QStringLiteral("INSERT INTO scratch VALUES (1), (2), (3)"));
    QSqlQuery checkpoint(other.db);
    ASSERT_TRUE(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    ASSERT_TRUE(checkpoint.next());
    EXPECT_EQ(checkpoint.value(0).toInt(), 0) << "the checkpoint was blocked by a reader";
    checkpoint = QSqlQuery();
    // And the pooled statement sees the other connection's change.
    Statement notes(ws->database(), QStringLiteral("SELECT COUNT(*) FROM scratch"));
    ASSERT_TRUE(notes.exec());
    ASSERT_TRUE(notes.next());
    EXPECT_EQ(notes.integer(0), 3);
}
