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
    const bool eml = cl.word(1) == QLatin1String("export-eml");
    const QString synopsis =
        QStringLiteral("outreach render|export-eml INTERVIEWEE [--template ja|en|FILE] "
                       "[-o FILE.eml] [--charset utf-8|iso-2022-jp]");
    if (cl.word(1) != QLatin1String("render") && !eml)
        return usageError(QT_TRANSLATE_NOOP("Error", "Usage: shuzai-cli %1"), {synopsis});
    if (auto r = cl.arguments(1, 1, synopsis); !r)
        return r;
    QSet<QString> allowed{QStringLiteral("campaign"), QStringLiteral("template")};
    if (eml)
        allowed += QSet<QString>{QStringLiteral("output"), QStringLiteral("charset")};
    if (auto r = cl.onlyOptions(allowed); !r)
        return r;
    if (eml && !cl.options.contains(QStringLiteral("output")))
        return usageError(QT_TRANSLATE_NOOP("Error", "Usage: shuzai-cli %1"), {synopsis});
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
    if (eml) {
        const QString charset = cl.option(QStringLiteral("charset")).toLower();
        if (!charset.isEmpty() && charset != QLatin1String("utf-8") &&
            charset != QLatin1String("iso-2022-jp")) {
            return usageError(QT_TRANSLATE_NOOP("Error", "Unknown charset \"%1\" (use utf-8 or "
                                                         "iso-2022-jp)."),
                              {charset});
        }
        auto message = ctx.ws.outreach().message(person->id,
                                                 charset == QLatin1String("iso-2022-jp")
                                                     ? MailMessage::Charset::Iso2022Jp
                                                     : MailMessage::Charset::Utf8,
                                                 language, templateText);
        if (!message)
            return message.error();
        return files::writeAtomically(cl.option(QStringLiteral("output")), *message);
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
