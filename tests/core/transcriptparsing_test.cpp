#include "qtprinters.h"
#include "testdata.h"
#include "transcripts/textdecoding.h"
#include "transcripts/transcriptfile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <gtest/gtest.h>

using namespace shuzai;

namespace {
using test::dataPath;
using test::readData;
Result<ParsedTranscript> parseData(const QString &relative, const TranscriptFileOptions &o = {})
{
    return parseTranscriptFile(readData(relative), relative, o);
}

// An independent encoder: glibc's iconv, as the issue asks.
QByteArray iconv(const QByteArray &utf8, const char *to)
{
    QProcess p;
    p.start(QStringLiteral("iconv"), {QStringLiteral("-f"), QStringLiteral("UTF-8"),
                                      QStringLiteral("-t"), QLatin1String(to)});
    p.write(utf8);
    p.closeWriteChannel();
    EXPECT_TRUE(p.waitForFinished(10000));
    EXPECT_EQ(p.exitCode(), 0) << to;
    return p.readAllStandardOutput();
}
} // namespace

TEST(TranscriptParsing, ZoomWebVttGivesSpeakersTextAndTimes)
{
    auto r = parseData(QStringLiteral("transcripts/zoom-ja.vtt"));
    ASSERT_TRUE(r) << r.error().untranslatedMessage().toStdString();
    EXPECT_EQ(r->format, QStringLiteral("vtt"));
    ASSERT_EQ(r->segments.size(), 4);
    EXPECT_EQ(r->segments[1].speaker, QStringLiteral("佐藤 花子"));
    EXPECT_EQ(r->segments[1].text,
              QStringLiteral("よろしくお願いします。弊社では日本語に特化した小規模言語モデルを開発"
                             "しています。"));
    EXPECT_EQ(r->segments[1].startMs, 5000);
    EXPECT_EQ(r->segments[1].endMs, 12250);
    EXPECT_EQ(r->segments[3].startMs, 60000);
    EXPECT_TRUE(r->skipped.isEmpty());
}

TEST(TranscriptParsing, TeamsVoiceSpansCrLfNotesAndEntities)
{
    auto r = parseData(QStringLiteral("transcripts/teams-ja.vtt"));
    ASSERT_TRUE(r);
    ASSERT_EQ(r->segments.size(), 3);
    EXPECT_EQ(r->segments[0].speaker, QStringLiteral("田中 一郎"));
    EXPECT_EQ(r->segments[0].text, QStringLiteral("それでは始めます。"));
    EXPECT_EQ(r->segments[1].text, QStringLiteral("エッジで動く<SLM>が増えています。"));
    EXPECT_EQ(r->segments[2].startMs, 9500);
    for (const auto &s : r->segments)
        EXPECT_FALSE(s.text.contains(QStringLiteral("NOTE")));
}

