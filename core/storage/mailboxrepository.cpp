#include "mailboxrepository.h"

#include "database.h"
#include "sqlvalues.h"
#include "statement.h"

namespace shuzai {

namespace sv = sqlvalues;

namespace {
const QString kColumns = QStringLiteral(
    "id, account, mailbox, uid_validity, uid, sha256, received_at, fetched_at, from_address, "
    "from_name, subject, message_id, interviewee_id, letter_id, matched_by, parse_error, "
    "review_round_id");

StoredInboundMessage readRow(const Statement &q, bool withBytes)
{
    StoredInboundMessage m;
    m.id = q.integer(0);
    m.account = q.text(1);
    m.mailbox = q.text(2);
    m.uidValidity = quint32(q.integer(3));
    m.uid = quint32(q.integer(4));
    m.sha256 = q.text(5);
    m.receivedAt = sv::toTimestamp(q.text(6));
    m.fetchedAt = sv::toTimestamp(q.text(7));
    m.fromAddress = q.text(8);
    m.fromName = q.text(9);
    m.subject = q.text(10);
    m.messageId = q.text(11);
    m.intervieweeId = q.integer(12);
    m.letterId = q.integer(13);
    m.matchedBy = q.text(14);
    m.parseError = q.text(15);
    m.reviewRoundId = q.integer(16);
    if (withBytes)
        m.message = q.value(17).toByteArray();
    return m;
}

QVariant nullableId(Id id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}
} // namespace

Result<Id> MailboxRepository::addIfNew(const StoredInboundMessage &m)
{
    Statement seen(m_db, QStringLiteral("SELECT id FROM inbound_messages WHERE account = ? AND "
                                        "((mailbox = ? AND uid_validity = ? AND uid = ?) OR "
                                        "sha256 = ?)"));
    seen.bindAll(m.account, m.mailbox, qint64(m.uidValidity), qint64(m.uid), m.sha256);
    if (auto r = seen.exec(); !r)
        return r.error();
    if (seen.next())
        return Id(0);
    Statement insert(m_db,
                     QStringLiteral("INSERT INTO inbound_messages (account, mailbox, uid_validity, "
                                    "uid, sha256, received_at, fetched_at, from_address, "
                                    "from_name, subject, message_id, interviewee_id, letter_id, "
                                    "review_round_id, matched_by, parse_error, message) VALUES "
                                    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bindAll(m.account, m.mailbox, qint64(m.uidValidity), qint64(m.uid), m.sha256,
                   sv::timestamp(m.receivedAt), sv::timestamp(m.fetchedAt), m.fromAddress,
                   m.fromName, m.subject, m.messageId);
    insert.bind(nullableId(m.intervieweeId));
    insert.bind(nullableId(m.letterId));
    insert.bind(nullableId(m.reviewRoundId));
    insert.bindAll(m.matchedBy, m.parseError, m.message);
    if (auto r = insert.exec(); !r)
        return r.error();
    return insert.lastInsertId();
}

Result<std::optional<MailboxState>> MailboxRepository::state(const QString &account,
                                                             const QString &mailbox)
{
    Statement q(m_db, QStringLiteral("SELECT uid_validity, uid_next, fetched_at FROM "
                                     "mailbox_state WHERE account = ? AND mailbox = ?"));
    q.bindAll(account, mailbox);
    if (auto r = q.exec(); !r)
        return r.error();
    if (!q.next())
        return std::optional<MailboxState>();
    MailboxState s;
    s.uidValidity = quint32(q.integer(0));
    s.uidNext = quint32(q.integer(1));
    s.fetchedAt = sv::toTimestamp(q.text(2));
    return std::optional<MailboxState>(s);
}

VoidResult MailboxRepository::setState(const QString &account, const QString &mailbox,
                                       const MailboxState &s)
{
    Statement update(m_db, QStringLiteral("UPDATE mailbox_state SET uid_validity = ?, uid_next "
                                          "= ?, fetched_at = ? WHERE account = ? AND mailbox = ?"));
    update.bindAll(qint64(s.uidValidity), qint64(s.uidNext), sv::timestamp(s.fetchedAt), account,
                   mailbox);
    if (auto r = update.exec(); !r)
        return r;
    if (update.rowsAffected() > 0)
        return {};
    Statement insert(m_db, QStringLiteral("INSERT INTO mailbox_state (account, mailbox, "
                                          "uid_validity, uid_next, fetched_at) VALUES (?, ?, ?, "
                                          "?, ?)"));
    insert.bindAll(account, mailbox, qint64(s.uidValidity), qint64(s.uidNext),
                   sv::timestamp(s.fetchedAt));
    return insert.exec();
}

VoidResult
MailboxRepository::fillLetterMessageIds(const std::function<QString(const QByteArray &)> &extract)
{
    Statement q(m_db, QStringLiteral("SELECT id, message FROM outreach_letters WHERE message_id "
                                     "IS NULL"));
    if (auto r = q.exec(); !r)
        return r;
    QList<std::pair<Id, QString>> found;
    while (q.next())
        found.append({q.integer(0), extract(q.value(1).toByteArray())});
    if (found.isEmpty())
        return {};
    return m_db.transact([&]() -> VoidResult {
        Statement update(m_db, QStringLiteral("UPDATE outreach_letters SET message_id = ? WHERE "
                                              "id = ?"));
        for (const auto &[id, messageId] : found) {
            update.bindAll(messageId, id);
            if (auto r = update.exec(); !r)
                return r;
        }
        return {};
    });
}

Result<std::optional<SentLetterRef>> MailboxRepository::letterByMessageId(const QString &messageId)
{
    if (messageId.isEmpty())
        return std::optional<SentLetterRef>();
    Statement q(m_db, QStringLiteral("SELECT id, interviewee_id FROM outreach_letters WHERE "
                                     "message_id = ? AND kind <> 'failed' ORDER BY id DESC"));
    q.bindAll(messageId);
    if (auto r = q.exec(); !r)
        return r.error();
    if (!q.next())
        return std::optional<SentLetterRef>();
    return std::optional<SentLetterRef>(SentLetterRef{q.integer(0), q.integer(1)});
}

Result<std::optional<Id>> MailboxRepository::intervieweeByAddress(const QString &address)
{
    const QString key = address.trimmed().toLower();
    if (key.isEmpty())
        return std::optional<Id>();
    // The people with the address through its index (the condition repeated word for word, or
    // SQLite may not use that partial index), and for each only their own last letter: grouping
    // the whole archive's letters for every incoming message was most of a fetch at scale.
    Statement q(
        m_db, QStringLiteral("SELECT id FROM (SELECT i.id AS id, c.archived_at AS archived_at, "
                             "(SELECT MAX(o.at) FROM outreach_letters o WHERE o.interviewee_id = "
                             "i.id AND o.kind <> 'failed') AS last_at FROM interviewees i "
                             "JOIN campaigns c ON c.id = i.campaign_id "
                             "WHERE i.email_key = ? AND i.email_key <> '') m "
                             "ORDER BY CASE WHEN archived_at IS NULL THEN 0 ELSE 1 END, "
                             "CASE WHEN last_at IS NULL THEN 1 ELSE 0 END, last_at DESC, id DESC"));
    q.bindAll(key);
    if (auto r = q.exec(); !r)
        return r.error();
    if (!q.next())
        return std::optional<Id>();
    return std::optional<Id>(q.integer(0));
}

Result<std::optional<Id>> MailboxRepository::openReviewRound(Id intervieweeId)
{
    Statement q(m_db, QStringLiteral("SELECT id FROM review_rounds WHERE interviewee_id = ? AND "
                                     "status IN ('awaiting_response', 'corrections_requested') "
                                     "ORDER BY number DESC"));
    q.bindAll(intervieweeId);
    if (auto r = q.exec(); !r)
        return r.error();
    if (!q.next())
        return std::optional<Id>();
    return std::optional<Id>(q.integer(0));
}

Result<QList<StoredInboundMessage>> MailboxRepository::reviewAnswers(Id roundId)
{
    Statement q(m_db, QStringLiteral("SELECT %1 FROM inbound_messages WHERE review_round_id = ? "
                                     "ORDER BY received_at, id")
                          .arg(kColumns));
    q.bindAll(roundId);
    if (auto r = q.exec(); !r)
        return r.error();
    QList<StoredInboundMessage> out;
    while (q.next())
        out.append(readRow(q, false));
    return out;
}

Result<QList<StoredInboundMessage>> MailboxRepository::list(Id intervieweeId, bool withBytes)
{
    Statement q(m_db,
                QStringLiteral("SELECT %1%2 FROM inbound_messages WHERE (? = 0) OR (? < 0 AND "
                               "interviewee_id IS NULL) OR interviewee_id = ? ORDER BY "
                               "received_at DESC, id DESC")
                    .arg(kColumns, withBytes ? QStringLiteral(", message") : QString()));
    q.bindAll(intervieweeId, intervieweeId, intervieweeId);
    if (auto r = q.exec(); !r)
        return r.error();
    QList<StoredInboundMessage> out;
    while (q.next())
        out.append(readRow(q, withBytes));
    return out;
}

Result<std::optional<StoredInboundMessage>> MailboxRepository::message(Id id)
{
    Statement q(
        m_db,
        QStringLiteral("SELECT %1, message FROM inbound_messages WHERE id = ?").arg(kColumns));
    q.bindAll(id);
    if (auto r = q.exec(); !r)
        return r.error();
    if (!q.next())
        return std::optional<StoredInboundMessage>();
    return std::optional<StoredInboundMessage>(readRow(q, true));
}

Result<int> MailboxRepository::count(const QString &account)
{
    Statement q(m_db, QStringLiteral("SELECT COUNT(*) FROM inbound_messages WHERE account = ?"));
    q.bindAll(account);
    if (auto r = q.exec(); !r)
        return r.error();
    return q.next() ? int(q.integer(0)) : 0;
}

} // namespace shuzai
