#include "commands.h"
#include "services/campaignservice.h"
#include "services/rosterservice.h"
#include "services/schedulingservice.h"
#include "services/workspace.h"
#include "util/datetext.h"
#include "util/files.h"
#include "json/transcriptjson.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QTimeZone>

namespace shuzai::cli {

namespace {
Result<Campaign> campaignOfInterview(Context &ctx, Id interviewId)
{
    auto all = ctx.ws.campaigns().list();
    if (!all)
        return all.error();
    for (const Campaign &c : *all) {
        auto interviews = ctx.ws.scheduling().interviews(c.id);
        if (!interviews)
            return interviews.error();
        for (const Interview &i : *interviews) {
            if (i.id == interviewId)
                return ctx.ws.campaigns().load(c.id);
        }
    }
    return Error(ErrorCode::NotFound, QT_TRANSLATE_NOOP("Error", "There is no interview %1."),
                 {QString::number(interviewId)});
}

QString local(const QDateTime &t, const Campaign &c)
{
    return datetext::shortDateTime(t, QTimeZone(c.timeZone.toUtf8()));
}

void printInterview(Context &ctx, const Interview &i, const Campaign &c)
{
    if (ctx.out.json())
        ctx.out.printJson(json::interview(i));
    else
        ctx.out.line(QStringLiteral("%1\t%2\t%3\t%4")
                         .arg(i.id)
                         .arg(local(i.startsAt, c), toCode(i.state), displayName(i.mode)));
}
} // namespace

QDateTime campaignTime(const QString &text, const Campaign &campaign)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (t.timeSpec() == Qt::LocalTime)
        t = QDateTime(t.date(), t.time(), QTimeZone(campaign.timeZone.toUtf8()));
    return t.toUTC();
}

namespace {
VoidResult runWindow(Context &ctx)
{
    const CommandLine &cl = ctx.cl;
    // slots window add DATE START END [--note N] | slots window remove ID
    auto campaign = resolveCampaign(ctx);
    if (!campaign)
        return campaign.error();
    if (cl.word(2) == QLatin1String("add")) {
        AvailabilityWindow w;
        w.day = QDate::fromString(cl.word(3), Qt::ISODate);
        w.start = QTime::fromString(cl.word(4), QStringLiteral("HH:mm"));
        w.end = QTime::fromString(cl.word(5), QStringLiteral("HH:mm"));
        w.note = cl.option(QStringLiteral("note"));
        auto added = ctx.ws.campaigns().addWindow(campaign->id, w);
        if (!added)
            return added.error();
        if (ctx.out.json())
            ctx.out.printJson(QJsonObject{{QStringLiteral("id"), added->id}});
        return {};
    }
    return ctx.ws.campaigns().removeWindow(campaign->id, cl.word(3).toLongLong());
}
} // namespace

VoidResult runSlots(Context &ctx)
{
    const CommandLine &cl = ctx.cl;
    if (cl.word(1) == QLatin1String("window"))
        return runWindow(ctx);
    auto campaign = campaignArgument(ctx, 2);
    if (!campaign)
        return campaign.error();
    if (cl.word(1) == QLatin1String("block")) {
        auto block = ctx.ws.scheduling().freeSlotBlock(campaign->id);
        if (!block)
            return block.error();
        if (ctx.out.json())
            ctx.out.printJson(QJsonObject{{QStringLiteral("block"), *block}});
        else
            ctx.out.line(*block);
        return {};
    }
    auto all = ctx.ws.scheduling().slotsOf(campaign->id);
    if (!all)
        return all.error();
    const bool freeOnly = cl.flags.contains(QStringLiteral("free"));
    QJsonArray out;
    for (const Slot &s : *all) {
        if (freeOnly && s.state == Slot::State::Booked)
            continue;
        if (ctx.out.json()) {
            QJsonArray held;
            for (Id id : s.tentative)
                held.append(id);
            out.append(QJsonObject{{QStringLiteral("start"), s.start.toString(Qt::ISODate)},
                                   {QStringLiteral("end"), s.end.toString(Qt::ISODate)},
                                   {QStringLiteral("local"), local(s.start, *campaign)},
                                   {QStringLiteral("state"), toCode(s.state)},
                                   {QStringLiteral("tentative"), held},
                                   {QStringLiteral("booked"), s.booked},
                                   {QStringLiteral("note"), s.note}});
        } else {
            ctx.out.line(QStringLiteral("%1-%2\t%3%4")
                             .arg(local(s.start, *campaign), local(s.end, *campaign).mid(11),
                                  toCode(s.state),
                                  s.note.isEmpty() ? QString() : QStringLiteral("\t") + s.note));
        }
    }
    if (ctx.out.json())
        ctx.out.printJson(out);
    return {};
}

