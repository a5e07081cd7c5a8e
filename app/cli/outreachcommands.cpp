#include "commands.h"
#include "outreach/passwordstore.h"
#include "outreach/smtpclient.h"
#include "services/outreachservice.h"
#include "services/rosterservice.h"
#include "services/workspace.h"
#include "util/files.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace shuzai::cli {

namespace {
// outreach send INTERVIEWEE... [--dry-run] --smtp smtp://user@host:port [--tls MODE]
// [--ca-file PEM] [--charset C]: one result a recipient; one failure stops no one else.
VoidResult runSend(Context &ctx)
{
    const CommandLine &cl = ctx.cl;
    const QString synopsis = QStringLiteral(
        "outreach send INTERVIEWEE... [--dry-run] --smtp smtp://user@host:port "
        "[--tls none|starttls|implicit] [--ca-file PEM] [--charset utf-8|iso-2022-jp]");
    if (cl.words.size() < 3)
        return usageError(QT_TRANSLATE_NOOP("Error", "Usage: shuzai-cli %1"), {synopsis});
    if (auto r = cl.onlyOptions({QStringLiteral("campaign"), QStringLiteral("template"),
                                 QStringLiteral("smtp"), QStringLiteral("tls"),
                                 QStringLiteral("ca-file"), QStringLiteral("charset"),
                                 QStringLiteral("dry-run")});
        !r)
        return r;
    const bool dryRun = cl.flags.contains(QStringLiteral("dry-run"));
    SmtpSettings smtp;
    if (!dryRun) {
        if (!cl.options.contains(QStringLiteral("smtp")))
            return usageError(QT_TRANSLATE_NOOP("Error", "Usage: shuzai-cli %1"), {synopsis});
        auto parsed = SmtpSettings::fromUrl(cl.option(QStringLiteral("smtp")),
                                            cl.option(QStringLiteral("tls")));
        if (!parsed)
            return parsed.error();
        smtp = *parsed;
        smtp.caFile = cl.option(QStringLiteral("ca-file"));
        // The password never comes from a file Shuzai writes: the environment (scripts), else
        // the system keychain (`smtp password set`).
        smtp.password = qEnvironmentVariable("SHUZAI_SMTP_PASSWORD");
        if (smtp.password.isEmpty() && !smtp.user.isEmpty()) {
            auto stored = passwordstore::read(passwordstore::smtpKey(smtp));
            if (!stored)
                return stored.error();
            smtp.password = *stored;
        }
    }
    auto campaign = resolveCampaign(ctx);
    if (!campaign)
        return campaign.error();
    const auto charset =
        cl.option(QStringLiteral("charset")).toLower() == QLatin1String("iso-2022-jp")
            ? MailMessage::Charset::Iso2022Jp
            : MailMessage::Charset::Utf8;
    QJsonArray results;
    int failed = 0;
    for (const QString &who : cl.words.mid(2)) {
        QJsonObject result{{QStringLiteral("interviewee"), who}};
        Error problem(ErrorCode::Io, "");
        bool ok = false;
        auto person = ctx.ws.roster().find(campaign->id, who);
        if (!person) {
            problem = person.error();
        } else {
            result.insert(QStringLiteral("email"), person->data.email);
            auto message = ctx.ws.outreach().message(person->id, charset);
            if (!message) {
                problem = message.error();
            } else if (dryRun) {
                ok = true;
            } else {
                auto sent = sendMail(smtp, campaign->editorEmail, {person->data.email}, *message);
                ok = bool(sent);
                if (!ok)
                    problem = sent.error();
                // The log keeps failures too: the editor sees who still has to be written to.
                auto logged = ctx.ws.outreach().record(
                    person->id, ok ? OutreachRecord::Kind::Sent : OutreachRecord::Kind::Failed,
                    *message, ok ? QString() : problem.message());
                if (logged)
                    result.insert(QStringLiteral("log"), *logged);
                else
                    result.insert(QStringLiteral("logError"), logged.error().message());
            }
        }
        result.insert(QStringLiteral("status"),
                      ok ? (dryRun ? QStringLiteral("ready") : QStringLiteral("sent"))
                         : QStringLiteral("failed"));
        if (!ok) {
            ++failed;
            result.insert(QStringLiteral("error"), problem.message());
        }
        if (!ctx.out.json()) {
            ctx.out.line(QStringLiteral("%1\t%2%3")
                             .arg(who, result[QStringLiteral("status")].toString(),
                                  ok ? QString() : u'\t' + problem.message()));
        }
        results.append(result);
    }
    if (ctx.out.json())
        ctx.out.printJson(results);
    if (failed > 0) {
        return Error(ErrorCode::Io,
                     QT_TRANSLATE_NOOP("Error", "%1 of %2 letter(s) could not be sent."),
                     {QString::number(failed), QString::number(results.size())});
    }
    return {};
}
// outreach log [INTERVIEWEE]: every letter sent, exported or failed; --json holds the exact
// message (7-bit by construction, so it travels as text unchanged).
VoidResult runLog(Context &ctx)
{
    const CommandLine &cl = ctx.cl;
    if (auto r = cl.arguments(0, 1, QStringLiteral("outreach log [INTERVIEWEE]")); !r)
        return r;
    if (auto r = cl.onlyOptions({QStringLiteral("campaign")}); !r)
        return r;
    auto campaign = resolveCampaign(ctx);
    if (!campaign)
        return campaign.error();
    auto only = optionalInterviewee(ctx, campaign->id, 2);
    if (!only)
        return only.error();
    auto log = ctx.ws.outreach().log(campaign->id, *only);
    if (!log)
        return log.error();
    QJsonArray rows;
    for (const OutreachRecord &r : *log) {
        if (!ctx.out.json()) {
            ctx.out.line(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                             .arg(r.at.toString(Qt::ISODate), QString::number(r.intervieweeId),
                                  toCode(r.kind), r.recipient, r.detail));
            continue;
        }
        rows.append(QJsonObject{{QStringLiteral("id"), r.id},
                                {QStringLiteral("interviewee"), r.intervieweeId},
                                {QStringLiteral("kind"), toCode(r.kind)},
                                {QStringLiteral("at"), r.at.toString(Qt::ISODate)},
                                {QStringLiteral("recipient"), r.recipient},
                                {QStringLiteral("detail"), r.detail},
                                {QStringLiteral("message"), QString::fromLatin1(r.message)}});
    }
    if (ctx.out.json())
        ctx.out.printJson(rows);
    return {};
}
} // namespace

