#include "commands.h"
#include "services/campaignservice.h"
#include "services/rosterservice.h"
#include "services/schedulingservice.h"
#include "services/workspace.h"
#include "util/files.h"
#include "json/transcriptjson.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QTimeZone>

namespace shuzai::cli {

namespace {
Result<QDateTime> parseAt(const QString &text, const Campaign &campaign)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        return usageError(QT_TRANSLATE_NOOP("Error", "--at needs a date and time such as "
                                                     "2025-05-27T10:00, not \"%1\"."),
                          {text});
    }
    if (t.timeSpec() == Qt::LocalTime)
        t = QDateTime(t.date(), t.time(), QTimeZone(campaign.timeZone.toUtf8()));
    return t.toUTC();
}

Result<Id> interviewArgument(const CommandLine &cl)
{
    bool ok = false;
    const Id id = cl.word(2).toLongLong(&ok);
    if (!ok)
        return usageError(QT_TRANSLATE_NOOP("Error", "%1 must be a number, not \"%2\"."),
                          {QStringLiteral("INTERVIEW"), cl.word(2)});
    return id;
}

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
    return t.toTimeZone(QTimeZone(c.timeZone.toUtf8()))
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
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

namespace {
VoidResult runWindow(Context &ctx)
{
    const CommandLine &cl = ctx.cl;
    // slots window add DATE START END [--note N] | slots window remove ID
    if (auto r = cl.onlyOptions({QStringLiteral("campaign"), QStringLiteral("note")}); !r)
        return r;
    auto campaign = resolveCampaign(ctx);
    if (!campaign)
        return campaign.error();
    const QString synopsis = QStringLiteral(
        "slots window add YYYY-MM-DD HH:MM HH:MM [--note N] | slots window remove ID");
    if (cl.word(2) == QLatin1String("add") && cl.words.size() == 6) {
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
    if (cl.word(2) == QLatin1String("remove") && cl.words.size() == 4) {
        bool ok = false;
        const Id id = cl.word(3).toLongLong(&ok);
        if (ok)
            return ctx.ws.campaigns().removeWindow(campaign->id, id);
    }
    return usageError(QT_TRANSLATE_NOOP("Error", "Usage: shuzai-cli %1"), {synopsis});
}
} // namespace

VoidResult runSlots(Context &ctx)
{
    const CommandLine &cl = ctx.cl;
    if (cl.word(1) == QLatin1String("window"))
        return runWindow(ctx);
    if (cl.word(1) != QLatin1String("list") && cl.word(1) != QLatin1String("block"))
        return usageError(QT_TRANSLATE_NOOP("Error", "Usage: shuzai-cli %1"),
                          {QStringLiteral("slots list|block [CAMPAIGN] [--free]")});
    if (auto r = cl.onlyOptions({QStringLiteral("campaign"), QStringLiteral("free")}); !r)
        return r;
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
        if (auto r = cl.arguments(1, 1,
                                  QStringLiteral("schedule book INTERVIEWEE --at "
                                                 "YYYY-MM-DDTHH:MM [--minutes N] [--mode M] "
                                                 "[--place P] [--url U] [--writer LOGIN] "
                                                 "[--tentative]"));
            !r)
            return r;
        if (auto r = cl.onlyOptions({QStringLiteral("campaign"), QStringLiteral("at"),
                                     QStringLiteral("minutes"), QStringLiteral("mode"),
                                     QStringLiteral("place"), QStringLiteral("url"),
                                     QStringLiteral("writer"), QStringLiteral("tentative")});
            !r)
            return r;
        auto campaign = resolveCampaign(ctx);
        if (!campaign)
            return campaign.error();
        auto person = ctx.ws.roster().find(campaign->id, cl.word(2));
        if (!person)
            return person.error();
        if (!cl.options.contains(QStringLiteral("at")))
            return usageError(QT_TRANSLATE_NOOP("Error", "--at needs a date and time such as "
                                                         "2025-05-27T10:00, not \"%1\"."),
                              {QString()});
        auto at = parseAt(cl.option(QStringLiteral("at")), *campaign);
        if (!at)
            return at.error();
        Booking b;
        b.intervieweeId = person->id;
        b.start = *at;
        b.minutes = cl.option(QStringLiteral("minutes")).toInt();
        if (cl.options.contains(QStringLiteral("mode"))) {
            auto mode = modeFromCode(cl.option(QStringLiteral("mode")));
            if (!mode)
                return usageError(QT_TRANSLATE_NOOP("Error", "Unknown mode \"%1\" (use online, "
                                                             "in_person)."),
                                  {cl.option(QStringLiteral("mode"))});
            b.mode = *mode;
        }
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
        if (auto r = cl.arguments(1, 1,
                                  QStringLiteral("schedule %1 INTERVIEW%2")
                                      .arg(verb, verb == QLatin1String("move")
                                                     ? QStringLiteral(" --at T")
                                                     : QString()));
            !r)
            return r;
        if (auto r =
                cl.onlyOptions(verb == QLatin1String("move") ? QSet<QString>{QStringLiteral("at")}
                                                             : QSet<QString>{});
            !r)
            return r;
        auto id = interviewArgument(cl);
        if (!id)
            return id.error();
        auto campaign = campaignOfInterview(ctx, *id);
        if (!campaign)
            return campaign.error();
        if (verb == QLatin1String("history")) {
            auto history = scheduling.history(*id);
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
            auto at = parseAt(cl.option(QStringLiteral("at")), *campaign);
            if (!at)
                return at.error();
            result = scheduling.move(*id, *at);
        } else if (verb == QLatin1String("cancel")) {
            result = scheduling.cancel(*id);
        } else {
            result = scheduling.confirm(*id);
        }
        if (!result)
            return result.error();
        printInterview(ctx, *result, *campaign);
        return {};
    }
    return usageError(QT_TRANSLATE_NOOP("Error", "Usage: shuzai-cli %1"),
                      {QStringLiteral("schedule book|move|cancel|confirm|history ...")});
}

