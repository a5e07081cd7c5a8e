#include "people.h"
#include "rawconnection.h"
#include "services/campaignservice.h"
#include "services/interviewservice.h"
#include "services/rosterservice.h"
#include "services/searchservice.h"
#include "services/transcriptservice.h"
#include "storage/bigramtokenizer.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/sqlvalues.h"
#include "testworkspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace shuzai;

namespace {
void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

using test::RawConnection;
using test::someone;

} // namespace

TEST(Database, NewFileIsMigratedToLatestWithWalAndForeignKeys)
{
    test::TestWorkspace ws;
    EXPECT_EQ(ws->database().schemaVersion(), latestSchemaVersion());
    EXPECT_TRUE(ws->database().createdNow());
    QSqlQuery q(ws->database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
}

TEST(Database, ReopeningKeepsDataAndDoesNotSeedTwice)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.db"));
    test::FakeClock clock;
    {
        auto ws = Workspace::openSqlite(path, clock, test::creating());
        ASSERT_TRUE(ws);
    }
    auto again = Workspace::openSqlite(path, clock, test::creating());
    ASSERT_TRUE(again);
    EXPECT_FALSE((*again)->database().createdNow());
    RawConnection raw(path);
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM campaigns")).toInt(), 1);
}

TEST(Database, FileThatIsNotSqliteIsRefusedAndLeftUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    const QByteArray content("これはデータベースではありません\n");
    writeFile(path, content);
    test::FakeClock clock;
    auto ws = Workspace::openSqlite(path, clock);
    ASSERT_FALSE(ws);
    EXPECT_EQ(ws.error().code(), ErrorCode::DatabaseNotSqlite);
    EXPECT_TRUE(ws.error().message().contains(QDir::toNativeSeparators(path)));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), content);
}

TEST(Database, ForeignSqliteDatabaseIsRefused)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    {
        RawConnection raw(path);
        raw.scalar(QStringLiteral("CREATE TABLE things (x)"));
    }
    test::FakeClock clock;
    auto ws = Workspace::openSqlite(path, clock);
    ASSERT_FALSE(ws);
    EXPECT_EQ(ws.error().code(), ErrorCode::DatabaseNotSqlite);
}

TEST(Database, ReadOnlyFileIsRefusedWithItsPath)
{
    test::TestWorkspace first;
    const QString path = first.path();
    first.workspace.reset();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    auto ws = Workspace::openSqlite(path, first.clock);
    ASSERT_FALSE(ws);
    EXPECT_EQ(ws.error().code(), ErrorCode::DatabaseReadOnly);
    EXPECT_TRUE(ws.error().message().contains(QDir::toNativeSeparators(path)));
}

TEST(Database, NewerSchemaIsRefused)
{
    test::TestWorkspace first;
    const QString path = first.path();
    first.workspace.reset();
    {
        RawConnection raw(path);
        raw.scalar(QStringLiteral("INSERT INTO schema_migrations VALUES (999, 'future', 'x')"));
    }
    auto ws = Workspace::openSqlite(path, first.clock);
    ASSERT_FALSE(ws);
    EXPECT_EQ(ws.error().code(), ErrorCode::DatabaseTooNew);
    EXPECT_TRUE(ws.error().untranslatedMessage().contains(QStringLiteral("999")));
}

TEST(Database, OlderSchemaIsBackedUpBeforeMigrating)
{
    test::TestWorkspace first;
    const QString path = first.path();
    first.workspace.reset();
    {
        // Pretend the file is at schema 0 with data in it: a migration must copy it first.
        RawConnection raw(path);
        raw.scalar(QStringLiteral("DELETE FROM schema_migrations"));
        raw.scalar(QStringLiteral("DROP TABLE interviews"));
        raw.scalar(QStringLiteral("INSERT INTO schema_migrations VALUES (0, 'old', 'x')"));
    }
    auto ws = Workspace::openSqlite(path, first.clock);
    // Schema 1 cannot be re-applied over existing tables: the open fails and says so ...
    ASSERT_FALSE(ws);
    // ... but the backup of the untouched file was written first.
    const QStringList backups =
        QDir(first.dir.path()).entryList({QStringLiteral("shuzai.db.v0-*.bak")}, QDir::Files);
    ASSERT_EQ(backups.size(), 1);
    RawConnection raw(first.dir.filePath(backups.first()));
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM campaigns")).toInt(), 1);
}

