// mailbox account set|show, mailbox password set|forget, mailbox fetch, mailbox messages: the
// editor's mailbox over IMAP. The account is kept in the app's settings like the SMTP one; the
// password in the keychain (or SHUZAI_IMAP_PASSWORD for scripts).
#include "commands.h"
#include "mailbox/inboundmessage.h"
#include "outreach/passwordstore.h"
#include "services/mailboxservice.h"
#include "services/rosterservice.h"
#include "services/workspace.h"
#include "util/appsettings.h"
#include "util/datetext.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>

namespace shuzai::cli {

namespace {

// --imap (with --ca-file), else the saved account.
Result<ImapSettings> imapAccount(const CommandLine &cl)
{
    ImapSettings imap;
    if (cl.options.contains(QStringLiteral("imap"))) {
        auto parsed = ImapSettings::fromUrl(cl.option(QStringLiteral("imap")));
        if (!parsed)
            return parsed.error();
        imap = *parsed;
    } else {
        imap = ImapSettings::load(appSettings());
        if (imap.host.isEmpty()) {
            return Error(ErrorCode::Usage,
                         QT_TRANSLATE_NOOP("Error", "No mailbox: give --imap "
                                                    "imaps://user@host:port, or save one with "
                                                    "\"shuzai-cli mailbox account set\"."));
        }
    }
    if (cl.options.contains(QStringLiteral("ca-file")))
        imap.caFile = cl.option(QStringLiteral("ca-file"));
    return imap;
}

QString personName(Workspace &ws, Id id)
{
    if (!id)
        return {};
    auto person = ws.roster().load(id);
    return person ? person->data.familyName + u' ' + person->data.givenName : QString();
}

QJsonObject toJson(const StoredInboundMessage &m, const QString &name)
{
    return QJsonObject{{QStringLiteral("id"), m.id},
                       {QStringLiteral("uid"), qint64(m.uid)},
                       {QStringLiteral("receivedAt"), m.receivedAt.toString(Qt::ISODate)},
                       {QStringLiteral("from"), m.fromAddress},
                       {QStringLiteral("fromName"), m.fromName},
                       {QStringLiteral("subject"), m.subject},
                       {QStringLiteral("messageId"), m.messageId},
                       {QStringLiteral("interviewee"), m.intervieweeId},
                       {QStringLiteral("intervieweeName"), name},
                       {QStringLiteral("letter"), m.letterId},
                       {QStringLiteral("reviewRound"), m.reviewRoundId},
                       {QStringLiteral("matchedBy"), m.matchedBy},
                       {QStringLiteral("parseError"), m.parseError}};
}

VoidResult runFetch(Context &ctx)
{
    auto imap = imapAccount(ctx.cl);
    if (!imap)
        return imap.error();
    auto password = MailboxService::password(*imap);
    if (!password)
        return password.error();
    imap->password = *password;
    MailboxFetchReport progress;
    auto report = ctx.ws.mailbox().fetch(*imap, &progress);
    // What was stored before a failure is kept: say so, then the error.
    int matched = 0;
    QJsonArray items;
    for (const MailboxFetchedItem &item : progress.stored) {
        const QString name = personName(ctx.ws, item.intervieweeId);
        matched += item.intervieweeId != 0;
        if (ctx.out.json()) {
            items.append(QJsonObject{{QStringLiteral("id"), item.messageId},
                                     {QStringLiteral("uid"), qint64(item.uid)},
                                     {QStringLiteral("from"), item.fromAddress},
                                     {QStringLiteral("subject"), item.subject},
                                     {QStringLiteral("interviewee"), item.intervieweeId},
                                     {QStringLiteral("intervieweeName"), name},
                                     {QStringLiteral("letter"), item.letterId},
                                     {QStringLiteral("reviewRound"), item.reviewRoundId},
                                     {QStringLiteral("matchedBy"), item.matchedBy},
                                     {QStringLiteral("parseError"), item.parseError}});
        } else if (!item.parseError.isEmpty()) {
            ctx.out.line(QCoreApplication::translate("Cli", "%1\tnot readable (kept): %2")
                             .arg(item.messageId)
                             .arg(item.parseError));
        } else if (item.intervieweeId) {
            ctx.out.line(QStringLiteral("%1\t%2\t%3\t%4")
                             .arg(item.messageId)
                             .arg(name, item.fromAddress, item.subject));
        } else {
            ctx.out.line(QCoreApplication::translate("Cli", "%1\tunmatched\t%2\t%3")
                             .arg(item.messageId)
                             .arg(item.fromAddress, item.subject));
        }
    }
    if (ctx.out.json()) {
        ctx.out.printJson(
            QJsonObject{{QStringLiteral("account"), progress.account},
                        {QStringLiteral("new"), progress.stored.size()},
                        {QStringLiteral("matched"), matched},
                        {QStringLiteral("unmatched"), progress.stored.size() - matched},
                        {QStringLiteral("alreadyKnown"), progress.duplicates},
                        {QStringLiteral("complete"), report.ok()},
                        {QStringLiteral("messages"), items}});
    } else {
        ctx.out.line(QCoreApplication::translate("Cli", "%1 new, %2 matched, %3 unmatched")
                         .arg(progress.stored.size())
                         .arg(matched)
                         .arg(progress.stored.size() - matched));
    }
    if (!report)
        return report.error();
    return {};
}

VoidResult runMessages(Context &ctx)
{
    Id person = 0;
    if (!ctx.cl.word(2).isEmpty()) {
        auto campaign = resolveCampaign(ctx);
        if (!campaign)
            return campaign.error();
        auto found = optionalInterviewee(ctx, campaign->id, 2);
        if (!found)
            return found.error();
        person = *found;
    }
    auto messages = ctx.ws.mailbox().messages(person);
    if (!messages)
        return messages.error();
    QJsonArray rows;
    for (const StoredInboundMessage &m : *messages) {
        const QString name = personName(ctx.ws, m.intervieweeId);
        if (ctx.out.json()) {
            rows.append(toJson(m, name));
        } else {
            ctx.out.line(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                             .arg(m.id)
                             .arg(datetext::shortDateTime(m.receivedAt.toLocalTime()), name,
                                  m.fromAddress, m.subject));
        }
    }
    if (ctx.out.json())
        ctx.out.printJson(rows);
    return {};
}

// One message as the person wrote it: decoded text and attachments, or (--raw) the exact bytes.
VoidResult runShow(Context &ctx)
{
    bool ok = false;
    const Id id = ctx.cl.word(2).toLongLong(&ok);
    if (!ok || id <= 0)
        return Error(ErrorCode::Usage,
                     QT_TRANSLATE_NOOP("Error", "Give the number of a mail message."));
    auto stored = ctx.ws.mailbox().message(id);
    if (!stored)
        return stored.error();
    if (ctx.cl.has(QStringLiteral("raw"))) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(stored->message) < 0)
            return Error(ErrorCode::Io, QT_TRANSLATE_NOOP("Error", "Could not write %1."),
                         {QStringLiteral("stdout")});
        return {};
    }
    auto parsed = parseInboundMessage(stored->message);
    QJsonObject json = toJson(*stored, personName(ctx.ws, stored->intervieweeId));
    QJsonArray attachments;
    if (parsed) {
        json.insert(QStringLiteral("text"), parsed->text);
        for (const InboundAttachment &a : parsed->attachments) {
            attachments.append(QJsonObject{{QStringLiteral("fileName"), a.fileName},
                                           {QStringLiteral("mimeType"), a.mimeType},
                                           {QStringLiteral("bytes"), a.bytes.size()}});
        }
    }
    json.insert(QStringLiteral("attachments"), attachments);
    if (ctx.out.json()) {
        ctx.out.printJson(json);
        return {};
    }
    ctx.out.line(QStringLiteral("%1 <%2>").arg(stored->fromName, stored->fromAddress));
    ctx.out.line(stored->subject);
    ctx.out.line(QString());
    ctx.out.line(parsed ? parsed->text : stored->parseError);
    for (const auto &a : attachments)
        ctx.out.line(
            QStringLiteral("[%1]").arg(a.toObject().value(QStringLiteral("fileName")).toString()));
    return {};
}

} // namespace

