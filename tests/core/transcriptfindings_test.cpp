// What a user trial of the transcript import found (issue 12), one test per finding: speakers
// made from clock times and sentences, lines that vanished, refusals that named no file, WebVTT
// read differently from the W3C parser, whole books in one segment, YouTube's .sbv.
#include "transcripts/transcriptfile.h"

#include <QSet>
#include <gtest/gtest.h>

using namespace shuzai;

namespace {
Result<ParsedTranscript> parse(const QString &text, const QString &name)
{
    return parseTranscriptFile(text.toUtf8(), name);
}

std::string why(const Result<ParsedTranscript> &r)
{
    return r ? std::string() : r.error().untranslatedMessage().toStdString();
}

// Every line that is not blank, and not the WEBVTT signature, is in a segment or a skipped part.
void expectEveryLineAccountedFor(const QString &text, const ParsedTranscript &parsed)
{
    QSet<int> covered;
    for (const ParsedSegment &s : parsed.segments) {
        EXPECT_LE(s.firstLine, s.lastLine);
        for (int l = s.firstLine; l <= s.lastLine; ++l)
            covered.insert(l);
    }
    for (const SkippedPart &p : parsed.skipped) {
        EXPECT_LE(p.firstLine, p.lastLine);
        for (int l = p.firstLine; l <= p.lastLine; ++l)
            covered.insert(l);
    }
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].trimmed().isEmpty() ||
            (i == 0 && lines[i].startsWith(QLatin1String("WEBVTT"))))
            continue;
        EXPECT_TRUE(covered.contains(i + 1))
            << "line " << i + 1 << " vanished: " << lines[i].toStdString();
    }
}

QString manyCues(int count, const std::function<QString(int)> &text)
{
    QString out = QStringLiteral("WEBVTT\n\n");
    for (int i = 0; i < count; ++i) {
        out += QStringLiteral("%1\n00:%2:%3.000 --> 00:%2:%3.900\n%4\n\n")
                   .arg(i + 1)
                   .arg(i / 60 % 60, 2, 10, QChar(u'0'))
                   .arg(i % 60, 2, 10, QChar(u'0'))
                   .arg(text(i));
    }
    return out;
}
} // namespace

TEST(TranscriptFindings, ClockTimesAreNotSpeakers)
{
    auto ja = parse(QStringLiteral("午後は2:15に集合しました。\n会議は10:30から始まります。\n"),
                    QStringLiteral("memo.txt"));
    ASSERT_TRUE(ja) << why(ja);
    for (const ParsedSegment &s : ja->segments)
        EXPECT_TRUE(s.speaker.isEmpty()) << s.speaker.toStdString();
    ASSERT_GE(ja->segments.size(), 1);
    EXPECT_EQ(ja->segments[0].text, QStringLiteral("午後は2:15に集合しました。"));

    auto vtt = parse(QStringLiteral("WEBVTT\n\n00:01.000 --> 00:02.000\n[automated]\n"
                                    "'The time is 7:35'\n"),
                     QStringLiteral("clock.vtt"));
    ASSERT_TRUE(vtt) << why(vtt);
    ASSERT_EQ(vtt->segments.size(), 1);
    EXPECT_TRUE(vtt->segments[0].speaker.isEmpty());
    EXPECT_EQ(vtt->segments[0].text, QStringLiteral("[automated]\n'The time is 7:35'"));

    auto en = parse(QStringLiteral("The time is 7:35 and we start.\n"), QStringLiteral("en.txt"));
    ASSERT_TRUE(en) << why(en);
    EXPECT_TRUE(en->segments[0].speaker.isEmpty());
}

TEST(TranscriptFindings, SentencesWithAColonInASubtitleFileAreText)
{
    QString srt;
    for (int i = 0; i < 300; ++i) {
        const QString line = i == 150 ? QStringLiteral("Remember: always back up your work.")
                                      : QStringLiteral("Subtitle line number %1.").arg(i);
        srt += QStringLiteral("%1\n00:00:%2,000 --> 00:00:%2,900\n%3\n\n")
                   .arg(i + 1)
                   .arg(i % 60, 2, 10, QChar(u'0'))
                   .arg(line);
    }
    auto r = parse(srt, QStringLiteral("film.srt"));
    ASSERT_TRUE(r) << why(r);
    ASSERT_EQ(r->segments.size(), 300);
    EXPECT_TRUE(r->segments[150].speaker.isEmpty());
    EXPECT_EQ(r->segments[150].text, QStringLiteral("Remember: always back up your work."));
}