TEST(Database, LockedFileFailsCleanlyAndWritesNothing)
{
    WorkspaceOptions options;
    options.database.busyTimeoutMs = 100;
    test::TestWorkspace ws(options);
    RawConnection other(ws.path());
    other.scalar(QStringLiteral("BEGIN IMMEDIATE"));
    auto added = ws->roster().add(1, someone());
    ASSERT_FALSE(added);
    EXPECT_EQ(added.error().code(), ErrorCode::DatabaseLocked);
    other.scalar(QStringLiteral("ROLLBACK"));
    EXPECT_EQ(other.scalar(QStringLiteral("SELECT COUNT(*) FROM interviewees")).toInt(), 0);
    // Once the other program lets go, the same change goes through.
    EXPECT_TRUE(ws->roster().add(1, someone()));
}

TEST(Database, FailedTransactionLeavesNoHalfWrittenChange)
{
    test::TestWorkspace ws;
    Database &db = ws->database();
    auto result = db.transact([&]() -> VoidResult {
        QSqlQuery(db.connection())
            .exec(QStringLiteral("INSERT INTO users (login, display_name, role, created_at) "
                                 "VALUES ('temp', 't', 'writer', 'x')"));
        return Error(ErrorCode::InvalidInput, "stop");
    });
    EXPECT_FALSE(result);
    RawConnection raw(ws.path());
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE login = 'temp'")).toInt(),
              0);
}

TEST(Database, OlderSchemaIsUpgradedKeepingDataAndABackup)
{
    test::TestWorkspace first;
    const QString path = first.path();
    ASSERT_TRUE(first->roster().add(1, someone()));
    first.workspace.reset();
    {
        // Schema 8's columns (removed template questions) go as well.
        RawConnection raw(path);
        ASSERT_TRUE(registerBigramTokenizer(raw.db));
        raw.scalar(QStringLiteral("ALTER TABLE questions DROP COLUMN removed_at"));
        raw.scalar(QStringLiteral("ALTER TABLE questions DROP COLUMN removed_after"));
    }
    {
        // Take the file back to schema 2, as an older Shuzai left it.
        RawConnection raw(path);
        ASSERT_TRUE(registerBigramTokenizer(raw.db)); // the schema has FTS tables to re-read
        for (const char *sql : {"DROP TABLE reply_proposal_decisions",
                                "DROP TABLE inbound_messages",
                                "DROP TABLE mailbox_state",
                                "DROP TABLE caldav_busy_events",
                                "DROP TABLE caldav_calendars",
                                "DROP TABLE caldav_published",
                                "DROP TABLE caldav_account",
                                "ALTER TABLE campaigns DROP COLUMN archived_at",
                                "ALTER TABLE campaigns DROP COLUMN letter_heading_mark",
                                "ALTER TABLE campaigns DROP COLUMN letter_list_mark",
                                "ALTER TABLE campaigns DROP COLUMN tentative_slots",
                                "ALTER TABLE categories DROP COLUMN organisation_honorific",
                                "ALTER TABLE categories DROP COLUMN person_honorific",
                                "DROP TABLE audit_log",
                                "DROP TABLE review_corrections",
                                "DROP TABLE review_rounds",
                                "ALTER TABLE campaigns DROP COLUMN review_margin_days",
                                "ALTER TABLE interviewees DROP COLUMN alias",
                                "DROP TABLE letter_templates",
                                "DROP TABLE outreach_letters",
                                "DROP TABLE outreach_replies",
                                "ALTER TABLE campaigns DROP COLUMN follow_up_days",
                                "DROP TABLE interview_history",
                                "DROP TABLE busy_periods",
                                "DROP TABLE database_info",
                                "ALTER TABLE campaigns DROP COLUMN buffer_minutes",
                                "ALTER TABLE interviewees DROP COLUMN time_zone",
                                "ALTER TABLE interviews DROP COLUMN sequence",
                                "DELETE FROM schema_migrations WHERE version > 2"})
            raw.scalar(QLatin1String(sql));
    }
    auto ws = Workspace::openSqlite(path, first.clock);
    ASSERT_TRUE(ws) << ws.error().untranslatedMessage().toStdString();
    EXPECT_EQ((*ws)->database().schemaVersion(), latestSchemaVersion());
    EXPECT_EQ((*ws)->roster().list(1)->size(), 1);
    const QStringList backups =
        QDir(first.dir.path()).entryList({QStringLiteral("shuzai.db.v2-*.bak")}, QDir::Files);
    ASSERT_EQ(backups.size(), 1);
    RawConnection raw(first.dir.filePath(backups.first()));
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT MAX(version) FROM schema_migrations")).toInt(), 2);
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM interviewees")).toInt(), 1);
}

