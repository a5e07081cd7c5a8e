// The W3C WebVTT parser's own test files (web-platform-tests, webvtt/parsing/file-parsing), with
// what the test pages assert a browser makes of them (tests/data/corpora/webvtt/
// wpt-expected.json): the import must find the same cues with the same times and text.
#include "transcripts/parsers.h"
#include "transcripts/transcriptfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace shuzai;

namespace {
QByteArray readFile(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return f.readAll();
}

const QString kFolder = QStringLiteral(SHUZAI_TEST_DATA "/corpora/webvtt/");
} // namespace

TEST(WebVttConformance, TheW3cTestFilesReadAsTheSpecSays)
{
    const QJsonObject expected =
        QJsonDocument::fromJson(readFile(kFolder + QStringLiteral("wpt-expected.json"))).object();
    ASSERT_GE(expected.size(), 30);
    int compared = 0;
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const std::string name = it.key().toStdString();
        const QJsonObject e = it.value().toObject();
        const auto r = parseTranscriptFile(readFile(kFolder + it.key()), it.key());
        if (!e.value(QStringLiteral("loads")).toBool()) {
            EXPECT_FALSE(r) << name << ": the W3C parser refuses it";
            continue;
        }
        if (e.value(QStringLiteral("cues")).isNull())
            continue;
        const int cues = e.value(QStringLiteral("cues")).toInt();
        if (cues == 0) {
            EXPECT_TRUE(!r || r->segments.isEmpty()) << name;
            continue;
        }
        ASSERT_TRUE(r) << name << ": " << r.error().untranslatedMessage().toStdString();
        // A cue without text is a cue to the W3C parser; the import lists it as skipped.
        int empty = 0;
        for (const SkippedPart &p : r->skipped)
            empty += QByteArray(p.reason) == "Cue without text";
        EXPECT_EQ(r->segments.size() + empty, cues) << name;
        const QJsonArray details = e.value(QStringLiteral("details")).toArray();
        if (empty > 0 || details.size() != r->segments.size())
            continue;
        for (int i = 0; i < details.size(); ++i) {
            const QJsonObject cue = details[i].toObject();
            const ParsedSegment &s = r->segments[i];
            if (!cue.value(QStringLiteral("start")).isNull())
                EXPECT_EQ(s.startMs, qRound64(cue.value(QStringLiteral("start")).toDouble() * 1000))
                    << name << " cue " << i;
            if (!cue.value(QStringLiteral("end")).isNull())
                EXPECT_EQ(s.endMs, qRound64(cue.value(QStringLiteral("end")).toDouble() * 1000))
                    << name << " cue " << i;
            ++compared;
            if (cue.value(QStringLiteral("text")).isNull())
                continue;
            const QString text = cue.value(QStringLiteral("text")).toString();
            const QString plain = transcriptparsing::stripCueMarkup(text).trimmed();
            const QString ours = s.speaker.isEmpty() ? s.text : s.speaker + u':' + s.text;
            EXPECT_TRUE(ours == plain || s.text == plain)
                << name << " cue " << i << ": " << s.text.toStdString() << " vs "
                << plain.toStdString();
        }
    }
    EXPECT_GE(compared, 30);
}

// Found by comparing with the W3C parser (webvtt-parser): every HTML character reference is
// decoded in cue text, named (with or without ';' as HTML lists them) and numeric; an '&' that
// starts none stays.
TEST(WebVttConformance, CueTextDecodesEveryHtmlCharacterReference)
{
    const QByteArray vtt = "WEBVTT\n\n00:00.000 --> 00:01.000\n"
                           "&copy; &eacute; &#x41; &hellip; &mdash; &#12354; &#8217; &#0; &#150; "
                           "&amp;amp; AT&T R&D &#; &copy2025 &notin; &noti\n";
    const auto r = parseTranscriptFile(vtt, QStringLiteral("refs.vtt"));
    ASSERT_TRUE(r) << r.error().untranslatedMessage().toStdString();
    ASSERT_EQ(r->segments.size(), 1);
    EXPECT_EQ(r->segments[0].text,
              QString::fromUtf8("© é A … — あ ’ \uFFFD – &amp; AT&T R&D &#; ©2025 ∉ ¬i"));
}

// The decoder takes one byte order mark off; a second one means the file does not start with
// "WEBVTT" (web-platform-tests: signature-two-boms).
TEST(WebVttConformance, TwoByteOrderMarksAreNotASignature)
{
    const auto one = parseTranscriptFile("\xEF\xBB\xBFWEBVTT\n\n00:00.000 --> 00:01.000\nhi\n",
                                         QStringLiteral("one.vtt"));
    ASSERT_TRUE(one) << one.error().untranslatedMessage().toStdString();
    const auto two =
        parseTranscriptFile("\xEF\xBB\xBF\xEF\xBB\xBFWEBVTT\n\n00:00.000 --> 00:01.000\nhi\n",
                            QStringLiteral("two.vtt"));
    ASSERT_FALSE(two);
    EXPECT_TRUE(two.error().untranslatedMessage().contains(QStringLiteral("WEBVTT")))
        << two.error().untranslatedMessage().toStdString();
}
