#include "rawconnection.h"
#include "services/answerservice.h"
#include "services/auditservice.h"
#include "services/interviewservice.h"
#include "services/reviewservice.h"
#include "services/rosterservice.h"
#include "services/transcriptservice.h"
#include "storage/database.h"
#include "testworkspace.h"
#include "util/japaneseholidays.h"
#include "util/textdiff.h"

#include <QFile>

using namespace shuzai;

namespace {
// The Cabinet Office's published lists (内閣府「国民の祝日について」).
const QStringList kHolidays2025{
    QStringLiteral("2025-01-01"), QStringLiteral("2025-01-13"), QStringLiteral("2025-02-11"),
    QStringLiteral("2025-02-23"), QStringLiteral("2025-02-24"), QStringLiteral("2025-03-20"),
    QStringLiteral("2025-04-29"), QStringLiteral("2025-05-03"), QStringLiteral("2025-05-04"),
    QStringLiteral("2025-05-05"), QStringLiteral("2025-05-06"), QStringLiteral("2025-07-21"),
    QStringLiteral("2025-08-11"), QStringLiteral("2025-09-15"), QStringLiteral("2025-09-23"),
    QStringLiteral("2025-10-13"), QStringLiteral("2025-11-03"), QStringLiteral("2025-11-23"),
    QStringLiteral("2025-11-24")};
const QStringList kHolidays2026{
    QStringLiteral("2026-01-01"), QStringLiteral("2026-01-12"), QStringLiteral("2026-02-11"),
    QStringLiteral("2026-02-23"), QStringLiteral("2026-03-20"), QStringLiteral("2026-04-29"),
    QStringLiteral("2026-05-03"), QStringLiteral("2026-05-04"), QStringLiteral("2026-05-05"),
    QStringLiteral("2026-05-06"), QStringLiteral("2026-07-20"), QStringLiteral("2026-08-11"),
    QStringLiteral("2026-09-21"), QStringLiteral("2026-09-22"), QStringLiteral("2026-09-23"),
    QStringLiteral("2026-10-12"), QStringLiteral("2026-11-03"), QStringLiteral("2026-11-23")};

QStringList holidaysOf(int year)
{
    QStringList out;
    for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1)) {
        if (isJapaneseHoliday(d))
            out.append(d.toString(Qt::ISODate));
    }
    return out;
}

// A vendor with an imported Zoom transcript; the writer links an answer and picks a quote.
struct Reviewed {
    explicit Reviewed(Attribution attribution = Attribution::NameAndAffiliation)
    {
        IntervieweeData d;
        d.categoryId = 2;
        d.familyName = QStringLiteral("佐藤");
        d.givenName = QStringLiteral("花子");
        d.familyReading = QStringLiteral("サトウ");
        d.organisation = QStringLiteral("エッジAI株式会社");
        d.email = QStringLiteral("sato@example.co.jp");
        d.attribution = attribution;
        person = ws->roster().add(1, d)->id;
        Interview i;
        i.intervieweeId = person;
        const Id interview = ws->interviews().create(i)->id;
        QFile f(QStringLiteral(SHUZAI_TEST_DATA "/transcripts/zoom-ja.vtt"));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        TranscriptImport request{interview, f.readAll(), QStringLiteral("zoom.vtt"), {}, true};
        segments = ws->transcripts().import(request)->segments;
        EXPECT_TRUE(ws->setActor(QStringLiteral("writer")));
        EXPECT_TRUE(ws->answers().link(segments[1].id, 1));
        EXPECT_TRUE(ws->answers().addQuote(segments[2].id, 0, 0, {}));
    }
    QByteArray digest() { return test::RawConnection::databaseDigest(ws->database().connection()); }
    test::TestWorkspace ws;
    Id person = 0;
    QList<Segment> segments;
};
} // namespace

TEST(JapaneseHolidays, MatchTheCabinetOfficeLists)
{
    EXPECT_EQ(holidaysOf(2025), kHolidays2025);
    EXPECT_EQ(holidaysOf(2026), kHolidays2026);
    EXPECT_EQ(japaneseHolidayName(QDate(2026, 9, 22)), QStringLiteral("国民の休日"));
    EXPECT_EQ(japaneseHolidayName(QDate(2025, 11, 24)), QStringLiteral("振替休日"));
    EXPECT_EQ(japaneseHolidayName(QDate(2021, 7, 23)), QStringLiteral("スポーツの日"));
    EXPECT_TRUE(isJapaneseHoliday(QDate(2019, 5, 1)));
    EXPECT_FALSE(isJapaneseHoliday(QDate(2019, 12, 23)));
}

