// caldav account|password|calendar|sync|status|busy|resolve: the team's calendars over CalDAV
// (core/services/caldavservice.h). The password comes on standard input or from
// SHUZAI_CALDAV_PASSWORD, never as an argument.
#include "commands.h"
#include "services/caldavservice.h"
#include "services/workspace.h"
#include "util/datetext.h"

#include <QTimeZone>

#include <QJsonArray>
#include <QJsonObject>

namespace shuzai::cli {

namespace {
QString stamp(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject accountJson(const CaldavAccount &a)
{
    return {{QStringLiteral("url"), a.url},
            {QStringLiteral("user"), a.login},
            {QStringLiteral("caFile"), a.caFile},
            {QStringLiteral("lastSync"), stamp(a.lastSyncAt)}};
}

QJsonObject calendarJson(const CaldavCalendar &c)
{
    return {{QStringLiteral("writer"), c.writerLogin},
            {QStringLiteral("url"), c.url},
            {QStringLiteral("synced"), stamp(c.syncedAt)}};
}

QJsonArray conflictsJson(const QList<CaldavConflict> &conflicts)
{
    QJsonArray out;
    for (const CaldavConflict &c : conflicts) {
        out.append(QJsonObject{{QStringLiteral("interviewId"), c.interviewId},
                               {QStringLiteral("uid"), c.uid},
                               {QStringLiteral("href"), c.href},
                               {QStringLiteral("since"), stamp(c.since)}});
    }
    return out;
}

void printConflicts(const Output &out, const QList<CaldavConflict> &conflicts)
{
    for (const CaldavConflict &c : conflicts) {
        out.line(Cli::tr("Interview %1 was changed on the calendar server by someone else and "
                         "is left as it is there (%2): check it, then run caldav resolve %1 "
                         "--overwrite or --keep-server.")
                     .arg(c.interviewId)
                     .arg(c.href));
    }
}

VoidResult runAccount(Context &ctx)
{
    CaldavService &caldav = ctx.ws.caldav();
    if (ctx.cl.word(2) == QLatin1String("set")) {
        return caldav.setAccount(ctx.cl.option(QStringLiteral("url")),
                                 ctx.cl.option(QStringLiteral("user")),
                                 ctx.cl.option(QStringLiteral("ca-file")));
    }
    auto account = caldav.account();
    if (!account)
        return account.error();
    if (!*account) {
        return Error(ErrorCode::NotFound,
                     QT_TRANSLATE_NOOP("Error", "No calendar server is set up."));
    }
    if (ctx.out.json())
        ctx.out.printJson(accountJson(**account));
    else
        ctx.out.line(QStringLiteral("%1\t%2\t%3\t%4")
                         .arg((*account)->url, (*account)->login, (*account)->caFile,
                              stamp((*account)->lastSyncAt)));
    return {};
}

VoidResult runCalendars(Context &ctx)
{
    CaldavService &caldav = ctx.ws.caldav();
    const QString verb = ctx.cl.word(2);
    if (verb == QLatin1String("add")) {
        auto added = caldav.addCalendar(ctx.cl.word(3), ctx.cl.word(4));
        if (!added)
            return added.error();
        if (ctx.out.json())
            ctx.out.printJson(calendarJson(*added));
        return {};
    }
    if (verb == QLatin1String("remove"))
        return caldav.removeCalendar(ctx.cl.word(3));
    auto all = caldav.calendars();
    if (!all)
        return all.error();
    QJsonArray rows;
    for (const CaldavCalendar &c : std::as_const(*all)) {
        if (ctx.out.json())
            rows.append(calendarJson(c));
        else
            ctx.out.line(QStringLiteral("%1\t%2\t%3").arg(c.writerLogin, c.url, stamp(c.syncedAt)));
    }
    if (ctx.out.json())
        ctx.out.printJson(rows);
    return {};
}

VoidResult runSync(Context &ctx)
{
    auto campaign = resolveCampaign(ctx);
    if (!campaign)
        return campaign.error();
    auto r = ctx.ws.caldav().sync(campaign->id);
    if (!r)
        return r.error();
    if (ctx.out.json()) {
        ctx.out.printJson(
            QJsonObject{{QStringLiteral("created"), r->created},
                        {QStringLiteral("updated"), r->updated},
                        {QStringLiteral("cancelled"), r->cancelled},
                        {QStringLiteral("removed"), r->removed},
                        {QStringLiteral("unchanged"), r->unchanged},
                        {QStringLiteral("newConflicts"), conflictsJson(r->newConflicts)},
                        {QStringLiteral("stillInConflict"), r->stillInConflict},
                        {QStringLiteral("calendarsRead"), r->calendarsRead},
                        {QStringLiteral("busyEventsChanged"), r->busyEventsChanged},
                        {QStringLiteral("busyEventsRemoved"), r->busyEventsRemoved},
                        {QStringLiteral("fullResyncs"), r->fullResyncs},
                        {QStringLiteral("unreadableEvents"), r->unreadableEvents}});
        return {};
    }
    ctx.out.line(Cli::tr("Published: %1 new, %2 changed, %3 cancelled, %4 unchanged, %5 "
                         "deleted.")
                     .arg(r->created)
                     .arg(r->updated)
                     .arg(r->cancelled)
                     .arg(r->unchanged)
                     .arg(r->removed));
    ctx.out.line(Cli::tr("Writers' calendars read: %1 (%2 events added or changed, %3 removed).")
                     .arg(r->calendarsRead)
                     .arg(r->busyEventsChanged)
                     .arg(r->busyEventsRemoved));
    printConflicts(ctx.out, r->newConflicts);
    if (r->stillInConflict) {
        ctx.out.line(Cli::tr("%n interview(s) still in conflict: see caldav status.", nullptr,
                             r->stillInConflict));
    }
    return {};
}

VoidResult runStatus(Context &ctx)
{
    auto campaign = resolveCampaign(ctx);
    if (!campaign)
        return campaign.error();
    auto s = ctx.ws.caldav().status(campaign->id);
    if (!s)
        return s.error();
    if (ctx.out.json()) {
        QJsonArray calendars;
        for (const CaldavCalendar &c : std::as_const(s->calendars))
            calendars.append(calendarJson(c));
        ctx.out.printJson(QJsonObject{
            {QStringLiteral("account"),
             s->account ? QJsonValue(accountJson(*s->account)) : QJsonValue()},
            {QStringLiteral("published"), s->published},
            {QStringLiteral("pending"), s->pending},
            {QStringLiteral("conflicts"), conflictsJson(s->conflicts)},
            {QStringLiteral("lastSync"), s->account ? stamp(s->account->lastSyncAt) : QString()},
            {QStringLiteral("calendars"), calendars}});
        return {};
    }
    if (!s->account) {
        ctx.out.line(Cli::tr("No calendar server is set up."));
        return {};
    }
    ctx.out.line(Cli::tr("Booking calendar: %1 (as %2)").arg(s->account->url, s->account->login));
    ctx.out.line(s->account->lastSyncAt.isValid()
                     ? Cli::tr("Last sync: %1").arg(stamp(s->account->lastSyncAt))
                     : Cli::tr("Never synced."));
    ctx.out.line(Cli::tr("Published: %1, waiting for the next sync: %2, in conflict: %3.")
                     .arg(s->published)
                     .arg(s->pending)
                     .arg(s->conflicts.size()));
    printConflicts(ctx.out, s->conflicts);
    for (const CaldavCalendar &c : std::as_const(s->calendars))
        ctx.out.line(QStringLiteral("%1\t%2\t%3").arg(c.writerLogin, c.url, stamp(c.syncedAt)));
    return {};
}
// The week's busy times with where each came from: what the calendar draws apart.
VoidResult runBusy(Context &ctx)
{
    auto campaign = resolveCampaign(ctx);
    if (!campaign)
        return campaign.error();
    const QTimeZone zone(campaign->timeZone.toUtf8());
    QDate day = ctx.ws.clock().now().toTimeZone(zone).date();
    if (ctx.cl.options.contains(QStringLiteral("week")))
        day = QDate::fromString(ctx.cl.option(QStringLiteral("week")), Qt::ISODate);
    const QDateTime from(day.addDays(1 - day.dayOfWeek()), QTime(0, 0), zone);
    auto busy = ctx.ws.caldav().busyTimes(from, from.addDays(7));
    if (!busy)
        return busy.error();
    QJsonArray rows;
    for (const ShownBusyTime &b : std::as_const(*busy)) {
        if (ctx.out.json()) {
            rows.append(
                QJsonObject{{QStringLiteral("start"), stamp(b.period.start)},
                            {QStringLiteral("end"), stamp(b.period.end)},
                            {QStringLiteral("summary"), b.period.summary},
                            {QStringLiteral("origin"),
                             b.fromCaldav() ? QStringLiteral("caldav") : QStringLiteral("file")},
                            {QStringLiteral("writer"), b.writerLogin},
                            {QStringLiteral("calendar"), b.calendarUrl},
                            {QStringLiteral("source"), b.period.source}});
        } else {
            ctx.out.line(
                QStringLiteral("%1\t%2\t%3\t%4")
                    .arg(datetext::shortRange(b.period.start, b.period.end, zone), b.period.summary,
                         b.fromCaldav() ? QStringLiteral("CalDAV") : QStringLiteral(".ics"),
                         b.fromCaldav() ? b.writerLogin + u' ' + b.calendarUrl : b.period.source));
        }
    }
    if (ctx.out.json())
        ctx.out.printJson(rows);
    return {};
}
} // namespace

VoidResult runCaldav(Context &ctx)
{
    const CommandLine &cl = ctx.cl;
    const QString what = cl.word(1);
    if (what == QLatin1String("account"))
        return runAccount(ctx);
    if (what == QLatin1String("calendar"))
        return runCalendars(ctx);
    if (what == QLatin1String("sync"))
        return runSync(ctx);
    if (what == QLatin1String("status"))
        return runStatus(ctx);
    if (what == QLatin1String("busy"))
        return runBusy(ctx);
    if (what == QLatin1String("resolve")) {
        return ctx.ws.caldav().resolve(cl.word(2).toLongLong(),
                                       cl.has(QStringLiteral("overwrite")));
    }
    // password set|forget
    if (cl.word(2) == QLatin1String("forget"))
        return ctx.ws.caldav().forgetPassword();
    const QString password = passwordFromStdin();
    if (password.isEmpty())
        return usageError(QT_TRANSLATE_NOOP("Error", "Give the password on standard input."));
    return ctx.ws.caldav().savePassword(password);
}

} // namespace shuzai::cli
