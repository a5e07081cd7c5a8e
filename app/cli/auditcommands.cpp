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
        const QString since = cl.option(QStringLiteral("since"));
        f.since = QDateTime::fromString(since, Qt::ISODate);
        if (!f.since.isValid()) {
            const QDate day = QDate::fromString(since, Qt::ISODate);
            if (day.isValid())
                f.since = day.startOfDay();
        }
        if (!f.since.isValid()) {
            return usageError(QT_TRANSLATE_NOOP("Error", "--since needs YYYY-MM-DD or "
                                                         "YYYY-MM-DDTHH:MM, not \"%1\"."),
                              {since});
        }
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

const QList<QString> kFilterOptions{QStringLiteral("since"), QStringLiteral("action"),
                                    QStringLiteral("actor"), QStringLiteral("interviewee"),
                                    QStringLiteral("campaign")};
} // namespace

// audit list [filters] | audit export -o FILE [--format csv|json] [filters]. The log can be
// read and exported; no command changes it.
VoidResult runAudit(Context &ctx)
{
    const CommandLine &cl = ctx.cl;
    const bool exporting = cl.word(1) == QLatin1String("export");
    const QString synopsis = QStringLiteral(
        "audit list|export [-o FILE] [--format csv|json] [--since T] [--action A] [--actor U] "
        "[--interviewee X]");
    if (auto r = cl.arguments(0, 0, synopsis); !r)
        return r;
    QSet<QString> allowed(kFilterOptions.cbegin(), kFilterOptions.cend());
    if (exporting)
        allowed += QSet<QString>{QStringLiteral("output"), QStringLiteral("format")};
    if (auto r = cl.onlyOptions(allowed); !r)
        return r;
    auto filter = auditFilter(ctx);
    if (!filter)
        return filter.error();
    if (exporting) {
        const QString format = cl.options.value(QStringLiteral("format"), QStringLiteral("csv"));
        if (!cl.options.contains(QStringLiteral("output")) ||
            (format != QLatin1String("csv") && format != QLatin1String("json")))
            return usageError(QT_TRANSLATE_NOOP("Error", "Usage: shuzai-cli %1"), {synopsis});
        const QString path = cl.option(QStringLiteral("output"));
        if (auto r = ctx.ws.audit().exportTo(path, *filter,
                                             format == QLatin1String("json")
                                                 ? AuditService::Format::Json
                                                 : AuditService::Format::Csv);
            !r)
            return r;
        if (!ctx.out.json())
            ctx.out.line(Cli::tr("Wrote %1.").arg(QDir::toNativeSeparators(path)));
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