VoidResult runMailbox(Context &ctx)
{
    const CommandLine &cl = ctx.cl;
    const QString what = cl.word(1);
    const QString verb = cl.word(2);
    if (what == QLatin1String("fetch"))
        return runFetch(ctx);
    if (what == QLatin1String("messages"))
        return runMessages(ctx);
    if (what == QLatin1String("show"))
        return runShow(ctx);
    if (what == QLatin1String("account") && verb == QLatin1String("show")) {
        const ImapSettings saved = ImapSettings::load(appSettings());
        if (saved.host.isEmpty())
            return Error(ErrorCode::NotFound,
                         QT_TRANSLATE_NOOP("Error", "No mailbox account is saved."));
        std::optional<MailboxState> state;
        if (auto read = ctx.ws.mailbox().state(saved); read)
            state = *read;
        if (ctx.out.json()) {
            ctx.out.printJson(
                QJsonObject{{QStringLiteral("imap"), saved.url()},
                            {QStringLiteral("caFile"), saved.caFile},
                            {QStringLiteral("lastFetch"),
                             state ? state->fetchedAt.toString(Qt::ISODate) : QString()},
                            {QStringLiteral("uidValidity"), state ? qint64(state->uidValidity) : 0},
                            {QStringLiteral("uidNext"), state ? qint64(state->uidNext) : 0}});
        } else {
            ctx.out.line(QStringLiteral("%1\t%2\t%3")
                             .arg(saved.url(), saved.caFile,
                                  state ? datetext::shortDateTime(state->fetchedAt.toLocalTime())
                                        : QString()));
        }
        return {};
    }
    auto imap = imapAccount(cl);
    if (!imap)
        return imap.error();
    if (what == QLatin1String("account")) {
        QSettings settings = appSettings();
        imap->save(settings);
        settings.sync();
        if (settings.status() != QSettings::NoError) {
            return Error(ErrorCode::Io, QT_TRANSLATE_NOOP("Error", "Could not write %1."),
                         {QDir::toNativeSeparators(settings.fileName())});
        }
        return {};
    }
    const QString key = MailboxService::imapKey(*imap);
    if (verb == QLatin1String("forget"))
        return passwordstore::remove(key);
    const QString password = passwordFromStdin();
    if (password.isEmpty()) {
        return Error(ErrorCode::Usage,
                     QT_TRANSLATE_NOOP("Error", "Give the password on standard input."));
    }
    return passwordstore::write(key, password);
}

} // namespace shuzai::cli