TEST(JapaneseHolidays, WorkingDaysSkipWeekendsAndHolidays)
{
    // The sample campaign publishes on Thursday 12 June 2025: five working days back is the 5th.
    EXPECT_EQ(workingDaysBefore(QDate(2025, 6, 12), 5), QDate(2025, 6, 5));
    // Across Golden Week 2026: 6, 5 and 4 May are holidays, 2 and 3 May a weekend.
    EXPECT_EQ(workingDaysBefore(QDate(2026, 5, 8), 3), QDate(2026, 4, 30));
    EXPECT_EQ(workingDaysBefore(QDate(2025, 11, 25), 1), QDate(2025, 11, 21));
    EXPECT_EQ(workingDaysBefore(QDate(2025, 6, 12), 0), QDate(2025, 6, 12));
}

TEST(TextDiff, ShowsExactlyTheChangedCharacters)
{
    using K = DiffRun::Kind;
    EXPECT_EQ(
        diffText(QStringLiteral("日本語処理において"), QStringLiteral("日本語の処理において")),
        (QList<DiffRun>{{K::Same, QStringLiteral("日本語")},
                        {K::Added, QStringLiteral("の")},
                        {K::Same, QStringLiteral("処理において")}}));
    EXPECT_EQ(
        diffText(QStringLiteral("弊社のSLMは高速です"), QStringLiteral("当社のSLMは高速です")),
        (QList<DiffRun>{{K::Removed, QStringLiteral("弊")},
                        {K::Added, QStringLiteral("当")},
                        {K::Same, QStringLiteral("社のSLMは高速です")}}));
    // A character outside the BMP counts as one.
    EXPECT_EQ(diffText(QStringLiteral("𠮷野家へ"), QStringLiteral("吉野家へ")),
              (QList<DiffRun>{{K::Removed, QStringLiteral("𠮷")},
                              {K::Added, QStringLiteral("吉")},
                              {K::Same, QStringLiteral("野家へ")}}));
    EXPECT_EQ(diffText(QString(), QStringLiteral("新")),
              (QList<DiffRun>{{K::Added, QStringLiteral("新")}}));
    EXPECT_TRUE(diffText(QStringLiteral("同じ"), QStringLiteral("同じ")).size() == 1);
}

TEST(Review, ASnapshotNeverChangesAndACorrectionIsADiffAgainstIt)
{
    Reviewed r;
    ASSERT_TRUE(r.ws->setActor(QStringLiteral("reviewer")));
    auto round = r.ws->review().send(r.person, ReviewChannel::Email);
    ASSERT_TRUE(round) << round.error().untranslatedMessage().toStdString();
    EXPECT_EQ(round->number, 1);
    EXPECT_EQ(round->dueDate, QDate(2025, 6, 5));
    const QList<ReviewItem> items = itemsFromSnapshot(round->snapshot);
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items[0].kind, QStringLiteral("quote"));
    EXPECT_EQ(items[0].text, r.segments[2].text);
    EXPECT_EQ(items[1].kind, QStringLiteral("excerpt"));
    EXPECT_TRUE(items[1].question.startsWith(QStringLiteral("1. ")));
    EXPECT_EQ(r.ws->roster().load(r.person)->data.status, PipelineStatus::InReview);
    auto again = r.ws->review().send(r.person, ReviewChannel::Email);
    EXPECT_FALSE(again); // still awaiting a response

    // The writer edits the transcript afterwards: what was sent stays byte for byte.
    ASSERT_TRUE(r.ws->setActor(QStringLiteral("writer")));
    ASSERT_TRUE(r.ws->transcripts().editSegment(r.segments[2].id, r.segments[2].speaker,
                                                QStringLiteral("書き換えた本文"), 0));
    const QByteArray stored = r.ws->review().rounds(r.person)->first().snapshot;
    EXPECT_EQ(stored, round->snapshot);
    // Not even SQL can change it.
    {
        QSqlQuery q(r.ws->database().connection());
        EXPECT_FALSE(q.exec(QStringLiteral("UPDATE review_rounds SET snapshot = 'x'")));
    }
    EXPECT_EQ(r.ws->review().rounds(r.person)->first().snapshot, round->snapshot);

    ASSERT_TRUE(r.ws->setActor(QStringLiteral("reviewer")));
    QString corrected = items[0].text;
    corrected.insert(2, QStringLiteral("（弊社）"));
    auto correction =
        r.ws->review().recordCorrection(r.person, 1, corrected, QStringLiteral("社名"));
    ASSERT_TRUE(correction) << correction.error().untranslatedMessage().toStdString();
    EXPECT_EQ(correction->original, items[0].text);
    const QList<DiffRun> diff = diffText(correction->original, correction->corrected);
    ASSERT_EQ(diff.size(), 3);
    EXPECT_EQ(diff[1].kind, DiffRun::Kind::Added);
    EXPECT_EQ(diff[1].text, QStringLiteral("（弊社）"));
    EXPECT_EQ(r.ws->review().status(r.person).value(), ReviewStatus::CorrectionsRequested);
    EXPECT_FALSE(r.ws->review().recordCorrection(r.person, 3, QStringLiteral("x")));
}