TEST(Database, AFileFromSchema13FindsItsOldAndNewTranscriptsOnceEach)
{
    // Schema 13 indexed each segment by a trigger; 14 indexes a transcript after its rows.
    // A file upgraded between them must neither lose the old index nor index a new row twice.
    test::TestWorkspace first;
    const QString path = first.path();
    QFile f(QStringLiteral(SHUZAI_TEST_DATA "/transcripts/zoom-ja.vtt"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray vtt = f.readAll();
    const auto addTranscript = [&](Workspace &ws, const QString &name) -> VoidResult {
        IntervieweeData d = someone();
        d.email = QFileInfo(name).baseName() + QStringLiteral("@example.jp");
        auto person = ws.roster().add(1, d);
        if (!person)
            return person.error();
        Interview i;
        i.intervieweeId = person->id;
        auto interview = ws.interviews().create(i);
        if (!interview)
            return interview.error();
        if (auto r = ws.transcripts().import({interview->id, vtt, name, {}, true}); !r)
            return r.error();
        return {};
    };
    if (auto r = addTranscript(*first, QStringLiteral("before.vtt")); !r)
        FAIL() << r.error().untranslatedMessage().toStdString();
    first.workspace.reset();
    {
        RawConnection raw(path);
        ASSERT_TRUE(registerBigramTokenizer(raw.db));
        raw.scalar(QStringLiteral(
            "CREATE TRIGGER segment_search_insert AFTER INSERT ON transcript_segments BEGIN "
            "INSERT INTO segment_search (rowid, text) VALUES (new.id, new.text); END"));
        raw.scalar(QStringLiteral("DELETE FROM schema_migrations WHERE version > 13"));
    }
    auto ws = Workspace::openSqlite(path, first.clock);
    ASSERT_TRUE(ws) << ws.error().untranslatedMessage().toStdString();
    ASSERT_EQ((*ws)->database().schemaVersion(), latestSchemaVersion());
    if (auto r = addTranscript(**ws, QStringLiteral("after.vtt")); !r)
        FAIL() << r.error().untranslatedMessage().toStdString();

    SearchQuery q;
    q.text = QStringLiteral("精度の低下");
    const auto found = (*ws)->search().search(q);
    ASSERT_TRUE(found);
    QList<Id> transcripts;
    for (const SearchHit &hit : found->hits)
        transcripts.append(hit.row.transcriptId);
    std::sort(transcripts.begin(), transcripts.end());
    EXPECT_EQ(transcripts, (QList<Id>{1, 2}));
    // The index agrees with the segments, row for row, and merges its parts 16 at a time.
    QSqlQuery check((*ws)->database().connection());
    ASSERT_TRUE(check.exec(QStringLiteral("SELECT v FROM segment_search_config WHERE k = "
                                          "'automerge'")) &&
                check.next());
    EXPECT_EQ(check.value(0).toInt(), 16);
    EXPECT_TRUE(check.exec(QStringLiteral("INSERT INTO segment_search (segment_search, rank) "
                                          "VALUES ('integrity-check', 1)")))
        << check.lastError().text().toStdString();
}

TEST(Database, TheSearchIndexMergesAFullLevelPieceByPieceNotInOneWrite)
{
    // FTS5 merges a level in the write that fills it once the level holds 'crisismerge' parts;
    // only with 'crisismerge' above 'automerge' does the merge start early and spread over
    // later writes (an import on L once stalled 41 s on such a merge).
    test::TestWorkspace ws;
    QSqlQuery config(ws->database().connection());
    ASSERT_TRUE(config.exec(QStringLiteral("SELECT k, v FROM segment_search_config")));
    QHash<QString, int> values;
    while (config.next())
        values.insert(config.value(0).toString(), config.value(1).toInt());
    ASSERT_TRUE(values.contains(QStringLiteral("automerge")));
    ASSERT_TRUE(values.contains(QStringLiteral("crisismerge")));
    EXPECT_GE(values.value(QStringLiteral("crisismerge")),
              2 * values.value(QStringLiteral("automerge")));
}

TEST(Database, ACampaignsTranscriptsAreListedWithoutReadingTheirFiles)
{
    // The original file is stored in the row before imported_at and version, and SQLite reaches
    // a column after a large value by walking all of its pages: the listing (the transcripts
    // screen's) is answered from an index holding what it reads, never from the rows.
    test::TestWorkspace ws;
    QSqlQuery plan(ws->database().connection());
    ASSERT_TRUE(plan.exec(QStringLiteral(
        "EXPLAIN QUERY PLAN SELECT id, interview_id, source_name, source_format, "
        "source_encoding, source_sha256, imported_at, version FROM transcripts WHERE "
        "interview_id IN (SELECT i.id FROM interviews i JOIN interviewees p ON p.id = "
        "i.interviewee_id WHERE p.campaign_id = 1) ORDER BY id")));
    QStringList steps;
    while (plan.next())
        steps.append(plan.value(3).toString());
    EXPECT_TRUE(steps.filter(QStringLiteral("COVERING INDEX transcripts_meta")).size() == 1)
        << steps.join(u'\n').toStdString();

    // And what it lists is the transcript's own particulars.
    const Id person = ws->roster().add(1, test::someone()).value().id;
    Interview interview;
    interview.intervieweeId = person;
    const Id interviewId = ws->interviews().create(interview)->id;
    TranscriptImport request{interviewId,
                             QByteArray("WEBVTT\n\n00:00:01.000 --> "
                                        "00:00:02.000\nこんにちは\n"),
                             QStringLiteral("greeting.vtt"),
                             {},
                             true};
    auto stored = ws->transcripts().import(request);
    ASSERT_TRUE(stored) << stored.error().untranslatedMessage().toStdString();
    auto listed = ws->transcripts().forCampaign(1);
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 1);
    EXPECT_EQ(listed->first().id, stored->id);
    EXPECT_EQ(listed->first().interviewId, interviewId);
    EXPECT_EQ(listed->first().sourceName, QStringLiteral("greeting.vtt"));
    EXPECT_EQ(listed->first().version, 1);
    EXPECT_EQ(listed->first().importedAt, ws.clock.now());
}

TEST(Database, ACampaignsEmailAddressesAreCheckedInTheirIndex)
{
    // Every add and edit asks whether the address is already used in the campaign. The index is
    // partial (addresses only), and SQLite uses it only for a query that repeats its condition:
    // without it, each check read the whole roster (4,000 rows at L).
    test::TestWorkspace ws;
    QSqlQuery plan(ws->database().connection());
    ASSERT_TRUE(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM interviewees WHERE "
                                         "campaign_id = 1 AND email_key = 'a@example.jp' AND "
                                         "email_key <> '' AND id <> 0")));
    QStringList steps;
    while (plan.next())
        steps.append(plan.value(3).toString());
    EXPECT_EQ(steps.filter(QStringLiteral("interviewees_campaign_email")).size(), 1)
        << steps.join(u'\n').toStdString();
    // An incoming mail's sender is looked for across campaigns, in an index of its own.
    ASSERT_TRUE(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM interviewees WHERE "
                                         "email_key = 'a@example.jp' AND email_key <> ''")));
    steps.clear();
    while (plan.next())
        steps.append(plan.value(3).toString());
    EXPECT_EQ(steps.filter(QStringLiteral("interviewees_email")).size(), 1)
        << steps.join(u'\n').toStdString();
    // And the check itself still refuses a second use of an address, in any case.
    ASSERT_TRUE(ws->roster().add(1, test::someone(QStringLiteral("Sato@Example.jp"))));
    auto again = ws->roster().add(1, test::someone(QStringLiteral("sato@example.JP")));
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code(), ErrorCode::Duplicate);
}

