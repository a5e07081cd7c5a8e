#include "commands.h"
#include "services/auditservice.h"
#include "services/rosterservice.h"
#include "services/workspace.h"

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
    auto bytes = ctx.ws.audit().exported(*filter, AuditService::Format::Json);
    if (!bytes)
        return bytes.error();
    const QJsonArray rows = QJsonDocument::fromJson(*bytes).array();
    if (ctx.out.json()) {
        ctx.out.printJson(rows);
        return {};
    }
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        ctx.out.line(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6 → %7")
                         .arg(o[QStringLiteral("at")].toString(),
                              o[QStringLiteral("actor")].toString(),
                              auditActionLabel(o[QStringLiteral("action")].toString()),
                              o[QStringLiteral("intervieweeName")].toString(),
                              o[QStringLiteral("subject")].toString(),
                              o[QStringLiteral("before")].toString().left(60),
                              o[QStringLiteral("after")].toString().left(60)));
    }
    return {};
}

} // namespace shuzai::cli