TEST(Review, OnlyAReviewerApprovesAndAReviewerCannotEditTranscripts)
{
    Reviewed r;
    ASSERT_TRUE(r.ws->setActor(QStringLiteral("reviewer")));
    ASSERT_TRUE(r.ws->review().send(r.person, ReviewChannel::Pdf));

    ASSERT_TRUE(r.ws->setActor(QStringLiteral("writer")));
    QByteArray before = r.digest();
    auto denied = r.ws->review().approve(r.person);
    ASSERT_FALSE(denied);
    EXPECT_EQ(denied.error().code(), ErrorCode::PermissionDenied);
    EXPECT_TRUE(denied.error().message().contains(QStringLiteral("approve")))
        << denied.error().message().toStdString();
    EXPECT_EQ(r.digest(), before);
    ASSERT_TRUE(r.ws->setActor(QStringLiteral("editor")));
    EXPECT_FALSE(r.ws->review().approve(r.person));
    EXPECT_EQ(r.digest(), before);

    ASSERT_TRUE(r.ws->setActor(QStringLiteral("reviewer")));
    auto edit = r.ws->transcripts().editSegment(r.segments[1].id, r.segments[1].speaker,
                                                QStringLiteral("改ざん"), 0);
    ASSERT_FALSE(edit);
    EXPECT_EQ(edit.error().code(), ErrorCode::PermissionDenied);
    EXPECT_EQ(r.digest(), before);

    auto approved = r.ws->review().approve(r.person, QStringLiteral("電話で了承"));
    ASSERT_TRUE(approved);
    EXPECT_EQ(approved->status, ReviewStatus::Approved);
    EXPECT_EQ(approved->decidedBy, QStringLiteral("reviewer"));
    EXPECT_EQ(r.ws->roster().load(r.person)->data.status, PipelineStatus::Approved);
    EXPECT_TRUE(isPublishable(r.ws->review().status(r.person).value()));
    EXPECT_FALSE(r.ws->review().approve(r.person)); // already approved
}

TEST(Audit, EveryStepIsLoggedAndTheLogCannotBeRewritten)
{
    Reviewed r;
    ASSERT_TRUE(r.ws->setActor(QStringLiteral("reviewer")));
    ASSERT_TRUE(r.ws->review().send(r.person, ReviewChannel::Email));
    r.ws.clock.advanceSecs(3600);
    ASSERT_TRUE(r.ws->review().recordCorrection(r.person, 2, QStringLiteral("修正後の文")));
    r.ws.clock.advanceSecs(3600);
    ASSERT_TRUE(r.ws->review().approve(r.person));
    ASSERT_TRUE(r.ws->setActor(QStringLiteral("writer")));
    ASSERT_TRUE(r.ws->transcripts().editSegment(r.segments[0].id, r.segments[0].speaker,
                                                QStringLiteral("直した"), 0));

    auto all = r.ws->audit().list({});
    ASSERT_TRUE(all);
    QStringList actions;
    for (const AuditEntry &e : *all)
        actions.append(e.action);
    EXPECT_EQ(
        actions,
        // The transcript of the (undated) interview made the person interviewed (取材済み).
        (QStringList{QStringLiteral("interviewee.added"), QStringLiteral("interview.added"),
                     QStringLiteral("interviewee.status"), QStringLiteral("transcript.imported"),
                     QStringLiteral("review.sent"), QStringLiteral("interviewee.status"),
                     QStringLiteral("review.correction"), QStringLiteral("review.approved"),
                     QStringLiteral("interviewee.status"), QStringLiteral("transcript.edited")}));
    EXPECT_EQ(all->at(2).after, QStringLiteral("interviewed"));
    const AuditEntry &approval = all->at(7);
    EXPECT_EQ(approval.actor, QStringLiteral("reviewer"));
    EXPECT_EQ(approval.before, QStringLiteral("corrections_requested"));
    EXPECT_EQ(approval.after, QStringLiteral("approved_with_changes"));
    EXPECT_EQ(all->at(9).before, r.segments[0].text);
    EXPECT_EQ(all->at(9).after, QStringLiteral("直した"));

    AuditFilter reviews;
    reviews.action = QStringLiteral("review.");
    EXPECT_EQ(r.ws->audit().list(reviews)->size(), 3);
    AuditFilter later;
    later.since = all->at(7).at;
    EXPECT_EQ(r.ws->audit().list(later)->size(), 3);

    QSqlQuery q(r.ws->database().connection());
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE audit_log SET actor = 'someone'")));
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM audit_log")));
    EXPECT_EQ(r.ws->audit().list({})->size(), 10);
}

