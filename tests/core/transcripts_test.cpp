#include "services/interviewservice.h"
#include "services/rosterservice.h"
#include "services/searchservice.h"
#include "services/transcriptservice.h"
#include "testworkspace.h"

#include <QCryptographicHash>
#include <QFile>

using namespace shuzai;

namespace {
QByteArray readData(const QString &relative)
{
    QFile f(QStringLiteral(SHUZAI_TEST_DATA "/") + relative);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// The vendor 佐藤 花子 with one interview.
struct Interviewed {
    Interviewed()
    {
        IntervieweeData d;
        d.categoryId = 2;
        d.familyName = QStringLiteral("佐藤");
        d.givenName = QStringLiteral("花子");
        d.familyReading = QStringLiteral("サトウ");
        person = ws->roster().add(1, d)->id;
        Interview i;
        i.intervieweeId = person;
        i.startsAt = QDateTime(QDate(2025, 5, 27), QTime(1, 0), Qt::UTC);
        interview = ws->interviews().create(i)->id;
    }
    Result<Transcript> import(const QString &file, bool confirmed = false)
    {
        TranscriptImport request;
        request.interviewId = interview;
        request.bytes = readData(file);
        request.fileName = file;
        request.confirmed = confirmed;
        return ws->transcripts().import(request);
    }
    QList<Id> hits(const QString &query)
    {
        SearchQuery q;
        q.text = query;
        q.limit = 1000;
        q.includeNotes = false;
        QList<Id> out;
        const auto results = ws->search().search(q);
        for (const SearchHit &h : results->hits)
            out.append(h.row.segmentId);
        return out;
    }
    test::TestWorkspace ws;
    Id person = 0;
    Id interview = 0;
};
} // namespace

TEST(Transcripts, ImportKeepsSegmentsOriginalFileAndGuessesSpeakers)
{
    Interviewed t;
    auto imported = t.import(QStringLiteral("transcripts/zoom-ja.vtt"));
    ASSERT_TRUE(imported) << imported.error().untranslatedMessage().toStdString();
    EXPECT_EQ(imported->segments.size(), 4);
    EXPECT_EQ(imported->sourceFormat, QStringLiteral("vtt"));
    EXPECT_EQ(imported->sourceEncoding, QStringLiteral("UTF-8"));
    EXPECT_EQ(imported->sourceName, QStringLiteral("zoom-ja.vtt"));
    const QByteArray bytes = readData(QStringLiteral("transcripts/zoom-ja.vtt"));
    EXPECT_EQ(*t.ws->transcripts().original(imported->id), bytes);
    EXPECT_EQ(
        imported->sourceSha256,
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    ASSERT_EQ(imported->speakers.size(), 2);
    for (const SpeakerMapping &m : imported->speakers) {
        EXPECT_EQ(m.role, m.label == QStringLiteral("佐藤 花子") ? SpeakerRole::Interviewee
                                                                 : SpeakerRole::Interviewer);
    }
    auto again = t.import(QStringLiteral("transcripts/zoom-ja.vtt"));
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code(), ErrorCode::Duplicate);
}

TEST(Transcripts, SkippedPartsNeedConfirmationAndNothingIsStoredBefore)
{
    Interviewed t;
    const QString file =
        QStringLiteral("corpora/srt/webvtt-py__tests__subtitles__missing_timeframe.srt");
    auto refused = t.import(file);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field(), QStringLiteral("skipped"));
    EXPECT_TRUE(refused.error().untranslatedMessage().contains(QStringLiteral("line 5")));
    EXPECT_TRUE(t.ws->transcripts().forInterview(t.interview)->isEmpty());
    auto confirmed = t.import(file, true);
    ASSERT_TRUE(confirmed);
    EXPECT_EQ(confirmed->segments.size(), 4);
}

TEST(Transcripts, CorrectionsAreVersionedTheOriginalStaysAndSearchFollows)
{
    Interviewed t;
    auto imported = t.import(QStringLiteral("transcripts/zoom-ja.vtt"));
    ASSERT_TRUE(imported);
    const Segment before = imported->segments.at(3);
    EXPECT_EQ(t.hits(QStringLiteral("精度")), QList<Id>{before.id});

    auto edited = t.ws->transcripts().editSegment(
        before.id, before.speaker, QStringLiteral("4bit量子化でも正確さの低下はわずかです。"), 0);
    ASSERT_TRUE(edited);
    EXPECT_EQ(edited->revision, 1);
    EXPECT_EQ(edited->originalText, before.text);
    EXPECT_TRUE(t.hits(QStringLiteral("精度")).isEmpty());
    EXPECT_EQ(t.hits(QStringLiteral("正確さ")), QList<Id>{before.id});

    auto stale =
        t.ws->transcripts().editSegment(before.id, before.speaker, QStringLiteral("別の修正"), 0);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code(), ErrorCode::Conflict);

    auto history = t.ws->transcripts().revisions(before.id);
    ASSERT_TRUE(history);
    ASSERT_EQ(history->size(), 1);
    EXPECT_EQ(history->first().text, before.text);
    EXPECT_EQ(history->first().revision, 0);
}

TEST(Transcripts, AReviewerCannotEditATranscript)
{
    Interviewed t;
    auto imported = t.import(QStringLiteral("transcripts/zoom-ja.vtt"));
    ASSERT_TRUE(imported);
    ASSERT_TRUE(t.ws->setActor(QStringLiteral("reviewer")));
    const Segment s = imported->segments.first();
    auto refused = t.ws->transcripts().editSegment(s.id, s.speaker, QStringLiteral("改ざん"), 0);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code(), ErrorCode::PermissionDenied);
    EXPECT_EQ(t.ws->transcripts().load(imported->id)->segments.first().text, s.text);
}

TEST(Transcripts, SpeakersCanBeMappedToRoles)
{
    Interviewed t;
    auto imported = t.import(QStringLiteral("transcripts/teams-ja.vtt"));
    ASSERT_TRUE(imported);
    ASSERT_TRUE(t.ws->transcripts().mapSpeakers(
        imported->id, {{QStringLiteral("田中 一郎"), SpeakerRole::Interviewer, 2}}));
    auto reloaded = t.ws->transcripts().load(imported->id);
    for (const SpeakerMapping &m : reloaded->speakers) {
        if (m.label == QStringLiteral("田中 一郎")) {
            EXPECT_EQ(m.userId, 2);
        }
    }
    auto unknown = t.ws->transcripts().mapSpeakers(
        imported->id, {{QStringLiteral("鈴木"), SpeakerRole::Interviewee, 0}});
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().field(), QStringLiteral("speaker"));
}