TEST(TranscriptParsing, PlainTextSpeakerLinesContinuationsAndStamps)
{
    auto r = parseData(QStringLiteral("transcripts/plain-ja.txt"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->format, QStringLiteral("txt"));
    ASSERT_EQ(r->segments.size(), 4);
    EXPECT_EQ(r->segments[1].speaker, QStringLiteral("佐藤"));
    EXPECT_EQ(r->segments[1].text, QStringLiteral("こちらこそ。\n弊社の取り組みを紹介します。"));
    EXPECT_EQ(r->segments[2].startMs, (5 * 60 + 10) * 1000);
    EXPECT_EQ(r->segments[2].speaker, QStringLiteral("田中"));
}

TEST(TranscriptParsing, W3cSampleCuesAsTheSpecMeansThem)
{
    auto sample =
        parseData(QStringLiteral("corpora/webvtt/webvtt-py__tests__subtitles__sample.vtt"));
    ASSERT_TRUE(sample);
    EXPECT_EQ(sample->segments.first().text, QStringLiteral("Caption text #1"));
    EXPECT_EQ(sample->segments.first().startMs, 500);
    EXPECT_EQ(sample->segments.first().endMs, 7000);

    auto bom = parseData(
        QStringLiteral("corpora/webvtt/webvtt-py__tests__subtitles__captions_with_bom.vtt"));
    ASSERT_TRUE(bom);
    EXPECT_FALSE(bom->segments.isEmpty());

    auto tooShort = parseData(QStringLiteral(
        "corpora/webvtt/"
        "wpt__webvtt__parsing__file-parsing__tests__support__timings-too-short.vtt"));
    ASSERT_TRUE(tooShort);
    ASSERT_FALSE(tooShort->segments.isEmpty());
    EXPECT_EQ(tooShort->segments.first().text, QStringLiteral("text0")); // "0:00:00.000" is valid
    ASSERT_FALSE(tooShort->skipped.isEmpty());
    EXPECT_EQ(tooShort->skipped.first().line, 6); // "0000:00.000 --> ..." on line 6
    for (const auto &s : tooShort->segments)
        EXPECT_NE(s.text, QStringLiteral("invalid"));

    auto signature = parseData(QStringLiteral(
        "corpora/webvtt/wpt__webvtt__parsing__file-parsing__support__signature-invalid.vtt"));
    ASSERT_FALSE(signature);
    EXPECT_TRUE(signature.error().untranslatedMessage().contains(QStringLiteral("WEBVTT")));
}

TEST(TranscriptParsing, EveryCorpusFileImportsOrIsRefusedWithAReason)
{
    int accepted = 0, refused = 0;
    for (const QString &dir :
         {QStringLiteral("webvtt"), QStringLiteral("srt"), QStringLiteral("docx")}) {
        const QDir folder(dataPath(QStringLiteral("corpora/") + dir));
        for (const QString &name : folder.entryList(QDir::Files)) {
            auto r = parseData(QStringLiteral("corpora/%1/%2").arg(dir, name));
            if (r) {
                ++accepted;
                EXPECT_FALSE(r->segments.isEmpty()) << name.toStdString();
                for (const auto &s : r->segments) {
                    EXPECT_FALSE(s.text.trimmed().isEmpty()) << name.toStdString();
                    // The W3C parser keeps a cue that ends before it starts
                    // (timings-negative.vtt), and so does the import.
                    EXPECT_TRUE(s.endMs < 0 || s.endMs >= s.startMs ||
                                name.contains(QStringLiteral("negative")))
                        << name.toStdString();
                }
                for (const auto &skip : r->skipped)
                    EXPECT_GT(skip.line, 0) << name.toStdString();
            } else {
                ++refused;
                EXPECT_FALSE(r.error().message().isEmpty()) << name.toStdString();
            }
        }
    }
    EXPECT_GT(accepted, 40);
    EXPECT_GT(refused, 5);
}

TEST(TranscriptParsing, SrtWithAndWithoutCountersAndBrokenBlocks)
{
    auto sample = parseData(QStringLiteral("corpora/srt/webvtt-py__tests__subtitles__sample.srt"));
    ASSERT_TRUE(sample);
    EXPECT_EQ(sample->format, QStringLiteral("srt"));
    EXPECT_EQ(sample->segments.first().startMs, 500);

    auto missing =
        parseData(QStringLiteral("corpora/srt/webvtt-py__tests__subtitles__missing_timeframe.srt"));
    ASSERT_TRUE(missing);
    EXPECT_EQ(missing->segments.size(), 4);
    ASSERT_EQ(missing->skipped.size(), 1);
    EXPECT_EQ(missing->skipped.first().line, 5);

    auto noCounters =
        parseData(QStringLiteral("corpora/srt/go-astisub__testdata__missing-sequence-in.srt"));
    ASSERT_TRUE(noCounters);
    EXPECT_GE(noCounters->segments.size(), 2);

    auto utf16 =
        parseData(QStringLiteral("corpora/srt/go-astisub__testdata__example-in-non-utf8.srt"));
    ASSERT_TRUE(utf16);
    EXPECT_EQ(utf16->encoding, QStringLiteral("UTF-16LE"));
}

TEST(TranscriptParsing, DocxParagraphsAndFlattenedTables)
{
    auto paragraphs = parseData(QStringLiteral(
        "corpora/docx/python-docx__features__steps__test_files__par-known-paragraphs.docx"));
    ASSERT_TRUE(paragraphs);
    EXPECT_EQ(paragraphs->format, QStringLiteral("docx"));
    ASSERT_EQ(paragraphs->segments.size(), 1); // one paragraph continues the other: no blank line
    EXPECT_EQ(paragraphs->segments.first().text,
              QStringLiteral("Heading Paragraph\nNormal paragraph"));

    auto inner = parseData(
        QStringLiteral("corpora/docx/python-docx__tests__test_files__blk-inner-content.docx"));
    ASSERT_TRUE(inner);
    EXPECT_TRUE(inner->segments.first().text.contains(QStringLiteral("P1\nT2")))
        << inner->segments.first().text.toStdString();
    EXPECT_TRUE(inner->segments.first().text.contains(QStringLiteral("P3")));

    auto blank = parseData(QStringLiteral(
        "corpora/docx/python-docx__features__steps__test_files__doc-word-default-blank.docx"));
    ASSERT_FALSE(blank);
    EXPECT_EQ(blank.error().code(), ErrorCode::InvalidInput);

    auto notZip = parseTranscriptFile(QByteArray("PK\x03\x04 broken archive"),
                                      QStringLiteral("interview.docx"));
    ASSERT_FALSE(notZip);
    EXPECT_TRUE(notZip.error().untranslatedMessage().contains(QStringLiteral("zip")));
}

TEST(TranscriptParsing, ShiftJisAndEucJpImportToTheSameTextAsUtf8)
{
    const QByteArray utf8 = readData(QStringLiteral(
        "corpora/japanese/kuromoji__kuromoji-ipadic__src__test__resources__bocchan.txt"));
    auto original = decodeText(utf8);
    ASSERT_TRUE(original);
    EXPECT_EQ(original->encoding, QStringLiteral("UTF-8"));
    for (const char *encoding : {"SHIFT_JIS", "CP932", "EUC-JP"}) {
        const QByteArray converted = iconv(utf8, encoding);
        ASSERT_FALSE(converted.isEmpty());
        auto decoded = decodeText(converted);
        ASSERT_TRUE(decoded) << encoding;
        EXPECT_TRUE(decoded->certain) << encoding;
        EXPECT_EQ(decoded->encoding, qstrcmp(encoding, "EUC-JP") == 0
                                         ? QStringLiteral("EUC-JP")
                                         : QStringLiteral("Shift_JIS"));
        EXPECT_TRUE(decoded->text == original->text) << encoding;
    }
    // A transcript file in Shift_JIS, as older Windows tools write it, with a chosen encoding.
    const QByteArray plain = readData(QStringLiteral("transcripts/plain-ja.txt"));
    auto fromSjis = parseTranscriptFile(iconv(plain, "CP932"), QStringLiteral("a.txt"));
    auto fromUtf8 = parseTranscriptFile(plain, QStringLiteral("a.txt"));
    ASSERT_TRUE(fromSjis && fromUtf8);
    ASSERT_EQ(fromSjis->segments.size(), fromUtf8->segments.size());
    EXPECT_EQ(fromSjis->segments[1].text, fromUtf8->segments[1].text);
}

TEST(TranscriptParsing, Utf16WithAndWithoutBom)
{
    const QByteArray plain = readData(QStringLiteral("transcripts/plain-ja.txt"));
    const QString expected = QString::fromUtf8(plain);
    for (const char *encoding : {"UTF-16LE", "UTF-16BE"}) {
        const QByteArray bare = iconv(plain, encoding);
        const QByteArray bom =
            (qstrcmp(encoding, "UTF-16LE") == 0 ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF")) +
            bare;
        for (const QByteArray &bytes : {bare, bom}) {
            auto decoded = decodeText(bytes);
            ASSERT_TRUE(decoded) << encoding;
            EXPECT_EQ(decoded->encoding, QLatin1String(encoding));
            EXPECT_TRUE(decoded->text == expected) << encoding;
        }
    }
}

TEST(TranscriptParsing, ChosenEncodingOverridesDetection)
{
    const QByteArray gb =
        readData(QStringLiteral("corpora/srt/srt__srt_tools__tests__files__gb2312.srt"));
    auto chosen =
        parseTranscriptFile(gb, QStringLiteral("x.srt"), {QString(), QStringLiteral("GB2312")});
    ASSERT_TRUE(chosen) << chosen.error().untranslatedMessage().toStdString();
    EXPECT_EQ(chosen->encoding, QStringLiteral("GB2312"));
    auto wrong =
        parseTranscriptFile(gb, QStringLiteral("x.srt"), {QString(), QStringLiteral("UTF-8")});
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().field(), QStringLiteral("encoding"));
}

TEST(TranscriptParsing, NotATranscriptIsRefusedWithTheReason)
{
    auto empty = parseTranscriptFile(QByteArray(), QStringLiteral("empty.vtt"));
    ASSERT_FALSE(empty);
    EXPECT_TRUE(empty.error().untranslatedMessage().contains(QStringLiteral("empty")));

    static const char pngStart[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
    const QByteArray png(pngStart, sizeof pngStart - 1); // (found by AddressSanitizer)
    auto binary = parseTranscriptFile(png, QStringLiteral("photo.txt"));
    ASSERT_FALSE(binary);
    EXPECT_TRUE(binary.error().untranslatedMessage().contains(QStringLiteral("binary")));

    auto wrongSignature = parseTranscriptFile(QByteArray("Hello\n00:01.000 --> 00:02.000\nx\n"),
                                              QStringLiteral("talk.vtt"));
    ASSERT_FALSE(wrongSignature);

    auto whitespace = parseTranscriptFile(QByteArray("\n \n\t\n"), QStringLiteral("blank.txt"));
    ASSERT_FALSE(whitespace);
}
