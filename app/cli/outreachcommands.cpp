#include "commands.h"
#include "services/outreachservice.h"
#include "services/rosterservice.h"
#include "services/workspace.h"
#include "util/files.h"

#include <QJsonArray>
#include <QJsonObject>

namespace shuzai::cli {

VoidResult runOutreach(Context &ctx)
{
    const CommandLine &cl = ctx.cl;
    if (cl.word(1) != QLatin1String("render")) {
        return usageError(QT_TRANSLATE_NOOP("Error", "Usage: shuzai-cli %1"),
                          {QStringLiteral("outreach render INTERVIEWEE [--template ja|en|FILE]")});
    }
    if (auto r = cl.arguments(1, 1,
                              QStringLiteral("outreach render INTERVIEWEE [--template "
                                             "ja|en|FILE]"));
        !r)
        return r;
    if (auto r = cl.onlyOptions({QStringLiteral("campaign"), QStringLiteral("template")}); !r)
        return r;
    auto campaign = resolveCampaign(ctx);
    if (!campaign)
        return campaign.error();
    auto person = ctx.ws.roster().find(campaign->id, cl.word(2));
    if (!person)
        return person.error();
    QString language = QStringLiteral("ja");
    QString templateText;
    const QString chosen = cl.option(QStringLiteral("template"));
    if (chosen == QLatin1String("en") || chosen == QLatin1String("ja")) {
        language = chosen;
    } else if (!chosen.isEmpty()) {
        auto bytes = files::readAll(chosen);
        if (!bytes)
            return bytes.error();
        templateText = QString::fromUtf8(*bytes);
    }
    auto letter = ctx.ws.outreach().render(person->id, language, templateText);
    if (!letter)
        return letter.error();
    if (ctx.out.json()) {
        QJsonArray unfilled;
        for (const LetterProblem &p : letter->unfilled) {
            unfilled.append(
                QJsonObject{{QStringLiteral("line"), p.line}, {QStringLiteral("text"), p.text}});
        }
        ctx.out.printJson(QJsonObject{{QStringLiteral("subject"), letter->subject},
                                      {QStringLiteral("body"), letter->body},
                                      {QStringLiteral("unfilled"), unfilled}});
        return {};
    }
    ctx.out.line(Cli::tr("Subject: %1").arg(letter->subject));
    ctx.out.line();
    ctx.out.line(letter->body);
    for (const LetterProblem &p : letter->unfilled)
        ctx.out.line(QStringLiteral("! ") + p.message());
    return {};
}

} // namespace shuzai::cli
