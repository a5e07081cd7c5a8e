#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <gtest/gtest.h>

using namespace shuzai::test;

namespace {
QString data(const char *relative)
{
    return QStringLiteral(SHUZAI_TEST_DATA "/") + QLatin1String(relative);
}

// A campaign with 佐藤 花子 (vendor) and interview 1.
struct Session {
    Session()
    {
        EXPECT_EQ(cli.onDb(args({"interviewee", "add", "--category", "vendor", "--name",
                                 "佐藤 花子", "--reading", "サトウ ハナコ"}))
                      .exitCode,
                  0);
        auto interview = cli.onDb(args(
            {"interview", "add", "1", "--at", "2025-05-27T10:00", "--mode", "online", "--json"}));
        EXPECT_EQ(interview.exitCode, 0) << interview.err.toStdString();
        EXPECT_EQ(interview.json().object()[QStringLiteral("startsAt")].toString(),
                  QStringLiteral("2025-05-27T01:00:00Z")); // 10:00 in Tokyo
    }
    CliRunner cli;
};
} // namespace

TEST(TranscriptCli, ImportShowSearchAndLinkAnAnswer)
{
    Session s;
    auto imported =
        s.cli.onDb({QStringLiteral("transcript"), QStringLiteral("import"), QStringLiteral("1"),
                    data("transcripts/zoom-ja.vtt"), QStringLiteral("--json")});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const QJsonObject t = imported.json().object();
    EXPECT_EQ(t[QStringLiteral("segmentCount")].toInt(), 4);
    EXPECT_EQ(t[QStringLiteral("encoding")].toString(), QStringLiteral("UTF-8"));

    auto found = s.cli.onDb(args({"search", "量子", "--json"}));
    ASSERT_EQ(found.exitCode, 0);
    const QJsonArray hits = found.json().object()[QStringLiteral("hits")].toArray();
    ASSERT_EQ(hits.size(), 2);
    const QJsonObject first = hits.first().toObject();
    EXPECT_EQ(first[QStringLiteral("interviewee")].toString(), QStringLiteral("佐藤 花子"));
    const QJsonArray span = first[QStringLiteral("highlights")].toArray().first().toArray();
    EXPECT_EQ(first[QStringLiteral("context")].toString().mid(span[0].toInt(),
                                                              span[1].toInt() - span[0].toInt()),
              QStringLiteral("量子"));

    const QString segment = QString::number(first[QStringLiteral("segmentId")].toInt());
    ASSERT_EQ(
        s.cli
            .onDb({QStringLiteral("answers"), QStringLiteral("link"), segment, QStringLiteral("5")})
            .exitCode,
        0);
    auto matrix = s.cli.onDb(args({"answers", "matrix", "--category", "vendor", "--json"}));
    ASSERT_EQ(matrix.exitCode, 0);
    const QJsonArray rows = matrix.json().object()[QStringLiteral("rows")].toArray();
    ASSERT_EQ(rows.size(), 6);
    EXPECT_EQ(rows[4]
                  .toObject()[QStringLiteral("cells")]
                  .toArray()[0]
                  .toObject()[QStringLiteral("state")]
                  .toString(),
              QStringLiteral("answered"));
    EXPECT_EQ(rows[0]
                  .toObject()[QStringLiteral("cells")]
                  .toArray()[0]
                  .toObject()[QStringLiteral("state")]
                  .toString(),
              QStringLiteral("unanswered"));
}

TEST(TranscriptCli, BrokenCuesAreShownWithLineNumbersBeforeConfirming)
{
    Session s;
    const QString file = data("corpora/srt/webvtt-py__tests__subtitles__missing_timeframe.srt");
    auto dry =
        s.cli.onDb({QStringLiteral("transcript"), QStringLiteral("import"), QStringLiteral("1"),
                    file, QStringLiteral("--dry-run"), QStringLiteral("--json")});
    ASSERT_EQ(dry.exitCode, 0);
    const QJsonArray skipped = dry.json().object()[QStringLiteral("skipped")].toArray();
    ASSERT_EQ(skipped.size(), 1);
    EXPECT_EQ(skipped.first().toObject()[QStringLiteral("line")].toInt(), 5);

    auto refused = s.cli.onDb(
        {QStringLiteral("transcript"), QStringLiteral("import"), QStringLiteral("1"), file});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.out.contains(QStringLiteral("5"))); // the preview names the line
    EXPECT_EQ(refused.err.count(u'\n'), 1);
    EXPECT_EQ(s.cli.onDb(args({"transcript", "list", "1", "--json"})).json().array().size(), 0);

    auto confirmed = s.cli.onDb({QStringLiteral("transcript"), QStringLiteral("import"),
                                 QStringLiteral("1"), file, QStringLiteral("--yes")});
    EXPECT_EQ(confirmed.exitCode, 0) << confirmed.err.toStdString();
    EXPECT_EQ(s.cli.onDb(args({"transcript", "list", "1", "--json"})).json().array().size(), 1);
}