TEST(Database, StoredTimesReadBackAsTheSameInstantsInUtc)
{
    const QTimeZone tokyo("Asia/Tokyo");
    for (const QDateTime &t :
         {QDateTime(QDate(2025, 5, 27), QTime(10, 0), tokyo),
          QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), QTimeZone::utc()),
          QDateTime(QDate(2026, 1, 1), QTime(0, 0, 0, 7), QTimeZone::utc()),
          QDateTime(QDate(1999, 12, 31), QTime(9, 30, 5, 120), tokyo)}) {
        const QDateTime back = sqlvalues::toTimestamp(sqlvalues::timestamp(t));
        EXPECT_EQ(back, t) << sqlvalues::timestamp(t).toStdString();
        EXPECT_EQ(back.timeSpec(), Qt::TimeZone) << back.timeZone().id().toStdString();
        EXPECT_EQ(back.offsetFromUtc(), 0);
        EXPECT_EQ(back.time().msec(), t.time().msec());
    }
    // Written by older versions or by hand in a SQL shell.
    EXPECT_EQ(sqlvalues::toTimestamp(QStringLiteral("2025-05-20T01:02:03Z")),
              QDateTime(QDate(2025, 5, 20), QTime(1, 2, 3), QTimeZone::utc()));
    EXPECT_EQ(sqlvalues::toTimestamp(QStringLiteral("2025-05-20T10:02:03.500+09:00")),
              QDateTime(QDate(2025, 5, 20), QTime(1, 2, 3, 500), QTimeZone::utc()));
    EXPECT_FALSE(sqlvalues::toTimestamp(QStringLiteral("2025-13-20T01:02:03.000Z")).isValid());
    EXPECT_FALSE(sqlvalues::toTimestamp(QStringLiteral("2025-02-30T01:02:03.000Z")).isValid());
    EXPECT_FALSE(sqlvalues::toTimestamp(QStringLiteral("2025-05-20T25:02:03.000Z")).isValid());
    EXPECT_FALSE(sqlvalues::toTimestamp(QString()).isValid());
}

