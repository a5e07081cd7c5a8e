#include "mailboxservice.h"

#include "auditservice.h"
#include "mailbox/inboundmessage.h"
#include "outreach/passwordstore.h"
#include "rosterservice.h"
#include "storage/database.h"
#include "storage/mailboxrepository.h"
#include "util/logging.h"
#include "workspace.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace shuzai {

namespace {
const QString kInbox = QStringLiteral("INBOX");
const char *kFetchAction = QT_TRANSLATE_NOOP("Action", "fetch the mailbox");
} // namespace

QString messageIdOf(const QByteArray &message)
{
    // Only the header: up to the first empty line.
    qsizetype end = message.indexOf("\r\n\r\n");
    if (end < 0)
        end = message.indexOf("\n\n");
    QByteArray header = end < 0 ? message : message.left(end);
    header.replace("\r\n", "\n");
    static const QRegularExpression field(QStringLiteral("^Message-ID:[ \\t]*((?:.|\\n[ \\t])*)"),
                                          QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::MultilineOption);
    const auto match = field.match(QString::fromLatin1(header));
    if (!match.hasMatch())
        return {};
    QString id = match.captured(1).simplified();
    const qsizetype open = id.indexOf(u'<');
    const qsizetype close = id.indexOf(u'>', open + 1);
    if (open >= 0 && close > open)
        id = id.mid(open + 1, close - open - 1);
    return id.trimmed();
}

QString MailboxService::imapKey(const ImapSettings &s)
{
    return QStringLiteral("imap://%1@%2:%3").arg(s.user, s.host, QString::number(s.port));
}

Result<QString> MailboxService::password(const ImapSettings &settings)
{
    const QString fromEnvironment = qEnvironmentVariable("SHUZAI_IMAP_PASSWORD");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return passwordstore::read(imapKey(settings));
}

Result<std::optional<MailboxState>> MailboxService::state(const ImapSettings &settings)
{
    return MailboxRepository(m_workspace.database()).state(settings.url(), kInbox);
}

Result<QList<StoredInboundMessage>> MailboxService::messages(Id intervieweeId)
{
    return MailboxRepository(m_workspace.database()).list(intervieweeId);
}

Result<QList<StoredInboundMessage>> MailboxService::reviewAnswers(Id roundId)
{
    return MailboxRepository(m_workspace.database()).reviewAnswers(roundId);
}

