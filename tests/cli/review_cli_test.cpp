#include "clirunner.h"
#include "rawconnection.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <gtest/gtest.h>
#include <tuple>

using shuzai::test::args;
using shuzai::test::CliRunner;

namespace {
// 佐藤 花子 of エッジAI株式会社, interviewed, her Zoom transcript imported; the writer picked a
// quote (segment 2) and linked an answer (segment 4 to question 5).
struct ReviewSession {
    explicit ReviewSession(const char *attribution = "name_affiliation")
    {
        run(args({"campaign", "edit", "1", "--editor-name", "田中 一郎", "--editor-email",
                  "tanaka@example.jp", "--editor-phone", "03-1234-5678"}));
        run(args({"interviewee", "add", "--category", "vendor", "--name", "佐藤 花子", "--reading",
                  "サトウ ハナコ", "--org", "エッジAI株式会社", "--email", "sato@example.co.jp",
                  "--attribution", attribution}));
        run(args({"interview", "add", "sato@example.co.jp", "--at", "2025-05-27T10:00", "--mode",
                  "online"}));
        run({QStringLiteral("transcript"), QStringLiteral("import"), QStringLiteral("1"),
             QStringLiteral(SHUZAI_TEST_DATA "/transcripts/zoom-ja.vtt"), QStringLiteral("--yes")});
        run(args({"--as", "writer", "quote", "add", "2"}));
        run(args({"--as", "writer", "answers", "link", "4", "5"}));
    }
    CliRunner::Run run(const QStringList &arguments)
    {
        auto r = cli.onDb(arguments);
        EXPECT_EQ(r.exitCode, 0) << arguments.join(u' ').toStdString() << ": "
                                 << r.err.toStdString();
        return r;
    }
    QByteArray digest() const
    {
        shuzai::test::RawConnection raw(cli.path(QStringLiteral("test.db")));
        return raw.digest();
    }
    CliRunner cli;
};

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    EXPECT_TRUE(p.waitForFinished(30000));
    // Read as a reader's tool reads it, no folding: the text must be the very characters
    // printed (no Kangxi radical ⼦ for 子, tests/print). Lines are joined, so a name broken
    // across two lines is still found.
    return QString::fromUtf8(p.readAllStandardOutput()).remove(u'\n');
}

QString readAll(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return QString::fromUtf8(f.readAll());
}

// Every text part of an e-mail, decoded by Python's email package.
QString decodedMail(const QString &path)
{
    const char *script = R"(
import sys, email, email.policy
m = email.message_from_bytes(open(sys.argv[1], 'rb').read(), policy=email.policy.default)
out = [str(m['To']), str(m['Subject'])]
for part in m.walk():
    if part.get_content_maintype() == 'text':
        out.append(part.get_content())
    if part.get_filename():
        out.append(part.get_filename())
print('\n'.join(out))
)";
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"), QString::fromUtf8(script), path});
    EXPECT_TRUE(python.waitForFinished(20000));
    return QString::fromUtf8(python.readAllStandardOutput());
}
} // namespace

TEST(ReviewCli, AWriterCannotApproveAndAReviewerCannotEditAndNothingChanges)
{
    ReviewSession s;
    s.run(args({"--as", "reviewer", "review", "send", "sato@example.co.jp"}));
    const QByteArray before = s.digest();

    auto approve = s.cli.onDb(args({"--as", "writer", "review", "approve", "sato@example.co.jp"}));
    EXPECT_EQ(approve.exitCode, 1);
    EXPECT_EQ(approve.err.count(u'\n'), 1) << approve.err.toStdString();
    EXPECT_TRUE(approve.err.contains(QStringLiteral("approve"))) << approve.err.toStdString();
    auto edit =
        s.cli.onDb(args({"--as", "reviewer", "transcript", "edit", "2", "--text", "改ざん"}));
    EXPECT_EQ(edit.exitCode, 1);
    EXPECT_EQ(s.digest(), before);

    auto approved =
        s.run(args({"--as", "reviewer", "review", "approve", "sato@example.co.jp", "--json"}));
    EXPECT_EQ(approved.json().object()[QStringLiteral("status")].toString(),
              QStringLiteral("approved"));
    auto status = s.run(args({"review", "status", "1", "--json"}));
    EXPECT_TRUE(status.json().array().first().toObject()[QStringLiteral("publishable")].toBool());
}

