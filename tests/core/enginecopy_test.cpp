#include "services/answerservice.h"
#include "services/auditservice.h"
#include "services/campaignservice.h"
#include "services/interviewservice.h"
#include "services/outreachservice.h"
#include "services/reviewservice.h"
#include "services/rosterservice.h"
#include "services/searchservice.h"
#include "services/transcriptservice.h"
#include "storage/enginecopy.h"
#include "testworkspace.h"
#include "json/jsonformat.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <iostream>

using namespace shuzai;

namespace {
// What a user would notice of a database: the roster, the audit log, search results and the
// outreach log, as exported.
QByteArray exports(Workspace &ws)
{
    QByteArray out;
    QJsonArray roster;
    auto campaign = ws.campaigns().load(1);
    if (!campaign) {
        ADD_FAILURE() << campaign.error().untranslatedMessage().toStdString();
        return {};
    }
    const auto people = ws.roster().list(1);
    for (const Interviewee &i : *people)
        roster.append(json::interviewee(i, *campaign));
    out += QJsonDocument(roster).toJson();
    out += *ws.audit().exported({}, AuditService::Format::Csv);
    for (const char *query : {"量子", "モデル", "精度の低下"}) {
        SearchQuery q;
        q.text = QString::fromUtf8(query);
        q.limit = 5000;
        const auto found = ws.search().search(q);
        for (const SearchHit &hit : found->hits)
            out += QByteArray::number(hit.row.segmentId) + ':' + hit.row.text.toUtf8() + '\n';
    }
    const auto letters = ws.outreach().log(1);
    for (const OutreachRecord &r : *letters)
        out += r.message;
    return out;
}
} // namespace

// Runs in core_tests_on_postgresql only (skipped on the SQLite run), so its name must not say
// "Sqlite": that run leaves such tests out.
TEST(EngineCopy, AFileGoesToTheServerAndBackKeepingEveryRecordAndSearch)
{
    const QString server = qEnvironmentVariable("SHUZAI_TEST_POSTGRES");
    if (server.isEmpty())
        GTEST_SKIP() << "needs the team server (tests/support/with-postgres.sh)";
    test::FakeClock clock;
    QTemporaryDir dir;
    auto source =
        Workspace::openSqlite(dir.filePath(QStringLiteral("source.db")), clock, test::creating());
    ASSERT_TRUE(source);
    Workspace &ws = **source;

    // The sample campaign and 1,000 more people, each interviewed with a transcript.
    QFile f(QStringLiteral(SHUZAI_TEST_DATA "/transcripts/zoom-ja.vtt"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray vtt = f.readAll();
    QElapsedTimer generating;
    generating.start();
    for (int n = 1; n <= 1000; ++n) {
        IntervieweeData d;
        d.categoryId = 1 + n % 3;
        d.familyName = QStringLiteral("取材先");
        d.givenName = QString::number(n);
        d.email = QStringLiteral("p%1@example.jp").arg(n);
        d.attribution = n % 10 == 0 ? Attribution::Anonymous : Attribution::NameAndAffiliation;
        d.notes = n % 7 == 0 ? QStringLiteral("量子化に詳しい") : QString();
        const Id person = ws.roster().add(1, d)->id;
        Interview i;
        i.intervieweeId = person;
        const Id interview = ws.interviews().create(i)->id;
        ASSERT_TRUE(ws.transcripts().import(
            {interview, vtt, QStringLiteral("zoom-%1.vtt").arg(n), {}, true}));
        if (n % 50 == 0) {
            ASSERT_TRUE(ws.outreach().record(person, OutreachRecord::Kind::Sent,
                                             QByteArray("Subject: x\r\n\r\nletter ") +
                                                 QByteArray::number(n) + "\r\n"));
            ASSERT_TRUE(ws.outreach().recordReply(person, OutreachReply::Kind::Accepted));
        }
    }
    const Id reviewed = 1;
    ASSERT_TRUE(ws.answers().addQuote(2, 0, 0, {}));
    ASSERT_TRUE(ws.setActor(QStringLiteral("reviewer")));
    ASSERT_TRUE(ws.review().send(reviewed, ReviewChannel::Email));
    ASSERT_TRUE(ws.review().recordCorrection(reviewed, 1, QStringLiteral("直した引用")));
    std::cout << "generated in " << generating.elapsed() << " ms\n";

    const QString pgUrl =
        QStringLiteral("postgresql://shuzai_admin:%1@%2:%3/copy%4")
            .arg(server.section(u':', 2), server.section(u':', 0, 0), server.section(u':', 1, 1))
            .arg(QCoreApplication::applicationPid());
    auto onServer = Workspace::openDatabase(pgUrl, clock);
    ASSERT_TRUE(onServer) << onServer.error().untranslatedMessage().toStdString();
    auto there = enginecopy::copy(ws.database(), **onServer);
    ASSERT_TRUE(there) << there.error().untranslatedMessage().toStdString();
    auto back = Workspace::openDatabase(dir.filePath(QStringLiteral("back.db")), clock, true);
    ASSERT_TRUE(back);
    auto again = enginecopy::copy(**onServer, **back);
    ASSERT_TRUE(again) << again.error().untranslatedMessage().toStdString();
    const auto original = enginecopy::checksums(ws.database());
    EXPECT_EQ(*again, *original);
    qint64 rows = 0;
    for (const TableChecksum &t : *original)
        rows += t.rows;
    EXPECT_GT(rows, 5000);

    // A second copy into a database that holds data is refused.
    EXPECT_FALSE(enginecopy::copy(ws.database(), **onServer));

    // The round trip's exports are the original's, byte for byte.
    onServer->reset();
    back->reset();
    auto returned = Workspace::openSqlite(dir.filePath(QStringLiteral("back.db")), clock);
    ASSERT_TRUE(returned);
    const QByteArray expected = exports(ws);
    EXPECT_GT(expected.size(), 1000);
    EXPECT_EQ(exports(**returned).toStdString(), expected.toStdString());
}
