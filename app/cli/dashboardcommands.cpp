#include "commands.h"
#include "services/dashboardservice.h"
#include "services/workspace.h"
#include "util/datetext.h"

#include <QJsonArray>
#include <QJsonObject>

namespace shuzai::cli {

// dashboard [CAMPAIGN]: per category and status counts, days left, who is at risk.
VoidResult runDashboard(Context &ctx)
{
    auto campaign = campaignArgument(ctx, 1);
    if (!campaign)
        return campaign.error();
    auto d = DashboardService(ctx.ws).build(campaign->id);
    if (!d)
        return d.error();
    if (!ctx.out.json()) {
        ctx.out.line(d->title);
        const QString published = datetext::longDate(d->publicationDate);
        const QString reviewDue = datetext::shortDate(d->reviewDue);
        // tr() leaves %n in place for a negative count: past and today have their own words.
        if (d->daysLeft > 0) {
            ctx.out.line(Cli::tr("%n day(s) to publication (%1); review answers due %2", nullptr,
                                 d->daysLeft)
                             .arg(published, reviewDue));
        } else if (d->daysLeft == 0) {
            ctx.out.line(Cli::tr("Publication today (%1)").arg(published));
        } else {
            ctx.out.line(
                Cli::tr("Published %n day(s) ago (%1)", nullptr, -d->daysLeft).arg(published));
        }
        for (const CategoryProgress &c : d->categories) {
            ctx.out.line(describe(c));
        }
        for (const AtRisk &r : d->atRisk)
            ctx.out.line(QStringLiteral("! %1\t%2").arg(r.name, describe(r)));
        return {};
    }
    QJsonArray categories;
    for (const CategoryProgress &c : d->categories) {
        QJsonObject byStatus;
        for (auto it = c.byStatus.cbegin(); it != c.byStatus.cend(); ++it)
            byStatus.insert(toCode(it.key()), it.value());
        categories.append(QJsonObject{
            {QStringLiteral("category"), c.categoryId},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("total"), c.total},
            {QStringLiteral("confirmed"), c.confirmed},
            {QStringLiteral("interviewed"), c.interviewed},
            {QStringLiteral("approved"), c.approved},
            {QStringLiteral("byStatus"), byStatus},
            {QStringLiteral("summary"),
             Cli::tr("%1: %2 of %3 confirmed").arg(c.name).arg(c.confirmed).arg(c.total)}});
    }
    QJsonArray risks;
    for (const AtRisk &r : d->atRisk) {
        risks.append(QJsonObject{{QStringLiteral("interviewee"), r.intervieweeId},
                                 {QStringLiteral("name"), r.name},
                                 {QStringLiteral("reason"), toCode(r.reason)},
                                 {QStringLiteral("days"), r.days},
                                 {QStringLiteral("since"), r.since.toString(Qt::ISODate)},
                                 {QStringLiteral("text"), describe(r)}});
    }
    ctx.out.printJson(
        QJsonObject{{QStringLiteral("campaign"), d->campaignId},
                    {QStringLiteral("title"), d->title},
                    {QStringLiteral("today"), d->today.toString(Qt::ISODate)},
                    {QStringLiteral("publicationDate"), d->publicationDate.toString(Qt::ISODate)},
                    {QStringLiteral("daysLeft"), d->daysLeft},
                    {QStringLiteral("reviewDue"), d->reviewDue.toString(Qt::ISODate)},
                    {QStringLiteral("categories"), categories},
                    {QStringLiteral("atRisk"), risks}});
    return {};
}

} // namespace shuzai::cli
