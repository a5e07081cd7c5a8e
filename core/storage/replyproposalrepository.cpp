#include "replyproposalrepository.h"

#include "database.h"
#include "sqlvalues.h"
#include "statement.h"

namespace shuzai {

namespace sv = sqlvalues;

namespace {
const QString kColumns = QStringLiteral(
    "d.message_id, d.decision, d.reply_id, d.decided_by, d.decided_at, u.display_name");
const QString kFrom =
    QStringLiteral("reply_proposal_decisions d LEFT JOIN users u ON u.id = d.decided_by");

ProposalDecision readRow(const Statement &q)
{
    ProposalDecision d;
    d.messageId = q.integer(0);
    d.kind = q.text(1) == QLatin1String("dismissed") ? ProposalDecision::Kind::Dismissed
                                                     : ProposalDecision::Kind::Accepted;
    d.replyId = q.integer(2);
    d.decidedBy = q.integer(3);
    d.decidedAt = sv::toTimestamp(q.text(4));
    d.decidedByName = q.text(5);
    return d;
}

QVariant nullableId(Id id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}
} // namespace

Result<QList<Id>> ReplyProposalRepository::candidateMessages(Id campaignId, Id intervieweeId)
{
    Statement q(m_db, QStringLiteral("SELECT m.id FROM inbound_messages m JOIN interviewees i ON "
                                     "i.id = m.interviewee_id WHERE i.campaign_id = ? AND "
                                     "m.review_round_id IS NULL AND (? = 0 OR i.id = ?) "
                                     "ORDER BY m.received_at, m.id"));
    q.bindAll(campaignId, intervieweeId, intervieweeId);
    if (auto r = q.exec(); !r)
        return r.error();
    QList<Id> out;
    while (q.next())
        out.append(q.integer(0));
    return out;
}

Result<QHash<Id, ProposalDecision>> ReplyProposalRepository::decisions(Id campaignId)
{
    Statement q(m_db, QStringLiteral("SELECT %1 FROM %2 JOIN inbound_messages m ON m.id = "
                                     "d.message_id JOIN interviewees i ON i.id = m.interviewee_id "
                                     "WHERE i.campaign_id = ?")
                          .arg(kColumns, kFrom));
    q.bindAll(campaignId);
    if (auto r = q.exec(); !r)
        return r.error();
    QHash<Id, ProposalDecision> out;
    while (q.next()) {
        const ProposalDecision d = readRow(q);
        out.insert(d.messageId, d);
    }
    return out;
}

Result<std::optional<ProposalDecision>> ReplyProposalRepository::decision(Id messageId)
{
    Statement q(m_db,
                QStringLiteral("SELECT %1 FROM %2 WHERE d.message_id = ?").arg(kColumns, kFrom));
    q.bindAll(messageId);
    if (auto r = q.exec(); !r)
        return r.error();
    if (!q.next())
        return std::optional<ProposalDecision>();
    return std::optional<ProposalDecision>(readRow(q));
}

VoidResult ReplyProposalRepository::add(const ProposalDecision &d)
{
    Statement insert(m_db, QStringLiteral("INSERT INTO reply_proposal_decisions (message_id, "
                                          "decision, reply_id, decided_by, decided_at) VALUES "
                                          "(?, ?, ?, ?, ?)"));
    insert.bindAll(d.messageId, toCode(d.kind));
    insert.bind(nullableId(d.replyId));
    insert.bind(nullableId(d.decidedBy));
    insert.bindAll(sv::timestamp(d.decidedAt));
    return insert.exec();
}

} // namespace shuzai