VoidResult runSchedule(Context &ctx)
{
    const CommandLine &cl = ctx.cl;
    const QString verb = cl.word(1);
    SchedulingService &scheduling = ctx.ws.scheduling();
    if (verb == QLatin1String("book")) {
        auto campaign = resolveCampaign(ctx);
        if (!campaign)
            return campaign.error();
        auto person = ctx.ws.roster().find(campaign->id, cl.word(2));
        if (!person)
            return person.error();
        Booking b;
        b.intervieweeId = person->id;
        if (cl.options.contains(QStringLiteral("at"))) {
            b.start = campaignTime(cl.option(QStringLiteral("at")), *campaign);
        } else {
            auto preferred = scheduling.preferredStart(person->id);
            if (!preferred)
                return preferred.error();
            if (!preferred->has_value()) {
                return Error(ErrorCode::Usage,
                             QT_TRANSLATE_NOOP("Error", "%1's reply chose no candidate time that "
                                                        "is still free: give one with --at."),
                             {person->data.fullName()});
            }
            b.start = **preferred;
        }
        b.minutes = cl.option(QStringLiteral("minutes")).toInt(); // 0: the campaign's length
        if (cl.options.contains(QStringLiteral("mode")))
            b.mode = modeFromCode(cl.option(QStringLiteral("mode"))).value_or(b.mode);
        b.place = cl.option(QStringLiteral("place"));
        b.meetingUrl = cl.option(QStringLiteral("url"));
        b.tentative = cl.flags.contains(QStringLiteral("tentative"));
        if (cl.options.contains(QStringLiteral("writer"))) {
            auto users = ctx.ws.users();
            if (!users)
                return users.error();
            for (const User &u : *users) {
                if (u.login == cl.option(QStringLiteral("writer")))
                    b.writerId = u.id;
            }
            if (!b.writerId)
                return Error(ErrorCode::NotFound,
                             QT_TRANSLATE_NOOP("Error", "There is no user \"%1\"."),
                             {cl.option(QStringLiteral("writer"))});
        }
        auto booked = scheduling.book(b);
        if (!booked)
            return booked.error();
        printInterview(ctx, *booked, *campaign);
        return {};
    }
    if (verb == QLatin1String("move") || verb == QLatin1String("cancel") ||
        verb == QLatin1String("confirm") || verb == QLatin1String("history")) {
        const Id id = cl.word(2).toLongLong();
        auto campaign = campaignOfInterview(ctx, id);
        if (!campaign)
            return campaign.error();
        if (verb == QLatin1String("history")) {
            auto history = scheduling.history(id);
            if (!history)
                return history.error();
            QJsonArray out;
            for (const InterviewChange &c : *history) {
                if (ctx.out.json()) {
                    out.append(QJsonObject{
                        {QStringLiteral("action"), c.action},
                        {QStringLiteral("from"), c.oldStart.isValid()
                                                     ? QJsonValue(c.oldStart.toString(Qt::ISODate))
                                                     : QJsonValue()},
                        {QStringLiteral("to"), c.newStart.isValid()
                                                   ? QJsonValue(c.newStart.toString(Qt::ISODate))
                                                   : QJsonValue()},
                        {QStringLiteral("at"), c.at.toString(Qt::ISODate)}});
                } else {
                    ctx.out.line(QStringLiteral("%1\t%2\t%3 -> %4")
                                     .arg(local(c.at, *campaign), c.action,
                                          c.oldStart.isValid() ? local(c.oldStart, *campaign)
                                                               : QStringLiteral("-"),
                                          c.newStart.isValid() ? local(c.newStart, *campaign)
                                                               : QStringLiteral("-")));
                }
            }
            if (ctx.out.json())
                ctx.out.printJson(out);
            return {};
        }
        Result<Interview> result = Error(ErrorCode::Usage, "");
        if (verb == QLatin1String("move")) {
            result = scheduling.move(id, campaignTime(cl.option(QStringLiteral("at")), *campaign));
        } else if (verb == QLatin1String("cancel")) {
            result = scheduling.cancel(id);
        } else {
            result = scheduling.confirm(id);
        }
        if (!result)
            return result.error();
        printInterview(ctx, *result, *campaign);
        return {};
    }
    return {};
}