TEST(Audit, AnAnonymousPersonIsExportedUnderTheirAlias)
{
    Reviewed r(Attribution::Anonymous);
    ASSERT_TRUE(r.ws->setActor(QStringLiteral("reviewer")));
    ASSERT_TRUE(r.ws->review().send(r.person, ReviewChannel::Email));
    const auto overview = r.ws->review().overview(1);
    ASSERT_EQ(overview->size(), 1);
    EXPECT_EQ(overview->first().name, QStringLiteral("A社 担当者"));
    for (auto format : {AuditService::Format::Csv, AuditService::Format::Json}) {
        const QString text = QString::fromUtf8(*r.ws->audit().exported({}, format));
        EXPECT_TRUE(text.contains(QStringLiteral("A社 担当者"))) << text.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("佐藤"))) << text.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("花子")));
    }
    // The editor names the alias; exports follow.
    ASSERT_TRUE(r.ws->setActor(QStringLiteral("editor")));
    auto person = r.ws->roster().load(r.person);
    IntervieweeData d = person->data;
    d.alias = QStringLiteral("X社 開発担当");
    ASSERT_TRUE(r.ws->roster().update(r.person, d, person->version));
    EXPECT_EQ(r.ws->review().overview(1)->first().name, QStringLiteral("X社 開発担当"));
    // The edit is logged by which fields changed, never their values.
    const AuditEntry last = r.ws->audit().list({})->constLast();
    EXPECT_EQ(last.action, QStringLiteral("interviewee.edited"));
    EXPECT_EQ(last.after, QStringLiteral("alias"));
    const QString csv = QString::fromUtf8(*r.ws->audit().exported({}, AuditService::Format::Csv));
    EXPECT_FALSE(csv.contains(QStringLiteral("佐藤")));
    EXPECT_TRUE(csv.contains(QStringLiteral("X社 開発担当")));
}

// What goes to a person for checking is theirs alone, however many others in the campaign have
// answers linked (only their own transcripts are read).
TEST(Review, ThePacketHoldsOnlyThePersonsOwnAnswers)
{
    Reviewed r;
    IntervieweeData d;
    d.categoryId = 2;
    d.familyName = QStringLiteral("鈴木");
    d.familyReading = QStringLiteral("スズキ");
    ASSERT_TRUE(r.ws->setActor(QStringLiteral("editor")));
    const Id other = r.ws->roster().add(1, d)->id;
    Interview i;
    i.intervieweeId = other;
    const Id interview = r.ws->interviews().create(i)->id;
    QFile f(QStringLiteral(SHUZAI_TEST_DATA "/transcripts/zoom-ja.vtt"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    TranscriptImport request{interview, f.readAll(), QStringLiteral("zoom2.vtt"), {}, true};
    const QList<Segment> theirs = r.ws->transcripts().import(request)->segments;
    ASSERT_TRUE(r.ws->setActor(QStringLiteral("writer")));
    ASSERT_TRUE(r.ws->answers().link(theirs[3].id, 2));

    auto mine = r.ws->review().currentItems(r.person);
    ASSERT_TRUE(mine) << mine.error().untranslatedMessage().toStdString();
    ASSERT_EQ(mine->size(), 2);
    for (const ReviewItem &item : *mine)
        EXPECT_NE(item.text, theirs[3].text);
    auto others = r.ws->review().currentItems(other);
    ASSERT_TRUE(others);
    ASSERT_EQ(others->size(), 1);
    EXPECT_EQ(others->first().text, theirs[3].text);
    EXPECT_TRUE(others->first().question.startsWith(QStringLiteral("2. ")));
}
