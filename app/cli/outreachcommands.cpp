#include "commands.h"
#include "outreach/passwordstore.h"
#include "outreach/smtpclient.h"
#include "services/outreachservice.h"
#include "services/rosterservice.h"
#include "services/workspace.h"
#include "util/appsettings.h"
#include "util/datetext.h"
#include "util/files.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace shuzai::cli {

namespace {
// The SMTP account of a command: --smtp (with --tls), else the one saved with `smtp account
// set`; --ca-file adds a certificate authority to either.
Result<SmtpSettings> smtpAccount(const CommandLine &cl)
{
    SmtpSettings smtp;
    if (cl.options.contains(QStringLiteral("smtp"))) {
        auto parsed = SmtpSettings::fromUrl(cl.option(QStringLiteral("smtp")),
                                            cl.option(QStringLiteral("tls")));
        if (!parsed)
            return parsed.error();
        smtp = *parsed;
    } else {
        smtp = SmtpSettings::load(appSettings());
        if (smtp.host.isEmpty()) {
            return usageError(QT_TRANSLATE_NOOP("Error", "No SMTP server: give --smtp "
                                                         "smtp://user@host:port, or save one "
                                                         "with \"shuzai-cli smtp account set\"."));
        }
    }
    if (cl.options.contains(QStringLiteral("ca-file")))
        smtp.caFile = cl.option(QStringLiteral("ca-file"));
    return smtp;
}

// --template ja|en|FILE: the language and, for a file, the template text.
Result<std::pair<QString, QString>> letterTemplate(const CommandLine &cl)
{
    const QString chosen = cl.option(QStringLiteral("template"));
    if (chosen.isEmpty() || chosen == QLatin1String("en") || chosen == QLatin1String("ja"))
        return std::pair{chosen.isEmpty() ? QStringLiteral("ja") : chosen, QString()};
    auto bytes = files::readAll(chosen);
    if (!bytes)
        return bytes.error();
    return std::pair{QStringLiteral("ja"), QString::fromUtf8(*bytes)};
}

Result<MailMessage::Charset> charsetOption(const CommandLine &cl)
{
    const QString charset = cl.option(QStringLiteral("charset")).toLower();
    if (charset.isEmpty() || charset == QLatin1String("utf-8"))
        return MailMessage::Charset::Utf8;
    if (charset == QLatin1String("iso-2022-jp"))
        return MailMessage::Charset::Iso2022Jp;
    return usageError(QT_TRANSLATE_NOOP("Error", "Unknown charset \"%1\" (use utf-8 or "
                                                 "iso-2022-jp)."),
                      {charset});
}

// outreach send INTERVIEWEE... [--dry-run] [--smtp URL] [--tls MODE] [--ca-file PEM]
// [--charset C] [--template T]: one result a recipient; one failure stops no one else.
VoidResult runSend(Context &ctx)
{
    const CommandLine &cl = ctx.cl;
    const bool dryRun = cl.flags.contains(QStringLiteral("dry-run"));
    SmtpSettings smtp;
    if (!dryRun) {
        auto account = smtpAccount(cl);
        if (!account)
            return account.error();
        smtp = *account;
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
    auto charset = charsetOption(cl);
    if (!charset)
        return charset.error();
    auto chosen = letterTemplate(cl);
    if (!chosen)
        return chosen.error();

    // One row a name given, in that order; names not in the roster fail on their own.
    const QStringList names = cl.words.mid(2);
    QList<QJsonObject> results(names.size());
    QList<Id> ids;
    QList<int> rowOfLetter;
    for (int row = 0; row < names.size(); ++row) {
        results[row].insert(QStringLiteral("interviewee"), names[row]);
        auto person = ctx.ws.roster().find(campaign->id, names[row]);
        if (!person) {
            results[row].insert(QStringLiteral("status"), QStringLiteral("failed"));
            results[row].insert(QStringLiteral("error"), person.error().message());
            continue;
        }
        results[row].insert(QStringLiteral("email"), person->data.email);
        ids.append(person->id);
        rowOfLetter.append(row);
    }
    // Refused before anything leaves unless the editor acts: a letter sent must be logged.
    const auto letters = ctx.ws.outreach().prepare(ids, *charset, chosen->first, chosen->second);
    if (!letters)
        return letters.error();
    const auto settle = [&](int index, const VoidResult &result) {
        QJsonObject &row = results[rowOfLetter[index]];
        const OutgoingLetter &letter = letters->at(index);
        row.insert(QStringLiteral("status"),
                   result ? (dryRun ? QStringLiteral("ready") : QStringLiteral("sent"))
                          : QStringLiteral("failed"));
        if (!result)
            row.insert(QStringLiteral("error"), result.error().message());
        // The log keeps failures too, so the editor sees who still has to be written to; a
        // letter that could not even be made has nothing to keep.
        if (dryRun || letter.problem)
            return;
        auto logged = ctx.ws.outreach().record(
            letter.intervieweeId,
            result ? OutreachRecord::Kind::Sent : OutreachRecord::Kind::Failed, letter.message,
            result ? QString() : result.error().message());
        if (logged)
            row.insert(QStringLiteral("log"), *logged);
        else
            row.insert(QStringLiteral("logError"), logged.error().message());
    };
    bool accountFailed = false;
    for (int i = 0; i < letters->size(); ++i) {
        const OutgoingLetter &letter = letters->at(i);
        if (accountFailed) {
            QJsonObject &row = results[rowOfLetter[i]];
            row.insert(QStringLiteral("status"), QStringLiteral("not_sent"));
            row.insert(QStringLiteral("error"),
                       QCoreApplication::translate(
                           "Error", "Not sent: the mail server or the account failed "
                                    "for an earlier letter."));
            continue;
        }
        VoidResult result = dryRun ? (letter.problem ? VoidResult(*letter.problem) : VoidResult())
                                   : sendLetter(smtp, letter);
        accountFailed = !result && isAccountFailure(result.error());
        settle(i, result);
    }

    int failed = 0;
    QJsonArray rows;
    for (int row = 0; row < names.size(); ++row) {
        const QJsonObject &result = results[row];
        const QString error = result[QStringLiteral("error")].toString();
        if (result[QStringLiteral("status")] != QLatin1String("sent") &&
            result[QStringLiteral("status")] != QLatin1String("ready"))
            ++failed;
        if (!ctx.out.json()) {
            ctx.out.line(QStringLiteral("%1\t%2%3")
                             .arg(names[row], result[QStringLiteral("status")].toString(),
                                  error.isEmpty() ? QString() : u'\t' + error));
        }
        rows.append(result);
    }
    if (ctx.out.json())
        ctx.out.printJson(rows);
    if (failed > 0) {
        return Error(ErrorCode::Io,
                     QT_TRANSLATE_NOOP("Error", "%1 of %2 letter(s) could not be sent."),
                     {QString::number(failed), QString::number(rows.size())});
    }
    return {};
}
// outreach template show [ja|en] | set ja|en FILE | reset ja|en: the campaign's own letter
// template, which render, export-eml and send use unless --template says otherwise.
VoidResult runTemplate(Context &ctx)
{
    const CommandLine &cl = ctx.cl;
    const QString verb = cl.word(2);
    auto campaign = resolveCampaign(ctx);
    if (!campaign)
        return campaign.error();
    const QString language = cl.words.size() > 3 ? cl.word(3) : QStringLiteral("ja");
    if (verb == QLatin1String("show")) {
        auto shown = ctx.ws.outreach().letterTemplate(campaign->id, language);
        if (!shown)
            return shown.error();
        if (ctx.out.json()) {
            ctx.out.printJson(QJsonObject{{QStringLiteral("language"), language},
                                          {QStringLiteral("custom"), shown->custom},
                                          {QStringLiteral("text"), shown->text}});
        } else {
            ctx.out.line(shown->text);
        }
        return {};
    }
    QString text;
    if (verb == QLatin1String("set")) {
        auto bytes = files::readAll(cl.word(4));
        if (!bytes)
            return bytes.error();
        text = QString::fromUtf8(*bytes);
        if (text.trimmed().isEmpty()) {
            return Error(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("Error", "%1 is empty; to go back to the built-in "
                                                    "template use \"outreach template reset\"."),
                         {cl.word(4)});
        }
    }
    return ctx.ws.outreach().saveLetterTemplate(campaign->id, language, text);
}

// outreach log [INTERVIEWEE]: every letter sent, exported or failed; --json holds the exact
// message (7-bit by construction, so it travels as text unchanged).
VoidResult runLog(Context &ctx)
{
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
                             .arg(datetext::shortDateTime(r.at), QString::number(r.intervieweeId),
                                  displayName(r.kind), r.recipient, r.detail));
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

// smtp account set|show, smtp password set|forget: the account `outreach send` uses when no
// --smtp is given (kept in the app's settings, shared with the GUI) and its password in the
// keychain. The password comes on standard input, so it shows in no process list or history.
VoidResult runSmtp(Context &ctx)
{
    const CommandLine &cl = ctx.cl;
    const QString what = cl.word(1);
    const QString verb = cl.word(2);
    if (what == QLatin1String("account") && verb == QLatin1String("show")) {
        const SmtpSettings saved = SmtpSettings::load(appSettings());
        if (saved.host.isEmpty())
            return Error(ErrorCode::NotFound,
                         QT_TRANSLATE_NOOP("Error", "No SMTP account is saved."));
        if (ctx.out.json()) {
            ctx.out.printJson(QJsonObject{{QStringLiteral("smtp"), saved.url()},
                                          {QStringLiteral("tls"), toCode(saved.security)},
                                          {QStringLiteral("caFile"), saved.caFile}});
        } else {
            ctx.out.line(QStringLiteral("%1\t%2\t%3")
                             .arg(saved.url(), toCode(saved.security), saved.caFile));
        }
        return {};
    }
    auto smtp = smtpAccount(cl);
    if (!smtp)
        return smtp.error();
    if (what == QLatin1String("account")) {
        QSettings settings = appSettings();
        smtp->save(settings);
        settings.sync();
        if (settings.status() != QSettings::NoError) {
            return Error(ErrorCode::Io, QT_TRANSLATE_NOOP("Error", "Could not write %1."),
                         {QDir::toNativeSeparators(settings.fileName())});
        }
        return {};
    }
    if (smtp->user.isEmpty()) {
        return usageError(QT_TRANSLATE_NOOP("Error", "The SMTP address needs a user name "
                                                     "(smtp://user@host:port)."));
    }
    const QString key = passwordstore::smtpKey(*smtp);
    if (verb == QLatin1String("forget"))
        return passwordstore::remove(key);
    const QString password = passwordFromStdin();
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
    if (cl.word(1) == QLatin1String("template"))
        return runTemplate(ctx);
    const bool eml = cl.word(1) == QLatin1String("export-eml");
    auto campaign = resolveCampaign(ctx);
    if (!campaign)
        return campaign.error();
    auto person = ctx.ws.roster().find(campaign->id, cl.word(2));
    if (!person)
        return person.error();
    auto chosen = letterTemplate(cl);
    if (!chosen)
        return chosen.error();
    const auto &[language, templateText] = *chosen;
    if (eml) {
        auto charset = charsetOption(cl);
        if (!charset)
            return charset.error();
        auto message = ctx.ws.outreach().message(person->id, *charset, language, templateText);
        if (!message)
            return message.error();
        // Refused before the file exists: an export is a letter on its way and is logged.
        if (auto allowed =
                ctx.ws.require({Role::Editor}, QT_TRANSLATE_NOOP("Action", "send request letters"));
            !allowed)
            return allowed;
        const QString output = cl.option(QStringLiteral("output"));
        if (auto exported = ctx.ws.outreach().exportLetter(person->id, *message, output); !exported)
            return exported.error();
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
                                      {QStringLiteral("markdown"), letter->markdown},
                                      {QStringLiteral("html"), letter->html},
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
