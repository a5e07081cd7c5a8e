#include "commands.h"
#include "services/auditservice.h"
#include "services/rosterservice.h"
#include "services/workspace.h"
#include "util/datetext.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace shuzai::cli {

namespace {
// --since 2025-05-27 or 2025-05-27T09:00, --action review. or review.approved, --actor LOGIN,
// --interviewee ID|EMAIL, --campaign ID (when given).
Result<AuditFilter> auditFilter(Context &ctx)
{
    const CommandLine &cl = ctx.cl;
    AuditFilter f;
    if (cl.options.contains(QStringLiteral("since"))) {
        // YYYY-MM-DD or YYYY-MM-DDTHH:MM, as the declaration checked.
        const QString since = cl.option(QStringLiteral("since"));
        f.since = since.size() == 10 ? QDate::fromString(since, Qt::ISODate).startOfDay()
                                     : QDateTime::fromString(since, Qt::ISODate);
    }
    f.action = cl.option(QStringLiteral("action"));
    f.actor = cl.option(QStringLiteral("actor"));
    if (cl.options.contains(QStringLiteral("campaign")) ||
        cl.options.contains(QStringLiteral("interviewee"))) {
        auto campaign = resolveCampaign(ctx);
        if (!campaign)
            return campaign.error();
        f.campaignId = campaign->id;
        if (cl.options.contains(QStringLiteral("interviewee"))) {
            auto person =
                ctx.ws.roster().find(campaign->id, cl.option(QStringLiteral("interviewee")));
            if (!person)
                return person.error();
            f.intervieweeId = person->id;
        }
    }
    return f;
}

} // namespace

// audit list [-o FILE] [--format csv|json] [filters] | audit export -o FILE [--format csv|json]
// [filters]. The log can be read and exported; no command changes it.
VoidResult runAudit(Context &ctx)
{
    const CommandLine &cl = ctx.cl;
    auto filter = auditFilter(ctx);
    if (!filter)
        return filter.error();
    const auto format = cl.option(QStringLiteral("format")) == QLatin1String("json")
                            ? AuditService::Format::Json
                            : AuditService::Format::Csv;
    if (cl.options.contains(QStringLiteral("output"))) {
        const QString path = cl.option(QStringLiteral("output"));
        if (auto r = ctx.ws.audit().exportTo(path, *filter, format); !r)
            return r;
        if (!ctx.out.json())
            ctx.out.line(Cli::tr("Wrote %1.").arg(QDir::toNativeSeparators(path)));
        return {};
    }
    if (cl.options.contains(QStringLiteral("format"))) {
        // What the export would write, on standard output.
        auto bytes = ctx.ws.audit().exported(*filter, format);
        if (!bytes)
            return bytes.error();
        QString text = QString::fromUtf8(*bytes);
        if (text.endsWith(u'\n'))
            text.chop(1);
        ctx.out.line(text);
        return {};
    }
    if (ctx.out.json()) {
        auto bytes = ctx.ws.audit().exported(*filter, AuditService::Format::Json);
        if (!bytes)
            return bytes.error();
        ctx.out.printJson(QJsonDocument::fromJson(*bytes).array());
        return {};
    }
    // For people: when in their zone and language, who by name, what as a sentence; the texts
    // an entry carries (a passage, a wording) indented below.
    auto entries = ctx.ws.audit().list(*filter);
    if (!entries)
        return entries.error();
    const AuditNames names = ctx.ws.audit().names();
    for (const AuditEntry &e : *entries) {
        ctx.out.line(QStringLiteral("%1\t%2\t%3")
                         .arg(datetext::shortDateTime(e.at), actorName(e.actor, names),
                              auditSentence(e, names)));
        const QString details = auditDetails(e);
        if (!details.isEmpty()) {
            for (const QString &line : details.split(u'\n'))
                ctx.out.line(QStringLiteral("    %1").arg(line));
        }
    }
    return {};
}

} // namespace shuzai::cli