Result<StoredInboundMessage> MailboxService::message(Id id)
{
    auto found = MailboxRepository(m_workspace.database()).message(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error(ErrorCode::NotFound,
                     QT_TRANSLATE_NOOP("Error", "There is no mail message %1."),
                     {QString::number(id)});
    return std::move(**found);
}

Result<MailboxFetchReport> MailboxService::fetch(const ImapSettings &settings,
                                                 MailboxFetchReport *progress)
{
    if (auto allowed = m_workspace.require({Role::Editor}, kFetchAction); !allowed)
        return allowed.error();
    MailboxFetchReport local;
    MailboxFetchReport &report = progress ? *progress : local;
    report = MailboxFetchReport();
    report.account = settings.url();
    Database &db = m_workspace.database();
    MailboxRepository repo(db);

    auto before = repo.state(report.account, kInbox);
    if (!before)
        return before.error();
    // Sent letters' Message-IDs, read once from their bytes, are what replies point at.
    if (auto filled = repo.fillLetterMessageIds(messageIdOf); !filled)
        return filled.error();

    ImapClient client(settings);
    if (auto login = client.connectAndLogin(); !login)
        return login.error();
    auto server = client.examine(kInbox);
    if (!server)
        return server.error();
    report.uidValidity = server->uidValidity;
    quint32 first = 1;
    if (before->has_value()) {
        if ((*before)->uidValidity == server->uidValidity)
            first = qMax<quint32>((*before)->uidNext, 1);
        else
            report.uidValidityChanged =
                true; // the bytes' hashes keep what is known from coming twice
    }
    auto uids = client.uidsFrom(first);
    if (!uids)
        return uids.error();

    bool changed = false;
    for (quint32 uid : *uids) {
        auto fetched = client.fetch(uid);
        if (!fetched) {
            if (changed)
                emit mailboxChanged();
            return fetched.error();
        }
        StoredInboundMessage m;
        m.account = report.account;
        m.mailbox = kInbox;
        m.uidValidity = server->uidValidity;
        m.uid = uid;
        m.message = fetched->bytes;
        m.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(m.message, QCryptographicHash::Sha256).toHex());
        m.fetchedAt = m_workspace.clock().now();
        auto parsed = parseInboundMessage(m.message);
        if (parsed) {
            m.fromAddress = parsed->fromAddress;
            m.fromName = parsed->fromName;
            m.subject = parsed->subject;
            m.messageId = parsed->messageId;
        } else {
            m.parseError = parsed.error().untranslatedMessage();
        }
        m.receivedAt = fetched->internalDate.isValid()
                           ? fetched->internalDate
                           : (parsed && parsed->date.isValid() ? parsed->date : m.fetchedAt);
        Id campaignId = 0;
        QString personName;
        auto stored = db.transact([&]() -> VoidResult {
            if (parsed) {
                // The thread first: the newest id it names that is one of our letters.
                QStringList ids = parsed->references;
                std::reverse(ids.begin(), ids.end());
                if (!parsed->inReplyTo.isEmpty())
                    ids.prepend(parsed->inReplyTo);
                for (const QString &id : ids) {
                    auto letter = repo.letterByMessageId(id);
                    if (!letter)
                        return letter.error();
                    if (letter->has_value()) {
                        m.letterId = (*letter)->letterId;
                        m.intervieweeId = (*letter)->intervieweeId;
                        m.matchedBy = QStringLiteral("thread");
                        break;
                    }
                }
                if (!m.intervieweeId) {
                    auto person = repo.intervieweeByAddress(parsed->fromAddress);
                    if (!person)
                        return person.error();
                    if (person->has_value()) {
                        m.intervieweeId = **person;
                        m.matchedBy = QStringLiteral("sender");
                    }
                }
            }
            if (m.intervieweeId) {
                auto person = m_workspace.roster().load(m.intervieweeId);
                if (person)
                    campaignId = person->campaignId;
                // A person asked to check passages answers by mail: the message (its text or
                // an attached .docx/.txt) goes with the round still waiting.
                auto round = repo.openReviewRound(m.intervieweeId);
                if (!round)
                    return round.error();
                if (round->has_value())
                    m.reviewRoundId = **round;
            }
            auto id = repo.addIfNew(m);
            if (!id)
                return id.error();
            m.id = *id;
            if (m.id) {
                const QString after = m.parseError.isEmpty()
                                          ? QStringLiteral("%1 / %2").arg(m.fromAddress, m.subject)
                                          : m.parseError;
                if (auto a = m_workspace.audit().append(
                        QStringLiteral("mail.received"), campaignId, m.intervieweeId,
                        QStringLiteral("mail %1").arg(m.id), {}, after);
                    !a)
                    return a;
            }
            // Read up to here: the next fetch starts after this message.
            return repo.setState(report.account, kInbox,
                                 {server->uidValidity, uid + 1, m_workspace.clock().now()});
        });
        if (!stored) {
            if (changed)
                emit mailboxChanged();
            return stored.error();
        }
        if (m.id == 0) {
            ++report.duplicates;
            continue;
        }
        changed = true;
        report.stored.append({m.id, uid, m.fromAddress, m.subject, m.intervieweeId, m.letterId,
                              m.reviewRoundId, m.matchedBy, m.parseError});
    }
    auto done = db.transact([&]() -> VoidResult {
        auto now = repo.state(report.account, kInbox);
        if (!now)
            return now.error();
        quint32 next = server->uidNext;
        if (now->has_value() && (*now)->uidValidity == server->uidValidity)
            next = qMax(next, (*now)->uidNext);
        return repo.setState(report.account, kInbox,
                             {server->uidValidity, next, m_workspace.clock().now()});
    });
    client.logout();
    if (changed)
        emit mailboxChanged();
    if (!done)
        return done.error();
    log::info("fetched {} new message(s) from the mailbox ({} already known)", report.stored.size(),
              report.duplicates);
    return report;
}

} // namespace shuzai