// smtp password set|forget --smtp smtp://user@host:port: the keychain entry `outreach send`
// reads. The password comes on standard input, so it shows in no process list or history.
VoidResult runSmtp(Context &ctx)
{
    const CommandLine &cl = ctx.cl;
    const QString synopsis =
        QStringLiteral("smtp password set|forget --smtp smtp://user@host:port (password on stdin)");
    if (cl.word(1) != QLatin1String("password") ||
        (cl.word(2) != QLatin1String("set") && cl.word(2) != QLatin1String("forget")) ||
        !cl.options.contains(QStringLiteral("smtp")))
        return usageError(QT_TRANSLATE_NOOP("Error", "Usage: shuzai-cli %1"), {synopsis});
    if (auto r = cl.onlyOptions({QStringLiteral("smtp"), QStringLiteral("tls")}); !r)
        return r;
    auto smtp =
        SmtpSettings::fromUrl(cl.option(QStringLiteral("smtp")), cl.option(QStringLiteral("tls")));
    if (!smtp)
        return smtp.error();
    if (smtp->user.isEmpty()) {
        return usageError(QT_TRANSLATE_NOOP("Error", "The SMTP address needs a user name "
                                                     "(smtp://user@host:port)."));
    }
    const QString key = passwordstore::smtpKey(*smtp);
    if (cl.word(2) == QLatin1String("forget"))
        return passwordstore::remove(key);
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (password.isEmpty()) {
        return usageError(QT_TRANSLATE_NOOP("Error", "Give the password on standard input."));
    }
    return passwordstore::write(key, password);
}

VoidResult runOutreach(Context &ctx)
{
    const CommandLine &cl = ctx.cl;
    if (cl.word(1) == QLatin1String("send"))
        return runSend(ctx);
    if (cl.word(1) == QLatin1String("log"))
        return runLog(ctx);
    if (cl.word(1) == QLatin1String("due"))
        return runOutreachDue(ctx);
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
        // Refused before the file exists: an export is a letter on its way and is logged.
        if (auto allowed =
                ctx.ws.require({Role::Editor}, QT_TRANSLATE_NOOP("Action", "send request letters"));
            !allowed)
            return allowed;
        const QString output = cl.option(QStringLiteral("output"));
        if (auto written = files::writeAtomically(output, *message); !written)
            return written;
        auto logged = ctx.ws.outreach().record(person->id, OutreachRecord::Kind::Exported, *message,
                                               QFileInfo(output).absoluteFilePath());
        if (!logged)
            return logged.error();
        return {};
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
