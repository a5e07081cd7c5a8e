#include "outreachhistorymodel.h"

#include "common/usernames.h"
#include "services/auditservice.h"
#include "services/campaignservice.h"
#include "services/mailboxservice.h"
#include "services/outreachservice.h"
#include "services/workspace.h"
#include "util/datetext.h"
#include "util/translations.h"

#include <QBrush>
#include <QColor>

namespace shuzai::ui {

namespace {
QDateTime timeOf(const OutreachHistoryModel::Entry &entry)
{
    return std::visit([](const auto &e) { return e.at; }, entry);
}
} // namespace

OutreachHistoryModel::OutreachHistoryModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    connect(&workspace.outreach(), &OutreachService::outreachChanged, this,
            [this](Id, Id intervieweeId) {
                if (intervieweeId == m_intervieweeId)
                    reload();
            });
    // Fetched mail, or a proposal decided: it may be this person's.
    connect(&workspace.mailbox(), &MailboxService::mailboxChanged, this, [this] {
        if (m_intervieweeId != 0)
            reload();
    });
}

std::optional<MailReplyProposal> OutreachHistoryModel::pendingProposal(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return std::nullopt;
    const auto *mail = std::get_if<FetchedMail>(&m_entries.at(row));
    if (!mail || !mail->proposal || !mail->proposal->pending())
        return std::nullopt;
    return mail->proposal;
}

void OutreachHistoryModel::setInterviewee(Id campaignId, Id intervieweeId)
{
    m_campaignId = campaignId;
    m_intervieweeId = intervieweeId;
    reload();
}

Result<QList<FetchedMail>> OutreachHistoryModel::fetchedMail()
{
    auto messages = m_workspace.mailbox().messages(m_intervieweeId);
    if (!messages)
        return messages.error();
    auto proposals = m_workspace.mailbox().proposals(m_campaignId, m_intervieweeId, true);
    if (!proposals)
        return proposals.error();
    auto campaign = m_workspace.campaigns().load(m_campaignId);
    if (!campaign)
        return campaign.error();
    QList<FetchedMail> out;
    for (const StoredInboundMessage &m : *messages) {
        FetchedMail mail{m, std::nullopt, campaign->interviewMinutes, m.receivedAt};
        for (const MailReplyProposal &p : *proposals) {
            if (p.messageId == m.id)
                mail.proposal = p;
        }
        out.append(std::move(mail));
    }
    return out;
}

bool OutreachHistoryModel::reload()
{
    QList<Entry> entries;
    bool ok = true;
    if (m_intervieweeId != 0) {
        auto letters = m_workspace.outreach().log(m_campaignId, m_intervieweeId);
        auto replies = m_workspace.outreach().replies(m_campaignId, m_intervieweeId);
        if (!letters || !replies) {
            ok = false;
            emit loadFailed(letters ? replies.error().message() : letters.error().message());
        } else {
            for (const OutreachRecord &r : *letters)
                entries.append(r);
            for (const OutreachReply &r : *replies)
                entries.append(r);
            if (auto mail = fetchedMail(); !mail) {
                ok = false;
                emit loadFailed(mail.error().message());
            } else {
                for (const FetchedMail &m : *mail)
                    entries.append(m);
            }
            std::stable_sort(entries.begin(), entries.end(),
                             [](const Entry &a, const Entry &b) { return timeOf(a) < timeOf(b); });
        }
    }
    // Who sent a letter or recorded a reply is kept by the audit log, under the record's id.
    QHash<QString, QString> doneBy;
    if (ok && m_intervieweeId != 0) {
        AuditFilter filter;
        filter.intervieweeId = m_intervieweeId;
        if (auto logged = m_workspace.audit().list(filter)) {
            const UserNames people(m_workspace);
            for (const AuditEntry &e : *logged) {
                if (e.action.startsWith(QLatin1String("letter.")) ||
                    e.action.startsWith(QLatin1String("reply.")))
                    doneBy.insert(e.subject, people.of(e.actor));
            }
        }
    }
    beginResetModel();
    m_entries = entries;
    m_doneBy = doneBy;
    endResetModel();
    return ok;
}

int OutreachHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int OutreachHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutreachHistoryModel::what(const Entry &entry) const
{
    if (const auto *letter = std::get_if<OutreachRecord>(&entry))
        return displayName(letter->kind);
    if (const auto *mail = std::get_if<FetchedMail>(&entry)) {
        if (!mail->proposal)
            return tr("Mail received");
        if (!mail->proposal->decision)
            return tr("Proposed reply: %1").arg(displayName(mail->proposal->proposal.intent));
        return mail->proposal->decision->kind == ProposalDecision::Kind::Accepted
                   ? tr("Mail received (proposal accepted)")
                   : tr("Mail received (proposal dismissed)");
    }
    return displayName(std::get<OutreachReply>(entry).kind);
}

namespace {
// The proposed times in the installed language's date form ("5月28日（水）15:00-16:00").
QString proposedTimes(const FetchedMail &mail)
{
    QStringList times;
    for (const QDateTime &s : mail.proposal->proposal.preferredStarts)
        times.append(datetext::shortRange(s, s.addSecs(qint64(mail.interviewMinutes) * 60)));
    return i18n::joinList(times); // 、 in Japanese
}
} // namespace

QString OutreachHistoryModel::details(const Entry &entry) const
{
    if (const auto *letter = std::get_if<OutreachRecord>(&entry)) {
        return letter->detail.isEmpty()
                   ? letter->recipient
                   : letter->recipient + QStringLiteral(" — ") + letter->detail;
    }
    if (const auto *mail = std::get_if<FetchedMail>(&entry)) {
        QString text = mail->message.subject;
        if (mail->proposal && mail->proposal->pending()) {
            const QString times = proposedTimes(*mail);
            if (!times.isEmpty())
                text += QStringLiteral(" — ") + tr("Proposed: %1").arg(times);
        }
        return text;
    }
    const auto &reply = std::get<OutreachReply>(entry);
    QStringList parts;
    if (!reply.prefers.isEmpty())
        parts.append(tr("Prefers: %1").arg(reply.prefers));
    if (!reply.note.isEmpty())
        parts.append(reply.note);
    return parts.join(QStringLiteral(" / "));
}

QString OutreachHistoryModel::who(const Entry &entry) const
{
    if (const auto *letter = std::get_if<OutreachRecord>(&entry))
        return m_doneBy.value(QStringLiteral("letter %1").arg(letter->id));
    if (const auto *mail = std::get_if<FetchedMail>(&entry)) {
        return mail->message.fromName.isEmpty()
                   ? mail->message.fromAddress
                   : QStringLiteral("%1 <%2>").arg(mail->message.fromName,
                                                   mail->message.fromAddress);
    }
    return m_doneBy.value(QStringLiteral("reply %1").arg(std::get<OutreachReply>(entry).id));
}

QVariant OutreachHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Details) {
        // What the proposal was read from, for the editor to judge it by.
        const auto *mail = std::get_if<FetchedMail>(&entry);
        if (mail && mail->proposal && !mail->proposal->proposal.evidence.isEmpty()) {
            return details(entry) + u'\n' +
                   tr("Read from: %1")
                       .arg(QStringLiteral("「%1」").arg(
                           mail->proposal->proposal.evidence.join(QStringLiteral("」「"))));
        }
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case When:
            return datetext::shortDateTime(timeOf(entry));
        case Who:
            return who(entry);
        case What:
            return what(entry);
        case Details:
            return details(entry);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == What) {
        const auto *letter = std::get_if<OutreachRecord>(&entry);
        if (letter && letter->kind == OutreachRecord::Kind::Failed)
            return QBrush(QColor(0xb0, 0x00, 0x20));
    }
    return {};
}

QVariant OutreachHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("By");
    case What:
        return tr("What");
    case Details:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace shuzai::ui