TEST(TranscriptCli, ShiftJisFileImportsToTheSameTextAsItsUtf8Original)
{
    Session s;
    const QString sjis = s.cli.path(QStringLiteral("plain-sjis.txt"));
    QProcess iconv;
    iconv.setStandardInputFile(data("transcripts/plain-ja.txt"));
    iconv.setStandardOutputFile(sjis);
    iconv.start(QStringLiteral("iconv"), args({"-f", "UTF-8", "-t", "SHIFT_JIS"}));
    ASSERT_TRUE(iconv.waitForFinished());
    ASSERT_EQ(s.cli
                  .onDb({QStringLiteral("transcript"), QStringLiteral("import"),
                         QStringLiteral("1"), sjis})
                  .exitCode,
              0);
    ASSERT_EQ(s.cli
                  .onDb({QStringLiteral("transcript"), QStringLiteral("import"),
                         QStringLiteral("1"), data("transcripts/plain-ja.txt")})
                  .exitCode,
              0);
    const auto a = s.cli.onDb(args({"transcript", "show", "1", "--transcript", "1", "--json"}))
                       .json()
                       .object();
    const auto b = s.cli.onDb(args({"transcript", "show", "1", "--transcript", "2", "--json"}))
                       .json()
                       .object();
    EXPECT_EQ(a[QStringLiteral("encoding")].toString(), QStringLiteral("Shift_JIS"));
    const QJsonArray sa = a[QStringLiteral("segments")].toArray();
    const QJsonArray sb = b[QStringLiteral("segments")].toArray();
    ASSERT_EQ(sa.size(), sb.size());
    for (qsizetype i = 0; i < sa.size(); ++i)
        EXPECT_EQ(sa[i].toObject()[QStringLiteral("text")],
                  sb[i].toObject()[QStringLiteral("text")]);
}

TEST(TranscriptCli, AReviewerCannotCorrectATranscriptAndNothingChanges)
{
    Session s;
    ASSERT_EQ(s.cli
                  .onDb({QStringLiteral("transcript"), QStringLiteral("import"),
                         QStringLiteral("1"), data("transcripts/zoom-ja.vtt")})
                  .exitCode,
              0);
    auto refused =
        s.cli.onDb(args({"--as", "reviewer", "transcript", "edit", "2", "--text", "改ざん"}));
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_EQ(refused.err.count(u'\n'), 1);
    auto shown = s.cli.onDb(args({"transcript", "show", "1", "--json"}));
    EXPECT_NE(shown.json()
                  .object()[QStringLiteral("segments")]
                  .toArray()[1]
                  .toObject()[QStringLiteral("text")]
                  .toString(),
              QStringLiteral("改ざん"));
    auto writer =
        s.cli.onDb(args({"--as", "writer", "transcript", "edit", "2", "--text", "修正済み"}));
    EXPECT_EQ(writer.exitCode, 0) << writer.err.toStdString();
}

TEST(TranscriptCli, NotATranscriptIsRefusedAndNothingStored)
{
    Session s;
    QFile png(s.cli.path(QStringLiteral("photo.vtt")));
    ASSERT_TRUE(png.open(QIODevice::WriteOnly));
    png.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    png.close();
    auto r = s.cli.onDb({QStringLiteral("transcript"), QStringLiteral("import"),
                         QStringLiteral("1"), png.fileName()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_FALSE(r.err.isEmpty());
    EXPECT_EQ(s.cli.onDb(args({"transcript", "list", "1", "--json"})).json().array().size(), 0);
}

TEST(TranscriptCli, ShowSaysWhichSegmentsAnswerAQuestionOrHoldAQuote)
{
    Session s;
    ASSERT_EQ(s.cli
                  .onDb({QStringLiteral("transcript"), QStringLiteral("import"),
                         QStringLiteral("1"), data("transcripts/zoom-ja.vtt")})
                  .exitCode,
              0);
    ASSERT_EQ(s.cli.onDb(args({"answers", "link", "2", "4"})).exitCode, 0);
    ASSERT_EQ(s.cli.onDb(args({"answers", "link", "2", "1"})).exitCode, 0);
    ASSERT_EQ(s.cli.onDb(args({"quote", "add", "3", "--to", "4"})).exitCode, 0);

    const QJsonArray segments = s.cli.onDb(args({"transcript", "show", "1", "--json"}))
                                    .json()
                                    .object()[QStringLiteral("segments")]
                                    .toArray();
    ASSERT_GE(segments.size(), 3);
    EXPECT_EQ(segments[1].toObject()[QStringLiteral("answers")].toArray(), (QJsonArray{1, 4}));
    EXPECT_TRUE(segments[0].toObject()[QStringLiteral("answers")].toArray().isEmpty());
    const QJsonArray quotes = segments[2].toObject()[QStringLiteral("quotes")].toArray();
    ASSERT_EQ(quotes.size(), 1);
    EXPECT_EQ(quotes[0].toObject()[QStringLiteral("to")].toInt(), 4);

    const QStringList lines = s.cli.onDb(args({"transcript", "show", "1"})).out.split(u'\n');
    ASSERT_GE(lines.size(), 4);
    EXPECT_TRUE(lines[2].startsWith(QStringLiteral("#2 "))) << lines[2].toStdString();
    EXPECT_TRUE(lines[2].endsWith(QStringLiteral(" [Q1 Q4]"))) << lines[2].toStdString();
    EXPECT_TRUE(lines[3].endsWith(QStringLiteral(" [quote]"))) << lines[3].toStdString();
}
