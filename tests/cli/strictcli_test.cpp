// A command line that says no: every verb declares its arguments and options once, and anything
// else (an unknown flag, an extra argument, a malformed value, a zone that is not one, bytes
// that are not UTF-8) is a usage error, exit 2, before a database is opened or changed.
#include "clirunner.h"
#include "rawconnection.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <gtest/gtest.h>

using shuzai::test::args;
using shuzai::test::CliRunner;

namespace {
// The sample campaign and 佐藤 花子 in it.
struct Roster {
    Roster()
    {
        const auto added = cli.onDb(args({"interviewee", "add", "--category", "vendor", "--name",
                                          "佐藤 花子", "--email", "sato@example.co.jp"}));
        EXPECT_EQ(added.exitCode, 0) << added.err.toStdString();
    }
    QByteArray digest() const
    {
        return shuzai::test::RawConnection(cli.path(QStringLiteral("test.db"))).digest();
    }
    CliRunner cli;
};

// Exit 2, a message that names `what` (and each of `mentions`), and one line on stderr.
::testing::AssertionResult refused(const CliRunner::Run &r, const QStringList &mentions)
{
    if (r.exitCode != 2)
        return ::testing::AssertionFailure()
               << "exit " << r.exitCode << ", stderr: " << r.err.toStdString();
    if (r.err.count(u'\n') != 1)
        return ::testing::AssertionFailure() << "not one line: " << r.err.toStdString();
    for (const QString &m : mentions) {
        if (!r.err.contains(m))
            return ::testing::AssertionFailure()
                   << "no \"" << m.toStdString() << "\" in: " << r.err.toStdString();
    }
    return ::testing::AssertionSuccess();
}

QJsonArray declaration(const CliRunner &cli)
{
    const auto r = cli.run(args({"help", "--json"}));
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return r.json().array();
}

QString readme()
{
    QFile f(QStringLiteral(SHUZAI_TEST_DATA "/../../README.md"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << f.fileName().toStdString();
    return QString::fromUtf8(f.readAll());
}
} // namespace

TEST(StrictCli, NumbersOutOfTheirRangeAreRefusedNamingTheOptionAndTheRange)
{
    Roster s;
    const QByteArray before = s.digest();
    for (const char *bad :
         {"abc", "-5", "", "0", "481", "60x", " 60", "１２", "99999999999999999999"}) {
        const auto r = s.cli.onDb(args({"schedule", "book", "sato@example.co.jp", "--at",
                                        "2025-05-27T10:00", "--minutes", bad}));
        EXPECT_TRUE(
            refused(r, {QStringLiteral("--minutes"), QStringLiteral("10"), QStringLiteral("480")}))
            << bad;
    }
    const auto json = s.cli.onDb(args({"--json", "schedule", "book", "sato@example.co.jp", "--at",
                                       "2025-05-27T10:00", "--minutes", "abc"}));
    const QJsonObject error = json.json().object()[QStringLiteral("error")].toObject();
    EXPECT_EQ(error[QStringLiteral("code")].toString(), QStringLiteral("usage"));
    EXPECT_EQ(error[QStringLiteral("field")].toString(), QStringLiteral("minutes"));

    const QList<std::pair<QStringList, QStringList>> cases{
        {args({"campaign", "edit", "1", "--buffer", "abc"}), {"--buffer", "240"}},
        {args({"campaign", "edit", "1", "--follow-up-days", "0"}), {"--follow-up-days", "60"}},
        {args({"campaign", "edit", "1", "--review-margin", "61"}), {"--review-margin", "60"}},
        {args({"campaign", "edit", "1", "--minutes", "5"}), {"--minutes", "480"}},
        {args({"campaign", "show", "first"}), {"ID"}},
        {args({"search", "AI", "--limit", "abc"}), {"--limit"}},
        {args({"search", "AI", "--offset", "-1"}), {"--offset"}},
        {args({"questions", "add", "sato@example.co.jp", "質問", "--after", "x"}), {"--after"}},
        {args({"questions", "drop", "sato@example.co.jp", "two"}), {"N", "1000"}},
        {args({"interviewee", "edit", "sato@example.co.jp", "--expect-version", "x"}),
         {"--expect-version"}},
        {args({"interviewee", "list", "--campaign", "abc"}), {"--campaign"}},
        {args({"transcript", "edit", "abc", "--text", "x"}), {"SEGMENT"}},
        {args({"transcript", "edit", "1", "--expect-revision", "-1"}), {"--expect-revision"}},
        {args({"transcript", "show", "--transcript", "0"}), {"--transcript"}},
        {args({"review", "record", "sato@example.co.jp", "--item", "x", "--corrected", "y"}),
         {"--item"}},
        {args({"quote", "add", "1", "--from", "x"}), {"--from"}},
        {args({"quote", "add", "1", "--to", "0"}), {"--to"}},
        {args({"quote", "add", "1", "--from", "3", "--to", "2"}), {"--to", "--from"}},
        {args({"quote", "remove", "abc"}), {"ID"}},
        {args({"answers", "link", "1", "x"}), {"N"}},
        {args({"calendar", "export", "--interview", "abc", "-o", "x.ics"}), {"--interview"}},
        {args({"schedule", "cancel", "1.5"}), {"INTERVIEW"}},
        {args({"slots", "list", "abc"}), {"CAMPAIGN"}},
        {args({"slots", "window", "remove", "-1"}), {"-1"}},
    };
    for (const auto &[command, mentions] : cases) {
        EXPECT_TRUE(refused(s.cli.onDb(command), mentions)) << command.join(u' ').toStdString();
    }
    EXPECT_EQ(s.digest(), before);
}

TEST(StrictCli, TimeZonesAreIanaZonesAndJstIsTokyo)
{
    Roster s;
    ASSERT_EQ(s.cli.onDb(args({"campaign", "edit", "1", "--time-zone", "UTC"})).exitCode, 0);
    ASSERT_EQ(s.cli.onDb(args({"campaign", "edit", "1", "--time-zone", "Etc/UTC"})).exitCode, 0);
    const auto jst = s.cli.onDb(args({"campaign", "edit", "1", "--time-zone", "JST", "--json"}));
    ASSERT_EQ(jst.exitCode, 0) << jst.err.toStdString();
    EXPECT_EQ(jst.json().object()[QStringLiteral("timeZone")].toString(),
              QStringLiteral("Asia/Tokyo"));

    const QByteArray before = s.digest();
    for (const char *bad :
         {"bogus", "utc", "", "asia/tokyo", "Asia/Tokio", "UTC+09:00", "+09:00"}) {
        EXPECT_TRUE(refused(s.cli.onDb(args({"campaign", "edit", "1", "--time-zone", bad})),
                            {QStringLiteral("--time-zone"), QStringLiteral("Asia/Tokyo")}))
            << bad;
        EXPECT_TRUE(refused(
            s.cli.onDb(args({"interviewee", "edit", "sato@example.co.jp", "--time-zone", bad})),
            {QStringLiteral("--time-zone")}))
            << bad;
    }
    EXPECT_EQ(s.digest(), before);

    // A booking at 10:00 in Tokyo is 01:00 UTC, not 10:00.
    const auto booked = s.cli.onDb(
        args({"schedule", "book", "sato@example.co.jp", "--at", "2025-05-27T10:00", "--json"}));
    ASSERT_EQ(booked.exitCode, 0) << booked.err.toStdString();
    EXPECT_TRUE(booked.json().object()[QStringLiteral("startsAt")].toString().startsWith(
        QStringLiteral("2025-05-27T01:00")))
        << booked.out.toStdString();
}

TEST(StrictCli, UnknownOptionsAndExtraArgumentsChangeNothing)
{
    Roster s;
    const QByteArray before = s.digest();
    EXPECT_TRUE(refused(s.cli.onDb(args({"quote", "remove", "1", "--bogus"})),
                        {QStringLiteral("--bogus"), QStringLiteral("quote remove")}));
    EXPECT_TRUE(
        refused(s.cli.onDb(args({"interviewee", "remove", "sato@example.co.jp", "--bogus"})),
                {QStringLiteral("--bogus")}));
    EXPECT_TRUE(refused(s.cli.onDb(args({"interviewee", "remove", "sato@example.co.jp", "extra"})),
                        {QStringLiteral("extra")}));
    EXPECT_TRUE(
        refused(s.cli.onDb(args({"user", "list", "--bogus"})), {QStringLiteral("--bogus")}));
    EXPECT_TRUE(
        refused(s.cli.onDb(args({"campaign", "list", "extra"})), {QStringLiteral("extra")}));
    EXPECT_TRUE(refused(s.cli.onDb(args({"schedule", "cancel", "1", "2"})), {QStringLiteral("2")}));
    EXPECT_TRUE(
        refused(s.cli.onDb(args({"schedule", "book", "sato@example.co.jp", "--at",
                                 "2025-05-27T10:00", "--minutes", "60", "--minutes", "90"})),
                {QStringLiteral("--minutes")}));
    EXPECT_TRUE(refused(s.cli.onDb({QStringLiteral("--db"), s.cli.path(QStringLiteral("other.db")),
                                    QStringLiteral("campaign"), QStringLiteral("list")}),
                        {QStringLiteral("--db")}));
    EXPECT_EQ(s.digest(), before);
    EXPECT_EQ(s.cli.onDb(args({"interviewee", "list", "--json"})).json().array().size(), 1);
}

// Each verb, as it declares itself: an unknown option, one argument too many and one too few
// are refused before a database is opened, let alone created.
TEST(StrictCli, EveryVerbRefusesWhatItDoesNotDeclareBeforeOpeningTheDatabase)
{
    CliRunner cli;
    const QString db = cli.path(QStringLiteral("absent.db"));
    const QJsonArray verbs = declaration(cli);
    ASSERT_GT(verbs.size(), 60);
    for (const auto &value : verbs) {
        const QJsonObject verb = value.toObject();
        const QString name = verb[QStringLiteral("command")].toString();
        if (name == QLatin1String("help"))
            continue;
        const QStringList words = name.split(u' ');
        const QStringList base = QStringList{QStringLiteral("--db"), db} + words;
        EXPECT_TRUE(refused(cli.run(base + QStringList{QStringLiteral("--bogus-option")}),
                            {QStringLiteral("--bogus-option")}))
            << name.toStdString();
        bool requiredOption = false;
        for (const auto &o : verb[QStringLiteral("options")].toArray())
            requiredOption = requiredOption || o.toObject()[QStringLiteral("required")].toBool();
        const int max = verb[QStringLiteral("maxArguments")].toInt();
        if (max >= 0) {
            QStringList extra = base;
            for (int i = 0; i < max; ++i)
                extra.append(QStringLiteral("1"));
            extra.append(QStringLiteral("EXTRA-ARG"));
            const auto r = cli.run(extra);
            EXPECT_TRUE(refused(r, requiredOption ? QStringList{}
                                                  : QStringList{QStringLiteral("EXTRA-ARG")}))
                << name.toStdString();
        }
        if (verb[QStringLiteral("minArguments")].toInt() > 0) {
            EXPECT_TRUE(refused(cli.run(base), {})) << name.toStdString();
        }
        EXPECT_FALSE(QFile::exists(db)) << name.toStdString();
    }
    // init too: nothing is created when its command line is wrong.
    EXPECT_TRUE(refused(cli.run(args({"init", "--bogus"})), {QStringLiteral("--bogus")}));
    EXPECT_TRUE(refused(cli.run(args({"init", "now"})), {QStringLiteral("now")}));
    EXPECT_FALSE(QFile::exists(QDir(cli.dataHome()).filePath(QStringLiteral("shuzai/shuzai.db"))));
}

TEST(StrictCli, ChoicesDatesAndTimesAreChecked)
{
    Roster s;
    const QByteArray before = s.digest();
    const QList<std::pair<QStringList, QStringList>> cases{
        {args({"smtp", "account", "set", "--smtp", "smtp://u@mail.example.jp:587", "--tls",
               "bogus"}),
         {"--tls", "starttls"}},
        {args({"smtp", "account", "set", "--smtp", "http://mail.example.jp"}), {"--smtp"}},
        {args({"audit", "list", "--since", "2025-05-27T25:99"}), {"--since"}},
        {args({"audit", "list", "--since", "2025-02-30"}), {"--since"}},
        {args({"audit", "list", "--since", "yesterday"}), {"--since"}},
        {args({"schedule", "book", "sato@example.co.jp", "--at", "2025-05-27T25:00"}), {"--at"}},
        {args({"schedule", "book", "sato@example.co.jp", "--at", "2025-05-27"}), {"--at"}},
        {args({"schedule", "move", "1", "--at", "tomorrow"}), {"--at"}},
        {args({"outreach", "due", "--on", "2025-13-01"}), {"--on"}},
        {args({"campaign", "edit", "1", "--publication-date", "2025-06-31"}),
         {"--publication-date"}},
        {args({"campaign", "edit", "1", "--modes", "online,carrier"}), {"--modes", "in_person"}},
        {args({"interview", "add", "sato@example.co.jp", "--mode", "bogus"}), {"--mode", "online"}},
        {args({"interviewee", "edit", "sato@example.co.jp", "--attribution", "famous"}),
         {"--attribution", "anonymous"}},
        {args({"interviewee", "list", "--status", "happy"}), {"--status", "request_sent"}},
        {args({"review", "send", "sato@example.co.jp", "--channel", "fax"}), {"--channel"}},
        {args({"export", "packet", "sato@example.co.jp", "-o", "x.pdf", "--template", "fr"}),
         {"--template"}},
        {args({"slots", "window", "add", "2025-05-31", "25:00", "26:00"}), {"HH:MM"}},
        {args({"slots", "window", "add", "31.05.2025", "13:00", "15:00"}), {"YYYY-MM-DD"}},
        {args({"transcript", "import", "1", "x.vtt", "--format", "pdf"}), {"--format", "docx"}},
        {args({"audit", "export", "-o", "x.xml", "--format", "xml"}), {"--format", "csv"}},
        {args({"transcript", "speakers", "1", "--map", "nonsense"}), {"--map"}},
        {args({"transcript", "speakers", "1", "--map", "Speaker 1=boss"}), {"--map"}},
        {args({"user", "add", "bob", "--name", "Bob", "--role", "admin"}), {"--role", "reviewer"}},
        {args({"outreach", "template", "show", "fr"}), {"ja, en"}},
        {args({"outreach", "export-eml", "1", "-o", "x.eml", "--charset", "latin1"}),
         {"--charset"}},
    };
    for (const auto &[command, mentions] : cases)
        EXPECT_TRUE(refused(s.cli.onDb(command), mentions)) << command.join(u' ').toStdString();
    EXPECT_EQ(s.digest(), before);
    EXPECT_EQ(s.cli.onDb(args({"smtp", "account", "show"})).exitCode, 1); // nothing saved

    // The documented forms are taken.
    EXPECT_EQ(s.cli.onDb(args({"audit", "list", "--since", "2025-05-27"})).exitCode, 0);
    EXPECT_EQ(s.cli.onDb(args({"audit", "list", "--since", "2025-05-27T09:00"})).exitCode, 0);
    EXPECT_EQ(s.cli.onDb(args({"audit", "list", "--since", "2025-05-27T09:00+09:00"})).exitCode, 0);
    const auto upper =
        s.cli.onDb({QStringLiteral("outreach"), QStringLiteral("export-eml"), QStringLiteral("1"),
                    QStringLiteral("-o"), s.cli.path(QStringLiteral("x.eml")),
                    QStringLiteral("--charset"), QStringLiteral("UTF-8")});
    EXPECT_FALSE(upper.err.contains(QStringLiteral("--charset"))) << upper.err.toStdString();
}

TEST(StrictCli, AMissingRequiredOptionOrArgumentIsAUsageError)
{
    Roster s;
    const QByteArray before = s.digest();
    EXPECT_TRUE(refused(s.cli.onDb(args({"interviewee", "add"})), {QStringLiteral("--category")}));
    EXPECT_TRUE(refused(s.cli.onDb(args({"interviewee", "add", "--category", "vendor"})),
                        {QStringLiteral("--name")}));
    EXPECT_TRUE(refused(s.cli.onDb(args({"interviewee", "add", "--category", "vendor", "--name",
                                         "A B", "--family-name", "A"})),
                        {QStringLiteral("--name"), QStringLiteral("--family-name")}));
    EXPECT_TRUE(refused(s.cli.onDb(args({"schedule", "book", "sato@example.co.jp"})),
                        {QStringLiteral("--at")}));
    EXPECT_TRUE(refused(s.cli.onDb(args({"schedule", "book", "--at", "2025-05-27T10:00"})),
                        {QStringLiteral("INTERVIEWEE")}));
    EXPECT_TRUE(refused(s.cli.onDb(args({"review", "record", "sato@example.co.jp", "--item", "1"})),
                        {QStringLiteral("--corrected")}));
    EXPECT_TRUE(refused(s.cli.onDb(args({"user", "add", "bob", "--name", "Bob"})),
                        {QStringLiteral("--role")}));
    EXPECT_TRUE(refused(s.cli.onDb(args({"export", "packet", "sato@example.co.jp"})),
                        {QStringLiteral("-o")}));
    EXPECT_TRUE(refused(s.cli.onDb(args({"reply", "record", "sato@example.co.jp"})),
                        {QStringLiteral("--accepted")}));
    EXPECT_TRUE(refused(s.cli.onDb(args({"transcript", "show"})), {QStringLiteral("INTERVIEW")}));
    EXPECT_TRUE(refused(s.cli.run(args({"copy", "--from", "a.db"})), {QStringLiteral("--to")}));
    EXPECT_TRUE(refused(s.cli.run(args({"server", "setup", "--editor", "e", "--name", "E"})),
                        {QStringLiteral("postgresql://")}));
    EXPECT_TRUE(refused(s.cli.onDb(args({"interviewee", "add", "--category", "vendor", "--name",
                                         "A B", "--as", ""})),
                        {QStringLiteral("--as")}));
    EXPECT_EQ(s.digest(), before);
}

TEST(StrictCli, TheReadmesAuditFormsWork)
{
    Roster s;
    const auto json = s.cli.onDb(args({"audit", "list", "--format", "json"}));
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonArray rows = json.json().array();
    ASSERT_FALSE(rows.isEmpty()) << json.out.toStdString();
    bool added = false;
    for (const auto &row : rows)
        added =
            added || row.toObject()[QStringLiteral("action")] == QLatin1String("interviewee.added");
    EXPECT_TRUE(added) << json.out.toStdString();

    const auto csv = s.cli.onDb(args({"audit", "list", "--format", "csv"}));
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    EXPECT_TRUE(csv.out.section(u'\n', 0, 0).contains(u',')) << csv.out.toStdString();

    const QString file = s.cli.path(QStringLiteral("audit.json"));
    const auto listed = s.cli.onDb(QStringList{QStringLiteral("audit"), QStringLiteral("list"),
                                               QStringLiteral("-o"), file,
                                               QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_TRUE(QFile::exists(file));
    const QString exported = s.cli.path(QStringLiteral("audit.csv"));
    EXPECT_EQ(s.cli
                  .onDb({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("-o"),
                         exported})
                  .exitCode,
              0);
    EXPECT_TRUE(QFile::exists(exported));
}

TEST(StrictCli, ArgumentsThatAreNotUtf8AreRefusedByPosition)
{
    Roster s;
    const QByteArray before = s.digest();
    for (const char *bytes : {"\\377", "\\303\\050", "\\300\\257", "\\355\\240\\200"}) {
        // QProcess passes only valid text; a shell makes the raw bytes.
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), s.cli.path(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), s.cli.path(QStringLiteral("config")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("/bin/sh"),
                {QStringLiteral("-c"),
                 QStringLiteral("exec \"$0\" --json --db \"$1\" interviewee add --category vendor "
                                "--name \"$(printf 'A %1')\"")
                     .arg(QString::fromLatin1(bytes)),
                 QStringLiteral(SHUZAI_CLI), s.cli.path(QStringLiteral("test.db"))});
        ASSERT_TRUE(p.waitForFinished(30000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        EXPECT_EQ(p.exitCode(), 2) << bytes << ": " << err.toStdString();
        EXPECT_TRUE(err.contains(QStringLiteral("UTF-8"))) << err.toStdString();
        EXPECT_TRUE(err.contains(QStringLiteral("9"))) << err.toStdString(); // --name's value
        const QJsonObject error = QJsonDocument::fromJson(p.readAllStandardOutput())
                                      .object()[QStringLiteral("error")]
                                      .toObject();
        EXPECT_EQ(error[QStringLiteral("code")].toString(), QStringLiteral("usage"));
    }
    EXPECT_EQ(s.digest(), before);
}

TEST(StrictCli, MessagesShowOnlyAShortExcerptOfWhatWasTyped)
{
    Roster s;
    const QString huge(100000, u'x');
    const QList<std::pair<QStringList, int>> cases{
        {{QStringLiteral("interviewee"), QStringLiteral("show"), huge}, 1},
        {{QStringLiteral("campaign"), QStringLiteral("edit"), QStringLiteral("1"),
          QStringLiteral("--editor-email"), huge},
         1},
        {{QStringLiteral("campaign"), QStringLiteral("edit"), QStringLiteral("1"),
          QStringLiteral("--time-zone"), huge},
         2},
        {{QStringLiteral("search"), QStringLiteral("AI"), QStringLiteral("--limit"), huge}, 2},
        {{QStringLiteral("campaign"), QStringLiteral("list"), QStringLiteral("--") + huge}, 2},
        {{QStringLiteral("campaign"), QStringLiteral("list"), huge}, 2},
        {{huge}, 2},
    };
    for (const auto &[command, status] : cases) {
        const auto r = s.cli.onDb(command + QStringList{QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, status) << command.mid(0, 2).join(u' ').toStdString();
        EXPECT_LT(r.err.size(), 400) << r.err.left(400).toStdString();
        EXPECT_TRUE(r.err.contains(u'…')) << r.err.left(400).toStdString();
        EXPECT_LT(r.out.size(), 600) << r.out.left(600).toStdString();
    }
}

TEST(StrictCli, APasswordInTheSmtpAddressIsRefusedAndNotRepeated)
{
    Roster s;
    for (const QStringList &command :
         {args({"smtp", "account", "set", "--smtp", "smtp://sato:hunter2@mail.example.jp:587"}),
          args({"smtp", "password", "set", "--smtp", "smtp://sato:hunter2@mail.example.jp"}),
          args({"outreach", "send", "sato@example.co.jp", "--smtp",
                "smtps://sato:hunter2@mail.example.jp:465"})}) {
        const auto r = s.cli.onDb(command, QStringLiteral("test.db"), "typed\n");
        EXPECT_TRUE(
            refused(r, {QStringLiteral("keychain"), QStringLiteral("SHUZAI_SMTP_PASSWORD")}))
            << command.join(u' ').toStdString();
        EXPECT_FALSE(r.err.contains(QStringLiteral("hunter2"))) << r.err.toStdString();
    }
    EXPECT_EQ(s.cli.onDb(args({"smtp", "account", "show"})).exitCode, 1);
    EXPECT_TRUE(s.cli.onDb(args({"outreach", "log", "--json"})).json().array().isEmpty());
}

TEST(StrictCli, HelpComesFromTheDeclaration)
{
    CliRunner cli;
    const QString db = cli.path(QStringLiteral("absent.db"));
    const auto verb = cli.run({QStringLiteral("--db"), db, QStringLiteral("schedule"),
                               QStringLiteral("book"), QStringLiteral("--help")});
    ASSERT_EQ(verb.exitCode, 0) << verb.err.toStdString();
    for (const char *shown : {"schedule book INTERVIEWEE", "--minutes N", "10 to 480", "--at",
                              "--tentative", "--campaign ID"})
        EXPECT_TRUE(verb.out.contains(QString::fromUtf8(shown))) << shown;
    EXPECT_EQ(cli.run(args({"help", "schedule", "book"})).out, verb.out);
    const auto ja = cli.run(args({"--lang", "ja", "schedule", "book", "--help"}));
    EXPECT_TRUE(ja.out.contains(QStringLiteral("10〜480"))) << ja.out.toStdString();

    const auto all = cli.run(args({"--help"}));
    ASSERT_EQ(all.exitCode, 0);
    for (const auto &value : declaration(cli)) {
        const QString synopsis = value.toObject()[QStringLiteral("synopsis")].toString();
        EXPECT_TRUE(all.out.contains(synopsis.section(u' ', 0, 1))) << synopsis.toStdString();
    }
    EXPECT_TRUE(refused(cli.run(args({"frobnicate", "--help"})), {QStringLiteral("frobnicate")}));
    EXPECT_FALSE(QFile::exists(db));

    // An option is a flag for every verb or takes a value for every verb: the parser reads the
    // command line before it knows the verb.
    QMap<QString, bool> isFlag;
    for (const auto &value : declaration(cli)) {
        for (const auto &o : value.toObject()[QStringLiteral("options")].toArray()) {
            const QString name = o.toObject()[QStringLiteral("name")].toString();
            const bool flag = o.toObject()[QStringLiteral("kind")] == QLatin1String("flag");
            EXPECT_EQ(isFlag.value(name, flag), flag) << name.toStdString();
            isFlag.insert(name, flag);
        }
    }

    // What each verb does to the database, as main opens it.
    QMap<QString, QString> access;
    for (const auto &value : declaration(cli)) {
        const QJsonObject v = value.toObject();
        access.insert(v[QStringLiteral("command")].toString(),
                      v[QStringLiteral("access")].toString());
    }
    EXPECT_EQ(access.value(QStringLiteral("init")), QStringLiteral("create"));
    EXPECT_EQ(access.value(QStringLiteral("campaign list")), QStringLiteral("read"));
    EXPECT_EQ(access.value(QStringLiteral("transcript import")), QStringLiteral("write"));
    EXPECT_EQ(access.value(QStringLiteral("outreach template show")), QStringLiteral("read"));
    EXPECT_EQ(access.value(QStringLiteral("outreach template set")), QStringLiteral("write"));
    EXPECT_EQ(access.value(QStringLiteral("backup")), QStringLiteral("read"));
    EXPECT_EQ(access.value(QStringLiteral("check")), QStringLiteral("write"));
    EXPECT_EQ(access.value(QStringLiteral("restore")), QStringLiteral("own"));
}

TEST(StrictCli, TheReadmesCommandTableIsTheDeclaration)
{
    CliRunner cli;
    const auto r = cli.run(args({"--lang", "en", "help", "--markdown"}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString text = readme();
    const QString open = QStringLiteral("<!-- cli-table -->\n");
    const QString close = QStringLiteral("<!-- /cli-table -->");
    const qsizetype start = text.indexOf(open);
    const qsizetype end = text.indexOf(close);
    ASSERT_GE(start, 0) << "README.md has no " << open.toStdString();
    ASSERT_GT(end, start);
    const QString table = text.mid(start + open.size(), end - start - open.size());
    EXPECT_EQ(table.trimmed().toStdString(), r.out.trimmed().toStdString())
        << "run shuzai-cli --lang en help --markdown and paste it into README.md";
}