TEST(TranscriptFindings, ALabelSeenOnceInAThousandCuesIsText)
{
    const QString text = manyCues(1000, [](int i) {
        if (i == 500)
            return QStringLiteral("注意: ここは本文です");
        return i % 2 ? QStringLiteral("記者: 質問 %1").arg(i)
                     : QStringLiteral("佐藤: 回答 %1").arg(i);
    });
    auto r = parse(text, QStringLiteral("zoom.vtt"));
    ASSERT_TRUE(r) << why(r);
    ASSERT_EQ(r->segments.size(), 1000);
    EXPECT_EQ(r->segments[1].speaker, QStringLiteral("記者"));
    EXPECT_EQ(r->segments[2].speaker, QStringLiteral("佐藤"));
    EXPECT_TRUE(r->segments[500].speaker.isEmpty());
    EXPECT_EQ(r->segments[500].text, QStringLiteral("注意: ここは本文です"));
}

TEST(TranscriptFindings, AWrappedCueKeepsItsSpeaker)
{
    auto r =
        parse(QStringLiteral("WEBVTT\n\n00:01.000 --> 00:04.000\n記者: 一行目です\n二行目です\n\n"
                             "00:05.000 --> 00:06.000\n佐藤: はい\n"),
              QStringLiteral("wrap.vtt"));
    ASSERT_TRUE(r) << why(r);
    ASSERT_EQ(r->segments.size(), 2);
    EXPECT_EQ(r->segments[0].speaker, QStringLiteral("記者"));
    EXPECT_EQ(r->segments[0].text, QStringLiteral("一行目です\n二行目です"));
}

TEST(TranscriptFindings, BracketedSpeakersAndSpeakersOnTheirOwnLine)
{
    auto r = parse(QStringLiteral("【記者】本日はよろしくお願いします。\n【佐藤】こちらこそ。\n\n"
                                  "田中：\nはい、よろしくお願いします。\n"),
                   QStringLiteral("interview.txt"));
    ASSERT_TRUE(r) << why(r);
    ASSERT_EQ(r->segments.size(), 3);
    EXPECT_EQ(r->segments[0].speaker, QStringLiteral("記者"));
    EXPECT_EQ(r->segments[0].text, QStringLiteral("本日はよろしくお願いします。"));
    EXPECT_EQ(r->segments[1].speaker, QStringLiteral("佐藤"));
    EXPECT_EQ(r->segments[2].speaker, QStringLiteral("田中"));
    EXPECT_EQ(r->segments[2].text, QStringLiteral("はい、よろしくお願いします。"));
}

TEST(TranscriptFindings, AHeadingBeforeABlankLineIsKept)
{
    const QString text = QStringLiteral("議題：\n\n小規模言語モデルの導入について。\n");
    auto r = parse(text, QStringLiteral("agenda.txt"));
    ASSERT_TRUE(r) << why(r);
    QStringList texts;
    for (const ParsedSegment &s : r->segments)
        texts << s.speaker + u'|' + s.text;
    EXPECT_TRUE(texts.join(u'\n').contains(QStringLiteral("議題")))
        << texts.join(u'\n').toStdString();
    expectEveryLineAccountedFor(text, *r);
}