TEST(ReviewCli, TheSentSnapshotOutlivesEditsAndACorrectionShowsOnlyWhatChanged)
{
    ReviewSession s;
    auto sent = s.run(args({"--as", "reviewer", "review", "send", "sato@example.co.jp", "--channel",
                            "pdf", "--json"}));
    const QString snapshot = sent.json().object()[QStringLiteral("snapshot")].toString();
    const QJsonArray items = sent.json().object()[QStringLiteral("items")].toArray();
    ASSERT_EQ(items.size(), 2);
    const QString quote = items[0].toObject()[QStringLiteral("text")].toString();
    EXPECT_EQ(quote,
              QStringLiteral("よろしくお願いします。弊社では日本語に特化した小規模言語モデルを"
                             "開発しています。"));

    s.run(args({"--as", "writer", "transcript", "edit", "2", "--text", "全く別の文章に直した"}));
    auto shown = s.run(args({"review", "show", "sato@example.co.jp", "--json"}));
    EXPECT_EQ(
        shown.json().array().first().toObject()[QStringLiteral("snapshot")].toString().toUtf8(),
        snapshot.toUtf8());

    auto corrected = s.run(args({"--as", "reviewer", "review", "record", "sato@example.co.jp",
                                 "--item", "1", "--corrected",
                                 "よろしくお願いします。当社では日本語に特化した小規模言語モデルを"
                                 "開発しています。",
                                 "--json"}));
    const QJsonArray diff = corrected.json().object()[QStringLiteral("diff")].toArray();
    ASSERT_EQ(diff.size(), 4) << corrected.out.toStdString();
    EXPECT_EQ(diff[1].toObject()[QStringLiteral("kind")].toString(), QStringLiteral("removed"));
    EXPECT_EQ(diff[1].toObject()[QStringLiteral("text")].toString(), QStringLiteral("弊"));
    EXPECT_EQ(diff[2].toObject()[QStringLiteral("kind")].toString(), QStringLiteral("added"));
    EXPECT_EQ(diff[2].toObject()[QStringLiteral("text")].toString(), QStringLiteral("当"));
    auto plain = s.run(args({"review", "show", "sato@example.co.jp"}));
    EXPECT_TRUE(plain.out.contains(QStringLiteral("[-弊-]{+当+}"))) << plain.out.toStdString();

    auto approved =
        s.run(args({"--as", "reviewer", "review", "approve", "sato@example.co.jp", "--json"}));
    EXPECT_EQ(approved.json().object()[QStringLiteral("status")].toString(),
              QStringLiteral("approved_with_changes"));

    // Every step is in the audit log, with who did it.
    auto audit = s.run(args({"audit", "list", "--action", "review.", "--json"}));
    const QJsonArray entries = audit.json().array();
    ASSERT_EQ(entries.size(), 3);
    EXPECT_EQ(entries[2].toObject()[QStringLiteral("actor")].toString(),
              QStringLiteral("reviewer"));
    auto edits = s.run(args({"audit", "list", "--action", "transcript.edited", "--json"}));
    ASSERT_EQ(edits.json().array().size(), 1);
    EXPECT_EQ(edits.json().array()[0].toObject()[QStringLiteral("after")].toString(),
              QStringLiteral("全く別の文章に直した"));
    auto future = s.run(args({"audit", "list", "--since", "2999-01-01", "--json"}));
    EXPECT_TRUE(future.json().array().isEmpty());
}

TEST(ReviewCli, TheAuditListTellsEachStepAsASentenceWithNamesAndLocalDates)
{
    ReviewSession s;
    s.cli.setEnv(QStringLiteral("TZ"), QStringLiteral("Asia/Tokyo"));
    s.run(args({"--as", "reviewer", "review", "send", "sato@example.co.jp", "--channel", "email"}));

    const QRegularExpression japaneseDate(QStringLiteral("^\\d+月\\d+日（.）\\d\\d:\\d\\d\\t"));
    const QString ja = s.run(args({"--lang", "ja", "audit", "list"})).out;
    int entries = 0;
    for (const QString &line : ja.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(QStringLiteral("    ")))
            continue; // the texts an entry carries
        ++entries;
        EXPECT_TRUE(japaneseDate.match(line).hasMatch()) << line.toStdString();
        // Codes and machine times stay in the export; people read words.
        EXPECT_FALSE(line.contains(QStringLiteral("review.sent"))) << line.toStdString();
        EXPECT_FALSE(line.contains(QRegularExpression(QStringLiteral("\\d{4}-\\d\\d-\\d\\dT"))))
            << line.toStdString();
    }
    EXPECT_GE(entries, 5);
    EXPECT_TRUE(ja.contains(QStringLiteral("佐藤 花子"))) << ja.toStdString();

    const QRegularExpression englishDate(
        QStringLiteral("^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \\d+ [A-Z][a-z]{2}, \\d\\d:\\d\\d\\t"));
    const QString en = s.run(args({"--lang", "en", "audit", "list"})).out;
    for (const QString &line : en.split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.startsWith(QStringLiteral("    ")))
            EXPECT_TRUE(englishDate.match(line).hasMatch()) << line.toStdString();
    }
}