VoidResult runCalendar(Context &ctx)
{
    const CommandLine &cl = ctx.cl;
    const QString verb = cl.word(1);
    if (verb == QLatin1String("export")) {
        if (auto r = cl.arguments(0, 1,
                                  QStringLiteral("calendar export [CAMPAIGN] [--interview ID] "
                                                 "-o FILE.ics"));
            !r)
            return r;
        if (auto r = cl.onlyOptions({QStringLiteral("campaign"), QStringLiteral("interview"),
                                     QStringLiteral("output")});
            !r)
            return r;
        if (!cl.options.contains(QStringLiteral("output")))
            return usageError(
                QT_TRANSLATE_NOOP("Error", "Usage: shuzai-cli %1"),
                {QStringLiteral("calendar export [CAMPAIGN] [--interview ID] -o FILE.ics")});
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
        if (auto r = cl.arguments(1, 1, QStringLiteral("calendar import FILE.ics")); !r)
            return r;
        if (auto r = cl.onlyOptions({QStringLiteral("campaign")}); !r)
            return r;
        auto bytes = files::readAll(cl.word(2));
        if (!bytes)
            return bytes.error();
        auto campaign = resolveCampaign(ctx);
        if (!campaign)
            return campaign.error();
        auto count = ctx.ws.scheduling().importBusyTimes(*bytes, QFileInfo(cl.word(2)).fileName(),
                                                         campaign->id);
        if (!count)
            return count.error();
        if (ctx.out.json())
            ctx.out.printJson(QJsonObject{{QStringLiteral("busyTimes"), *count}});
        else
            ctx.out.line(Cli::tr("Imported %1 busy time(s).").arg(*count));
        return {};
    }
    return usageError(QT_TRANSLATE_NOOP("Error", "Usage: shuzai-cli %1"),
                      {QStringLiteral("calendar export|import ...")});
}

VoidResult runConflicts(Context &ctx)
{
    if (auto r = ctx.cl.onlyOptions({QStringLiteral("campaign")}); !r)
        return r;
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