TEST(TranscriptFindings, RefusalsNameTheFileAndTheReason)
{
    auto badTimings =
        parse(QStringLiteral("WEBVTT\n\n00:01 --> 00:02\nHello\n\n00:03 --> 00:04\nWorld\n"),
              QStringLiteral("/tmp/somewhere/teams.vtt"));
    ASSERT_FALSE(badTimings);
    const QString message = badTimings.error().untranslatedMessage();
    EXPECT_TRUE(message.contains(QStringLiteral("teams.vtt"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("line 3"), Qt::CaseInsensitive))
        << message.toStdString();
    EXPECT_FALSE(message.contains(QStringLiteral("no transcript text"))) << message.toStdString();

    for (const auto &[bytes, name] :
         {std::pair{QByteArray("Hello\n00:01.000 --> 00:02.000\nx\n"), "talk.vtt"},
          std::pair{QByteArray(), "empty.srt"}, std::pair{QByteArray("\n \n\t\n"), "blank.txt"},
          std::pair{QByteArray("PK\x03\x04garbage"), "notes.txt"},
          std::pair{QByteArray("PK\x03\x04garbage"), "word.docx"}}) {
        auto r = parseTranscriptFile(bytes, QStringLiteral("/data/") + QLatin1String(name));
        ASSERT_FALSE(r) << name;
        EXPECT_TRUE(r.error().untranslatedMessage().contains(QLatin1String(name)))
            << r.error().untranslatedMessage().toStdString();
    }
}

TEST(TranscriptFindings, TeamsShortTimestampsAreRefusedWithTheRule)
{
    auto r = parse(QStringLiteral("WEBVTT\n\n00:00:01.5 --> 00:00:04.2\nこんにちは\n"),
                   QStringLiteral("teams.vtt"));
    ASSERT_FALSE(r);
    const QString message = r.error().untranslatedMessage();
    EXPECT_TRUE(message.contains(QStringLiteral("line 3"), Qt::CaseInsensitive))
        << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("00:00:01.000 --> 00:00:04.000")))
        << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("00:00:01.5"))) << message.toStdString();
}

TEST(TranscriptFindings, WebVttCueSettingsRightAfterTheEndTime)
{
    auto r = parse(QStringLiteral("WEBVTT\n\n00:01.000 --> 00:02.000line:40%\nfirst\n\n"
                                  "00:03.000 --> 00:04.000\tline:0 align:start\nsecond\n"),
                   QStringLiteral("settings.vtt"));
    ASSERT_TRUE(r) << why(r);
    ASSERT_EQ(r->segments.size(), 2);
    EXPECT_EQ(r->segments[0].endMs, 2000);
    EXPECT_EQ(r->segments[1].startMs, 3000);
}

TEST(TranscriptFindings, WebVttAWhitespaceLineBeforeACueIsItsIdentifier)
{
    // The W3C parser: a line holding only a space is not an empty line, so it is the cue's id.
    const QString text =
        QStringLiteral("WEBVTT\n\n \n00:01.000 --> 00:02.000\nHello\n\n00:03.000 --> 00:04.000\n"
                       "World\n");
    auto r = parse(text, QStringLiteral("space.vtt"));
    ASSERT_TRUE(r) << why(r);
    ASSERT_EQ(r->segments.size(), 2);
    EXPECT_EQ(r->segments[0].text, QStringLiteral("Hello"));
    expectEveryLineAccountedFor(text, *r);
}

TEST(TranscriptFindings, EveryLineOfAWebVttFileIsStoredOrListed)
{
    const QString text = QStringLiteral(
        "WEBVTT\nKind: captions\nLanguage: ja\n\nNOTE 収録メモ\n二行目\n\nSTYLE\n::cue { color: "
        "red }\n\n1\n00:01.000 --> 00:02.000\n記者: こんにちは\n\nstray text\n\n2\n"
        "00:03.000 -> 00:04.000\nbroken arrow\n\n3\n00:05.000 --> 00:06.000\n佐藤: はい\n");
    auto r = parse(text, QStringLiteral("all.vtt"));
    ASSERT_TRUE(r) << why(r);
    ASSERT_EQ(r->segments.size(), 2);
    expectEveryLineAccountedFor(text, *r);
}

TEST(TranscriptFindings, PlainTextWithoutBlankLinesIsNotOneSegment)
{
    QString book;
    for (int i = 0; i < 2000; ++i)
        book += QStringLiteral("　彼は%1番目の駅で降りた。雨はまだ止まない。\n").arg(i);
    auto r = parse(book, QStringLiteral("novel.txt"));
    ASSERT_TRUE(r) << why(r);
    EXPECT_GE(r->segments.size(), 2000);
    expectEveryLineAccountedFor(book, *r);
}