TEST(ReviewCli, TheDueDateSkipsWeekendsAndJapaneseHolidays)
{
    ReviewSession s;
    auto status = s.run(args({"review", "status", "--json"}));
    // Thursday 12 June 2025, five working days back: Thursday 5 June (a weekend in between).
    EXPECT_EQ(status.json().array().first().toObject()[QStringLiteral("dueDate")].toString(),
              QStringLiteral("2025-06-05"));
    // Published on Friday 8 May 2026, three working days back across Golden Week.
    s.run(args({"campaign", "edit", "1", "--publication-date", "2026-05-08", "--window-start",
                "2026-04-01", "--window-end", "2026-04-30", "--review-margin", "3"}));
    status = s.run(args({"review", "status", "--json"}));
    EXPECT_EQ(status.json().array().first().toObject()[QStringLiteral("dueDate")].toString(),
              QStringLiteral("2026-04-30"));
}

TEST(ReviewCli, AnAnonymousIntervieweeIsNamedInNoExportedFile)
{
    ReviewSession s("anonymous");
    s.run(args({"schedule", "book", "sato@example.co.jp", "--at", "2025-05-28T10:00", "--mode",
                "online", "--url", "https://zoom.us/j/1"}));
    s.run(args({"--as", "reviewer", "review", "send", "sato@example.co.jp"}));
    const QString pdf = s.cli.path(QStringLiteral("packet.pdf"));
    const QString packetMail = s.cli.path(QStringLiteral("packet.eml"));
    const QString letter = s.cli.path(QStringLiteral("letter.eml"));
    const QString ics = s.cli.path(QStringLiteral("campaign.ics"));
    const QString csv = s.cli.path(QStringLiteral("audit.csv"));
    s.run({QStringLiteral("export"), QStringLiteral("packet"), QStringLiteral("sato@example.co.jp"),
           QStringLiteral("-o"), pdf});
    s.run({QStringLiteral("export"), QStringLiteral("packet"), QStringLiteral("sato@example.co.jp"),
           QStringLiteral("-o"), packetMail});
    // Letters offer only candidate times still ahead: a day before the interviews.
    s.cli.setEnv(QStringLiteral("SHUZAI_NOW"), QStringLiteral("2025-05-20T10:00:00+09:00"));
    s.run({QStringLiteral("outreach"), QStringLiteral("export-eml"),
           QStringLiteral("sato@example.co.jp"), QStringLiteral("-o"), letter});
    s.run({QStringLiteral("calendar"), QStringLiteral("export"), QStringLiteral("-o"), ics});
    s.run({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("-o"), csv});

    const QString pdfContent = pdfText(pdf);
    EXPECT_TRUE(pdfContent.contains(QStringLiteral("A社 担当者"))) << pdfContent.toStdString();
    EXPECT_TRUE(pdfContent.contains(QStringLiteral("特化した小規模言語モデル")))
        << pdfContent.toStdString();
    EXPECT_TRUE(readAll(csv).contains(QStringLiteral("A社 担当者")));
    EXPECT_TRUE(readAll(ics).contains(QStringLiteral("A社 担当者")));
    EXPECT_TRUE(decodedMail(packetMail).contains(QStringLiteral("A社 担当者")));
    const QList<std::pair<QString, QString>> files{
        {QStringLiteral("PDF"), pdfContent},
        {QStringLiteral("packet e-mail"), readAll(packetMail) + decodedMail(packetMail)},
        {QStringLiteral("letter e-mail"), readAll(letter) + decodedMail(letter)},
        {QStringLiteral("calendar"), readAll(ics)},
        {QStringLiteral("audit CSV"), readAll(csv)}};
    for (const auto &[what, text] : files) {
        ASSERT_FALSE(text.isEmpty()) << what.toStdString();
        for (const QString &name : {QStringLiteral("佐藤"), QStringLiteral("花子"),
                                    QStringLiteral("サトウ"), QStringLiteral("エッジAI株式会社")})
            EXPECT_FALSE(text.contains(name))
                << what.toStdString() << " names " << name.toStdString();
    }
}