TEST(Database, FirstRunInterruptedBeforeSeedingIsSeededNextTime)
{
    test::TestWorkspace first;
    const QString path = first.path();
    first.workspace.reset();
    {
        RawConnection raw(path);
        raw.scalar(QStringLiteral("DELETE FROM availability_windows"));
        raw.scalar(QStringLiteral("DELETE FROM campaigns"));
        raw.scalar(QStringLiteral("DELETE FROM users"));
    }
    // An ordinary open only reads what is there ...
    {
        auto plain = Workspace::openSqlite(path, first.clock);
        ASSERT_TRUE(plain);
        EXPECT_EQ((*plain)->campaigns().list()->size(), 0);
    }
    // ... and init (which may create) seeds it.
    auto ws = Workspace::openSqlite(path, first.clock, test::creating());
    ASSERT_TRUE(ws);
    EXPECT_EQ((*ws)->campaigns().list()->size(), 1);
    EXPECT_EQ((*ws)->actor().role, Role::Editor);
}

TEST(Database, MissingFileIsAnErrorNamingItAndNothingIsCreated)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("moved/away.db"));
    test::FakeClock clock;
    auto ws = Workspace::openSqlite(path, clock);
    ASSERT_FALSE(ws);
    EXPECT_EQ(ws.error().code(), ErrorCode::DatabaseMissing);
    EXPECT_TRUE(ws.error().message().contains(QDir::toNativeSeparators(path)));
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("moved"))));
}

TEST(Database, EmptyFileIsAnErrorAndStaysEmpty)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("truncated.db"));
    writeFile(path, {});
    test::FakeClock clock;
    auto ws = Workspace::openSqlite(path, clock);
    ASSERT_FALSE(ws);
    EXPECT_EQ(ws.error().code(), ErrorCode::DatabaseMissing);
    EXPECT_TRUE(ws.error().message().contains(QDir::toNativeSeparators(path)));
    EXPECT_EQ(QFileInfo(path).size(), 0);
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}

TEST(Database, ReadOnlyFileCanBeReadWhenOpenedForReading)
{
    test::TestWorkspace first;
    const QString path = first.path();
    ASSERT_TRUE(first->roster().add(1, someone()));
    first.workspace.reset();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    WorkspaceOptions reading;
    reading.database.readOnly = true;
    auto ws = Workspace::openSqlite(path, first.clock, reading);
    ASSERT_TRUE(ws) << ws.error().untranslatedMessage().toStdString();
    EXPECT_EQ((*ws)->roster().list(1)->size(), 1);
    // A write through it fails plainly instead of half-happening.
    auto added = (*ws)->roster().add(1, someone(QStringLiteral("b@example.jp")));
    ASSERT_FALSE(added);
    EXPECT_EQ(added.error().code(), ErrorCode::DatabaseReadOnly);
}

TEST(Database, ReadingTakesNoWriteLockAndIsNotHeldUpByAWriter)
{
    WorkspaceOptions options;
    options.database.busyTimeoutMs = 100;
    test::TestWorkspace ws(options);
    ASSERT_TRUE(ws->roster().add(1, someone()));
    RawConnection other(ws.path());
    other.scalar(QStringLiteral("BEGIN IMMEDIATE"));
    other.scalar(QStringLiteral("DELETE FROM interview_history"));
    WorkspaceOptions reading;
    reading.database.readOnly = true;
    reading.database.busyTimeoutMs = 100;
    auto reader = Workspace::openSqlite(ws.path(), ws.clock, reading);
    ASSERT_TRUE(reader) << reader.error().untranslatedMessage().toStdString();
    EXPECT_EQ((*reader)->roster().list(1)->size(), 1);
    other.scalar(QStringLiteral("ROLLBACK"));
}

TEST(Database, MessageArgumentsAreNotReinterpreted)
{
    const Error e(ErrorCode::Duplicate, "The e-mail address %1 is already used by %2.",
                  {QStringLiteral("a%2b@example.jp"), QStringLiteral("佐藤")});
    EXPECT_EQ(e.untranslatedMessage(),
              QStringLiteral("The e-mail address a%2b@example.jp is already used by 佐藤."));
}