namespace {
// What an import of busy times kept and left out, and over which days.
void printImportSummary(Context &ctx, const BusyImportSummary &s)
{
    const QString first = s.windowFirst.toString(Qt::ISODate);
    const QString last = s.windowLast.toString(Qt::ISODate);
    if (ctx.out.json()) {
        ctx.out.printJson(QJsonObject{
            {QStringLiteral("source"), s.source},
            {QStringLiteral("busyTimes"), s.busyPeriods},
            {QStringLiteral("entries"), s.entries},
            {QStringLiteral("kept"), s.kept},
            {QStringLiteral("leftOut"),
             QJsonObject{{QStringLiteral("outsideWindow"), s.outsideWindow},
                         {QStringLiteral("cancelled"), s.cancelled},
                         {QStringLiteral("free"), s.free}}},
            {QStringLiteral("cutShort"), s.cutShort},
            {QStringLiteral("window"),
             QJsonObject{{QStringLiteral("first"), first},
                         {QStringLiteral("last"), last},
                         {QStringLiteral("timeZone"), s.timeZone},
                         {QStringLiteral("from"), s.campaignWindow ? QStringLiteral("campaign")
                                                                   : QStringLiteral("default")}}}});
        return;
    }
    ctx.out.line(
        Cli::tr("Imported %n busy time(s) from %1: %2 of %3 entries kept.", nullptr, s.busyPeriods)
            .arg(s.source)
            .arg(s.kept)
            .arg(s.entries));
    const QString from = datetext::shortDate(s.windowFirst);
    const QString to = datetext::shortDate(s.windowLast);
    ctx.out.line(s.campaignWindow
                     ? Cli::tr("Window: %1 to %2 (%3), the campaign's interview days.")
                           .arg(from, to, s.timeZone)
                     : Cli::tr("Window: %1 to %2 (%3), a week before today to a year ahead.")
                           .arg(from, to, s.timeZone));
    ctx.out.line(Cli::tr("Left out: %1 outside the window, %2 cancelled, %3 marked free.")
                     .arg(s.outsideWindow)
                     .arg(s.cancelled)
                     .arg(s.free));
    if (s.cutShort > 0) {
        ctx.out.line(Cli::tr("%n repeating event(s) repeat so often that they were worked out "
                             "only part of the way through the window.",
                             nullptr, s.cutShort));
    }
}
} // namespace

VoidResult runCalendar(Context &ctx)
{
    const CommandLine &cl = ctx.cl;
    const QString verb = cl.word(1);
    if (verb == QLatin1String("export")) {
        Result<QByteArray> ics = Error(ErrorCode::Usage, "");
        if (cl.options.contains(QStringLiteral("interview"))) {
            ics = ctx.ws.scheduling().exportInterview(
                cl.option(QStringLiteral("interview")).toLongLong());
        } else {
            auto campaign = campaignArgument(ctx, 2);
            if (!campaign)
                return campaign.error();
            ics = ctx.ws.scheduling().exportCampaign(campaign->id);
        }
        if (!ics)
            return ics.error();
        return files::writeAtomically(cl.option(QStringLiteral("output")), *ics);
    }
    if (verb == QLatin1String("import")) {
        auto bytes = files::readAll(cl.word(2));
        if (!bytes)
            return bytes.error();
        auto campaign = resolveCampaign(ctx);
        if (!campaign)
            return campaign.error();
        auto summary = ctx.ws.scheduling().importBusyTimes(*bytes, QFileInfo(cl.word(2)).fileName(),
                                                           campaign->id);
        if (!summary)
            return summary.error();
        printImportSummary(ctx, *summary);
        return {};
    }
    return {};
}

VoidResult runConflicts(Context &ctx)
{
    auto campaign = campaignArgument(ctx, 1);
    if (!campaign)
        return campaign.error();
    auto conflicts = ctx.ws.scheduling().conflicts(campaign->id);
    if (!conflicts)
        return conflicts.error();
    QJsonArray out;
    for (const Conflict &c : *conflicts) {
        if (ctx.out.json()) {
            out.append(QJsonObject{{QStringLiteral("kind"), toCode(c.kind)},
                                   {QStringLiteral("interviewId"), c.interviewId},
                                   {QStringLiteral("otherInterviewId"), c.otherInterviewId},
                                   {QStringLiteral("busy"), c.busySummary},
                                   {QStringLiteral("message"), c.message()}});
        } else {
            ctx.out.line(c.message());
        }
    }
    if (ctx.out.json())
        ctx.out.printJson(out);
    return {};
}

} // namespace shuzai::cli