TEST(ReviewCli, TheDashboardCountsConfirmedPeopleAndDaysLeft)
{
    CliRunner cli;
    const char *people[][3] = {{"青木", "aoki@example.jp", "accepted"},
                               {"井上", "inoue@example.jp", "scheduled"},
                               {"上田", "ueda@example.jp", "request_sent"}};
    for (const auto &p : people) {
        ASSERT_EQ(
            cli.onDb({QStringLiteral("interviewee"), QStringLiteral("add"),
                      QStringLiteral("--category"), QStringLiteral("adopter"),
                      QStringLiteral("--name"), QString::fromUtf8(p[0]), QStringLiteral("--email"),
                      QString::fromUtf8(p[1]), QStringLiteral("--status"), QString::fromUtf8(p[2])})
                .exitCode,
            0);
    }
    cli.setEnv(QStringLiteral("SHUZAI_NOW"), QStringLiteral("2025-06-02T09:00:00+09:00"));
    auto dashboard = cli.onDb(args({"dashboard", "--json"}));
    ASSERT_EQ(dashboard.exitCode, 0) << dashboard.err.toStdString();
    const QJsonObject d = dashboard.json().object();
    EXPECT_EQ(d[QStringLiteral("daysLeft")].toInt(), 10);
    const QJsonObject adopters = d[QStringLiteral("categories")].toArray()[2].toObject();
    EXPECT_EQ(adopters[QStringLiteral("confirmed")].toInt(), 2);
    EXPECT_EQ(adopters[QStringLiteral("total")].toInt(), 3);
    // 青木 accepted but the interview window closed on 31 May without a booking.
    const QJsonArray risks = d[QStringLiteral("atRisk")].toArray();
    ASSERT_EQ(risks.size(), 1);
    EXPECT_EQ(risks[0].toObject()[QStringLiteral("reason")].toString(),
              QStringLiteral("not_booked"));
    auto ja = cli.onDb(args({"--lang", "ja", "dashboard"}));
    // People are counted in 人, not 件 (issue 16).
    EXPECT_TRUE(ja.out.contains(QStringLiteral("3人中2人"))) << ja.out.toStdString();
    // Issue 14: after the publication date the line read "%n day to publication".
    for (const auto &[now, ja, en] :
         {std::tuple{"2025-06-12T09:00:00+09:00", "本日公開", "Publication today"},
          std::tuple{"2025-06-15T09:00:00+09:00", "公開から3日経過", "Published 3 days ago"}}) {
        cli.setEnv(QStringLiteral("SHUZAI_NOW"), QString::fromLatin1(now));
        const QString english = cli.onDb(args({"--lang", "en", "dashboard"})).out;
        EXPECT_TRUE(english.contains(QString::fromUtf8(en))) << english.toStdString();
        EXPECT_FALSE(english.contains(QStringLiteral("%n"))) << english.toStdString();
        const QString japanese = cli.onDb(args({"--lang", "ja", "dashboard"})).out;
        EXPECT_TRUE(japanese.contains(QString::fromUtf8(ja))) << japanese.toStdString();
    }
    cli.setEnv(QStringLiteral("SHUZAI_NOW"), QStringLiteral("yesterday"));
    EXPECT_EQ(cli.onDb(args({"dashboard"})).exitCode, 2);
}

TEST(ReviewCli, OnlyTheEditorAddsUsersAndANewReviewerCanApprove)
{
    ReviewSession s;
    auto refused = s.cli.onDb(args(
        {"--as", "writer", "user", "add", "suzuki", "--name", "鈴木 校閲", "--role", "reviewer"}));
    EXPECT_EQ(refused.exitCode, 1);
    auto bad =
        s.cli.onDb(args({"user", "add", "Suzuki San", "--name", "鈴木", "--role", "reviewer"}));
    EXPECT_EQ(bad.exitCode, 1);
    s.run(args({"user", "add", "suzuki", "--name", "鈴木 校閲", "--role", "reviewer"}));
    EXPECT_EQ(
        s.cli.onDb(args({"user", "add", "suzuki", "--name", "x", "--role", "writer"})).exitCode, 1);
    s.run(args({"--as", "suzuki", "review", "send", "sato@example.co.jp"}));
    auto approved =
        s.run(args({"--as", "suzuki", "review", "approve", "sato@example.co.jp", "--json"}));
    EXPECT_EQ(approved.json().object()[QStringLiteral("decidedBy")].toString(),
              QStringLiteral("suzuki"));
    auto added = s.run(args({"audit", "list", "--action", "user.added", "--json"}));
    EXPECT_EQ(added.json().array().size(), 1);
}