TEST(TranscriptFindings, AHugeParagraphIsSplitAtSentenceEnds)
{
    QString paragraph;
    while (paragraph.size() < 60'000)
        paragraph += QStringLiteral("これは長い段落の一文です。");
    auto r = parse(paragraph, QStringLiteral("long.txt"));
    ASSERT_TRUE(r) << why(r);
    ASSERT_GE(r->segments.size(), 10);
    QString joined;
    for (const ParsedSegment &s : r->segments) {
        EXPECT_LE(s.text.size(), transcriptlimits::kMaxSegmentLength);
        EXPECT_TRUE(s.text.endsWith(u'。')) << s.text.right(10).toStdString();
        joined += s.text;
    }
    EXPECT_EQ(joined, paragraph);
}

TEST(TranscriptFindings, YouTubeSbvIsReadWithItsTimes)
{
    const QString sbv = QStringLiteral("0:00:00.599,0:00:04.160\n>> ALICE: Hi, my name is Alice\n"
                                       "and this is a test.\n\n0:00:04.160,0:00:06.770\n"
                                       "So let's get started.\n");
    auto r = parse(sbv, QStringLiteral("captions.sbv"));
    ASSERT_TRUE(r) << why(r);
    EXPECT_EQ(r->format, QStringLiteral("sbv"));
    ASSERT_EQ(r->segments.size(), 2);
    EXPECT_EQ(r->segments[0].startMs, 599);
    EXPECT_EQ(r->segments[0].endMs, 4160);
    EXPECT_EQ(r->segments[1].text, QStringLiteral("So let's get started."));
    for (const ParsedSegment &s : r->segments)
        EXPECT_FALSE(s.text.contains(QStringLiteral("0:00"))) << s.text.toStdString();
    expectEveryLineAccountedFor(sbv, *r);
}

TEST(TranscriptFindings, SrtWithoutBlankLinesBetweenCues)
{
    const QString srt = QStringLiteral("1\n00:00:01,000 --> 00:00:02,000\nFirst\n2\n"
                                       "00:00:03,000 --> 00:00:04,000\nSecond\n");
    auto r = parse(srt, QStringLiteral("tight.srt"));
    ASSERT_TRUE(r) << why(r);
    ASSERT_EQ(r->segments.size(), 2);
    EXPECT_EQ(r->segments[0].text, QStringLiteral("First"));
    EXPECT_EQ(r->segments[1].startMs, 3000);
}

// A cue of a name alone is stored as it is written, and the dry run says so: it was once listed
// as skipped by the first reading while the second stored it (the name being no speaker), or
// dropped without a word (the name being a speaker).
TEST(TranscriptFindings, ACueOfANameAloneIsStoredAndNeverListedAsSkipped)
{
    for (int uses : {0, 30}) {
        const QString text = manyCues(300, [uses](int i) {
            if (i == 150)
                return QStringLiteral("Bob:");
            return i < uses ? QStringLiteral("Bob: point %1.").arg(i)
                            : QStringLiteral("Sentence %1.").arg(i);
        });
        const auto r = parse(text, QStringLiteral("alone.vtt"));
        ASSERT_TRUE(r) << why(r);
        expectEveryLineAccountedFor(text, *r);
        EXPECT_TRUE(r->skipped.isEmpty()) << uses << ": " << r->skipped.constFirst().reason;
        ASSERT_EQ(r->segments.size(), 300) << uses;
        EXPECT_EQ(r->segments[150].text, QStringLiteral("Bob:")) << uses;
        EXPECT_EQ(r->segments[1].speaker, uses ? QStringLiteral("Bob") : QString()) << uses;
    }
}

// Found by the cross-check with mammoth: a document's header fields and sidebars
// ("取材日：…", "囲み：", "注：") became speakers, and the 取材日 turn took in what followed.
TEST(TranscriptFindings, DocumentFieldsAreNotSpeakers)
{
    const QString text = QString::fromUtf8("取材日：2025年5月27日\n場所：本社会議室\n\n"
                                           "山田：本日はよろしくお願いします。\n\n"
                                           "佐藤：こちらこそ。\n\n"
                                           "【囲み】SLMとは\n\n注：数値は2025年5月時点。\n");
    const auto r = parse(text, QStringLiteral("fields.txt"));
    ASSERT_TRUE(r) << why(r);
    QSet<QString> speakers;
    for (const ParsedSegment &s : r->segments)
        speakers.insert(s.speaker);
    EXPECT_EQ(speakers, (QSet<QString>{QString(), QStringLiteral("山田"), QStringLiteral("佐藤")}));
    bool dateKept = false;
    for (const ParsedSegment &s : r->segments)
        dateKept |= s.text.contains(QString::fromUtf8("取材日：2025年5月27日"));
    EXPECT_TRUE(dateKept);
}
