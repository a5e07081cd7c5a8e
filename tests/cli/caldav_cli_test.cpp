// caldav account|calendar|sync|status through the real shuzai-cli against a real Radicale.
#include "clirunner.h"
#include "radicaleserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace shuzai::test;

namespace {
struct CalendarTeam {
    CalendarTeam()
    {
        cli.setEnv(QStringLiteral("SHUZAI_CALDAV_PASSWORD"), QStringLiteral("editor-pw"));
        EXPECT_EQ(
            cli.onDb({QStringLiteral("caldav"), QStringLiteral("account"), QStringLiteral("set"),
                      QStringLiteral("--url"), server.url(QStringLiteral("/editor/shuzai")),
                      QStringLiteral("--user"), QStringLiteral("editor")})
                .exitCode,
            0);
        EXPECT_EQ(cli.onDb(args({"interviewee", "add", "--category", "adopter", "--name",
                                 "鈴木 一郎", "--reading", "スズキ イチロウ"}))
                      .exitCode,
                  0);
        EXPECT_EQ(cli.onDb(args({"schedule", "book", "1", "--at", "2025-05-28T15:00"})).exitCode,
                  0);
    }
    RadicaleServer server;
    CliRunner cli;
};
} // namespace

TEST(CaldavCli, AccountSyncAndStatusAsAScriptSeesThem)
{
    CalendarTeam s;
    auto shown = s.cli.onDb(args({"caldav", "account", "show", "--json"}));
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    EXPECT_EQ(shown.json()[QStringLiteral("url")].toString(),
              s.server.url(QStringLiteral("/editor/shuzai/")));
    EXPECT_EQ(shown.json()[QStringLiteral("user")].toString(), QStringLiteral("editor"));

    auto before = s.cli.onDb(args({"caldav", "status", "--json"}));
    ASSERT_EQ(before.exitCode, 0) << before.err.toStdString();
    EXPECT_EQ(before.json()[QStringLiteral("pending")].toInt(), 1);

    auto synced = s.cli.onDb(args({"caldav", "sync", "--json"}));
    ASSERT_EQ(synced.exitCode, 0) << synced.err.toStdString();
    EXPECT_EQ(synced.json()[QStringLiteral("created")].toInt(), 1);
    const QJsonArray events = s.server
                                  .python(QStringLiteral("writer2"), R"(
cal = client.calendar(url=url + '/editor/shuzai/')
print(json.dumps([{'start': e.icalendar_instance.walk('VEVENT')[0].decoded('DTSTART').isoformat()} for e in cal.events()]))
)")
                                  .array();
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events.first()[QStringLiteral("start")].toString(),
              QStringLiteral("2025-05-28T15:00:00+09:00"));

    auto text = s.cli.onDb(args({"caldav", "sync"}));
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("0 new, 0 changed, 0 cancelled, 1 unchanged")))
        << text.out.toStdString();
    auto after = s.cli.onDb(args({"caldav", "status", "--json"}));
    EXPECT_EQ(after.json()[QStringLiteral("published")].toInt(), 1);
    EXPECT_EQ(after.json()[QStringLiteral("pending")].toInt(), 0);
    EXPECT_FALSE(after.json()[QStringLiteral("lastSync")].toString().isEmpty());
}

TEST(CaldavCli, AWritersCalendarFeedsConflicts)
{
    CalendarTeam s;
    s.server.python(QStringLiteral("writer1"), R"(
cal = client.principal().make_calendar(name='Work', cal_id='work')
cal.save_event('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//w//w//EN\r\nBEGIN:VEVENT\r\nUID:x1\r\nDTSTAMP:20250501T000000Z\r\nDTSTART:20250528T060000Z\r\nDTEND:20250528T070000Z\r\nSUMMARY:歯医者\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n')
print('{}')
)");
    auto added =
        s.cli.onDb({QStringLiteral("caldav"), QStringLiteral("calendar"), QStringLiteral("add"),
                    QStringLiteral("writer"), s.server.url(QStringLiteral("/writer1/work/"))});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    auto listed = s.cli.onDb(args({"caldav", "calendar", "list", "--json"}));
    ASSERT_EQ(listed.json().array().size(), 1);
    EXPECT_EQ(listed.json().array().first()[QStringLiteral("writer")].toString(),
              QStringLiteral("writer"));
    ASSERT_EQ(s.cli.onDb(args({"caldav", "sync"})).exitCode, 0);
    auto conflicts = s.cli.onDb(args({"conflicts", "--json"}));
    const QJsonArray found = conflicts.json().array();
    ASSERT_EQ(found.size(), 1) << conflicts.out.toStdString();
    EXPECT_EQ(found.first()[QStringLiteral("kind")].toString(), QStringLiteral("busy_calendar"));
    EXPECT_EQ(found.first()[QStringLiteral("busy")].toString(), QStringLiteral("歯医者"));
    // The week's busy times say where each came from.
    auto busy = s.cli.onDb(args({"caldav", "busy", "--week", "2025-05-26", "--json"}));
    ASSERT_EQ(busy.exitCode, 0) << busy.err.toStdString();
    const QJsonArray week = busy.json().array();
    ASSERT_EQ(week.size(), 1) << busy.out.toStdString();
    EXPECT_EQ(week.first()[QStringLiteral("origin")].toString(), QStringLiteral("caldav"));
    EXPECT_EQ(week.first()[QStringLiteral("writer")].toString(), QStringLiteral("writer"));
    EXPECT_EQ(week.first()[QStringLiteral("calendar")].toString(),
              s.server.url(QStringLiteral("/writer1/work/")));
    EXPECT_EQ(week.first()[QStringLiteral("start")].toString(),
              QStringLiteral("2025-05-28T06:00:00Z"));
}

TEST(CaldavCli, AWrongPasswordFailsPlainlyAndAWriterCannotSync)
{
    CalendarTeam s;
    s.cli.setEnv(QStringLiteral("SHUZAI_CALDAV_PASSWORD"), QStringLiteral("nope"));
    auto refused = s.cli.onDb(args({"caldav", "sync"}));
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("refused the login")))
        << refused.err.toStdString();
    EXPECT_EQ(
        s.cli.onDb(args({"caldav", "status", "--json"})).json()[QStringLiteral("pending")].toInt(),
        1);
    auto writer = s.cli.onDb(args({"--as", "writer", "caldav", "sync"}));
    EXPECT_NE(writer.exitCode, 0);
}
